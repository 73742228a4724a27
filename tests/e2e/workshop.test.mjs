// End to end for the room: presentation mode, driven by the keyboard, readable from the back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, scoreOf, journeyOf, SHOTS } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';

test('presentation mode: one screen, large type, keyboard only', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    await page.locator('[data-testid="present"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="presentation"]');
    // Chart, scores and what to fix first are all on the first screen.
    for (const id of ['journey-chart', 'score-remembered', 'fix-first']) {
      const box = await page.locator(`[data-testid="presentation"] [data-testid="${id}"]`).boundingBox();
      assert.ok(box && box.y + Math.min(box.height, 80) <= 800, `${id} is visible without scrolling`);
    }
    const size = await page.$eval('[data-testid="presentation"] [data-testid="score-remembered"] .value',
      (e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 48, `the remembered score is large (${size}px)`);
    assert.match(await page.textContent('[data-testid="presentation-selected"]'), /A bare link to end it/);
    // ← picks "Cancel in writing" (−3); ↑↑ makes it −1; the scores follow.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert.match(await page.textContent('[data-testid="presentation-selected"]'), /Cancel in writing.*−1/);
    await page.screenshot({ path: `${SHOTS}/presentation-1280.png` });
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="touchpoint"]');
    assert.equal((await journeyOf(page)).ratings[7], -1, 'the change made while presenting is kept');
    assert.equal(await scoreOf(page, 'score-remembered'), -5);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('?present opens straight into presentation mode', async () => {
  const app = await openApp({ path: '?present&lang=nl' });
  try {
    await app.page.waitForSelector('[data-testid="presentation"]');
    assert.match(await app.page.textContent('[data-testid="presentation"]'), /Herinnerd/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
