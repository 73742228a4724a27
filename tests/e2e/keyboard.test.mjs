// End to end, keyboard only: a consultant types a three-phase, twelve-touchpoint journey
// without touching the mouse, then compares a to-be scenario.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, scoreOf, journeyOf, SHOTS } from './lib/browser.mjs';

/** Presses Enter on a control, as a keyboard user who tabbed to it. */
async function press(page, testid, nth = 0) {
  await page.locator(`[data-testid="${testid}"]`).nth(nth).focus();
  await page.keyboard.press('Enter');
}

const PHASES = [
  ['Orientation', [['Sees an advert', '1'], ['Compares offers', '-1'], ['Reads reviews', '2'], ['Asks a friend', '3']]],
  ['Purchase', [['Online order', '2'], ['Order confirmation e-mail', '1'], ['Delivery delayed', '-3'], ['Parcel arrives', '2']]],
  ['Use', [['Setup call', '4'], ['Invoice error', '-4'], ['Complaint handled', '1'], ['Thank-you note', '3']]],
];

test('a three-phase, twelve-touchpoint journey typed with the keyboard only', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    await press(page, 'new-journey');
    await page.locator('[data-testid="journey-title"]').focus();
    await page.keyboard.type('Buying a smart thermostat');
    await page.locator('[data-testid="phases-panel"] summary').focus();
    if (!(await page.locator('[data-testid="phases-panel"]').getAttribute('open'))) {
      await page.keyboard.press('Enter');
    }
    for (const [phase, touchpoints] of PHASES) {
      await page.locator('[data-testid="new-phase-name"]').focus();
      await page.keyboard.type(phase);
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="new-touchpoint-name"]').focus();
      for (const [name, rating] of touchpoints) {
        await page.keyboard.type(name);
        await page.keyboard.press('Tab');
        await page.keyboard.type(rating);
        await page.keyboard.press('Enter');
      }
    }
    const j = await journeyOf(page);
    assert.deepEqual(j.names, PHASES.flatMap(([, tps]) => tps.map(([n]) => n)));
    assert.deepEqual(j.ratings, PHASES.flatMap(([, tps]) => tps.map(([, r]) => Number(r))));
    assert.deepEqual(await page.$$eval('[data-testid="phase-name"]', (xs) => xs.map((x) => x.value)),
      ['Orientation', 'Purchase', 'Use']);
    const headings = await page.$$eval('.phase-heading', (xs) => xs.map((x) => x.textContent));
    assert.deepEqual(headings, ['Orientation', 'Purchase', 'Use'], 'each phase holds its own four');
    // Peak: "Invoice error" (−4, ties "Setup call" +4 and wins as the bad one); end +3:
    // R = (−4 + 3)/2 = −0.5.
    assert.equal(await scoreOf(page, 'score-remembered'), -0.5);
    await page.screenshot({ path: `${SHOTS}/keyboard-journey-1280.png`, fullPage: true });

    // Mark the setup call as the peak by keyboard, then undo with Ctrl+Z.
    await press(page, 'mark-peak', 8);
    assert.equal(await scoreOf(page, 'score-remembered'), 3.5, '(4 + 3)/2');
    await page.keyboard.press('Control+z');
    assert.equal(await scoreOf(page, 'score-remembered'), -0.5);

    // A to-be scenario where the invoice is right: compare.
    await press(page, 'make-scenario');
    await page.locator('[data-testid="touchpoint-rating"]').nth(9).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2');
    const asIs = -0.5;
    // To-be: most intense is "Setup call" (+4): R = (4 + 3)/2 = 3.5.
    assert.equal(await scoreOf(page, 'score-remembered'), 3.5);
    await page.waitForSelector('[data-testid="compare-panel"]');
    assert.equal(await scoreOf(page, 'compare-delta-remembered'), 3.5 - asIs);
    const changes = await page.$$eval('[data-testid="compare-change"]', (xs) => xs.map((x) => x.textContent));
    assert.equal(changes.length, 1);
    assert.match(changes[0], /Invoice error/);
    await page.screenshot({ path: `${SHOTS}/scenario-compare-1280.png`, fullPage: true });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the workspace on a phone, 390 × 844', async () => {
  const app = await openApp({ viewport: { width: 390, height: 844 } });
  try {
    const { page } = app;
    await page.locator('[data-testid="touchpoint-details-toggle"]').first().click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
    await page.screenshot({ path: `${SHOTS}/workspace-390x844.png`, fullPage: false });
    await page.screenshot({ path: `${SHOTS}/workspace-390-full.png`, fullPage: true });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
