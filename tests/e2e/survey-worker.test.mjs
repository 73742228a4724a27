// End to end, at the level of the page: the survey worker (src/web/survey/worker.rs, its own
// wasm) as the built site delivers it. Not downloaded until a survey is opened, not in the
// service worker's precache but cached once used; a generated survey goes through it in
// slices with progress and comes back as typed arrays; terminating it stops it; and the
// single file carries it inline. The screen's own tests drive it through the survey panel.
//
// Writes target/e2e/survey-worker-100k.json: the time from posting a 100,000-respondent
// File to `done`, and the main thread's long tasks meanwhile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, openFile, reportCspViolations, SHOTS } from './lib/browser.mjs';
import { startServer } from '../../build/server.mjs';
import { buildSingle } from '../../build/single.mjs';

const isWorkerFile = (url) => /\/survey_worker[-_]/.test(url);

/** Serves dist/ and opens the app, recording every request and problem. */
async function open(dir = 'dist') {
  mkdirSync(SHOTS, { recursive: true });
  const server = await startServer(dir);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await reportCspViolations(context);
  const requests = [];
  const problems = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (page) => {
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('[data-testid="score-card"]');
  return {
    server, browser, context, page, requests, problems,
    async close() { await browser.close(); await server.close(); },
  };
}

/** A File in the page from a file on disk (a real, disk-backed File, as a file input gives). */
async function pickFile(page, path) {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'survey-worker-test-file';
    input.hidden = true;
    document.body.append(input);
  });
  await page.setInputFiles('#survey-worker-test-file', path);
}

/**
 * In the page: starts the worker the way the program does (the loader the page names),
 * posts `open` with the picked File once it listens, and collects every message until
 * `done` or `failed`. With `stopAfterProgress`, terminates it at the first progress.
 */
function runWorker(page, { stopAfterProgress = false } = {}) {
  return page.evaluate(({ stopAfterProgress }) => new Promise((resolve) => {
    const file = document.getElementById('survey-worker-test-file').files[0];
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(Math.round(e.duration));
    });
    observer.observe({ type: 'longtask' });
    const url = document.querySelector('meta[name="peakend-survey-worker"]').content;
    const started = performance.now();
    const worker = new Worker(url);
    const messages = [];
    let posted = null;
    const end = (outcome) => {
      observer.disconnect();
      resolve({ outcome, messages, posted: posted === null ? null : posted - started, ended: performance.now() - started, longTasks });
    };
    worker.onerror = (e) => end(`error: ${e.message}`);
    worker.onmessage = (e) => {
      const m = e.data;
      const at = performance.now() - started;
      if (m.type === 'ready') {
        posted = performance.now();
        worker.postMessage({ type: 'open', id: 7, file, mapping: null, model: JSON.stringify({ peak_weight: 1, end_weight: 1 }) });
      }
      const kept = { type: m.type, id: m.id, at };
      if (m.type === 'progress') Object.assign(kept, { done: m.done, total: m.total });
      if (m.type === 'failed') Object.assign(kept, { error: m.error, reason: m.reason });
      if (m.type === 'done') {
        const report = JSON.parse(m.report);
        const summary = JSON.parse(m.summary);
        const meta = JSON.parse(m.data.meta);
        Object.assign(kept, {
          toDone: performance.now() - posted,
          timing: m.timing,
          respondents: report.respondents,
          skipped: report.skipped,
          rows: summary.rows,
          nps: report.nps?.score,
          touchpoints: meta.touchpoints,
          ratings: [m.data.ratings.constructor.name, m.data.ratings.length],
          overall: [m.data.overall.constructor.name, m.data.overall.length],
          codes: m.data.codes.map((c) => [c.constructor.name, c.length]),
        });
      }
      messages.push(kept);
      if (m.type === 'progress' && stopAfterProgress) {
        worker.terminate();
        // Anything after terminate() would be a worker still running: wait and see.
        setTimeout(() => end('terminated'), 700);
      } else if (m.type === 'done' || m.type === 'failed') {
        worker.terminate();
        end(m.type);
      }
    };
  }), { stopAfterProgress });
}

const controlled = (page) => page.evaluate(async () => {
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
  }
});

const cached = (page) => page.evaluate(async () => {
  const out = [];
  for (const name of await caches.keys()) {
    for (const r of await (await caches.open(name)).keys()) out.push(new URL(r.url).pathname.slice(1));
  }
  return out.sort();
});

let scratch;
const generated = (n, args = []) => {
  scratch ??= mkdtempSync(join(tmpdir(), 'peakend-survey-'));
  const path = join(scratch, `survey-${n}.csv`);
  if (!existsSync(path)) execFileSync('node', ['build/gen-survey.mjs', String(n), path, ...args]);
  return path;
};
test.after(() => { if (scratch) rmSync(scratch, { recursive: true, force: true }); });

