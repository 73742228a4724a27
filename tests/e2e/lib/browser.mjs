// Launches Debian's Chromium through playwright-core and opens the built app, failing
// the test on any console error, page error, or request that leaves 127.0.0.1.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startServer } from '../../../build/server.mjs';

export const SHOTS = 'target/e2e';

/** Debian's Chromium, headless, with nothing of its own talking to the network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Opens a page straight from disk (file://), as someone who double-clicks an attachment.
 * Collects console errors, page errors and CSP violations in `problems`, and every request
 * the page makes (the document itself included) in `requests`.
 */
export async function openFile(file, { viewport = { width: 1280, height: 800 } } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  await reportCspViolations(context);
  const problems = [];
  const requests = [];
  context.on('page', (page) => {
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
  });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await page.waitForSelector('[data-testid="score-card"]');
  return { page, context, browser, problems, requests, url, close: () => browser.close() };
}

/**
 * A fresh browser on the served dist/ (or, with `serve: false`, for a file from disk), with
 * no page opened yet but `page`: records the name of every wasm fetched in `wasm` and every
 * console error, page error and request that leaves the machine in `problems`. For the
 * pages beside the workspace (the course embed's, a share link's).
 */
export async function visit({ serve = true, viewport = { width: 1280, height: 800 } } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const server = serve ? await startServer('dist') : null;
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  await reportCspViolations(context);
  const wasm = [];
  const problems = [];
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.endsWith('.wasm')) wasm.push(u.pathname.split('/').pop());
    if (!['file:', 'data:'].includes(u.protocol) && u.hostname !== '127.0.0.1') problems.push(`request left the page: ${r.url()}`);
  });
  context.on('page', (page) => {
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  });
  const page = await context.newPage();
  return {
    server, browser, context, page, wasm, problems,
    async close() {
      await browser.close();
      await server?.close();
    },
  };
}

/** Waits until the service worker controls `page`, then lists the files in the app's cache. */
export async function controlledCache(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('peakend-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1));
  });
}

/**
 * Serves `dir` and opens the app. With `journey` (a journey file object), the app's
 * storage holds that journey as its only library entry before the page first loads.
 * `serviceWorkers: 'block'` keeps sw.js from serving (and caching) the app's files.
 */
export async function openApp({ viewport = { width: 1280, height: 800 }, path = '', dir = 'dist', journey = null, serviceWorkers = 'allow' } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const server = await startServer(dir);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, locale: 'en-GB', serviceWorkers });
  await reportCspViolations(context);
  if (journey) {
    await context.addInitScript((j) => {
      try {
        if (location.protocol !== 'http:' || sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
      } catch {
        return; // a frame without storage (about:blank)
      }
      localStorage.setItem('peakend:v1:doc:seeded', JSON.stringify({ rev: 1, journey: j }));
      localStorage.setItem('peakend:v1:index', JSON.stringify({
        current: 'seeded', docs: [{ id: 'seeded', updated: Date.now(), based_on: null }],
      }));
    }, journey);
  }
  const problems = [];
  const watch = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['127.0.0.1', ''].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) {
        problems.push(`request left the page: ${r.url()}`);
      }
    });
  };
  context.on('page', watch);
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.waitForSelector('[data-testid="score-card"]');
  return {
    page, context, browser, server, problems,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Turns every Content-Security-Policy violation into a console error, which the tests
 * already fail on (Chromium's own "Refused to …" message does not always reach the console).
 */
export async function reportCspViolations(context) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`
        + ` at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
    });
  });
}

/** Reads a score's raw number from its `data-value`. */
export async function scoreOf(page, testid) {
  return Number(await page.getAttribute(`[data-testid="${testid}"]`, 'data-value'));
}

/** The touchpoint names and ratings, in order, as the page shows them. */
export async function journeyOf(page) {
  const names = await page.$$eval('[data-testid="touchpoint-name"]', (xs) => xs.map((x) => x.value));
  const ratings = await page.$$eval('[data-testid="touchpoint-rating"]', (xs) => xs.map((x) => Number(x.value)));
  return { names, ratings };
}
