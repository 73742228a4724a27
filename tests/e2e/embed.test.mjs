// End to end: a trainer's embed. The app framed in a course page (hosted build and the
// single file), reporting its height to the host, in Dutch or English, read-only or
// playable, writing nothing to storage unless asked; and the workspace's Embed dialog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, launchChromium, reportCspViolations, scoreOf, SHOTS } from './lib/browser.mjs';
import { startServer } from '../../build/server.mjs';

// The host-page script from the README ("Embedding it"), word for word, plus a log.
const HOST_SCRIPT = `window.heights = [];
addEventListener('message', (e) => {
  const f = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
  if (f && typeof e.data === 'number' && e.data > 0 && e.data < 10000) f.height = Math.ceil(e.data);
  window.heights.push(e.data);
});`;

/** A course site in a temp dir: `files` copied in, and `course.html` framing `src`. */
async function courseSite({ src, sandbox, files }) {
  const site = mkdtempSync(join(tmpdir(), 'peakend-embed-'));
  for (const [from, to] of files) cpSync(from, join(site, to), { recursive: true });
  writeFileSync(join(site, 'host.js'), HOST_SCRIPT);
  writeFileSync(join(site, 'course.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Week 3: endings</title><link rel="icon" href="data:,"><script src="host.js"></script></head>
<body><h1>Week 3: why endings matter</h1><p>Drag the last minute up and watch the remembered score.</p>
<iframe title="Peakend" src="${src}" sandbox="${sandbox}" width="900" height="200" loading="lazy"></iframe>
<p id="after">Next: the cold-water experiment.</p></body></html>`);
  const server = await startServer(site);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-GB' });
  await reportCspViolations(context);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    if (new URL(r.url()).hostname !== '127.0.0.1') problems.push(`request left the page: ${r.url()}`);
  });
  await page.goto(`${server.url}course.html`);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-testid="score-card"]').waitFor();
  return {
    page, frame, problems,
    async close() {
      await browser.close();
      await server.close();
      rmSync(site, { recursive: true, force: true });
    },
  };
}

/** Where point `i` of `n` with `rating` sits (mirrors chart::Layout), in page pixels. */
async function pointOf(chart, i, n, rating, scale) {
  const box = await chart.boundingBox();
  const left = 12 + 40, top = 12 + 26, right = box.width - 12, bottom = box.height - 12 - 44;
  return {
    x: box.x + left + ((i + 0.5) / n) * (right - left),
    y: box.y + top + ((scale.max - rating) / (scale.max - scale.min)) * (bottom - top),
  };
}

async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let k = 1; k <= 8; k++) await page.mouse.move(from.x, from.y + ((to.y - from.y) * k) / 8);
  await page.mouse.up();
}

const remembered = async (frame) =>
  Number(await frame.locator('[data-testid="score-remembered"]').getAttribute('data-value'));

const PAIN = { min: -10, max: 0 };

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
/** axe-core's violations on the page, or inside `selector` (injected through the
 * DevTools protocol, which the page's CSP does not govern). */
async function axeViolations(page, selector = null) {
  await page.evaluate(AXE);
  const found = await page.evaluate((sel) => axe.run(sel ? document.querySelector(sel) : document,
    { resultTypes: ['violations'] }), selector);
  return found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('hosted embed in a course page: height to the host, Dutch, a drag moves the memory', { timeout: 90_000 }, async () => {
  // The hosted build loads module scripts and the wasm from its own folder; in an
  // opaque-origin frame (sandbox without allow-same-origin) those requests need CORS, so a
  // hosted embed is framed with allow-same-origin. The single file needs neither (below).
  const c = await courseSite({
    src: 'app/?embed&preset=colonoscopy-abrupt&lang=nl',
    sandbox: 'allow-scripts allow-same-origin',
    files: [['dist', 'app']],
  });
  const { page, frame } = c;
  try {
    await page.waitForFunction(() => window.heights.length > 0);
    const reported = await page.evaluate(() => window.heights.at(-1));
    assert.equal(typeof reported, 'number', 'a bare number');
    assert.ok(reported > 500, `the whole embed, not the 200 px frame: ${reported}`);
    assert.equal(Number(await page.getAttribute('iframe', 'height')), Math.ceil(reported), 'the host resized it');
    const inner = await frame.locator('[data-testid="embed-view"]').evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(Math.abs(inner - reported) <= 1, 'the number is the content height');

    assert.equal(await frame.locator('html').getAttribute('lang'), 'nl');
    assert.equal(await frame.locator('[data-testid="embed-title"]').textContent(), 'Coloscopie met een abrupt einde');
    assert.match(await frame.locator('[data-testid="embed-source"]').textContent(), /^Bron: Redelmeier & Kahneman 1996/);
    assert.match(await frame.locator('[data-testid="score-card"]').textContent(), /Herinnerd/);
    assert.equal(await remembered(frame), -7.5, 'peak −8, end −7');

    // A learner drags the last minute from −7 up to −1: the end is gentle now.
    const chart = frame.locator('[data-testid="journey-chart"]');
    await drag(page, await pointOf(chart, 7, 8, -7, PAIN), await pointOf(chart, 7, 8, -1, PAIN));
    assert.equal(await remembered(frame), -4.5, 'peak −8, end −1');
    assert.equal(await frame.locator('[data-testid="embed-rating"]').nth(7).inputValue(), '-1');
    // Typing a rating works as well.
    await frame.locator('[data-testid="embed-rating"]').nth(4).fill('-6');
    assert.equal(await remembered(frame), -4, 'peak now −7 (minute 6), end −1');

    // The host can ask for the height again; nothing else is answered.
    const before = await page.evaluate(() => window.heights.length);
    await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ peakend: 'ping' }, '*'));
    await page.waitForFunction((n) => window.heights.length > n, before);
    await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ peakend: 'dump' }, '*'));
    await page.waitForTimeout(200);
    assert.ok((await page.evaluate(() => window.heights)).every((h) => typeof h === 'number'), 'only numbers');

    assert.equal(await frame.locator('body').evaluate(() => localStorage.length), 0, 'no storage writes');
    // A frame from another process may skip repainting what was scrolled away: scroll home first.
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SHOTS}/embed-in-course-nl.png`, fullPage: true });
    assert.deepEqual(c.problems, []);
  } finally {
    await c.close();
  }
});

