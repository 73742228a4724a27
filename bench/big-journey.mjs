// How the workspace's cost grows with the journey, timed in headless Chromium (run by hand;
// reported, never asserted): for 200, 1,000, 5,000 and 10,000 touchpoints, the built page
// (dist/) served on 127.0.0.1, and
//   - first render: navigation start to the first touchpoint row in the DOM, and to the
//     chart first drawn (the `peakend:drawn` performance mark), median of RUNS cold loads.
//     A cold load is a new browser on a profile whose IndexedDB already holds the journey
//     (a returning visitor: the way the app stores journeys), with the HTTP cache and the
//     service worker bypassed, so the program is downloaded and compiled afresh each time.
//     `first_visit_row_ms` is the older figure: the journey left in localStorage by a
//     version before IndexedDB, read and moved over on that first visit (it happens once);
//   - a rating change: a row's rating typed (an input event) to the redrawn chart (the next
//     `peakend:drawn` mark), CHANGES times; p50 and p95, and the same to the next painted
//     frame (which includes everything else the change made the page do).
//
//   With PANEL=stories (or plan), that panel is opened before the rating changes: each
//   change then also travels to the panels program, which shows it too.
//
//   node bench/big-journey.mjs [N…]      (RUNS=3 CHANGES=40 DIST=dist by default)

import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/lib/browser.mjs';
import { bigJourney } from '../tests/e2e/lib/journeys.mjs';
import { ratingChanges } from '../tests/e2e/lib/redraw.mjs';
import { startServer } from '../build/server.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const CHANGES = Number(process.env.CHANGES ?? 40);
const DIST = process.env.DIST ?? 'dist';
const PANEL = process.env.PANEL;
// What shows once each panel has the journey.
const PANEL_READY = { stories: '[data-testid="story-text"]', plan: '[data-testid="employee-journey"]' };
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const VIEW = { viewport: { width: 1280, height: 800 }, locale: 'en-GB' };
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const pick = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (x) => Math.round(x * 10) / 10;

// Notes the moment the first row enters the DOM (an init script, before the page's own).
function watchFirstRow() {
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid="touchpoint"]')) {
      window.__firstRow = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

// The journey as a version before IndexedDB left it in localStorage.
function seedLocalStorage(j) {
  if (location.protocol !== 'http:' || sessionStorage.getItem('seeded')) return;
  sessionStorage.setItem('seeded', '1');
  localStorage.setItem('peakend:v1:doc:seeded', JSON.stringify({ rev: 1, journey: j }));
  localStorage.setItem('peakend:v1:index', JSON.stringify({
    current: 'seeded', docs: [{ id: 'seeded', updated: Date.now(), based_on: null }],
  }));
}

async function firstRender(page) {
  await page.waitForSelector('[data-testid="score-card"]');
  await page.waitForFunction(() => performance.getEntriesByName('peakend:drawn').length > 0);
  return page.evaluate(() => ({
    row: window.__firstRow,
    drawn: performance.getEntriesByName('peakend:drawn')[0].startTime,
    rows_in_dom: document.querySelectorAll('[data-testid="touchpoint"]').length,
  }));
}

// A new browser profile whose IndexedDB holds the journey: one visit with it in the old
// localStorage, which the app moves over, then closed once the move is done.
async function storedProfile(url, journey) {
  const dir = mkdtempSync(join(tmpdir(), 'peakend-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS, ...VIEW,
  });
  try {
    await context.addInitScript(seedLocalStorage, journey);
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(url);
    await firstRender(page);
    await page.waitForFunction(() => !localStorage.getItem('peakend:v1:doc:seeded'), null, { timeout: 60_000 });
  } finally {
    await context.close();
  }
  return dir;
}

// A cold load of a returning visitor: a new browser on the stored profile, nothing cached.
async function returning(url, dir, changes) {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS, ...VIEW,
    serviceWorkers: 'block',
  });
  try {
    await context.addInitScript(watchFirstRow);
    const page = context.pages()[0] ?? await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url);
    const first = await firstRender(page);
    if (first.rows_in_dom === 0) throw new Error('the stored journey did not open');
    if (!changes) return { first };
    if (PANEL) {
      await page.click(`[data-testid="${PANEL}-panel"] > summary`);
      await page.waitForSelector(PANEL_READY[PANEL], { timeout: 60_000 });
    }
    await page.waitForTimeout(1500); // let start-up work (saving, fonts) settle
    // A person does not type faster than a change every 30 ms.
    const times = await ratingChanges(page, { row: 5, count: changes, pause: 30, frame: true });
    return { first, times };
  } finally {
    await context.close();
  }
}

// The older figure: the first visit after a version that kept journeys in localStorage.
async function firstVisit(url, journey) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext(VIEW);
    await context.addInitScript(seedLocalStorage, journey);
    await context.addInitScript(watchFirstRow);
    const page = await context.newPage();
    await page.goto(url);
    return await firstRender(page);
  } finally {
    await browser.close();
  }
}

const server = await startServer(DIST);
try {
  for (const n of SIZES.length ? SIZES : [200, 1000, 5000, 10000]) {
    const journey = bigJourney(n);
    const dir = await storedProfile(server.url, journey);
    const firsts = [];
    const visits = [];
    let times;
    try {
      for (let r = 0; r < RUNS; r++) {
        const out = await returning(server.url, dir, r === 0 ? CHANGES : 0);
        firsts.push(out.first);
        times ??= out.times;
        visits.push(await firstVisit(server.url, journey));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(JSON.stringify({
      touchpoints: n,
      ...(PANEL && { panel_open: PANEL }),
      rows_in_dom: firsts[0].rows_in_dom,
      first_row_ms: round(pick(firsts.map((f) => f.row), 0.5)),
      first_drawn_ms: round(pick(firsts.map((f) => f.drawn), 0.5)),
      ...(times && {
        change_to_drawn_ms: { p50: round(pick(times.drawn, 0.5)), p95: round(pick(times.drawn, 0.95)) },
        change_to_frame_ms: { p50: round(pick(times.frame, 0.5)), p95: round(pick(times.frame, 0.95)) },
      }),
      first_visit_row_ms: round(pick(visits.map((f) => f.row), 0.5)),
    }));
  }
} finally {
  await server.close();
}
