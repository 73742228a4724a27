// End to end: the workspace a consultant runs a session in — dragging points on the
// chart, marking a peak by hand, undo and redo, the library, scenarios, two tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, scoreOf, journeyOf, SHOTS } from './lib/browser.mjs';

/** Where touchpoint `i` of `n` with `rating` sits on the canvas (mirrors chart::Layout). */
async function pointOf(page, i, n, rating, scale = { min: -5, max: 5 }) {
  const box = await page.locator('[data-testid="journey-chart"]').boundingBox();
  const left = 12 + 40, top = 12 + 26, right = box.width - 12, bottom = box.height - 12 - 44;
  const x = left + ((i + 0.5) / n) * (right - left);
  const y = top + ((scale.max - rating) / (scale.max - scale.min)) * (bottom - top);
  return { x: box.x + x, y: box.y + y };
}

test('dragging a point re-rates it; one drag is one undo step', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    const before = await journeyOf(page);
    const n = before.ratings.length;
    const from = await pointOf(page, n - 1, n, -5);
    const to = await pointOf(page, n - 1, n, 2);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let k = 1; k <= 8; k++) await page.mouse.move(from.x, from.y + ((to.y - from.y) * k) / 8);
    await page.mouse.up();
    const after = await journeyOf(page);
    assert.equal(after.ratings[n - 1], 2, 'the last touchpoint now rates +2');
    assert.deepEqual(after.ratings.slice(0, -1), before.ratings.slice(0, -1));
    // End +2; the most intense are now ±4, and the one below neutral ("File a
    // complaint", −4) wins the tie: R = (−4 + 2)/2 = −1.
    assert.equal(await scoreOf(page, 'score-remembered'), -1);

    await page.keyboard.press('Control+z');
    assert.deepEqual((await journeyOf(page)).ratings, before.ratings, 'one undo reverts the whole drag');
    await page.keyboard.press('Control+Shift+z');
    assert.equal((await journeyOf(page)).ratings[n - 1], 2, 'redo brings it back');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('marking a peak by hand changes the remembered score, and undo restores it', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    assert.equal(await scoreOf(page, 'score-remembered'), -5);
    const second = page.locator('[data-testid="touchpoint"]').nth(1);
    await second.locator('[data-testid="mark-peak"]').click();
    assert.equal(await second.locator('[data-testid="mark-peak"]').getAttribute('aria-pressed'), 'true');
    // Peak "Help getting started" (+4), end the bare link (−5): R = (4 − 5)/2.
    assert.equal(await scoreOf(page, 'score-remembered'), -0.5);
    await page.click('[data-testid="undo"]');
    assert.equal(await scoreOf(page, 'score-remembered'), -5);
    await page.click('[data-testid="redo"]');
    assert.equal(await scoreOf(page, 'score-remembered'), -0.5);
    // Marking the end elsewhere too.
    await second.locator('[data-testid="mark-end"]').click();
    assert.equal(await scoreOf(page, 'score-remembered'), 4);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('rows answer the keyboard: arrows rate, Alt+arrows move, buttons reorder', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    const row = () => page.locator('[data-testid="touchpoint"]').nth(0);
    await row().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal((await journeyOf(page)).ratings[0], 1, '3 − 2 steps');
    await page.keyboard.press('Alt+ArrowDown');
    let j = await journeyOf(page);
    assert.deepEqual(j.names.slice(0, 2), ['Help getting started', 'First subscription']);
    const focused = await page.evaluate(() => document.activeElement?.dataset?.testid);
    assert.equal(focused, 'touchpoint', 'focus stays on the moved row');
    await page.keyboard.press('ArrowUp');
    j = await journeyOf(page);
    assert.equal(j.ratings[1], 2, 'the moved row is still the one rated');
    await page.locator('[data-testid="touchpoint"]').nth(1).locator('[data-testid="move-up"]').click();
    assert.deepEqual((await journeyOf(page)).names.slice(0, 2), ['First subscription', 'Help getting started']);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the library keeps several journeys; a to-be scenario compares with its as-is', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    await page.click('[data-testid="make-scenario"]');
    assert.match(await page.inputValue('[data-testid="journey-title"]'), /\(to-be\)$/);
    // Give the scenario a warm ending.
    const last = page.locator('[data-testid="touchpoint-rating"]').last();
    await last.fill('3');
    assert.equal(await scoreOf(page, 'score-remembered'), -0.5, 'peak −4 (wins the ±4 tie), end +3');
    await page.click('[data-testid="open-library"]');
    assert.equal(await page.locator('[data-testid="library-item"]').count(), 2);
    await page.screenshot({ path: `${SHOTS}/library-and-scenario.png`, fullPage: true });
    // Open the as-is again: its ending is untouched.
    await page.locator('[data-testid="library-item"]').nth(1).locator('[data-testid="library-open"]').click();
    assert.equal(await scoreOf(page, 'score-remembered'), -5);
    await page.reload();
    await page.waitForSelector('[data-testid="touchpoint"]');
    assert.equal(await scoreOf(page, 'score-remembered'), -5, 'the open journey survives a reload');
    await page.click('[data-testid="open-library"]');
    assert.equal(await page.locator('[data-testid="library-item"]').count(), 2, 'both survive a reload');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('two tabs on the same journey see each other\'s changes and lose nothing', async () => {
  const app = await openApp();
  const a = app.page;
  try {
    const b = await app.context.newPage();
    await b.goto(a.url());
    await b.waitForSelector('[data-testid="touchpoint"]');
    await a.locator('[data-testid="touchpoint-rating"]').first().fill('-2');
    await b.waitForFunction(() => document.querySelector('[data-testid="touchpoint-rating"]').value === '-2');
    await b.locator('[data-testid="touchpoint-name"]').nth(1).fill('Help from a real person');
    await a.waitForFunction(() =>
      document.querySelectorAll('[data-testid="touchpoint-name"]')[1].value === 'Help from a real person');
    const ja = await journeyOf(a);
    assert.equal(ja.ratings[0], -2, 'tab A kept its own change');
    await a.reload();
    await a.waitForSelector('[data-testid="touchpoint"]');
    const stored = await journeyOf(a);
    assert.equal(stored.ratings[0], -2);
    assert.equal(stored.names[1], 'Help from a real person', 'both tabs\' changes are saved');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
