// Times the first render: navigation start to the first touchpoint row in the DOM, over
// cold loads (a new browser context each: empty cache, empty storage) of the built page
// in headless Chromium on 127.0.0.1. Prints each run and the median; asserts nothing.
//
//   node build/first-render.mjs [dist] [runs]
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const [dir = 'dist', runs = '9'] = process.argv.slice(2);
const server = await startServer(dir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
try {
  for (let i = 0; i < Number(runs); i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    await context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-testid="touchpoint"]')) {
          window.__firstRow = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="touchpoint"]');
    const t = await page.evaluate(() => {
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      return { first: window.__firstRow, wasmEnd: wasm?.responseEnd ?? NaN };
    });
    times.push(t.first);
    console.log(`run ${i + 1}: first row ${t.first.toFixed(0)} ms (wasm downloaded at ${t.wasmEnd.toFixed(0)} ms)`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`median of ${sorted.length}: ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms`);