test('the single file works as a fully sandboxed embed (storage throws)', { timeout: 90_000 }, async () => {
  const c = await courseSite({
    src: 'peakend.html?embed&preset=cold-water-long&lang=en',
    sandbox: 'allow-scripts',
    files: [['dist-single/peakend.html', 'peakend.html']],
  });
  const { page, frame } = c;
  try {
    await page.waitForFunction(() => window.heights.length > 0);
    const h = await page.evaluate(() => window.heights.at(-1));
    assert.equal(Number(await page.getAttribute('iframe', 'height')), Math.ceil(h));
    assert.equal(await frame.locator('html').getAttribute('lang'), 'en');
    assert.equal(await frame.locator('[data-testid="embed-title"]').textContent(), 'Cold water: 90 seconds');
    assert.equal(await remembered(frame), -6.5, 'peak −8, end −5');
    await frame.locator('[data-testid="embed-rating"]').nth(8).fill('-8');
    assert.equal(await remembered(frame), -8, 'an end as bad as the peak');
    await frame.locator('[data-testid="embed-reset"]').click();
    assert.equal(await remembered(frame), -6.5, 'start again');
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SHOTS}/embed-single-file-sandboxed.png`, fullPage: true });
    assert.deepEqual(c.problems, []);
  } finally {
    await c.close();
  }
});

test('static embed has nothing to edit; plain hides the title; dark is dark', { timeout: 90_000 }, async () => {
  const app = await openApp({ path: '?embed&static&preset=wine-shop&dark', viewport: { width: 800, height: 900 } });
  const { page } = app;
  try {
    assert.equal(await page.locator('input, select, textarea').count(), 0, 'no editable input');
    assert.equal(await page.locator('[data-testid="embed-rating-value"]').count(), 6);
    const before = await scoreOf(page, 'score-remembered');
    assert.equal(before, 4, 'advice +4 and the gift +4');
    const chart = page.locator('[data-testid="journey-chart"]');
    const scale = { min: -5, max: 5 };
    await drag(page, await pointOf(chart, 5, 6, 4, scale), await pointOf(chart, 5, 6, -4, scale));
    assert.equal(await scoreOf(page, 'score-remembered'), before, 'dragging changes nothing');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(bg, 'rgb(17, 24, 39)');
    assert.equal(await page.locator('[data-testid="library-panel"], [data-testid="open-library"]').count(), 0, 'no library');
    assert.deepEqual(await axeViolations(page), [], 'axe-core: static and dark');
    await page.screenshot({ path: `${SHOTS}/embed-static-dark.png`, fullPage: true });

    await page.goto(page.url().replace(/\?.*/, '?embed&plain&preset=telecom'));
    await page.waitForSelector('[data-testid="score-card"]');
    assert.equal(await page.locator('[data-testid="embed-title"], [data-testid="embed-source"]').count(), 0);
    assert.equal(await page.getAttribute('html', 'data-theme'), null);
    assert.equal(await scoreOf(page, 'score-remembered'), -5, 'telecom');
    assert.deepEqual(await axeViolations(page), [], 'axe-core: plain');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('an embed with a damaged link says so, in the learner\'s language, instead of a preset', { timeout: 90_000 }, async () => {
  const server = await startServer('dist');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 700 }, locale: 'en-GB' });
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // A link cut short by a mail client, in a Dutch course.
    await page.goto(`${server.url}?embed&lang=nl#j1.AAAA`);
    const alert = page.locator('[data-testid="embed-error"]');
    await alert.waitFor({ timeout: 10_000 });
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match(await alert.innerText(), /^Deze deellink kan niet worden geopend: de link is beschadigd of onvolledig/);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.equal(await page.locator('[data-testid="embed-title"], [data-testid="score-card"]').count(), 0,
      'no preset in its place');
    assert.deepEqual(await axeViolations(page), [], 'axe-core: the error');
    await page.screenshot({ path: `${SHOTS}/embed-damaged-link.png` });

    // In English, from a newer version's link.
    await page.goto(`${server.url}?embed&lang=en#j9.AAAA`);
    await page.locator('[data-testid="embed-error"]').filter({ hasText: 'newer version of Peakend' }).waitFor({ timeout: 10_000 });
    // A fragment that is no link at all (an anchor a course page added) still shows the preset.
    await page.goto(`${server.url}?embed&preset=telecom#top`);
    await page.reload();
    await page.waitForSelector('[data-testid="score-card"]');
    assert.equal(await page.locator('[data-testid="embed-error"]').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('an embed writes to storage only with save (on a phone)', { timeout: 90_000 }, async () => {
  const app = await openApp({ path: '?embed&preset=colonoscopy-gentle', viewport: { width: 390, height: 844 } });
  const { page } = app;
  try {
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
    await page.screenshot({ path: `${SHOTS}/embed-phone.png`, fullPage: true });
    await page.locator('[data-testid="embed-rating"]').last().fill('-9');
    assert.equal(await scoreOf(page, 'score-remembered'), -9, 'the end is now also the peak');
    await page.waitForTimeout(400);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing written');
    assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), [],
      'no database created either');
    assert.deepEqual(await axeViolations(page), [], 'axe-core: playable embed');

    await page.goto(page.url().replace(/\?.*/, '?embed&save&preset=colonoscopy-gentle'));
    await page.waitForSelector('[data-testid="score-card"]');
    assert.equal(await scoreOf(page, 'score-remembered'), -4.5, 'a fresh preset');
    await page.locator('[data-testid="embed-rating"]').last().fill('-9');
    await page.reload();
    await page.waitForSelector('[data-testid="score-card"]');
    assert.equal(await scoreOf(page, 'score-remembered'), -9, 'kept with save');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.deepEqual(keys, ['peakend:v1:embed:colonoscopy-gentle'], 'under its own key, not the library');
    assert.match(await page.evaluate((k) => localStorage.getItem(k), keys[0]), /^ratings:(\d+=-?[\d.]+;)*\d+=-?[\d.]+$/,
      'only the ratings are kept, not the journey');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a learner types ratings: a half-typed one stays, one beyond the scale is clamped, Start again comes back to the first field', { timeout: 90_000 }, async () => {
  const app = await openApp({ path: '?embed&preset=wine-shop&lanes=bank', viewport: { width: 800, height: 900 } });
  const { page } = app;
  try {
    const field = page.locator('[data-testid="embed-rating"]').first();
    const reset = page.locator('[data-testid="embed-reset"]');
    assert.equal(await reset.isVisible(), false, 'nothing to start again yet');
    assert.equal(await scoreOf(page, 'score-remembered'), 4);
    // A minus sign on its way to a number: the field keeps it, the score waits.
    await field.fill('');
    await field.type('-');
    assert.equal(await field.evaluate((f) => f.validity.badInput || f.value === ''), true);
    assert.equal(await field.evaluate((f) => document.activeElement === f), true, 'still typing there');
    await field.type('3');
    assert.equal(await field.inputValue(), '-3');
    assert.equal(await field.evaluate((f) => document.activeElement === f), true);
    // The score card is a live region: what did not change is not written again (a screen
    // reader would read it out again), what changed is.
    const tag = () => page.evaluate(() => {
      for (const sel of ['[data-testid="score-remembered"] .explain', '[data-testid="score-remembered"] .value']) {
        document.querySelector(sel).firstChild.peakendSeen = true;
      }
    });
    const seen = () => page.evaluate(() => ['.explain', '.value'].map((c) =>
      document.querySelector(`[data-testid="score-remembered"] ${c}`).firstChild.peakendSeen === true));
    await tag();
    // Beyond the scale (−5 to +5): counted as +5, and the field says so once left.
    await field.fill('99');
    assert.deepEqual(await seen(), [true, false], 'the explanation stays, the number is new');
    assert.equal(await field.inputValue(), '99', 'not rewritten under the fingers');
    await page.keyboard.press('Tab');
    assert.equal(await field.inputValue(), '5', 'the rating it stands for');
    assert.equal(await scoreOf(page, 'score-remembered'), 4.5, 'peak +5 (walking in), end +4');
    assert.equal(await reset.isVisible(), true);
    await reset.focus();
    await page.keyboard.press('Enter');
    assert.equal(await field.inputValue(), '1', 'back to the preset');
    assert.equal(await reset.isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'embed-rating',
      'the keyboard goes on from the first rating, not from the top of the page');
    assert.equal(await scoreOf(page, 'score-remembered'), 4);
    // The lanes under the curve are drawn as wide as the curve.
    const widths = await page.evaluate(() => [...document.querySelectorAll('canvas')].map((c) => c.width));
    assert.equal(widths.length, 2);
    assert.equal(widths[0], widths[1]);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the Embed dialog gives a snippet and a live preview of the same address', { timeout: 90_000 }, async () => {
  const app = await openApp({ path: '?lang=nl' });
  const { page } = app;
  try {
    await page.click('[data-testid="embed-dialog-open"]');
    const dialog = page.locator('[data-testid="embed-dialog"]');
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'embed-preset', 'focus moves in');
    assert.ok(await dialog.evaluate((d) => d.matches(':modal')), 'modal: the page behind is inert');
    const snippet = () => page.locator('[data-testid="embed-snippet"]').inputValue();
    // By default: the open journey, carried in the fragment, in the interface's language.
    let code = await snippet();
    assert.match(code, /^<iframe title="Peakend: Vijftien jaar met mijn telecomprovider" src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?embed&lang=nl#j1\.[A-Za-z0-9_-]+" width="100%" height="\d+" loading="lazy" style="border:0"><\/iframe>$/);
    const preview = page.frameLocator('[data-testid="embed-preview"]');
    await preview.locator('[data-testid="score-card"]').waitFor();
    assert.equal(await preview.locator('[data-testid="embed-title"]').textContent(), 'Vijftien jaar met mijn telecomprovider');
    assert.equal(Number(await preview.locator('[data-testid="score-remembered"]').getAttribute('data-value')), -5);
    await page.screenshot({ path: `${SHOTS}/embed-dialog-nl.png` });
    assert.deepEqual(await axeViolations(page, '[data-testid="embed-dialog"]'), [], 'axe-core: the dialog');

    await page.selectOption('[data-testid="embed-preset"]', 'colonoscopy-gentle');
    await page.check('[data-testid="embed-static"]');
    await page.check('[data-testid="embed-dark"]');
    await page.selectOption('[data-testid="embed-lang"]', 'en');
    code = await snippet();
    const src = code.match(/src="([^"]+)"/)[1];
    assert.equal(new URL(src).search, '?embed&preset=colonoscopy-gentle&static&dark&lang=en');
    assert.match(code, /title="Peakend: Colonoscopy with a gentle end"/);
    assert.equal(await page.getAttribute('[data-testid="embed-preview"]', 'src'), src, 'the preview is that address');
    await preview.locator('[data-testid="embed-title"]').filter({ hasText: 'Colonoscopy with a gentle end' }).waitFor();
    assert.equal(await preview.locator('input').count(), 0, 'static in the preview too');

    // Copy code: the snippet lands on the clipboard and the dialog says so.
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('[data-testid="embed-copy"]');
    await page.locator('[data-testid="embed-copy-status"]').filter({ hasText: 'Gekopieerd.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code, 'the code is on the clipboard');

    // Escape from inside the dialog (a focused <select> would take the key for itself).
    await page.locator('[data-testid="embed-snippet"]').focus();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 5000 });
    assert.equal(await dialog.count(), 0, 'Escape closes it');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'embed-dialog-open', 'focus returns');
    await page.click('[data-testid="embed-dialog-open"]');
    await page.click('[data-testid="embed-dialog-close"]');
    await dialog.waitFor({ state: 'detached', timeout: 5000 });
    assert.equal(await dialog.count(), 0, 'Close closes it');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the README shows the same host script the tests use', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const line of HOST_SCRIPT.split('\n').filter((l) => !l.includes('window.heights'))) {
    assert.ok(readme.includes(line), `README lacks: ${line}`);
  }
});
