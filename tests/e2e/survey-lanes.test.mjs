// End to end: a survey with an overall rating, attached to a journey, feeds the lanes.
// The survey results show the customers' own λ (the same number `analyze --survey`
// prints) and "Use your customers' λ" sets the bank account's weight as one undo step;
// the survey's means become the customer's side of the blind spots, labelled with the n.
// Screenshots in English and Dutch at 1280 and 390 px go to target/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, SHOTS } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';
import { analyzed, importSurvey } from './lib/survey.mjs';

const JOURNEY = {
  format: 'peakend/journey', version: 1, title: 'Broken promise',
  scale: { min: -5, max: 5 },
  touchpoints: [
    { name: 'Sign', rating: 3, expected: 2, ours: 4 },
    { name: 'Solution', rating: 2, expected: 3, ours: 4 },
    { name: 'Chase', rating: -2, ours: 0 },
    { name: 'Goodbye', rating: -4, expected: 1, ours: 2 },
  ],
};

/**
 * 500 respondents rating the four touchpoints on 1–5, each touchpoint following its own
 * digit of the respondent's number so every combination occurs equally often: the means
 * are exact (Sign 4, Solution 2, Chase 2.6, Goodbye 2). The overall rating (1–10) weighs
 * the points below neutral about one and a half times the points above it.
 */
function surveyFile() {
  const sign = [5, 4, 3, 4, 4];
  const solution = [1, 2, 3, 2, 2];
  const chase = [2, 3, 3, 2, 3];
  const goodbye = [1, 3, 2, 2];
  const rows = ['ResponseId,Sign,Solution,Chase,Goodbye,Overall satisfaction'];
  for (let i = 0; i < 500; i += 1) {
    const r = [sign[i % 5], solution[Math.floor(i / 5) % 5], chase[Math.floor(i / 25) % 5], goodbye[Math.floor(i / 125) % 4]];
    const p = r.reduce((s, v) => s + Math.max(v - 3, 0), 0);
    const n = r.reduce((s, v) => s + Math.min(v - 3, 0), 0);
    // Noise from a multiplicative hash of the row, unrelated to any touchpoint's digit.
    const noise = ((Math.imul(i + 1, 2654435761) >>> 0) / 2 ** 32 - 0.5) * 0.8;
    const overall = Math.min(10, Math.max(1, Math.round(8 + p + 1.5 * n + noise)));
    rows.push(`R${i + 1},${r.join(',')},${overall}`);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'peakend-survey-lanes-')), 'customers.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

const text = (page, testid) => page.innerText(`[data-testid="${testid}"]`);

