// The command line an analyst (and a check outside the project) runs on a survey export:
// `cargo run --example analyze -- --survey FILE [flags]` prints the report as JSON with
// the documented keys. `make unit` has already built the example, so this is quick.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const analyze = (...args) => spawnSync('cargo', ['run', '-q', '--example', 'analyze', '--', ...args], { encoding: 'utf8' });
const json = (...args) => {
  const run = analyze(...args);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
};

test('a Qualtrics export: detected mapping, every contract key, names from the question texts', () => {
  const r = json('--survey', 'tests/fixtures/survey/qualtrics.csv');
  for (const key of ['respondents', 'skipped', 'touchpoints', 'predictors', 'peak_end_vs_mean', 'fitted', 'nps', 'segments']) {
    assert.ok(key in r, `key ${key}`);
  }
  assert.deepEqual(r.touchpoints.map((t) => t.name), ['Website', 'Offerte', 'Levering', 'Factuur']);
  for (const t of r.touchpoints) for (const key of ['name', 'mean', 'n', 'ci95']) assert.ok(key in t, `touchpoints[].${key}`);
  assert.equal(r.nps.scale, '0-10');
  for (const key of ['score', 'ci95', 'n', 'promoters', 'passives', 'detractors', 'scale']) assert.ok(key in r.nps, `nps.${key}`);
  assert.equal(r.nps.promoters + r.nps.passives + r.nps.detractors, r.nps.n);
});

test('flags change the mapping like the mapping step: touchpoints, segment, NPS scale', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peakend-cli-'));
  const file = join(dir, 'survey.csv');
  execFileSync('node', ['build/gen-survey.mjs', '3000', file, '--seed', '7']);
  const all = json('--survey', file);
  assert.equal(all.respondents + all.skipped, 3000);
  assert.deepEqual(all.predictors.map((p) => p.name), ['remembered', 'mean', 'end', 'peak', 'first', 'trend']);
  for (const p of all.predictors) for (const key of ['name', 'r', 'ci95', 'n']) assert.ok(key in p, `predictors[].${key}`);
  for (const key of ['r_diff', 'ci95', 'williams_t', 'df', 'p']) assert.ok(key in all.peak_end_vs_mean, `peak_end_vs_mean.${key}`);
  for (const key of ['peak', 'end', 'mean', 'intercept', 'r2', 'mae_cv', 'mae_rule']) assert.ok(key in all.fitted, `fitted.${key}`);
  for (const key of ['lambda', 'ci_low', 'ci_high', 'n', 'b_positive', 'b_negative', 'resamples']) assert.ok(key in all.lambda, `lambda.${key}`);
  assert.ok(Math.abs(all.lambda.lambda - Math.abs(all.lambda.b_negative) / all.lambda.b_positive) < 1e-9, 'λ̂ = |b₋| / b₊');
  assert.ok(all.lambda.n <= all.respondents && all.lambda.n > 2500, `n ${all.lambda.n}`);
  assert.equal(all.lambda.resamples, 1000);

  const some = json('--survey', file, '--touchpoints', 'Quote,Website', '--segment', 'Wave', '--nps-scale', '1-10');
  assert.deepEqual(some.touchpoints.map((t) => t.name), ['Quote', 'Website']);
  assert.deepEqual([...new Set(some.segments.map((s) => s.column))], ['Wave']);
  for (const s of some.segments) for (const key of ['column', 'value', 'respondents', 'predictors', 'nps']) assert.ok(key in s, `segments[].${key}`);
  assert.equal(some.nps.scale, '1-10');
});

test('without an overall rating the survey has no λ, and says so with null', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peakend-cli-'));
  const file = join(dir, 'no-overall.csv');
  writeFileSync(file, 'Website,Quote,Invoice\n' + Array.from({ length: 40 }, (_, i) => `${1 + (i % 5)},${1 + ((i * 3) % 5)},${1 + ((i * 2) % 5)}`).join('\n') + '\n');
  const r = json('--survey', file);
  assert.ok('lambda' in r, 'the key is always there');
  assert.equal(r.lambda, null);
});

test('a column that does not exist, and a file that is not a survey, fail with the reason', () => {
  const wrong = analyze('--survey', 'tests/fixtures/survey/qualtrics.csv', '--overall', 'Nope');
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /no column named "Nope"/);
  const notSurvey = analyze('--survey', 'README.md');
  assert.equal(notSurvey.status, 1);
  assert.match(notSurvey.stderr, /^error: README\.md: /);
  const usage = analyze('--survey');
  assert.equal(usage.status, 2);
});
