// End to end: the lanes wherever a journey goes. The embed shows the lanes its address
// asks for (`lanes=bank` shows the bank account and nothing else) and the Embed dialog
// writes that address; the printed report carries the lanes and their key facts; the
// presentation mode shows them in large type and L hides them; a share link of the
// promise story shows its lanes to the receiver. Axe-clean, English and Dutch, 1280 px
// and a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { openApp, SHOTS } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';

const PHONE = { width: 390, height: 844 };

/** A preset as a journey file (v1) in `lang`: ids 1…n, `caused_by` from index to id. */
function presetJourney(key, lang) {
  const p = JSON.parse(readFileSync(`src/presets/${key}.json`, 'utf8')).journey;
  const say = (x) => (typeof x === 'object' && x !== null ? x[lang] : x);
  const phases = p.phases.map((ph, k) => ({ id: 1000 + k, name: say(ph.name) }));
  const touchpoints = p.phases.flatMap((ph, k) => ph.touchpoints.map((t) => ({ ...t, phase: 1000 + k })))
    .map((t, i) => ({
      ...t,
      id: i + 1,
      name: say(t.name),
      promises: (t.promises ?? []).map((pr) => ({ text: say(pr.text), state: pr.state })),
      ...(t.caused_by === undefined ? {} : { caused_by: t.caused_by + 1 }),
    }));
  return {
    format: 'peakend/journey', version: 1, title: say(p.title), description: say(p.description),
    scale: { min: -5, max: 5, neutral: 0 }, bank: p.bank, phases, touchpoints,
  };
}

const lanesLabel = (page) => page.getAttribute('[data-testid="journey-lanes"]', 'aria-label');

