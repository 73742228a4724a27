// Large journeys: the layout holds at 1280 px with 20 touchpoints, and the time from a
// rating change to the redrawn chart and scores is measured for 200 (reported, not asserted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { openApp, journeyOf, SHOTS } from './lib/browser.mjs';
import { bigJourney } from './lib/journeys.mjs';
import { ratingChanges } from './lib/redraw.mjs';

test('20 touchpoints fit a 1280 px screen without horizontal scrolling', async () => {
  const app = await openApp({ journey: bigJourney(20) });
  try {
    assert.equal((await journeyOf(app.page)).names.length, 20);
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
    await app.page.screenshot({ path: `${SHOTS}/twenty-1280.png` });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('time from a rating change to the redrawn chart, 200 touchpoints', async () => {
  const app = await openApp({ journey: bigJourney(200) });
  try {
    const { drawn: times } = await ratingChanges(app.page, { row: 120, count: 80 });
    const sorted = [...times].sort((a, b) => a - b);
    const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    const report = { touchpoints: 200, samples: times.length, p50_ms: pick(0.5), p95_ms: pick(0.95), max_ms: sorted.at(-1) };
    writeFileSync(`${SHOTS}/redraw-200.json`, JSON.stringify(report, null, 2));
    console.log(`redraw after a rating change, 200 touchpoints: ${JSON.stringify(report)}`);
    assert.equal(times.length, 80, 'every change was redrawn');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('four-digit row numbers fit their column', async () => {
  const app = await openApp({ journey: bigJourney(1200) });
  try {
    const cut = await app.page.$$eval('.touchpoint .index', (xs) => xs
      .filter((x) => x.scrollWidth > x.clientWidth || x.getBoundingClientRect().right > x.nextElementSibling.getBoundingClientRect().left + 1)
      .map((x) => x.textContent));
    assert.deepEqual(cut, [], 'no row number is cut or runs into the name');
    await app.page.locator('.touchpoint').last().scrollIntoViewIfNeeded();
    await app.page.locator('.touchpoint').last().screenshot({ path: `${SHOTS}/row-1200.png` });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
