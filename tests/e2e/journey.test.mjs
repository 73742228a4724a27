// End to end: a person builds on the example journey with the keyboard, reads the
// scores, reloads, and finds the same journey. Runs against the release build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, scoreOf, journeyOf, SHOTS } from './lib/browser.mjs';

test('keyboard entry, scores, and a reload that keeps the journey', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    const start = await journeyOf(page);
    assert.equal(start.names.length, 9, 'the example journey has nine touchpoints');
    assert.equal(await scoreOf(page, 'score-remembered'), -5);

    // Type three touchpoints: name, Tab, rating, Enter; focus comes back to the name.
    await page.focus('[data-testid="new-touchpoint-name"]');
    for (const [name, rating] of [['Win-back offer', '2'], ['Final bill', '-1'], ['Warm goodbye call', '4']]) {
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      await page.keyboard.type(rating);
      await page.keyboard.press('Enter');
    }
    const after = await journeyOf(page);
    assert.deepEqual(after.names.slice(-3), ['Win-back offer', 'Final bill', 'Warm goodbye call']);
    assert.deepEqual(after.ratings.slice(-3), [2, -1, 4]);

    // Peak stays the bare link (−5); the end is now the warm call (+4): R = (−5 + 4)/2.
    assert.equal(await scoreOf(page, 'score-remembered'), -0.5);
    // E = Σ d·r / Σ d with the example's durations (months) and 1 for each new one.
    const d = [1, 2, 60, 110, 6, 1, 0.5, 0.5, 0.1, 1, 1, 1];
    const e = d.reduce((s, di, i) => s + di * after.ratings[i], 0) / d.reduce((s, x) => s + x, 0);
    assert.ok(Math.abs((await scoreOf(page, 'score-experienced')) - e) < 1e-9);
    assert.match(await page.textContent('[data-testid="chart-summary"]'), /Warm goodbye call/);
    await page.screenshot({ path: `${SHOTS}/workspace-1280.png`, fullPage: true });

    await page.reload();
    await page.waitForSelector('[data-testid="touchpoint"]');
    const reloaded = await journeyOf(page);
    assert.deepEqual(reloaded, after, 'the same journey after a reload');
    assert.equal(await scoreOf(page, 'score-remembered'), -0.5);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the layout holds on a phone', async () => {
  const app = await openApp({ viewport: { width: 390, height: 844 } });
  try {
    const { page } = app;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
    await page.screenshot({ path: `${SHOTS}/workspace-390.png`, fullPage: true });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the chart follows its own box when that changes width without the window resizing', async () => {
  const app = await openApp();
  try {
    const { page } = app;
    const widths = () => page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="journey-chart"]');
      return { canvas: canvas.width, box: canvas.parentElement.clientWidth };
    });
    const before = await widths();
    assert.equal(before.canvas, before.box, 'drawn at the width of its box');
    // The workspace gets narrower (as a side panel would make it); the window stays.
    await page.evaluate(() => document.querySelector('.workspace').style.setProperty('max-width', '1000px'));
    await page.waitForFunction(() => {
      const canvas = document.querySelector('[data-testid="journey-chart"]');
      return canvas.width === canvas.parentElement.clientWidth;
    }, null, { timeout: 5000 }).catch(() => {});
    const after = await widths();
    assert.ok(after.box < before.box - 100, `the box got narrower (${before.box} → ${after.box} px)`);
    assert.equal(after.canvas, after.box, 'the canvas was redrawn at the new width');
    await page.screenshot({ path: `${SHOTS}/chart-narrower-box.png` });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
