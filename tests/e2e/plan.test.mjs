// End to end: the top ten moments of truth and the twelve weeks (seed 003). A manager
// starts the plan on a Friday (another day is refused with a reason), reorders the team's
// top, fills in week 1 by keyboard, makes it the norm and records the remembered score;
// the norms list, the run chart, the calendar file (parsed by ical.js, an independent
// RFC 5545 parser) and a reload all show the same plan; undo takes the decision back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { openApp, SHOTS } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';

const repairs = {
  format: 'peakend/journey',
  version: 1,
  title: 'Repairs at home',
  scale: { min: -5, max: 5, neutral: 0 },
  touchpoints: [
    { id: 1, name: 'Booking the engineer', rating: 1, moment_of_truth: true },
    { id: 2, name: 'Engineer at the door', rating: -3, moment_of_truth: true },
    { id: 3, name: 'Chasing the invoice', rating: -2, failure_demand: true, caused_by: 2 },
    { id: 4, name: 'Invoice', rating: -4, moment_of_truth: true },
  ],
  stories: [
    { text: 'Nobody came, nobody called.', teller: 'customer', valence: -5, touchpoint: 1 },
    { text: 'Booked in a minute.', teller: 'customer', valence: -1, touchpoint: 1 },
  ],
};

// The plan starts in 2030: the week under way opens by itself, so week 1 stays closed
// until the keyboard opens it only while the plan has not started, whatever day this runs.
const rows = (page) => page.$$eval('[data-testid="moment-row"]', (xs) => xs.map((x) => x.dataset.name));

test('a plan of twelve Fridays: start, reorder, week 1 made the norm, calendar, reload, undo', async () => {
  const app = await openApp({ journey: repairs });
  const { page } = app;
  try {
    await page.click('[data-testid="plan-panel"] > summary');
    // The panel's inside arrives with the panels program, fetched on this first opening.
    await page.waitForSelector('[data-testid="moment-row"]');
    // Ranked: Invoice lifts the memory (it is peak and end), then the stories decide.
    assert.deepEqual(await rows(page), ['Invoice', 'Booking the engineer', 'Engineer at the door']);

    // A Thursday is refused next to the field; nothing starts.
    await page.fill('[data-testid="plan-start-date"]', '2030-01-03');
    await page.click('[data-testid="plan-start"]');
    assert.match(await page.textContent('.plan-start [role="alert"]'), /starts on a Friday/);
    assert.equal(await page.$('[data-testid="plan-board"]'), null);
    await page.fill('[data-testid="plan-start-date"]', '2030-01-04');
    await page.click('[data-testid="plan-start"]');
    await page.waitForSelector('[data-testid="plan-board"]');
    assert.equal((await page.$$('[data-testid="plan-week"]')).length, 12);

    // The team puts the door first: two moves up.
    const up = (name) => page.click(`[data-testid="moment-row"][data-name="${name}"] [data-testid="moment-up"]`);
    await up('Engineer at the door');
    await up('Engineer at the door');
    assert.deepEqual(await rows(page), ['Engineer at the door', 'Invoice', 'Booking the engineer']);

    // Week 1, by keyboard.
    const week1 = page.locator('[data-testid="plan-week"]').first();
    await week1.locator('summary').focus();
    await page.keyboard.press('Enter');
    await week1.locator('[data-testid="week-moment"]').selectOption({ label: 'Engineer at the door' });
    await week1.locator('[data-testid="week-answer"]').focus();
    await page.keyboard.type('Text the customer when the engineer leaves');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Text at departure; call when late');
    await week1.locator('[data-testid="week-evaluation"]').fill('The text worked best');
    // The moment's rating now (a group round's mean, when there was one) as the rating before.
    await week1.locator('[data-testid="week-before-now"]').click();
    assert.equal(await week1.locator('[data-testid="week-before"]').inputValue(), '−3');
    await week1.locator('[data-testid="week-decision"]').selectOption('norm');
    await week1.locator('[data-testid="week-record"]').click();
    await page.waitForSelector('[data-testid="plan-norm"]');
    assert.match(await page.textContent('[data-testid="plan-norms"]'), /Engineer at the door[\s\S]*Text at departure; call when late/);
    assert.equal(await week1.locator('[data-testid="week-remembered"]').getAttribute('data-value'), '-4');
    assert.equal(await page.locator('[data-testid="plan-run-chart"] circle.norm').count(), 1);
    assert.match(await page.getAttribute('[data-testid="plan-run-chart"] svg', 'aria-label'), /Week 1: −4 \(norm\)/);

    // The calendar file: 24 events, week 1 picked on 4 January with our answer.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="plan-ics"]'),
    ]);
    assert.match(download.suggestedFilename(), /\.ics$/);
    const path = `${SHOTS}/plan.ics`;
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'lines folded at 75 octets');
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, 24);
    assert.equal(events[0].startDate.toString(), '2030-01-04');
    assert.ok(events[0].startDate.isDate, 'an all-day event');
    assert.equal(events[0].summary, 'Week 1: Engineer at the door, a moment of truth');
    assert.match(events[0].description, /Our answer: Text the customer when the engineer leaves/);
    assert.equal(events[1].startDate.toString(), '2030-01-11');
    assert.match(events[1].description, /Decision: make it the norm/);
    assert.equal(new Set(events.map((e) => e.uid)).size, 24);

    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: `${SHOTS}/plan-en.png`, fullPage: true });

    // Undo takes the last change back (recording the score), then the decision.
    await page.click('body');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !document.querySelector('[data-testid="plan-norm"]'));

    // A reload keeps the plan, the team's order and every typed word.
    await page.reload();
    await page.waitForSelector('[data-testid="score-card"]');
    await page.click('[data-testid="plan-panel"] > summary');
    await page.waitForSelector('[data-testid="moment-row"]');
    assert.deepEqual(await rows(page), ['Engineer at the door', 'Invoice', 'Booking the engineer']);
    const w1 = page.locator('[data-testid="plan-week"]').first();
    await w1.locator('summary').click();
    assert.equal(await w1.locator('[data-testid="week-answer"]').inputValue(), 'Text the customer when the engineer leaves');
    assert.equal(await w1.locator('[data-testid="week-decision"]').inputValue(), '');

    await page.selectOption('[data-testid="language"]', 'nl');
    await page.waitForFunction(() => /Momenten van de Waarheid/.test(document.querySelector('[data-testid="plan-panel"] > summary').textContent));
    assert.match(await w1.textContent(), /Hoe kan ik op dit Moment van de Waarheid/);
    await page.screenshot({ path: `${SHOTS}/plan-nl.png`, fullPage: true });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('an employee journey asks the internal question, and the board fits a phone', async () => {
  const app = await openApp({ journey: repairs, viewport: { width: 390, height: 844 } });
  const { page } = app;
  try {
    await page.click('[data-testid="plan-panel"] > summary');
    await page.check('[data-testid="employee-journey"]');
    await page.fill('[data-testid="plan-start-date"]', '2030-01-04');
    await page.click('[data-testid="plan-start"]');
    const w1 = page.locator('[data-testid="plan-week"]').first();
    await w1.locator('summary').click();
    assert.match(await w1.textContent(), /deposit on our people's emotional bank account/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await page.locator('[data-testid="plan-panel"]').screenshot({ path: `${SHOTS}/plan-phone.png` });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
