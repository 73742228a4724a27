// End to end: how the built site is delivered. A strict Content-Security-Policy (one inline
// script, allowed by its hash) that the app runs under without a single violation, and a service worker
// that keeps the app working with no network after the first visit and still picks up a
// new deploy. Runs against the release build in dist/ (see build/postbuild.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, scoreOf, journeyOf, SHOTS } from './lib/browser.mjs';
import { PAGE_CSP, PREFETCH_SCRIPT } from '../../build/postbuild.mjs';

const REQUIRED_CSP = [
  "default-src 'self'",
  PAGE_CSP.split('; ').find((d) => d.startsWith('script-src')),
  "object-src 'none'",
  "base-uri 'none'",
];

/** Resolves once a service worker controls the page. */
const controlled = (page) => page.evaluate(async () => {
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
  }
  return navigator.serviceWorker.controller.scriptURL;
});

const cacheContents = (page) => page.evaluate(async () => {
  const out = {};
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
  }
  return out;
});

test('the page runs under a strict CSP, one inline script allowed by its hash, no violation', { timeout: 90_000 }, async () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const app = await openApp();
  const { page } = app;
  try {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    for (const directive of REQUIRED_CSP) assert.ok(csp.split(/\s*;\s*/).includes(directive), `CSP has ${directive}`);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/, 'nothing inline or eval is allowed');
    // The one inline script opens the library early; the policy names its hash.
    assert.equal(await page.locator('script:not([src])').count(), 1, 'one inline script in the DOM');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.deepEqual(inline, [PREFETCH_SCRIPT], 'only the library prefetch is inline');
    // Every script and stylesheet is a relative, content-hashed file with an integrity hash.
    for (const tag of html.match(/<(script|link)\b[^>]*>/g).filter((t) => /src=|stylesheet|modulepreload|preload/.test(t))) {
      // Trunk writes its 64-bit hash in hex without leading zeros: 16 digits, now and then fewer.
      assert.match(tag, /(src|href)="\.\/[a-z_]+-[0-9a-f]{12,16}(_bg)?\.(js|css|wasm)"/, tag);
      assert.match(tag, /integrity="sha384-/, tag);
    }

    // The app works: the example journey, its scores, a rating change that moves them.
    assert.equal((await journeyOf(page)).names.length, 9);
    assert.equal(await scoreOf(page, 'score-remembered'), -5);
    await page.locator('[data-testid="touchpoint-rating"]').last().fill('1');
    await page.locator('[data-testid="touchpoint-rating"]').last().press('Tab');
    await page.waitForFunction(() => document.querySelector('[data-testid="score-remembered"]')
      .getAttribute('data-value') !== '-5');
    // Saving the journey as a file (a blob: download) is allowed by the policy.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-json"]')]);
    assert.match(saved.suggestedFilename(), /\.json$/);
    assert.deepEqual(app.problems, [], 'no console error, CSP violation or foreign request');

    // The policy is really enforced: an injected inline script does not run.
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
      await new Promise((ok) => setTimeout(ok, 50));
      return window.__injected === true;
    });
    assert.equal(ran, false, 'an injected inline script is blocked');
    assert.ok(app.problems.some((p) => p.includes('CSP violation: script-src')), 'and reported');
  } finally {
    await app.close();
  }
});

test('after the first visit the app works offline, from the service worker cache', { timeout: 90_000 }, async () => {
  const app = await openApp();
  const { page, context } = app;
  try {
    assert.match(await controlled(page), /\/sw\.js$/);
    // The cache holds exactly this build's files, under one cache named for the build; the
    // survey worker's only once a survey was opened (not on this visit), and the course
    // embed's page and program only once it is visited (tests/e2e/embed-page.test.mjs). A
    // share link's page is in it: a link opens offline too (tests/e2e/shared-page.test.mjs).
    const named = (page) => [...readFileSync(join('dist', page), 'utf8').matchAll(/(?:href|src)="\.\/([^"]+)"/g)].map((m) => m[1]);
    const workspace = new Set(named('index.html'));
    const sideOnly = new Set(['embed.html', ...named('embed.html').filter((f) => !workspace.has(f))]);
    const built = readdirSync('dist')
      .filter((f) => f !== 'sw.js' && !f.startsWith('survey_worker') && !sideOnly.has(f)).sort();
    const caches = await cacheContents(page);
    assert.equal(Object.keys(caches).length, 1);
    assert.match(Object.keys(caches)[0], /^peakend-[0-9a-f]{16}$/);
    assert.deepEqual(Object.values(caches)[0], built);

    await context.setOffline(true);
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await page.reload();
    await page.waitForSelector('[data-testid="touchpoint"]');
    assert.equal((await journeyOf(page)).names.length, 9, 'touchpoints shown offline');
    assert.equal(await scoreOf(page, 'score-remembered'), -5, 'scores shown offline');
    assert.ok(Number.isFinite(await scoreOf(page, 'score-experienced')));
    // Any query the app understands still opens it offline.
    await page.goto(`${app.server.url}?lang=en`);
    await page.waitForSelector('[data-testid="score-card"]');
    assert.equal(await scoreOf(page, 'score-remembered'), -5);
    await page.screenshot({ path: `${SHOTS}/offline-1280.png` });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a new deploy is picked up and the old cache is deleted', { timeout: 90_000 }, async () => {
  const site = mkdtempSync(join(tmpdir(), 'peakend-deploy-'));
  cpSync('dist', site, { recursive: true });
  const app = await openApp({ dir: site });
  const { page } = app;
  try {
    await controlled(page);
    const [before] = Object.keys(await cacheContents(page));

    // Deploy a "new build": a changed page and a service worker with a new cache name.
    const index = join(site, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace(/<title>[^<]*/, '<title>Peakend, deploy two'));
    const sw = join(site, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const CACHE = "peakend-[0-9a-f]+"/, 'const CACHE = "peakend-0000000000000002"'));

    await page.reload();
    await page.waitForSelector('[data-testid="score-card"]');
    assert.equal(await page.title(), 'Peakend, deploy two', 'the page comes from the network first');
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg.update();
      const next = reg.installing ?? reg.waiting;
      if (next && next.state !== 'activated') {
        await new Promise((ok) => next.addEventListener('statechange', () => next.state === 'activated' && ok()));
      }
    });
    const names = Object.keys(await cacheContents(page));
    assert.deepEqual(names, ['peakend-0000000000000002'], `old cache ${before} deleted`);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
    rmSync(site, { recursive: true, force: true });
  }
});