test("the customers' λ goes into the bank account as one undo step; the survey is the customer's side of the blind spots", { timeout: 180_000 }, async () => {
  const file = surveyFile();
  const cli = analyzed(file);
  assert.ok(cli.lambda, 'analyze --survey prints the estimate under `lambda`');
  for (const key of ['lambda', 'ci_low', 'ci_high', 'n', 'b_positive', 'b_negative', 'resamples']) assert.ok(key in cli.lambda, `lambda.${key}`);
  assert.equal(cli.lambda.n, 500);
  assert.ok(cli.lambda.lambda > 1.2 && cli.lambda.lambda < 3, `λ̂ ${cli.lambda.lambda}`);

  const app = await openApp({ journey: JOURNEY });
  const { page } = app;
  try {
    // Before the survey: the journey's own ratings are the customer's side.
    assert.match(await text(page, 'lanes-blind-spots'), /“Solution” \(ours \+4, the customer's \+2\)/);
    assert.equal(await page.$('[data-testid="lanes-customer-side"]'), null);

    assert.equal(await importSurvey(page, file), 500);
    await page.waitForSelector('[data-testid="survey-lambda-estimate"]');
    const shown = Number(await page.getAttribute('[data-testid="survey-lambda-estimate"]', 'data-value'));
    assert.ok(Math.abs(shown - cli.lambda.lambda) < 1e-9, `the worker's λ̂ ${shown} is the command line's ${cli.lambda.lambda}`);
    const rounded = Math.round(cli.lambda.lambda * 100) / 100;
    const sentence = await text(page, 'survey-lambda-estimate');
    assert.match(sentence, /^Your customers weigh a bad moment λ̂\u00a0=\u00a0\d+(\.\d+)? times a good one \(95% interval \d+(\.\d+)? to \d+(\.\d+)?, n\u00a0=\u00a0500\)\. An estimate from this survey, not a law\.$/);
    assert.ok(sentence.includes(`λ̂\u00a0=\u00a0${rounded} times`), sentence);
    // The analysis download carries it under the same key as the command line.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="survey-export"]')]);
    const report = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(Object.keys(report.lambda), Object.keys(cli.lambda));
    assert.ok(Math.abs(report.lambda.ci_low - cli.lambda.ci_low) < 1e-9 && Math.abs(report.lambda.ci_high - cli.lambda.ci_high) < 1e-9);

    // The survey's means are the customer's side: Solution 2 on 1–5 is −2.5 on −5…+5.
    await page.waitForSelector('[data-testid="lanes-customer-side"]');
    assert.equal(await text(page, 'lanes-customer-side'), "Customers' side: survey means, n\u00a0=\u00a0500.");
    assert.match(await text(page, 'lanes-blind-spots'), /“Solution” \(ours \+4, the customer's −2\.5\)/);
    assert.match(await text(page, 'lanes-summary'), /Expectations at 3 touchpoints: exceeded 0, met 1, fell short 2/);
    assert.deepEqual(await axeViolations(page), []);

    const use = page.locator('[data-testid="survey-use-lambda"]');
    assert.ok(await use.isEnabled());
    await use.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="survey-lambda-in-use"]');
    // The settings panel shows the weight now in use.
    await page.click('[data-testid="settings-panel"] summary');
    await page.waitForSelector('[data-testid="bank-weight"]');
    assert.equal(await page.inputValue('[data-testid="bank-weight"]'), String(rounded), "the bank setting shows the customers' λ");
    await page.waitForSelector('[data-testid="survey-use-lambda"][disabled]', { timeout: 5_000 });
    assert.equal(await use.isEnabled(), false, 'in use: nothing left to use');
    await page.locator('[data-testid="survey-lambda"]').screenshot({ path: `${SHOTS}/survey-lambda-1280.png` });
    await page.locator('.lanes').screenshot({ path: `${SHOTS}/survey-lanes-1280.png` });
    await page.locator('[data-testid="survey-panel"]').screenshot({ path: `${SHOTS}/survey-lanes-panel-1280.png` });

    await page.selectOption('[data-testid="language"]', 'nl');
    assert.match(await text(page, 'survey-lambda-estimate'), /^Je klanten wegen een slecht moment λ̂\u00a0=\u00a0\d+(,\d+)? keer zo zwaar als een goed moment \(95%-interval .* n\u00a0=\u00a0500\)\. Een schatting uit deze enquête, geen wet\.$/);
    assert.equal(await text(page, 'survey-lambda-in-use'), 'Wordt al gebruikt voor de emotionele bankrekening.');
    assert.equal(await text(page, 'lanes-customer-side'), 'Klantkant: gemiddelden uit de enquête, n\u00a0=\u00a0500.');
    assert.match(await text(page, 'lanes-blind-spots'), /‘Solution’ \(wij \+4, de klant −2,5\)/);
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('[data-testid="survey-lambda"]').screenshot({ path: `${SHOTS}/survey-lambda-1280-nl.png` });
    await page.locator('.lanes').screenshot({ path: `${SHOTS}/survey-lanes-1280-nl.png` });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('[data-testid="survey-lambda"]').screenshot({ path: `${SHOTS}/survey-lambda-390-nl.png` });
    await page.locator('.lanes').screenshot({ path: `${SHOTS}/survey-lanes-390-nl.png` });
    await page.selectOption('[data-testid="language"]', 'en');
    await page.locator('[data-testid="survey-lambda"]').screenshot({ path: `${SHOTS}/survey-lambda-390.png` });
    await page.locator('.lanes').screenshot({ path: `${SHOTS}/survey-lanes-390.png` });
    await page.setViewportSize({ width: 1280, height: 800 });

    // One undo step puts the old weight back, and the button is offered again.
    await page.click('[data-testid="undo"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="bank-weight"]').value === '1');
    // Each open panel gets the change a frame after the workspace made it.
    await page.waitForSelector('[data-testid="survey-use-lambda"]:not([disabled])', { timeout: 5_000 });
    assert.ok(await use.isEnabled());

    // After a reload the stored survey still feeds both.
    await page.reload();
    await page.waitForSelector('[data-testid="lanes-customer-side"]', { timeout: 30_000 });
    assert.match(await text(page, 'lanes-blind-spots'), /the customer's −2\.5/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
