// End to end: the single-file build (`make single`), opened the ways a trainer hands it
// out: double-clicked from disk (file://) and uploaded into a course page that shows it in
// a sandboxed iframe. It must run with no request at all, under its own strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFile, journeyOf, scoreOf, launchChromium, reportCspViolations, SHOTS } from './lib/browser.mjs';
import { startServer } from '../../build/server.mjs';
import { buildSingle } from '../../build/single.mjs';

const SINGLE = 'dist-single/peakend.html';

test('the single file runs from disk with no request at all', { timeout: 90_000 }, async () => {
  const html = readFileSync(SINGLE, 'utf8');
  assert.doesNotMatch(html, /\b(src|href)="(?!data:)[^"#]+"/, 'no reference to another file');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);

  const app = await openFile(SINGLE);
  const { page } = app;
  try {
    assert.equal((await journeyOf(page)).names.length, 9, 'the example journey');
    assert.equal(await scoreOf(page, 'score-remembered'), -5);
    await page.focus('[data-testid="new-touchpoint-name"]');
    await page.keyboard.type('Warm goodbye call');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="touchpoint"]').length === 10);
    assert.equal(await scoreOf(page, 'score-remembered'), -0.5, 'peak −5, new end +4');
    assert.equal(await page.evaluate(() => 'serviceWorker' in navigator && navigator.serviceWorker.controller), null,
      'no service worker');
    await page.screenshot({ path: `${SHOTS}/single-file-1280.png`, fullPage: true });
    // Saving the journey as a file works under the single file's stricter policy.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-json"]')]);
    const text = readFileSync(await saved.path(), 'utf8');
    assert.match(text, /Warm goodbye call/, 'the saved file holds the journey');
    // The panels are inside this one program: a story goes in and counts.
    await addStory(page);
    assert.deepEqual(app.problems, [], 'no console error or CSP violation');
    assert.deepEqual(app.requests, [app.url], 'no request but the file itself');
  } finally {
    await app.close();
  }
});

/** Opens the stories panel, adds a story, and checks that the summary counts it. */
async function addStory(page) {
  const summary = page.locator('[data-testid="stories-panel"] > summary');
  assert.match(await summary.textContent(), /\(0\)/);
  await summary.click();
  await page.fill('[data-testid="story-text"]', 'They called back the same afternoon.');
  await page.click('[data-testid="story-add"]');
  await page.waitForSelector('[data-testid="story-item"]');
  assert.match(await summary.textContent(), /\(1\)/);
}

test('a single file made from the hosted build carries the panels program inline', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'peakend-single-'));
  const file = join(dir, 'peakend.html');
  writeFileSync(file, buildSingle('dist'));
  const app = await openFile(file);
  try {
    assert.match(readFileSync(file, 'utf8'), /globalThis\.peakendPanels = /);
    await addStory(app.page);
    assert.deepEqual(app.problems, [], 'no console error or CSP violation');
    assert.deepEqual(app.requests, [app.url], 'no request but the file itself');
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the single file runs in a sandboxed iframe of a course page', { timeout: 90_000 }, async () => {
  // Like an LMS: the uploaded file on its own page, framed with scripts but no same-origin,
  // so storage throws; the app must keep working and say that changes are not saved.
  const site = mkdtempSync(join(tmpdir(), 'peakend-course-'));
  copyFileSync(SINGLE, join(site, 'peakend.html'));
  writeFileSync(join(site, 'course.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Week 3: endings</title><link rel="icon" href="data:,"></head><body><h1>Week 3: why endings matter</h1>
<iframe title="Peakend" src="peakend.html" sandbox="allow-scripts" width="1000" height="900"></iframe></body></html>`);
  const server = await startServer(site);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, locale: 'en-GB' });
    await reportCspViolations(context);
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}course.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-testid="score-card"]').waitFor();
    assert.equal(await frame.locator('[data-testid="touchpoint"]').count(), 9);
    assert.equal(Number(await frame.locator('[data-testid="score-remembered"]').getAttribute('data-value')), -5);
    const status = frame.locator('[data-testid="save-status"]');
    assert.equal(await status.getAttribute('data-saved'), 'false', 'told that nothing is saved');
    assert.match(await status.textContent(), /does not allow storage here.*Export/s);
    await frame.locator('[data-testid="touchpoint-rating"]').last().fill('2');
    assert.equal(Number(await frame.locator('[data-testid="score-remembered"]').getAttribute('data-value')), -1,
      'the open tab keeps working: peak −4 ("File a complaint"), end +2');
    await page.screenshot({ path: `${SHOTS}/single-file-in-course.png` });
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.sort(), ['/course.html', '/peakend.html'], 'the two pages, nothing else');
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
