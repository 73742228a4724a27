// End to end: what is typed survives the browser being killed, the library of an earlier
// version (kept in localStorage) moves into IndexedDB with nothing lost, and saved data
// that cannot be read is set aside and the user is told.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../build/server.mjs';
import { journeyOf, SHOTS } from './lib/browser.mjs';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function launchOn(profile) {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
  });
}

/** Every process whose command line names `profile`: the browser and its children. */
function processesOf(profile) {
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (cmd.includes(profile)) pids.push(Number(name));
    } catch { /* gone meanwhile */ }
  }
  return pids;
}

/** SIGKILL, as a crash, a dead battery or the OS would: no unload, no flush. */
function killBrowser(profile) {
  const pids = processesOf(profile);
  for (const pid of pids) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  return pids.length;
}

async function waitGone(profile) {
  for (let i = 0; i < 100 && processesOf(profile).length > 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('an edit survives the browser being killed 100 ms after it', { timeout: 120_000 }, async () => {
  const server = await startServer('dist');
  const profile = mkdtempSync(join(tmpdir(), 'peakend-crash-'));
  try {
    let context = await launchOn(profile);
    let page = context.pages()[0] ?? await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="touchpoint"]');
    await page.locator('[data-testid="touchpoint-name"]').nth(1).fill('Help from a real person');
    await page.locator('[data-testid="touchpoint-rating"]').nth(1).fill('-3');
    await page.waitForTimeout(100);
    const killed = killBrowser(profile);
    assert.ok(killed > 0, 'the browser processes were found and killed');
    await context.close().catch(() => {}); // the connection is already dead
    await waitGone(profile);

    context = await launchOn(profile);
    page = context.pages()[0] ?? await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="touchpoint"]');
    const j = await journeyOf(page);
    assert.equal(j.names[1], 'Help from a real person', 'the name typed before the kill');
    assert.equal(j.ratings[1], -3, 'the rating typed before the kill');
    await context.close();
  } finally {
    killBrowser(profile);
    await waitGone(profile);
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
});

/** A journey file with one touchpoint per rating. */
function journeyFile(title, ratings) {
  return {
    format: 'peakend/journey',
    version: 1,
    title,
    scale: { min: -5, max: 5, neutral: 0 },
    touchpoints: ratings.map((rating, i) => ({ id: i + 1, name: `${title} ${i + 1}`, rating })),
  };
}

test('the library of an earlier version moves from localStorage with nothing lost', { timeout: 90_000 }, async () => {
  const server = await startServer('dist');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const problems = [];
    const page = await context.newPage();
    // What an earlier version left: an index, two documents (one the index forgot), the
    // first version's single journey, and a document that cannot be read.
    await page.goto(`${server.url}sw.js`); // same origin, without the app
    await page.evaluate(([a, b, single]) => {
      localStorage.setItem('peakend:v1:doc:a', JSON.stringify({ rev: 4, journey: a }));
      localStorage.setItem('peakend:v1:doc:b', JSON.stringify({ rev: 2, journey: b }));
      localStorage.setItem('peakend:v1:doc:broken', '{"rev": 1, "journey": {"format": "nonsense"}}');
      localStorage.setItem('peakend:v1:index', JSON.stringify({
        current: 'a', docs: [{ id: 'a', updated: 1700000000000, based_on: null }],
      }));
      localStorage.setItem('peakend:v1:journey', JSON.stringify({ journey: single }));
      localStorage.setItem('peakend:v1:lang', 'en');
    }, [journeyFile('Alpha', [1, -2, 3]), journeyFile('Beta', [-4, 2]),
      {
        title: 'First version',
        scale: { min: -5, max: 5, neutral: 0 },
        touchpoints: [{ id: 1, name: 'Only moment', rating: 2 }],
      }]);
    page.on('pageerror', (e) => problems.push(e.message));
    // The seeding page's own favicon request may answer late with a 404: not the app's.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(m.text());
    });
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="touchpoint"]');
    assert.equal(await page.inputValue('[data-testid="journey-title"]'), 'Alpha', 'the open journey stays open');
    assert.deepEqual((await journeyOf(page)).ratings, [1, -2, 3]);
    const notice = await page.textContent('[data-testid="notice"]');
    assert.match(notice, /One saved item could not be read\. It was set aside/);
    await page.screenshot({ path: `${SHOTS}/storage-set-aside.png` });
    const download = page.waitForEvent('download');
    await page.click('[data-testid="download-set-aside"]');
    const file = await (await download).path();
    assert.match(readFileSync(file, 'utf8'), /nonsense/, 'the unreadable data can be downloaded');

    await page.click('[data-testid="open-library"]');
    const titles = await page.$$eval('[data-testid="library-rename"]', (xs) => xs.map((x) => x.value));
    assert.equal(titles.length, 3, 'Alpha, Beta and the first version\'s journey');
    for (const t of ['Alpha', 'Beta', 'First version']) {
      assert.ok(titles.includes(t), `${t} is in the library: ${titles}`);
    }
    const left = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(left, ['peakend:v1:lang'], 'the library left localStorage; the language stays');

    // A second start reads it all from IndexedDB, with nothing set aside this time.
    await page.reload();
    await page.waitForSelector('[data-testid="touchpoint"]');
    assert.equal(await page.locator('[data-testid="notice"]').count(), 0, 'told once');
    await page.click('[data-testid="open-library"]');
    assert.equal(await page.locator('[data-testid="library-item"]').count(), 3);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('full storage: the user is told, the tab keeps working, an export is offered', { timeout: 90_000 }, async () => {
  const server = await startServer('dist');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    // Chromium's own switch for a site's quota, set before the app opens its database
    // (an open connection keeps the quota it started with): no room at all.
    await page.goto(`${server.url}sw.js`);
    const cdp = await context.newCDPSession(page);
    const origin = server.url.replace(/\/$/, '');
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="touchpoint"]');
    await page.locator('[data-testid="touchpoint-name"]').first().fill('x'.repeat(200));
    const status = page.locator('[data-testid="save-status"][data-saved="false"]');
    await status.waitFor();
    assert.match(await status.textContent(), /storage is full.*Export/s);
    await page.screenshot({ path: `${SHOTS}/storage-full.png`, fullPage: true });
    await page.locator('[data-testid="touchpoint-rating"]').last().fill('2');
    assert.equal(Number(await page.getAttribute('[data-testid="score-remembered"]', 'data-value')), -1,
      'the tab keeps working');
    const download = page.waitForEvent('download');
    await status.locator('button').click();
    const file = readFileSync(await (await download).path(), 'utf8');
    assert.match(file, /"name": ?"x{200}"/, 'the export holds the unsaved change');
    // Room again: the next change saves everything that waited.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.locator('[data-testid="touchpoint-rating"]').last().fill('3');
    await page.waitForSelector('[data-testid="save-status"][data-saved="true"]');
    await page.reload();
    await page.waitForSelector('[data-testid="touchpoint"]');
    assert.equal((await journeyOf(page)).names[0], 'x'.repeat(200), 'saved once there was room');
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a saved journey that cannot be read is set aside, told once, and offered as a file', { timeout: 90_000 }, async () => {
  const server = await startServer('dist');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="save-status"][data-saved="true"]');
    // Damage: a record whose journey is not a journey file, as a bug or a disk error might leave.
    await page.evaluate(() => new Promise((ok, fail) => {
      const open = indexedDB.open('peakend');
      open.onsuccess = () => {
        const tx = open.result.transaction(['docs'], 'readwrite');
        tx.objectStore('docs').put({ rev: 3, updated: 1, based_on: null, journey: '{"format": "peakend/journey", "version": 1, "touch' }, 'damaged');
        tx.oncomplete = () => { open.result.close(); ok(); };
        tx.onabort = () => fail(tx.error);
      };
    }));
    await page.reload();
    await page.waitForSelector('[data-testid="touchpoint"]');
    const notice = await page.textContent('[data-testid="notice"]');
    assert.match(notice, /Eén bewaard item kon niet worden gelezen\. Het is apart gezet/);
    assert.equal(await page.locator('[data-testid="touchpoint"]').count(), 9, 'the journey that reads opens as before');
    const download = page.waitForEvent('download');
    await page.click('[data-testid="download-set-aside"]');
    assert.match(readFileSync(await (await download).path(), 'utf8'), /peakend\/journey.*touch/);
    await page.reload();
    await page.waitForSelector('[data-testid="touchpoint"]');
    assert.equal(await page.locator('[data-testid="notice"]').count(), 0, 'told once: it is aside now');
    const aside = await page.evaluate(() => new Promise((ok) => {
      const open = indexedDB.open('peakend');
      open.onsuccess = () => {
        const req = open.result.transaction(['aside']).objectStore('aside').getAll();
        req.onsuccess = () => ok(req.result.map((r) => r.raw));
      };
    }));
    assert.equal(aside.length, 1, 'kept in the browser, not deleted');
    assert.match(aside[0], /touch/);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a newer Peakend in another tab takes over storage: this tab says so and keeps the work', { timeout: 90_000 }, async () => {
  const server = await startServer('dist');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="save-status"][data-saved="true"]');
    // What a later version does when it needs a new store: open the database one version up.
    const other = await context.newPage();
    await other.goto(`${server.url}sw.js`);
    await other.evaluate(() => new Promise((ok, fail) => {
      const open = indexedDB.open('peakend', 3);
      open.onupgradeneeded = () => open.result.createObjectStore('later');
      open.onsuccess = () => ok();
      open.onerror = () => fail(open.error);
      open.onblocked = () => fail(new Error('blocked: the old tab did not step aside'));
    }));
    await page.locator('[data-testid="touchpoint-name"]').first().fill('Typed after the upgrade');
    const status = page.locator('[data-testid="save-status"][data-saved="false"]');
    await status.waitFor();
    assert.match(await status.textContent(), /newer Peakend was opened in another tab.*reload this tab/s);
    assert.equal((await journeyOf(page)).names[0], 'Typed after the upgrade', 'the work stays in the tab');
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a library saved by version 1 of the database opens in version 2 with every store kept, and a v1 tab steps aside', { timeout: 90_000 }, async () => {
  const server = await startServer('dist');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    // A journey record as the app writes it, taken from a first visit; then the database
    // is made again as version 1 of the app made it (docs, meta, aside), holding that record.
    const first = await context.newPage();
    await first.goto(server.url);
    await first.locator('[data-testid="touchpoint-name"]').first().fill('Saved by v1');
    await first.waitForSelector('[data-testid="save-status"][data-saved="true"]');
    const record = await first.evaluate(() => new Promise((ok, fail) => {
      const open = indexedDB.open('peakend');
      open.onsuccess = () => {
        const req = open.result.transaction(['docs']).objectStore('docs').getAll();
        req.onsuccess = () => { open.result.close(); ok(req.result[0]); };
        req.onerror = () => fail(req.error);
      };
    }));
    await first.close();
    // An earlier Peakend's tab: it holds version 1 open.
    const old = await context.newPage();
    await old.goto(`${server.url}sw.js`);
    await old.evaluate((rec) => new Promise((ok, fail) => {
      const del = indexedDB.deleteDatabase('peakend');
      del.onerror = () => fail(del.error);
      del.onsuccess = () => {
        const open = indexedDB.open('peakend', 1);
        open.onupgradeneeded = () => {
          const db = open.result;
          db.createObjectStore('docs');
          db.createObjectStore('meta');
          db.createObjectStore('aside', { autoIncrement: true });
        };
        open.onsuccess = () => {
          const db = open.result;
          window.steppedAside = false;
          // What version 1 of the app does when a newer one upgrades the database.
          db.onversionchange = () => { window.steppedAside = true; db.close(); };
          const tx = db.transaction(['docs', 'meta', 'aside'], 'readwrite');
          tx.objectStore('docs').put({ ...rec, rev: 4 }, 'v1doc');
          tx.objectStore('meta').put(JSON.stringify({ current: 'v1doc', order: ['v1doc'] }), 'library');
          tx.objectStore('aside').add({ at: 1, raw: 'kept aside by v1' });
          tx.oncomplete = () => ok();
          tx.onabort = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      };
    }), record);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="touchpoint"]');
    assert.equal((await journeyOf(page)).names[0], 'Saved by v1', 'the journey version 1 saved opens');
    assert.equal(await old.evaluate(() => window.steppedAside), true, 'the v1 tab was asked to close its connection');
    const found = await page.evaluate(() => new Promise((ok, fail) => {
      const open = indexedDB.open('peakend');
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['docs', 'aside', 'surveys']);
        const doc = tx.objectStore('docs').get('v1doc');
        const aside = tx.objectStore('aside').getAll();
        const surveys = tx.objectStore('surveys').count();
        tx.oncomplete = () => ok({
          version: db.version, stores: [...db.objectStoreNames].sort(),
          rev: doc.result?.rev, aside: aside.result.map((a) => a.raw), surveys: surveys.result,
        });
      };
      open.onerror = () => fail(open.error);
    }));
    assert.deepEqual(found, {
      version: 2, stores: ['aside', 'docs', 'meta', 'surveys'], rev: 4, aside: ['kept aside by v1'], surveys: 0,
    });
  } finally {
    await browser.close();
    await server.close();
  }
});
