// Survey files for the end-to-end tests, made on the spot from build/gen-survey.mjs, and
// the steps a person takes in the survey section.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'peakend-survey-'));

/** A generated wide survey of `n` respondents: its path. */
export function generated(n, seed = 1) {
  const file = join(dir, `survey-${n}-${seed}.csv`);
  execFileSync('node', ['build/gen-survey.mjs', String(n), file, '--seed', String(seed)]);
  return file;
}

/**
 * The same survey as Qualtrics writes it: question ids as names, a row of question texts
 * ("Hoe beoordeel je … - Website"), and a row of `{"ImportId": …}`.
 */
export function qualtricsShaped(n, seed = 1) {
  const lines = readFileSync(generated(n, seed), 'utf8').trimEnd().split('\n');
  const names = lines[0].split(',');
  const ids = names.map((name, i) => {
    if (name === 'ResponseId') return 'ResponseId';
    if (name === 'Region') return 'Q5';
    if (name === 'Wave') return 'Q6';
    if (name.startsWith('Overall')) return 'Q2';
    if (name.startsWith('Recommend')) return 'Q_NPS';
    return `Q1_${i - 2}`;
  });
  const texts = names.map((name) => {
    if (name === 'ResponseId') return 'Response ID';
    if (name === 'Region') return 'Regio';
    if (name === 'Wave') return 'Meting';
    if (name.startsWith('Overall')) return 'Hoe kijk je terug op de hele ervaring?';
    if (name.startsWith('Recommend')) return 'Hoe waarschijnlijk is het dat je ons aanbeveelt aan vrienden of familie?';
    return `Hoe beoordeel je de stappen? - ${name}`;
  });
  const importIds = ids.map((id) => `"{""ImportId"":""${id === 'ResponseId' ? '_recordId' : `QID${id.slice(1)}`}""}"`);
  const file = join(dir, `qualtrics-${n}-${seed}.csv`);
  writeFileSync(file, [ids.join(','), texts.join(','), importIds.join(','), ...lines.slice(1)].join('\r\n') + '\r\n');
  return file;
}

/** What `analyze --survey` prints for a file: the numbers the page must show. */
export function analyzed(file, ...flags) {
  const run = spawnSync('cargo', ['run', '-q', '--example', 'analyze', '--', '--survey', file, ...flags], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`analyze failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Opens the survey section (a closed <details>) the way a person does: its summary. */
export async function openSurvey(page) {
  const open = await page.$eval('[data-testid="survey-panel"]', (d) => d.open);
  if (!open) await page.click('[data-testid="survey-panel"] > summary');
}

/** Chooses a survey file and waits until its results are on screen; the respondents. */
export async function importSurvey(page, file) {
  await openSurvey(page);
  await page.setInputFiles('[data-testid="survey-file"]', file);
  await page.waitForSelector('[data-testid="survey-respondents"]', { timeout: 60_000 });
  return Number(await page.getAttribute('[data-testid="survey-respondents"]', 'data-value'));
}
