// Times the first render: navigation start to the first touchpoint row in the DOM, over
// cold loads (a new browser context each: empty cache, empty storage) of the built page
// in headless Chromium on 127.0.0.1. With several folders, the runs alternate between
// them (A B A B …) so a busy machine weighs on each alike. Prints the medians, with the
// split the Performance API gives; asserts nothing.
//
// With --embed, the course embed's page is timed instead (dist/embed.html?preset=…):
// navigation start to its chart (the canvas) in the DOM.
//
//   node build/first-render.mjs [runs] dist [other-dist …] [--embed]
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const args = process.argv.slice(2);
const embed = args.includes('--embed');
const [runs = '9', ...dirs] = args.filter((a) => !a.startsWith('--'));
const path = embed ? 'embed.html?preset=colonoscopy-abrupt' : '';
const selector = embed ? '[data-testid="journey-chart"]' : '[data-testid="touchpoint"]';
if (dirs.length === 0) dirs.push('dist');
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
        new MutationObserver((_, obs) => {
          if (document.querySelector(sel)) {
            window.__firstRow = performance.now();
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }, selector);
      const page = await context.newPage();
      await page.goto(server.url + path);
      await page.waitForSelector(selector);
      results[k].push(await page.evaluate(() => {
        const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
        const nav = performance.getEntriesByType('navigation')[0];
        const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
        return { first: window.__firstRow, html: nav.responseEnd, wasm: wasm?.responseEnd ?? NaN, marks };
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
  console.log(`${dir}${embed ? ' (embed)' : ''}: first ${embed ? 'chart' : 'row'} ${first.toFixed(0)} ms (median of ${r.length}; html ${html.toFixed(0)} ms, `
    + `wasm downloaded ${wasm.toFixed(0)} ms, after that ${(first - wasm).toFixed(0)} ms)`);
}