test('an embed shows only the lanes its address names', { timeout: 90_000 }, async () => {
  const app = await openApp({ path: '?embed&preset=telecom-promise&lanes=bank' });
  const { page } = app;
  try {
    await page.waitForSelector('[data-testid="journey-lanes"]');
    const label = await lanesLabel(page);
    assert.match(label, /The balance goes into the red at “A bare link to end it” and ends at its lowest, −9\./);
    assert.doesNotMatch(label, /Promises:|failure demand|Expectations at/, 'bank only');
    assert.match(await page.textContent('[data-testid="lanes-summary"]'), /balance goes into the red/);
    assert.match(await page.getAttribute('[data-testid="journey-chart"]', 'aria-label'),
      /contacts \(\d+%\) were failure demand/, "the chart's text alternative names the lanes' facts");
    assert.deepEqual(await axeViolations(page), [], 'axe-core: embed with the bank lane');
    await page.screenshot({ path: `${SHOTS}/surfaces-embed-bank.png`, fullPage: true });

    // Without lanes: none, as before.
    await page.goto(page.url().replace(/\?.*/, '?embed&preset=telecom-promise'));
    await page.waitForSelector('[data-testid="score-card"]');
    assert.equal(await page.locator('[data-testid="journey-lanes"]').count(), 0);

    // `lanes` alone: all of them, in Dutch, on a phone.
    await page.setViewportSize(PHONE);
    await page.goto(page.url().replace(/\?.*/, '?embed&preset=telecom-promise&lanes&lang=nl'));
    await page.waitForSelector('[data-testid="journey-lanes"]');
    const nl = await lanesLabel(page);
    for (const w of [/Het saldo komt in het rood/, /Beloftes: /, /onnodig/, /Verwachtingen bij/]) assert.match(nl, w);
    assert.deepEqual(await axeViolations(page), [], 'axe-core: every lane, Dutch, phone');
    await page.screenshot({ path: `${SHOTS}/surfaces-embed-all-nl-390.png`, fullPage: true });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the Embed dialog writes the chosen lanes into the address', { timeout: 90_000 }, async () => {
  const app = await openApp();
  const { page } = app;
  try {
    await page.click('[data-testid="embed-dialog-open"]');
    await page.locator('[data-testid="embed-dialog"]').waitFor();
    const src = async () => new URL((await page.inputValue('[data-testid="embed-snippet"]')).match(/src="([^"]+)"/)[1]);
    // The dialog lives in the panels program: a ticked box reaches the snippet a moment later.
    const settled = async (read, want) => {
      for (let i = 0; i < 40 && (await read()) !== want; i += 1) await page.waitForTimeout(50);
      assert.equal(await read(), want);
    };
    await page.selectOption('[data-testid="embed-preset"]', 'telecom-promise');
    assert.equal((await src()).searchParams.has('lanes'), false, 'no lanes unless chosen');
    await page.check('[data-testid="embed-lane-promises"]');
    await page.check('[data-testid="embed-lane-bank"]');
    await settled(async () => (await src()).search, '?embed&preset=telecom-promise&lanes=bank,promises&lang=en');
    const preview = page.frameLocator('[data-testid="embed-preview"]');
    await preview.locator('[data-testid="journey-lanes"]').waitFor();
    const label = await preview.locator('[data-testid="journey-lanes"]').getAttribute('aria-label');
    assert.match(label, /Promises: /);
    assert.doesNotMatch(label, /Expectations at/);
    assert.deepEqual(await axeViolations(page), [], 'axe-core: the dialog with its lanes');
    await page.screenshot({ path: `${SHOTS}/surfaces-embed-dialog.png` });

    // A journey without promises or expectations: those lanes cannot be asked for.
    await page.selectOption('[data-testid="embed-preset"]', 'colonoscopy-gentle');
    assert.equal(await page.isDisabled('[data-testid="embed-lane-promises"]'), true);
    assert.equal(await page.isDisabled('[data-testid="embed-lane-expect"]'), true);
    assert.equal(await page.isChecked('[data-testid="embed-lane-bank"]'), true);
    await settled(async () => (await src()).searchParams.get('lanes'), 'bank');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

for (const lang of ['en', 'nl']) {
  test(`the printed report carries the lanes and their key facts (${lang})`, { timeout: 90_000 }, async () => {
    const app = await openApp({ path: `?lang=${lang}`, journey: presetJourney('telecom-promise', lang) });
    const { page } = app;
    try {
      await page.waitForSelector('[data-testid="lanes-image"]', { state: 'attached' });
      const path = `${SHOTS}/surfaces-report-${lang}.pdf`;
      await page.pdf({ path, format: 'A4', landscape: true, printBackground: true });
      const text = execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, ' ');
      const facts = lang === 'en'
        ? ['Key facts of the lanes', 'The balance goes into the red at', 'were failure demand',
          'Expectations at', 'fell short', 'Blind spots, where our own rating differs', 'Promises:']
        : ['De banen in het kort', 'Het saldo komt in het rood bij', 'waren onnodig',
          'Verwachtingen bij', 'tegengevallen', 'Blinde vlekken, waar ons eigen oordeel', 'Beloftes:'];
      for (const f of facts) assert.ok(text.includes(f), `${f} in the printed report`);
      assert.match(text, lang === 'en' ? /ends at its lowest, −9\./ : /eindigt op het laagste punt, −9\./);
      execFileSync('pdftoppm', ['-png', '-r', '60', path, `${SHOTS}/surfaces-report-${lang}`]);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}

test('presentation mode shows the lanes in large type; L hides and shows them', { timeout: 90_000 }, async () => {
  const app = await openApp({ journey: presetJourney('telecom-promise', 'en') });
  const { page } = app;
  try {
    await page.click('[data-testid="present"]');
    const lanes = page.locator('[data-testid="presentation"] [data-testid="journey-lanes"]');
    await lanes.waitFor();
    const caption = page.locator('[data-testid="presentation"] [data-testid="lanes-summary"]');
    const size = await caption.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 20, `the lanes' words at ${size}px`);
    assert.deepEqual(await axeViolations(page), [], 'axe-core: presentation with lanes');
    await page.screenshot({ path: `${SHOTS}/surfaces-present.png` });
    await page.keyboard.press('l');
    await lanes.waitFor({ state: 'detached' });
    assert.equal(await page.getAttribute('[data-testid="present-lanes-toggle"]', 'aria-pressed'), 'false');
    assert.match(await page.textContent('[data-testid="present-lanes-toggle"]'), /Show lanes/);
    await page.keyboard.press('l');
    await lanes.waitFor();
    await lanes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/surfaces-present-lanes.png` });
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="presentation"]').waitFor({ state: 'detached' });

    // Straight into presentation mode, in Dutch, on a phone.
    await page.setViewportSize(PHONE);
    await page.goto(page.url().replace(/\?.*|$/, '?present&lang=nl'));
    await lanes.waitFor();
    assert.match(await page.textContent('[data-testid="present-lanes-toggle"]'), /Banen verbergen \(L\)/);
    assert.match(await caption.textContent(), /Het saldo komt in het rood/);
    assert.deepEqual(await axeViolations(page), [], 'axe-core: presentation, Dutch, phone');
    await lanes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/surfaces-present-nl-390.png` });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a share link of the promise story shows its lanes to the receiver', { timeout: 90_000 }, async () => {
  const app = await openApp({ journey: presetJourney('telecom-promise', 'en') });
  const { page, context } = app;
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    if ((await page.getAttribute('[data-testid="open-files"]', 'aria-expanded')) !== 'true') {
      await page.click('[data-testid="open-files"]');
    }
    await page.click('[data-testid="share-link"]');
    const link = await page.inputValue('[data-testid="share-link-text"]');
    const receiver = await context.newPage();
    await receiver.setViewportSize({ width: 1280, height: 900 });
    await receiver.goto(link);
    await receiver.waitForURL(/\/shared\.html/);
    await receiver.waitForSelector('[data-testid="shared-lanes"] [data-testid="lanes-image"]');
    const facts = await receiver.textContent('[data-testid="lanes-facts"]');
    for (const f of [/goes into the red at/, /were failure demand/, /Promises: 0 kept, 2 broken/, /Blind spots/]) {
      assert.match(facts, f);
    }
    assert.match(await receiver.getAttribute('[data-testid="chart-image"]', 'alt'), /failure demand/);
    assert.deepEqual(await axeViolations(receiver), [], 'axe-core: shared view with lanes');
    await receiver.screenshot({ path: `${SHOTS}/surfaces-shared.png`, fullPage: true });
    await receiver.setViewportSize(PHONE);
    await receiver.goto(link.replace('/#', '/?lang=nl#'));
    await receiver.waitForURL(/\/shared\.html\?lang=nl/);
    await receiver.waitForSelector('[data-testid="shared-lanes"] [data-testid="lanes-image"]');
    assert.match(await receiver.textContent('[data-testid="lanes-facts"]'), /Het saldo komt in het rood/);
    await receiver.screenshot({ path: `${SHOTS}/surfaces-shared-nl-390.png`, fullPage: true });
    const sideways = await receiver.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(sideways <= 0, `the shared view does not scroll sideways on a phone (${sideways}px); its table scrolls in its own region`);
    assert.deepEqual(await axeViolations(receiver), [], 'axe-core: shared view on a phone');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
