// End to end: the guided interview of seed 001. A person adds an interview and answers
// the five questions by keyboard, linking an answer to two touchpoints; the answers
// survive the browser being killed; Undo takes back typing and a deleted interview; the
// panel is axe clean and is looked at in English and Dutch, on a desktop and a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../build/server.mjs';
import { axeViolations } from './lib/axe.mjs';
import { SHOTS } from './lib/browser.mjs';

const launchOn = (profile) => chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 800 },
  locale: 'en-GB',
});

/** The browser's processes (found by their profile directory), killed as a crash would. */
function kill(profile) {
  let n = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(profile)) {
        process.kill(Number(name), 'SIGKILL');
        n++;
      }
    } catch { /* gone meanwhile */ }
  }
  return n;
}

const tid = (t) => `[data-testid="${t}"]`;
const focused = (page) => page.evaluate(() => document.activeElement?.dataset?.testid ?? '');

/** Presses Tab until the element with test id `t` has the focus (as a person would). */
async function tabTo(page, t, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await focused(page) === t) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${t}`);
}

async function openPanel(page) {
  await page.waitForSelector(tid('touchpoint'));
  await page.focus(`${tid('interview-panel')} > summary`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(tid('interview-add'));
}

const ANSWERS = [
  'Je hielp me op weg en gaf me aandacht.',
  'Je keek naar mijn noden en speelde daarop in.',
  'Vijftien jaar lang vormden we een team.',
  'Het voelt alsof we uit elkaar zijn gegroeid.',
  'Bedank klanten voor de fijne jaren als ze gaan.',
];

test('an interview answered by keyboard survives a crash; undo; axe; EN and NL', { timeout: 180_000 }, async () => {
  const server = await startServer('dist');
  const profile = mkdtempSync(join(tmpdir(), 'peakend-interview-'));
  try {
    let context = await launchOn(profile);
    let page = context.pages()[0] ?? await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(server.url);
    await openPanel(page);
    assert.match(await page.textContent(tid('interview-list')), /No interviews yet/);

    // Add: the new interview opens with the focus on "who".
    await page.focus(tid('interview-add'));
    await page.keyboard.press('Enter');
    await page.waitForSelector(tid('interview-form'));
    assert.equal(await focused(page), 'interview-who');
    await page.keyboard.type('Nicoline, klant sinds 15 jaar');
    await page.fill(tid('interview-date'), '2026-11-30');
    await tabTo(page, 'interview-answer');
    assert.equal(await page.textContent(tid('interview-question')),
      'How was it before, when you had not yet come to us?');

    // Question 1, linked to the first and third touchpoints with Space.
    await page.keyboard.type(ANSWERS[0]);
    await tabTo(page, 'interview-touchpoint');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const boxes = page.locator(tid('interview-touchpoint'));
    const ids = await boxes.evaluateAll((xs) => xs.map((x) => x.value));
    const linked = () => page.locator(tid('interview-touchpoint'))
      .evaluateAll((xs) => xs.filter((x) => x.checked).map((x) => x.value));
    assert.deepEqual(await linked(), [ids[0], ids[2]]);
    await tabTo(page, 'interview-next');
    await page.keyboard.press('Enter');

    // Questions 2 and 3: type, Ctrl+Enter goes on (the focus lands in the next answer).
    for (const k of [1, 2]) {
      assert.equal(await focused(page), 'interview-answer');
      assert.match(await page.textContent('.step-of'), new RegExp(`Question ${k + 1} of 5`));
      await page.keyboard.type(ANSWERS[k]);
      await page.keyboard.press('Control+Enter');
    }
    // Question 4 has feeling words too.
    assert.match(await page.textContent(tid('interview-question')), /feelings and emotions/);
    await page.keyboard.type(ANSWERS[3]);
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'interview-feelings');
    await page.keyboard.type('pijn, gemis');
    await tabTo(page, 'interview-next');
    await page.keyboard.press('Enter');
    await page.keyboard.type(ANSWERS[4]);
    assert.equal(await page.isDisabled(tid('interview-next')), true, 'the fifth is the last');
    assert.match(await page.textContent(tid('interview-list')), /5 of 5 answered/);
    await page.screenshot({ path: `${SHOTS}/interview-en-1280.png`, fullPage: true });
    await page.locator(tid('interview-panel')).screenshot({ path: `${SHOTS}/interview-panel-en-1280.png` });
    assert.deepEqual(await axeViolations(page), []);

    // The browser dies 100 ms after the last key.
    await page.waitForTimeout(100);
    assert.ok(kill(profile) > 0);
    await context.close().catch(() => {});
    await new Promise((r) => setTimeout(r, 500));

    context = await launchOn(profile);
    page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(server.url);
    await openPanel(page);
    assert.match(await page.textContent(`${tid('interview-panel')} > summary`), /Interviews \(1\)/);
    const item = page.locator(tid('interview-item'));
    assert.match(await item.textContent(), /Nicoline, klant sinds 15 jaar.*2026-11-30.*5 of 5 answered/);
    assert.equal(await page.inputValue(tid('interview-date')), '2026-11-30');
    const steps = page.locator(tid('interview-step'));
    for (const k of [0, 1, 2, 3, 4]) {
      await steps.nth(k).click();
      assert.equal(await page.inputValue(tid('interview-answer')), ANSWERS[k], `answer ${k + 1}`);
    }
    await steps.nth(3).click();
    assert.equal(await page.inputValue(tid('interview-feelings')), 'pijn, gemis');
    await steps.nth(0).click();
    assert.deepEqual(await linked(), [ids[0], ids[2]], 'the two touchpoints stay linked');

    // Undo takes back typing (one step), then a deleted interview comes back.
    await page.focus(tid('interview-answer'));
    await page.keyboard.press('End');
    await page.keyboard.type(' Nog iets.');
    assert.equal(await page.inputValue(tid('interview-answer')), `${ANSWERS[0]} Nog iets.`);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((a) => document.querySelector('[data-testid="interview-answer"]').value === a, ANSWERS[0]);
    page.once('dialog', (d) => d.accept());
    await page.click(tid('interview-delete'));
    await page.waitForSelector(`${tid('interview-list')}.empty`);
    await page.keyboard.press('Control+z');
    await page.waitForSelector(tid('interview-item'));
    assert.match(await page.textContent(tid('interview-item')), /Nicoline/);

    // The answers become stories, once.
    await page.click(tid('interview-to-stories'));
    await page.waitForFunction(() => /5 stories added/.test(document.querySelector('[data-testid="interview-stories-added"]').textContent));
    await page.click(tid('interview-to-stories'));
    await page.waitForFunction(() => /Nothing new/.test(document.querySelector('[data-testid="interview-stories-added"]').textContent));
    await page.keyboard.press('Control+z');

    // Dutch, in the seed's words; then a phone.
    await page.selectOption(tid('language'), 'nl');
    await steps.nth(0).click();
    assert.equal(await page.textContent(tid('interview-question')),
      'Hoe was het vooraf, toen je nog niet bij ons was geweest?');
    assert.match(await page.textContent(tid('interview-list')), /5 van 5 beantwoord/);
    await page.locator(tid('interview-panel')).screenshot({ path: `${SHOTS}/interview-panel-nl-1280.png` });
    assert.deepEqual(await axeViolations(page), []);
    await page.setViewportSize({ width: 390, height: 844 });
    await steps.nth(3).click();
    await page.locator(tid('interview-panel')).screenshot({ path: `${SHOTS}/interview-panel-nl-390.png` });
    await page.selectOption(tid('language'), 'en');
    await page.locator(tid('interview-panel')).screenshot({ path: `${SHOTS}/interview-panel-en-390.png` });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `no sideways scrolling on a phone (${wide} px)`);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    kill(profile);
    await new Promise((r) => setTimeout(r, 300));
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
});
