// End to end: the workspace's rarely opened panels are a program of their own (src/bin/
// panels.rs), fetched the first time one opens. A first visit does not fetch it; opening
// the stories panel does, and what is typed there reaches the journey (its count, undo);
// an open panel follows what is typed in the workspace; a marker under the chart opens
// the panel at that touchpoint's stories; a panel that
// cannot be fetched says so, keeps the journey as it was, and opens on "Try again".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, SHOTS } from './lib/browser.mjs';

const tid = (t) => `[data-testid="${t}"]`;
const isPanels = (url) => /\/panels-[0-9a-f]{1,16}(\.js|_bg\.wasm)$/.test(url);

test('the panels program is fetched when a panel first opens, and its changes reach the journey', async () => {
  const app = await openApp();
  const { page } = app;
  const fetched = [];
  page.on('request', (r) => { if (isPanels(r.url())) fetched.push(r.url()); });
  try {
    await page.waitForSelector(tid('touchpoint'));
    // Idle a moment: nothing fetches the panels before one is opened.
    await page.waitForTimeout(500);
    assert.deepEqual(fetched, [], 'a first visit does not fetch the panels program');
    const summary = page.locator(`${tid('stories-panel')} > summary`);
    const before = await summary.textContent();
    await summary.click();
    await page.waitForSelector(tid('story-text'));
    assert.equal(fetched.length, 2, 'its glue and its wasm, once');
    await page.fill(tid('story-text'), 'The engineer came on time and explained everything.');
    await page.click(tid('story-add'));
    await page.waitForSelector(tid('story-item'));
    assert.notEqual(await summary.textContent(), before, 'the count in the summary follows');
    assert.match(await page.textContent(tid('story-item-text')), /came on time/);
    await page.screenshot({ path: `${SHOTS}/panels-stories.png` });

    // Undo is the workspace's: the panel shows the journey without the story.
    await page.click(tid('undo'));
    await page.waitForSelector(tid('story-item'), { state: 'detached' });
    assert.equal(await summary.textContent(), before);

    // A second panel uses the program already there.
    await page.click(`${tid('plan-panel')} > summary`);
    await page.waitForSelector(tid('employee-journey'));
    assert.equal(fetched.length, 2, 'no second fetch');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('an open panel follows what is typed in the workspace: a touchpoint renamed, one added', async () => {
  const app = await openApp();
  const { page } = app;
  const options = () => page.$$eval(`${tid('story-about')} option`, (os) => os.map((o) => o.textContent));
  try {
    await page.click(`${tid('stories-panel')} > summary`);
    await page.waitForSelector(tid('story-text'));
    const before = await options();
    // Typed key by key: each change travels as that one touchpoint; the last one counts.
    const name = page.locator(tid('touchpoint-name')).nth(1);
    await name.fill('');
    await name.pressSequentially('Installer never came', { delay: 5 });
    await page.waitForFunction((sel) => [...document.querySelectorAll(sel)]
      .some((o) => o.textContent === 'Installer never came'), `${tid('story-about')} option`);
    const renamed = await options();
    assert.equal(renamed.length, before.length, 'the same touchpoints');
    assert.ok(!renamed.some((o) => /^Installer never cam$|^Installer never c$/.test(o)), 'no half-typed name left');
    // A touchpoint added: the panel has it too.
    await page.locator(tid('insert-after')).first().click();
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length > n,
      [`${tid('story-about')} option`, before.length]);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a story marker opens the stories panel at its touchpoint', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    const tp = await page.$eval(tid('touchpoint-name'), (x) => x.value);
    await page.click(`${tid('stories-panel')} > summary`);
    await page.waitForSelector(tid('story-text'));
    await page.selectOption(tid('story-about'), { label: tp });
    await page.fill(tid('story-text'), 'Waiting on hold for forty minutes.');
    await page.click(tid('story-add'));
    await page.waitForSelector(tid('story-item'));
    // Close the panel, then ask for the stories from under the chart.
    await page.click(`${tid('stories-panel')} > summary`);
    assert.equal(await page.getAttribute(tid('stories-panel'), 'open'), null);
    await page.click(`${tid('story-marker')}[data-touchpoint="${tp}"]`);
    await page.waitForFunction((sel) => document.querySelector(sel)?.hasAttribute('open'), tid('stories-panel'));
    await page.waitForSelector(`${tid('story-item')} >> visible=true`);
    assert.notEqual(await page.inputValue(tid('story-filter-touchpoint')), '', 'filtered to its touchpoint');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a panel that cannot be fetched says so, the journey stays, and "Try again" opens it', async () => {
  // Without the service worker, which would serve the panels from its cache.
  const app = await openApp({ serviceWorkers: 'block' });
  const { page } = app;
  try {
    await page.waitForSelector(tid('touchpoint'));
    const names = await page.$$eval(tid('touchpoint-name'), (xs) => xs.map((x) => x.value));
    // As if offline before the panels were ever cached.
    await page.route(/\/panels-[0-9a-f]{1,16}_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
    await page.click(`${tid('interview-panel')} > summary`);
    const alert = page.locator(`${tid('interview-panel')} [role="alert"]`);
    await alert.waitFor();
    assert.match(await alert.textContent(), /could not be loaded/);
    await page.screenshot({ path: `${SHOTS}/panels-failed.png` });
    assert.deepEqual(await page.$$eval(tid('touchpoint-name'), (xs) => xs.map((x) => x.value)), names);
    await page.unroute(/\/panels-[0-9a-f]{1,16}_bg\.wasm$/);
    await page.click(tid('part-retry'));
    await page.waitForSelector(tid('interview-add'));
    assert.equal(await alert.count(), 0, 'the message is gone');
    // The failed fetch is Chromium's own console error; nothing else went wrong.
    assert.deepEqual(app.problems.filter((p) => !/Failed to load resource|panels-/.test(p)), []);
  } finally {
    await app.close();
  }
});
