// How the workspace's cost grows with the journey, timed in headless Chromium (run by hand;
// reported, never asserted): for 200, 1,000, 5,000 and 10,000 touchpoints, a journey seeded
// into storage, the built page (dist/) served on 127.0.0.1, and
//   - first render: navigation start to the first touchpoint row in the DOM, and to the
//     chart first drawn (the `peakend:drawn` performance mark), median of RUNS cold loads;
//   - a rating change: a row's rating typed (an input event) to the redrawn chart (the next
//     `peakend:drawn` mark), CHANGES times; p50 and p95, and the same to the next painted
//     frame (which includes everything else the change made the page do).
//
//   node bench/big-journey.mjs [N…]      (RUNS=3 CHANGES=40 DIST=dist by default)

import { launchChromium } from '../tests/e2e/lib/browser.mjs';
import { bigJourney } from '../tests/e2e/lib/journeys.mjs';
import { ratingChanges } from '../tests/e2e/lib/redraw.mjs';
import { startServer } from '../build/server.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const CHANGES = Number(process.env.CHANGES ?? 40);
const DIST = process.env.DIST ?? 'dist';
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);

const pick = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (x) => Math.round(x * 10) / 10;

async function once(url, journey, changes) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await context.addInitScript((j) => {
      if (location.protocol !== 'http:') return;
      localStorage.setItem('peakend:v1:doc:seeded', JSON.stringify({ rev: 1, journey: j }));
      localStorage.setItem('peakend:v1:index', JSON.stringify({
        current: 'seeded', docs: [{ id: 'seeded', updated: Date.now(), based_on: null }],
      }));
      // The moment the first row enters the DOM.
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-testid="touchpoint"]')) {
          window.__firstRow = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, journey);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid="score-card"]');
    await page.waitForFunction(() => performance.getEntriesByName('peakend:drawn').length > 0);
    const first = await page.evaluate(() => ({
      row: window.__firstRow,
      drawn: performance.getEntriesByName('peakend:drawn')[0].startTime,
      rows_in_dom: document.querySelectorAll('[data-testid="touchpoint"]').length,
    }));
    if (!changes) return { first };
    await page.waitForTimeout(1500); // let start-up work (saving, fonts) settle
    // A person does not type faster than a change every 30 ms.
    const times = await ratingChanges(page, { row: 5, count: changes, pause: 30, frame: true });
    return { first, times };
  } finally {
    await browser.close();
  }
}

const server = await startServer(DIST);
try {
  for (const n of SIZES.length ? SIZES : [200, 1000, 5000, 10000]) {
    const journey = bigJourney(n);
    const firsts = [];
    let times = null;
    for (let r = 0; r < RUNS; r++) {
      const out = await once(server.url, journey, r === 0 ? CHANGES : 0);
      firsts.push(out.first);
      times ??= out.times;
    }
    console.log(JSON.stringify({
      touchpoints: n,
      rows_in_dom: firsts[0].rows_in_dom,
      first_row_ms: round(pick(firsts.map((f) => f.row), 0.5)),
      first_drawn_ms: round(pick(firsts.map((f) => f.drawn), 0.5)),
      change_to_drawn_ms: { p50: round(pick(times.drawn, 0.5)), p95: round(pick(times.drawn, 0.95)) },
      change_to_frame_ms: { p50: round(pick(times.frame, 0.5)), p95: round(pick(times.frame, 0.95)) },
    }));
  }
} finally {
  await server.close();
}