test('the survey worker is not downloaded with the page nor precached; once used it is cached and works offline', { timeout: 90_000 }, async () => {
  const app = await open();
  const { page, requests } = app;
  try {
    await controlled(page);
    // Work on the journey: nothing of the survey worker is fetched.
    await page.locator('[data-testid="touchpoint-name"]').first().fill('Welcome call');
    await page.waitForSelector('[data-testid="save-status"][data-saved="true"]');
    assert.deepEqual(requests.filter(isWorkerFile), [], 'no worker file fetched before a survey is opened');
    const loader = await page.getAttribute('meta[name="peakend-survey-worker"]', 'content');
    assert.match(loader, /^\.\/survey_worker_loader-[0-9a-f]{1,16}\.js$/);
    assert.deepEqual((await cached(page)).filter((f) => f.startsWith('survey_worker')), [], 'not precached');

    const panel = page.locator('[data-testid="survey-panel"]');
    if (await panel.count()) {
      // The screen starts the worker when its panel is opened (before a file is chosen).
      if (await panel.getAttribute('open') !== null) await panel.locator(':scope > summary').click();
      const fetched = page.waitForRequest((r) => isWorkerFile(r.url()), { timeout: 10_000 });
      await panel.locator(':scope > summary').click();
      await fetched; // opening the survey panel starts the worker
    }

    await pickFile(page, generated(200));
    const online = await runWorker(page);
    assert.equal(online.outcome, 'done', JSON.stringify(online.messages));
    const files = (await cached(page)).filter((f) => f.startsWith('survey_worker'));
    assert.equal(files.length, 3, `loader, glue and wasm cached at first use: ${files}`);

    await app.context.setOffline(true);
    const offline = await runWorker(page);
    assert.equal(offline.outcome, 'done', 'the survey worker starts offline once it was used');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a generated 100,000-respondent survey goes through the worker: detected, progress, done with typed arrays; the page never blocks', { timeout: 120_000 }, async () => {
  const path = generated(100_000);
  const bytes = statSync(path).size;
  const app = await open();
  const { page } = app;
  try {
    await pickFile(page, path);
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push(await runWorker(page));
    for (const run of runs) assert.equal(run.outcome, 'done', JSON.stringify(run.messages));
    const { messages } = runs[0];
    const types = messages.map((m) => m.type);
    assert.deepEqual(types.filter((t) => t !== 'progress'), ['ready', 'detected', 'done']);
    assert.ok(types.indexOf('detected') < types.indexOf('progress'), 'detected on the first slice');
    const progress = messages.filter((m) => m.type === 'progress');
    assert.equal(progress.at(-1).done, bytes, 'progress reaches the whole file');
    assert.equal(progress.at(-1).total, bytes);
    assert.equal(progress.length, Math.ceil(bytes / (4 * 1024 * 1024)), 'one progress step per 4 MiB slice');
    assert.ok(messages.filter((m) => m.type !== 'ready').every((m) => m.id === 7), 'every message names its job');
    const done = messages.at(-1);
    assert.equal(done.rows, 100_000);
    assert.equal(done.respondents + done.skipped, 100_000);
    assert.ok(done.respondents > 99_000, `respondents ${done.respondents}`);
    assert.equal(done.touchpoints.length, 12);
    assert.deepEqual(done.ratings, ['Float32Array', done.respondents * 12], 'the numbers come as typed arrays');
    assert.deepEqual(done.overall, ['Float32Array', done.respondents]);
    assert.deepEqual(done.codes, [['Uint16Array', done.respondents], ['Uint16Array', done.respondents]], 'region and wave as codes');
    assert.ok(Number.isFinite(done.nps));
    const toDone = runs.map((r) => Math.round(r.messages.at(-1).toDone));
    const longTasks = runs.flatMap((r) => r.longTasks);
    writeFileSync(`${SHOTS}/survey-worker-100k.json`, `${JSON.stringify({
      file_bytes: bytes,
      respondents: done.respondents,
      worker_start_to_ready_ms: runs.map((r) => Math.round(r.posted)),
      posted_to_done_ms: toDone,
      worker_steps_ms: runs.map((r) => r.messages.at(-1).timing),
      longest_main_thread_task_ms: Math.max(0, ...longTasks),
      long_tasks: longTasks,
    }, null, 2)}\n`);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('an Excel workbook goes through the worker whole', { timeout: 60_000 }, async () => {
  const app = await open();
  try {
    await pickFile(app.page, 'tests/fixtures/survey/survey.xlsx');
    const run = await runWorker(app.page);
    assert.equal(run.outcome, 'done', JSON.stringify(run.messages));
    const types = run.messages.map((m) => m.type);
    assert.deepEqual(types, ['ready', 'progress', 'detected', 'done'], 'read whole: one progress step');
    const done = run.messages.at(-1);
    assert.ok(done.respondents > 0);
    assert.ok(done.touchpoints.length > 0);
    assert.equal(done.ratings[0], 'Float32Array');
  } finally {
    await app.close();
  }
});

test('named a journey, the worker stores the survey itself and analyses it again from storage; the page gets no numbers', { timeout: 90_000 }, async () => {
  const app = await open();
  const { page } = app;
  try {
    await pickFile(page, generated(2_000));
    const out = await page.evaluate(() => new Promise((resolve, reject) => {
      const file = document.getElementById('survey-worker-test-file').files[0];
      const worker = new Worker(document.querySelector('meta[name="peakend-survey-worker"]').content);
      const seen = [];
      worker.onerror = (e) => reject(new Error(e.message));
      worker.onmessage = (e) => {
        const m = e.data;
        seen.push(m.type);
        if (m.type === 'ready') {
          worker.postMessage({ type: 'open', id: 1, file, mapping: null, model: '{"peak_weight":1,"end_weight":1}', doc: 'journey-x' });
        } else if (m.type === 'done') {
          const summary = JSON.parse(m.summary);
          seen.push({ stored: m.stored, data: 'data' in m, skipped: summary.skipped });
          worker.postMessage({ type: 'analyze', id: 2, doc: 'journey-x', data: null, model: '{"peak_weight":3,"end_weight":1}', skipped: summary.skipped });
        } else if (m.type === 'analyzed') {
          seen.push({ stored: m.stored, remembered: JSON.parse(m.report).predictors.find((p) => p.name === 'remembered').r });
          const req = indexedDB.open('peakend');
          req.onsuccess = () => {
            const tx = req.result.transaction(['surveys', 'survey_numbers']);
            const record = tx.objectStore('surveys').get('journey-x');
            const numbers = tx.objectStore('survey_numbers').get('journey-x');
            tx.oncomplete = () => {
              worker.terminate();
              resolve({
                seen,
                model: JSON.parse(record.result.model).peak_weight,
                file_name: record.result.file_name,
                ratings: numbers.result.ratings.constructor.name,
                length: numbers.result.ratings.length,
              });
            };
          };
        } else if (m.type === 'failed') {
          reject(new Error(m.reason));
        }
      };
    }));
    assert.deepEqual(out.seen.filter((t) => typeof t === 'string'), ['ready', 'detected', 'progress', 'results', 'done', 'analyzed'],
      'the results come before the survey is stored; done says it was');
    const [stored, analyzed] = out.seen.filter((t) => typeof t === 'object');
    assert.equal(stored.stored, true);
    assert.equal(stored.data, false, 'the numbers stay in the worker and the database');
    assert.equal(analyzed.stored, true);
    assert.ok(Number.isFinite(analyzed.remembered));
    assert.equal(out.model, 3, 'the stored report is the new one, with its model');
    assert.equal(out.file_name, 'survey-2000.csv');
    assert.equal(out.ratings, 'Float32Array');
    assert.equal(out.length % 12, 0);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('terminating the worker mid-read stops it; a new worker then reads the file whole', { timeout: 120_000 }, async () => {
  // Large enough for several 4 MiB slices.
  const path = generated(400_000);
  const app = await open();
  const { page } = app;
  try {
    await pickFile(page, path);
    const stopped = await runWorker(page, { stopAfterProgress: true });
    assert.equal(stopped.outcome, 'terminated');
    const progress = stopped.messages.filter((m) => m.type === 'progress');
    assert.equal(progress.length, 1, 'nothing arrives after terminate()');
    assert.ok(progress[0].done < progress[0].total, 'it was stopped midway');
    assert.ok(!stopped.messages.some((m) => m.type === 'done'));
    const again = await runWorker(page);
    assert.equal(again.outcome, 'done');
    assert.equal(again.messages.at(-1).rows, 400_000);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a file the reader refuses comes back as a typed failure', { timeout: 60_000 }, async () => {
  scratch ??= mkdtempSync(join(tmpdir(), 'peakend-survey-'));
  const path = join(scratch, 'notes.csv');
  writeFileSync(path, 'just some words\nand more words\n');
  const app = await open();
  try {
    await pickFile(app.page, path);
    const run = await runWorker(app.page);
    assert.equal(run.outcome, 'failed');
    const failed = run.messages.at(-1);
    assert.ok(failed.error, `a reader error, not a crash: ${failed.reason}`);
    assert.ok(JSON.parse(failed.error).kind, 'the error is a SurveyError, as JSON');
  } finally {
    await app.close();
  }
});

test('the single file carries the worker inline: a survey is read from file:// with no request', { timeout: 90_000 }, async () => {
  scratch ??= mkdtempSync(join(tmpdir(), 'peakend-survey-'));
  const single = join(scratch, 'peakend.html');
  writeFileSync(single, buildSingle('dist'));
  const app = await openFile(single);
  try {
    assert.match(await app.page.getAttribute('meta[name="peakend-survey-worker"]', 'content'), /^blob:/);
    await pickFile(app.page, generated(200));
    const run = await runWorker(app.page);
    assert.equal(run.outcome, 'done', JSON.stringify(run.messages));
    assert.equal(run.messages.at(-1).rows, 200);
    assert.deepEqual(app.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:')), []);
    assert.deepEqual(app.problems, [], 'no CSP violation: workers from blob: only');
  } finally {
    await app.close();
  }
});
