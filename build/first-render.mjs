// Times the first render: navigation start to the first touchpoint row in the DOM, over
// cold loads (a new browser context each: empty cache, empty storage) of the built page
// in headless Chromium on 127.0.0.1. With several folders, the runs alternate between
// them (A B A B …) so a busy machine weighs on each alike. Prints the medians, with the
// split the Performance API gives; asserts nothing.
//
// With --embed, the course embed's page is timed instead (dist/embed.html?preset=…):
// navigation start to its chart (the canvas) in the DOM. A folder written `dist:embed`
// is timed as the embed whatever the flag, so both pages alternate in one run:
//
//   node build/first-render.mjs [runs] dist [other-dist …] [--embed]
//   node build/first-render.mjs 9 dist dist:embed
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const args = process.argv.slice(2);
const embedFlag = args.includes('--embed');
const [runs = '9', ...targets] = args.filter((a) => !a.startsWith('--'));
if (targets.length === 0) targets.push('dist');
const dirs = targets.map((t) => t.replace(/:embed$/, ''));
const isEmbed = targets.map((t) => embedFlag || t.endsWith(':embed'));
const pathOf = (k) => (isEmbed[k] ? 'embed.html?preset=colonoscopy-abrupt' : '');
const selectorOf = (k) => (isEmbed[k] ? '[data-testid="journey-chart"]' : '[data-testid="touchpoint"]');
const servers = await Promise.all(dirs.map((d) => startServer(d)));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = dirs.map(() => []);
try {
  for (let i = 0; i < Number(runs); i++) {
    for (const [k, server] of servers.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      await context.addInitScript((sel) => {
        // Trunk's loader fires this once the wasm is compiled, instantiated and started.
        addEventListener('TrunkApplicationStarted', () => { window.__started = performance.now(); });
        new MutationObserver((_, obs) => {
          if (document.querySelector(sel)) {
            window.__firstRow = performance.now();
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }, selectorOf(k));
      const page = await context.newPage();
      await page.goto(server.url + pathOf(k));
      await page.waitForSelector(selectorOf(k));
      results[k].push(await page.evaluate(() => {
        const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
        const nav = performance.getEntriesByType('navigation')[0];
        const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
        return {
          first: window.__firstRow, html: nav.responseEnd, wasm: wasm?.responseEnd ?? NaN,
          wasmStart: wasm?.requestStart ?? NaN, started: window.__started ?? NaN, marks,
        };
      }));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
if (process.env.MARKS) for (const [k, r] of results.entries()) console.log(dirs[k], JSON.stringify(r.map((x) => ({ ...x.marks, first: Math.round(x.first), wasm: Math.round(x.wasm) }))));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [k, dir] of dirs.entries()) {
  const r = results[k];
  const first = median(r.map((x) => x.first));
  const html = median(r.map((x) => x.html));
  const wasm = median(r.map((x) => x.wasm));
  const wasmStart = median(r.map((x) => x.wasmStart));
  const started = median(r.map((x) => x.started));
  console.log(`${dir}${isEmbed[k] ? ' (embed)' : ''}: first ${isEmbed[k] ? 'chart' : 'row'} ${first.toFixed(0)} ms (median of ${r.length}; html ${html.toFixed(0)} ms, `
    + `wasm downloaded ${wasm.toFixed(0)} ms, after that ${(first - wasm).toFixed(0)} ms)`);
  // The split, each a median: the wasm's download (request to last byte), compiling and
  // instantiating it (last byte to the loader's TrunkApplicationStarted; streaming compile
  // overlaps the download, so this is what is left after it), and the first render
  // (started to the element in the DOM; ≤ 0 when the first render happens inside start).
  console.log(`  split: download ${(wasm - wasmStart).toFixed(0)} ms (from ${wasmStart.toFixed(0)}), `
    + `compile + instantiate + start ${(started - wasm).toFixed(0)} ms, first render after start ${(first - started).toFixed(0)} ms`);
}
