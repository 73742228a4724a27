// The SCORM 1.2 package (`make scorm`): a sound zip, a manifest an LMS accepts (parsed by
// Chromium's XML parser, namespaces and references checked), and a SCO that talks to a
// stand-in LMS the way SCORM 1.2 says while the app runs inside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzip } from './lib/unzip.mjs';
import { launchChromium, openFile, reportCspViolations, SHOTS } from './lib/browser.mjs';
import { startServer } from '../../build/server.mjs';

const ZIP = 'dist-single/peakend-scorm.zip';
const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

const hasUnzip = (() => {
  try { execFileSync('unzip', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; }
})();

test('the SCORM zip is sound and its manifest is a valid SCORM 1.2 package', { timeout: 90_000 }, async () => {
  const files = unzip(readFileSync(ZIP));
  assert.deepEqual([...files.keys()].sort(), ['imsmanifest.xml', 'index.html']);
  assert.match(files.get('index.html').toString('utf8'), /^<!doctype html>/i);
  if (hasUnzip) execFileSync('unzip', ['-tq', ZIP]); // a second opinion, when installed

  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const m = await page.evaluate(({ text, IMSCP, ADLCP }) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const all = (name, ns = IMSCP) => [...doc.getElementsByTagNameNS(ns, name)];
      const root = doc.documentElement;
      const orgs = all('organizations')[0];
      return {
        error,
        root: [root.namespaceURI, root.localName, root.getAttribute('identifier')],
        schema: all('schema')[0]?.textContent,
        schemaversion: all('schemaversion')[0]?.textContent,
        orgDefault: orgs?.getAttribute('default'),
        orgIds: all('organization').map((o) => o.getAttribute('identifier')),
        items: all('item').map((i) => ({ ref: i.getAttribute('identifierref'), title: i.getElementsByTagNameNS(IMSCP, 'title')[0]?.textContent })),
        resources: all('resource').map((r) => ({
          id: r.getAttribute('identifier'),
          type: r.getAttribute('type'),
          scormtype: r.getAttributeNS(ADLCP, 'scormtype'),
          href: r.getAttribute('href'),
          files: [...r.getElementsByTagNameNS(IMSCP, 'file')].map((f) => f.getAttribute('href')),
        })),
      };
    }, { text: files.get('imsmanifest.xml').toString('utf8'), IMSCP, ADLCP });

    assert.equal(m.error, null, 'the manifest is well-formed XML');
    assert.deepEqual(m.root.slice(0, 2), [IMSCP, 'manifest']);
    assert.ok(m.root[2], 'the manifest has an identifier');
    assert.equal(m.schema, 'ADL SCORM');
    assert.equal(m.schemaversion, '1.2');
    assert.ok(m.orgIds.includes(m.orgDefault), 'the default organization exists');
    assert.equal(m.items.length, 1, 'one item');
    assert.ok(m.items[0].title, 'the item has a title');
    assert.equal(m.resources.length, 1, 'one resource');
    const [r] = m.resources;
    assert.equal(m.items[0].ref, r.id, 'the item points at the resource');
    assert.equal(r.type, 'webcontent');
    assert.equal(r.scormtype, 'sco', 'adlcp:scormtype, in the ADL namespace');
    assert.ok(files.has(r.href), `the launch file ${r.href} is in the zip`);
    assert.ok(r.files.includes(r.href), 'the launch file is listed');
    for (const f of r.files) assert.ok(files.has(f), `${f} is in the zip`);
    assert.deepEqual([...files.keys()].filter((f) => f !== 'imsmanifest.xml' && !r.files.includes(f)), [],
      'every file in the zip is listed');
  } finally {
    await browser.close();
  }
});

test('the SCO starts, completes and finishes with a SCORM 1.2 LMS, and the app runs in it', { timeout: 90_000 }, async () => {
  const site = mkdtempSync(join(tmpdir(), 'peakend-lms-'));
  for (const [name, data] of unzip(readFileSync(ZIP))) writeFileSync(join(site, name), data);
  // A stand-in LMS: the SCORM 1.2 API object on the frame's parent, logging every call.
  writeFileSync(join(site, 'lms.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>LMS</title><link rel="icon" href="data:,"><script>
window.calls = [];
const data = { 'cmi.core.lesson_status': 'not attempted' };
window.API = {
  LMSInitialize: (a) => { calls.push(['LMSInitialize', a]); return 'true'; },
  LMSGetValue: (k) => { calls.push(['LMSGetValue', k]); return data[k] ?? ''; },
  LMSSetValue: (k, v) => { calls.push(['LMSSetValue', k, v]); data[k] = v; return 'true'; },
  LMSCommit: (a) => { calls.push(['LMSCommit', a]); return 'true'; },
  LMSFinish: (a) => { calls.push(['LMSFinish', a]); return 'true'; },
  LMSGetLastError: () => '0', LMSGetErrorString: () => '', LMSGetDiagnostic: () => '',
};
</script></head><body><iframe title="Peakend" src="index.html" width="1000" height="860"></iframe></body></html>`);
  const server = await startServer(site);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1040, height: 900 }, locale: 'en-GB' });
    await reportCspViolations(context);
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}lms.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-testid="score-card"]').waitFor();
    assert.equal(Number(await frame.locator('[data-testid="score-remembered"]').getAttribute('data-value')), -5);
    await page.screenshot({ path: `${SHOTS}/scorm-in-lms.png` });

    const calls = () => page.evaluate(() => window.calls);
    assert.deepEqual((await calls()).slice(0, 4), [
      ['LMSInitialize', ''],
      ['LMSGetValue', 'cmi.core.lesson_status'],
      ['LMSSetValue', 'cmi.core.lesson_status', 'completed'],
      ['LMSCommit', ''],
    ]);
    // Leaving the activity finishes the session, once.
    await page.evaluate(() => { document.querySelector('iframe').src = 'about:blank'; });
    await page.waitForFunction(() => window.calls.some((c) => c[0] === 'LMSFinish'));
    assert.equal((await calls()).filter((c) => c[0] === 'LMSFinish').length, 1);
    assert.ok((await calls()).every((c) => c[0] !== 'LMSSetValue' || c[1] === 'cmi.core.lesson_status'),
      'nothing but the lesson status is sent to the LMS');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

test('the SCO opened outside an LMS just runs', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'peakend-sco-'));
  const file = join(dir, 'index.html');
  writeFileSync(file, unzip(readFileSync(ZIP)).get('index.html'));
  const app = await openFile(file);
  try {
    assert.equal(await app.page.locator('[data-testid="touchpoint"]').count(), 9);
    assert.deepEqual(app.problems, []);
    assert.deepEqual(app.requests, [app.url]);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
