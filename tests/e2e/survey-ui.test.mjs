// End to end: a manager brings in a survey export and reads what it says — the verdict in
// English and Dutch, NPS, the curve — uses the customers' weights and ratings (each one undo
// step), makes a new journey from the survey, finds the survey again after a reload, and
// removes it. Screenshots at 1280×800 and 390×844 go to target/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, journeyOf, SHOTS } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';

/** A generated wide export of `n` respondents (build/gen-survey.mjs, seeded). */
function generated(n, seed = 7) {
  const file = join(mkdtempSync(join(tmpdir(), 'peakend-survey-')), `survey-${n}.csv`);
  execFileSync('node', ['build/gen-survey.mjs', String(n), file, '--seed', String(seed)]);
  return file;
}

async function openSurvey(page) {
  const panel = page.locator('[data-testid="survey-panel"]');
  if ((await panel.getAttribute('open')) === null) await panel.locator(':scope > summary').click();
}

async function readSurvey(page, file) {
  await openSurvey(page);
  await page.setInputFiles('[data-testid="survey-file"]', file);
  await page.waitForSelector('[data-testid="survey-respondents"]', { timeout: 30_000 });
}

test('a survey is read, judged honestly in both languages, and its weights and ratings are used as single undo steps', { timeout: 120_000 }, async () => {
  const app = await openApp();
  const { page } = app;
  page.on('dialog', (d) => d.accept());
  try {
    const file = generated(600);
    await readSurvey(page, file);
    const respondents = Number(await page.getAttribute('[data-testid="survey-respondents"]', 'data-value'));
    assert.ok(respondents > 500 && respondents <= 600, `${respondents}`);
    const nps = Number(await page.getAttribute('[data-testid="survey-nps"]', 'data-value'));
    assert.ok(nps >= -100 && nps <= 100);
    const verdict = await page.innerText('[data-testid="survey-verdict"]');
    const kind = await page.getAttribute('[data-testid="survey-verdict"]', 'data-kind');
    assert.ok(['better', 'no-better', 'worse'].includes(kind), kind);
    assert.match(verdict, /^For these [\d,]+ respondents, the peak and the end predict the overall rating /);
    assert.match(verdict, /\(r −?\d\.\d\d against −?\d\.\d\d\)/);
    if (kind !== 'better') assert.doesNotMatch(verdict, / better than/);
    assert.match(await page.innerText('[data-testid="survey-panel"]'), /This is a correlation, not proof of cause\./);
    await page.locator('[data-testid="survey-panel"]').screenshot({ path: `${SHOTS}/survey-1280.png` });
    assert.deepEqual(await axeViolations(page), []);

    await page.selectOption('[data-testid="language"]', 'nl');
    const nl = await page.innerText('[data-testid="survey-verdict"]');
    assert.match(nl, /^Bij deze [\d.]+ respondenten voorspellen de piek en het einde het totaaloordeel /);
    assert.match(nl, /\(r −?\d,\d\d tegen −?\d,\d\d\)/);
    assert.deepEqual(await axeViolations(page), []);
    await page.selectOption('[data-testid="language"]', 'en');

    // The customers' own weights, when the fit allows it: one undo step.
    const weights = page.locator('[data-testid="survey-use-weights"]');
    if (await weights.isEnabled()) {
      // The panel shows each change a frame after the workspace makes it (it runs in its
      // own program), so wait for the button as a person would, briefly.
      const use = '[data-testid="survey-use-weights"]';
      await weights.click();
      await page.waitForSelector(`${use}[disabled]`, { timeout: 5_000 });
      assert.equal(await weights.isEnabled(), false, 'in use: nothing left to use');
      await page.click('[data-testid="undo"]');
      await page.waitForSelector(`${use}:not([disabled])`, { timeout: 5_000 });
      assert.ok(await weights.isEnabled(), 'undo puts the rule back');
    } else {
      assert.match(await page.innerText('[data-testid="survey-weights-why"]'), /below zero/);
    }

    // A new journey from the survey: added to the library, the example kept.
    const example = await journeyOf(page);
    await page.click('[data-testid="survey-new-journey"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="open-library"]').textContent.includes('(2)'));
    const made = await journeyOf(page);
    assert.equal(made.names.length, 12);
    assert.equal(made.names[0], 'Website');

    // On the new journey, read the same file: every touchpoint matches by name. Change one
    // rating, then "Use these ratings" puts the customers' average back as one step.
    await readSurvey(page, file);
    const means = made.ratings;
    const rating = page.locator('[data-testid="touchpoint-rating"]').first();
    await rating.fill('1');
    await rating.press('Tab');
    assert.equal((await journeyOf(page)).ratings[0], 1);
    await page.click('[data-testid="survey-use-ratings"]');
    assert.deepEqual((await journeyOf(page)).ratings, means);
    await page.click('[data-testid="undo"]');
    assert.equal((await journeyOf(page)).ratings[0], 1, 'one undo step back to before');

    // After a reload the survey is still with its journey.
    await page.reload();
    await page.waitForSelector('[data-testid="score-card"]');
    await openSurvey(page);
    await page.waitForSelector('[data-testid="survey-respondents"]', { timeout: 30_000 });
    assert.equal(
      Number(await page.getAttribute('[data-testid="survey-respondents"]', 'data-value')),
      respondents,
    );
    assert.equal(await page.locator('[data-testid="survey-remap-needs-file"]').count(), 1,
      'only the numbers were kept: mapping again needs the file');

    // Remove: the survey goes, the journey stays.
    const before = await journeyOf(page);
    await page.click('[data-testid="survey-remove"]');
    await page.waitForSelector('[data-testid="survey-file"]');
    assert.deepEqual(await journeyOf(page), before);
    assert.notDeepEqual(before.names, example.names);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('on a phone the survey reads top to bottom without sideways scrolling', { timeout: 120_000 }, async () => {
  const app = await openApp({ viewport: { width: 390, height: 844 } });
  const { page } = app;
  try {
    await readSurvey(page, generated(300, 3));
    await page.selectOption('[data-testid="survey-segment"]', 'Region');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow}px sideways`);
    await page.locator('[data-testid="survey-panel"]').screenshot({ path: `${SHOTS}/survey-390.png` });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a survey dropped on the survey section is read as a survey, not imported as a journey', { timeout: 120_000 }, async () => {
  const app = await openApp();
  const { page } = app;
  try {
    await openSurvey(page);
    const text = readFileSync(generated(120, 5), 'utf8');
    const dt = await page.evaluateHandle((t) => {
      const d = new DataTransfer();
      d.items.add(new File([t], 'dropped.csv', { type: 'text/csv' }));
      return d;
    }, text);
    await page.dispatchEvent('[data-testid="survey-drop"]', 'dragenter', { dataTransfer: dt });
    await page.dispatchEvent('[data-testid="survey-drop"]', 'dragover', { dataTransfer: dt });
    await page.dispatchEvent('[data-testid="survey-drop"]', 'drop', { dataTransfer: dt });
    await page.waitForSelector('[data-testid="survey-respondents"]', { timeout: 30_000 });
    assert.match(await page.innerText('[data-testid="survey-panel"]'), /dropped\.csv/);
    assert.equal(await page.locator('[data-testid="drop-overlay"]').count(), 0, 'the overlay goes away');
    assert.equal(await page.locator('[data-testid="import-done"]').count(), 0, 'no journey import');
    assert.match(await page.innerText('[data-testid="open-library"]'), /\(1\)/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
