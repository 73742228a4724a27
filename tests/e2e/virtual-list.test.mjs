// A long journey (2,000 touchpoints): only the rows near the screen are in the page, yet the
// list reads as 2,000 rows, Tab crosses the edge of the rendered rows onto the right row,
// an open row survives scrolling away, and the last row shows with its number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, SHOTS } from './lib/browser.mjs';
import { bigJourney } from './lib/journeys.mjs';
import { axeViolations } from './lib/axe.mjs';

const N = 2000;
const rowsInDom = (page) => page.$$eval('[data-testid="touchpoint"]', (xs) => xs.length);
/** The position (1-based) of the row holding focus, or null when focus is outside the rows. */
const focusedRow = (page) => page.evaluate(() => {
  const row = document.activeElement?.closest('[data-testid="touchpoint"]');
  return row ? Number(row.getAttribute('aria-posinset')) : null;
});

test('2,000 touchpoints: a bounded number of rows, read as a list of 2,000', async () => {
  const app = await openApp({ journey: bigJourney(N) });
  try {
    const page = app.page;
    const count = await rowsInDom(page);
    assert.ok(count > 10 && count <= 120, `${count} rows in the page`);
    assert.equal(await page.getAttribute('[data-testid="touchpoint-list"]', 'aria-label'), '2,000 touchpoints');
    const first = page.locator('[data-testid="touchpoint"]').first();
    assert.equal(await first.getAttribute('aria-setsize'), String(N));
    assert.equal(await first.getAttribute('aria-posinset'), '1');
    assert.equal(await page.locator('.phase-heading').first().textContent(), 'Phase 1');
    // The page is as long as all 2,000 rows would make it.
    const height = await page.evaluate(() => document.querySelector('[data-testid="touchpoint-list"]').getBoundingClientRect().height);
    assert.ok(height > N * 30, `the list is ${height}px tall`);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: `${SHOTS}/virtual-top-1280.png` });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('Tab past the last rendered row lands on the next row, and focus stays there', async () => {
  const app = await openApp({ journey: bigJourney(N) });
  try {
    const page = app.page;
    const last = await page.$$eval('[data-testid="touchpoint"]',
      (xs) => Math.max(...xs.map((x) => Number(x.getAttribute('aria-posinset')))));
    // Focus the last rendered row's name without scrolling, then Tab through its controls.
    await page.evaluate((k) => document.querySelector(`[data-testid="touchpoint"][aria-posinset="${k}"] [data-testid="touchpoint-name"]`)
      .focus({ preventScroll: true }), last);
    let at = last;
    for (let k = 0; k < 20 && at === last; k++) {
      await page.keyboard.press('Tab');
      at = await focusedRow(page);
    }
    assert.equal(at, last + 1, `Tab from row ${last} goes on to row ${last + 1}`);
    await page.waitForTimeout(200);
    assert.equal(await focusedRow(page), last + 1, 'the row keeps focus after the list renders again');
    // Tab once more to the row itself (its name field): the number it shows is its own.
    const index = await page.evaluate(() => document.activeElement.closest('[data-testid="touchpoint"]').querySelector('.index').textContent);
    assert.equal(index, String(last + 1));
    // Shift+Tab goes back across the same edge.
    for (let k = 0; k < 20 && at === last + 1; k++) {
      await page.keyboard.press('Shift+Tab');
      at = await focusedRow(page);
    }
    assert.equal(at, last, 'Shift+Tab goes back to the row before');
    // Alt+↓ on a row moves it, and focus goes with it.
    await page.evaluate((k) => document.querySelector(`[data-testid="touchpoint"][aria-posinset="${k}"]`).focus(), last);
    const name = await page.getAttribute(`[data-testid="touchpoint"][aria-posinset="${last}"]`, 'aria-label');
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForTimeout(200);
    assert.equal(await focusedRow(page), last + 1);
    assert.equal(
      await page.evaluate(() => document.activeElement.getAttribute('aria-label')),
      name.replace(`${last}:`, `${last + 1}:`),
    );
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('an open row stays open when scrolled away and back; the end shows the last row and its number', async () => {
  const app = await openApp({ journey: bigJourney(N) });
  try {
    const page = app.page;
    await page.locator('[data-testid="touchpoint-details-toggle"]').nth(2).click();
    await page.waitForSelector('#tp-3-details');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForSelector(`[data-testid="touchpoint"][aria-posinset="${N}"]`);
    const lastRow = page.locator(`[data-testid="touchpoint"][aria-posinset="${N}"]`);
    assert.equal(await lastRow.locator('.index').textContent(), String(N));
    assert.equal(await lastRow.locator('[data-testid="touchpoint-name"]').inputValue(), `Touchpoint ${N}`);
    assert.ok(await lastRow.isVisible());
    const box = await lastRow.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 800, 'the last row is on screen');
    assert.ok(await rowsInDom(page) <= 130, 'still a bounded number of rows at the end');
    await page.screenshot({ path: `${SHOTS}/virtual-end-1280.png` });
    // The open row was kept, and is still open when scrolled back to.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    assert.equal(await page.locator('#tp-3-details').count(), 1);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('on a phone, in Dutch, the rows near the screen render and the end is reachable', async () => {
  const app = await openApp({ journey: bigJourney(N), viewport: { width: 390, height: 844 }, path: '?lang=nl' });
  try {
    const page = app.page;
    assert.ok(await rowsInDom(page) <= 120);
    assert.equal(await page.getAttribute('[data-testid="touchpoint-list"]', 'aria-label'), '2000 contactmomenten');
    await page.screenshot({ path: `${SHOTS}/virtual-top-390.png` });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForSelector(`[data-testid="touchpoint"][aria-posinset="${N}"]`);
    const box = await page.locator(`[data-testid="touchpoint"][aria-posinset="${N}"]`).boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 844, 'the last row is on screen');
    await page.screenshot({ path: `${SHOTS}/virtual-end-390.png` });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
