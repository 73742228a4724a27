// End to end: the receiver's page of a share link (shared.html, its own small program).
// A link on the workspace's address goes there with its query and fragment kept, and
// fetches none of the workspace; it reads in the visitor's language, is axe clean on a
// laptop and a phone, works offline once visited (or once the workspace was), and "Make
// my own copy" hands the journey to the workspace. The single file shows the same page in itself, from disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { SHOTS, controlledCache, visit } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';

const FIXTURES = 'tests/fixtures/format';
/** A share link's token for a journey file, packed as the workspace packs it (io/link.rs). */
const tokenOf = (file) => packed(readFileSync(join(FIXTURES, file)));
const packed = (text) => `j1.${deflateRawSync(text).toString('base64url')}`;

const onlySharedWasm = (wasm) => wasm.length > 0 && wasm.every((f) => /^shared-[0-9a-f]{1,16}_bg\.wasm$/.test(f));

test('a share link opens the receiver\'s own small page, in their language, axe clean at 1280 and 390 px', { timeout: 90_000 }, async () => {
  const v = await visit();
  try {
    const token = tokenOf('v1.json');
    await v.page.goto(`${v.server.url}?lang=nl#${token}`);
    await v.page.waitForURL(/\/shared\.html/);
    await v.page.waitForSelector('[data-testid="shared-view"]');
    const here = new URL(v.page.url());
    assert.equal(here.pathname, '/shared.html');
    assert.equal(here.search, '?lang=nl', 'the query came along');
    assert.equal(here.hash, `#${token}`, 'and the link');
    assert.ok(onlySharedWasm(v.wasm), `only the page's own program: ${v.wasm.join(', ')}`);
    assert.equal(await v.page.getAttribute('html', 'lang'), 'nl');
    assert.equal(await v.page.innerText('[data-testid="shared-title"]'), 'Fifteen years with my telecom provider');
    assert.match(await v.page.innerText('[data-testid="make-copy"]'), /kopie/i);
    assert.equal(await v.page.locator('[data-testid="table-touchpoint"]').count(), 4);
    assert.match(await v.page.innerText('[data-testid="touchpoint-table"]'), /Helpful staff/, 'the notes are shown');
    assert.match(await v.page.getAttribute('[data-testid="chart-image"]', 'alt'), /De piek is/, 'the chart is told in words');
    assert.deepEqual(await axeViolations(v.page), []);
    await v.page.screenshot({ path: `${SHOTS}/shared-page-nl-1280.png`, fullPage: true });
    // On a phone the pictures are drawn for its width.
    const phone = await v.context.newPage();
    await phone.setViewportSize({ width: 390, height: 800 });
    await phone.goto(v.page.url());
    await phone.waitForSelector('[data-testid="shared-view"]');
    const sideways = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(sideways <= 0, `no sideways scroll on a phone (${sideways}px)`);
    assert.ok(Number(await phone.getAttribute('[data-testid="chart-image"]', 'width')) < 400, 'the curve is drawn for the phone');
    assert.deepEqual(await axeViolations(phone), []);
    await phone.screenshot({ path: `${SHOTS}/shared-page-nl-390.png`, fullPage: true });
    // Another link pasted into the same tab's address bar changes only the fragment.
    await v.page.evaluate((t) => { location.hash = t; }, tokenOf('v1-lanes.json'));
    await v.page.locator('[data-testid="shared-title"]').filter({ hasText: 'Two contracts in December' }).waitFor();
    assert.deepEqual(v.problems, []);
  } finally {
    await v.close();
  }
});

test('the receiver\'s page works offline once visited, without precaching the workspace', { timeout: 90_000 }, async () => {
  const v = await visit();
  try {
    await v.page.goto(`${v.server.url}shared.html#${tokenOf('v1-lanes.json')}`);
    await v.page.waitForSelector('[data-testid="shared-lanes"] [data-testid="lanes-image"]');
    const cached = await controlledCache(v.page);
    assert.ok(cached.some((f) => /^shared-[0-9a-f]{1,16}_bg\.wasm$/.test(f)), `the page's program is cached: ${cached}`);
    assert.ok(!cached.some((f) => /^peakend-[0-9a-f]{1,16}_bg\.wasm$/.test(f)), `the workspace is not: ${cached}`);
    await v.context.setOffline(true);
    await v.page.reload();
    await v.page.waitForSelector('[data-testid="shared-title"]');
    assert.equal(await v.page.innerText('[data-testid="shared-title"]'), 'Two contracts in December');
    assert.ok(onlySharedWasm(v.wasm), v.wasm.join(', '));
    // The page's worker is registered for this page alone: stepping over to the workspace
    // leaves it in place instead of swapping one shared registration's script each time
    // (a step taken during such a swap could hang for good).
    await v.context.setOffline(false);
    const workers = () => v.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations())
      .map((r) => `${new URL(r.scope).pathname} ${new URL(r.active?.scriptURL ?? r.installing?.scriptURL).search}`).sort());
    assert.deepEqual(await workers(), ['/shared.html ?for=shared']);
    await v.page.click('[data-testid="go-to-my-journeys"]');
    await v.page.waitForSelector('[data-testid="journey-title"]');
    await v.page.evaluate(() => navigator.serviceWorker.ready);
    assert.deepEqual(await workers(), ['/ ', '/shared.html ?for=shared']);
    assert.deepEqual(v.problems, []);
  } finally {
    await v.close();
  }
});

test('the single file shows a share link itself, from disk, and makes the copy', { timeout: 90_000 }, async () => {
  const v = await visit({ serve: false });
  try {
    const url = pathToFileURL(join(process.cwd(), 'dist-single/peakend.html')).href;
    await v.page.goto(`${url}#${tokenOf('v1.json')}`);
    await v.page.waitForSelector('[data-testid="shared-view"]');
    assert.equal(await v.page.innerText('[data-testid="shared-title"]'), 'Fifteen years with my telecom provider');
    assert.equal(await v.page.locator('[data-testid="journey-title"]').count(), 0, 'read-only: not the workspace');
    await v.page.click('[data-testid="make-copy"]');
    await v.page.waitForSelector('[data-testid="journey-title"]');
    assert.equal(await v.page.inputValue('[data-testid="journey-title"]'), 'Fifteen years with my telecom provider');
    const here = new URL(v.page.url());
    assert.equal(here.search + here.hash, '', 'the address lets go of the link and the copy');
    assert.deepEqual(v.problems, []);
  } finally {
    await v.close();
  }
});

test('what to fix first on the receiver\'s page shows five, and the rest on request', { timeout: 90_000 }, async () => {
  const v = await visit();
  try {
    const journey = {
      format: 'peakend/journey', version: 1, title: 'Eight steps',
      scale: { min: -5, max: 5, neutral: 0 },
      touchpoints: [-3, 2, -1, 4, -4, 1, 0, -2].map((rating, i) => ({ name: `Step ${i + 1}`, rating, duration: 1 })),
    };
    await v.page.goto(`${v.server.url}#${packed(JSON.stringify(journey))}`);
    await v.page.waitForURL(/\/shared\.html/);
    await v.page.waitForSelector('[data-testid="fix-first"]');
    const items = v.page.locator('[data-testid="fix-item"]');
    assert.equal(await items.count(), 5);
    const all = v.page.locator('[data-testid="fix-show-all"]');
    assert.equal(await all.getAttribute('aria-expanded'), 'false');
    await all.click();
    assert.equal(await items.count(), 8);
    assert.equal(await all.getAttribute('aria-expanded'), 'true');
    await all.press('Enter');
    assert.equal(await items.count(), 5, 'and back, from the keyboard');
    assert.deepEqual(v.problems, []);
  } finally {
    await v.close();
  }
});

test('a share link opens offline in a browser that has only used the workspace', { timeout: 90_000 }, async () => {
  const v = await visit();
  try {
    await v.page.goto(v.server.url);
    await v.page.waitForSelector('[data-testid="journey-title"]');
    await v.page.evaluate(() => navigator.serviceWorker.ready);
    await v.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await v.context.setOffline(true);
    const other = await v.context.newPage();
    await other.goto(`${v.server.url}?lang=nl#${tokenOf('v1.json')}`);
    await other.waitForURL(/\/shared\.html/);
    await other.waitForSelector('[data-testid="shared-title"]');
    assert.equal(new URL(other.url()).pathname, '/shared.html');
    assert.equal(await other.innerText('[data-testid="shared-title"]'), 'Fifteen years with my telecom provider');
    assert.deepEqual(v.problems, []);
  } finally {
    await v.close();
  }
});
