// End to end: stories (seed 000). A facilitator types three stories by keyboard during a
// session (Ctrl+Enter), one by an employee who made the customer happy and one by a
// customer who was let down at the same touchpoint: the mismatch names that touchpoint.
// Undo takes the last story back; a CSV of five rows comes in at once; a bad row names
// its row and adds nothing; the export holds the stories; script text stays text; the
// stories survive a reload; axe finds nothing. Then the same in Dutch on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp, SHOTS } from './lib/browser.mjs';
import { bigJourney } from './lib/journeys.mjs';
import { axeViolations } from './lib/axe.mjs';

const TP = 'Help getting started';
const items = (page) => page.locator('[data-testid="story-item"]');
const texts = (page) => page.$$eval('[data-testid="story-item-text"]', (xs) => xs.map((x) => x.textContent));

async function openPanel(page) {
  await page.click('[data-testid="stories-panel"] > summary');
  await page.waitForSelector('[data-testid="story-text"]');
}

async function story(page, text, { teller, valence } = {}) {
  await page.click('[data-testid="story-text"]');
  await page.keyboard.type(text);
  if (teller) await page.check(`[data-testid="story-teller"] input[value="${teller}"]`);
  if (valence !== undefined) await page.fill('[data-testid="story-valence"]', String(valence));
  await page.focus('[data-testid="story-text"]');
  await page.keyboard.press('Control+Enter');
}

test('stories by keyboard, the mismatch, undo, import, export, script as text, reload', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    await openPanel(page);
    assert.match(await page.textContent('[data-testid="stories-panel"] > summary'), /Stories \(0\)/);
    await page.selectOption('[data-testid="story-about"]', { label: TP });
    await story(page, 'The time we called her back within the hour', { teller: 'employee', valence: 4 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-item"]').length === 1);
    assert.equal(await page.inputValue('[data-testid="story-text"]'), '', 'the text clears');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'story-text', 'focus returns');
    assert.equal(await page.inputValue('[data-testid="story-valence"]'), '4', 'the valence stays');
    assert.equal(await page.isChecked('[data-testid="story-teller"] input[value="employee"]'), true, 'the teller stays');

    await story(page, 'Nobody called me back for a week', { teller: 'customer', valence: -4 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-item"]').length === 2);
    assert.match(await page.textContent('[data-testid="stories-mismatch"]'), /At “Help getting started”, employees mostly tell of making customers happy \(1 of 1\)/);

    const script = '<script>window.__pwned = 1</script><b>bold</b> & more';
    await story(page, script);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-item"]').length === 3);
    assert.equal((await texts(page))[0], script, 'newest first, shown as text');
    assert.equal(await page.locator('[data-testid="story-item"] b').count(), 0, 'no markup made');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);

    // Off the scale: refused with a reason, what was typed stays.
    await story(page, 'A story felt too much', { valence: 9 });
    await page.waitForFunction(() => document.querySelector('[data-testid="story-error"]').textContent.length > 0);
    assert.equal(await page.textContent('[data-testid="story-error"]'), 'How it felt must be a number from −5 to +5.');
    assert.equal(await page.inputValue('[data-testid="story-text"]'), 'A story felt too much');
    assert.equal(await items(page).count(), 3);
    await page.fill('[data-testid="story-text"]', '');
    await page.fill('[data-testid="story-valence"]', '-4');

    // Undo takes the last story back (one step).
    await page.click('[data-testid="undo"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-item"]').length === 2);
    assert.ok(!(await texts(page)).includes(script));

    // The chart counts the stories at their touchpoint; its marker opens them there.
    assert.match(await page.getAttribute('[data-testid="journey-chart"]', 'aria-label'), /Stories per touchpoint: “Help getting started” 2\./);
    await page.click('[data-testid="story-filter-teller"]');
    await page.selectOption('[data-testid="story-filter-teller"]', 'customer');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-item"]').length === 1);
    await page.click('[data-testid="story-marker"][data-touchpoint="Help getting started"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-item"]').length === 2);
    assert.equal(await page.inputValue('[data-testid="story-filter-teller"]'), '', 'a marker shows all its stories');
    assert.notEqual(await page.inputValue('[data-testid="story-filter-touchpoint"]'), '');
    await page.click('[data-testid="story-filter-clear"]');

    // Five rows from a CSV file, Dutch headers and semicolons.
    await page.click('[data-testid="story-bulk"] > summary');
    const csv = 'Verhaal;Verteller;Waardering;Contactmoment;Thema\'s;Datum\n'
      + 'De bezorger belde vooraf;klant;3;;bezorging;2026-11-02\n'
      + 'Pakket kwijt, niemand wist waar;klant;-4;Help getting started;bezorging, wachttijd;2026-11-03\n'
      + 'We losten het in één gesprek op;medewerker;4;Help getting started;;\n'
      + 'Factuur klopte niet;klant;-2,5;;factuur;\n'
      + 'Snel antwoord in de chat;klant;2;;;\n';
    await page.setInputFiles('[data-testid="story-import"]', { name: 'verhalen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('[data-testid="story-import-done"]');
    assert.equal(await page.textContent('[data-testid="story-import-done"]'), '5 stories added.');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-item"]').length === 7);

    // A bad row: named by its number, nothing added.
    await page.fill('[data-testid="story-paste"]', 'text,teller,valence\nfine,customer,1\nnot fine,robot,1\n');
    await page.click('[data-testid="story-paste-add"]');
    await page.waitForSelector('[data-testid="story-import-error"]');
    const err = await page.textContent('[data-testid="story-import-error"]');
    assert.match(err, /Nothing was added\./);
    assert.match(err, /Row 3: told by “robot” is neither employee nor customer\./);
    assert.equal(await items(page).count(), 7);
    assert.match(await page.inputValue('[data-testid="story-paste"]'), /robot/, 'the pasted text stays');
    assert.match(await page.textContent('[data-testid="stories-panel"] > summary'), /Stories \(7\)/);

    // Patterns per touchpoint, and a recurring word offered as a theme.
    const byTp = await page.textContent('[data-testid="stories-by-touchpoint"]');
    assert.match(byTp, /Help getting started/);
    await page.screenshot({ path: `${SHOTS}/stories-page-en-1280.png`, fullPage: true });
    await page.locator('[data-testid="stories-panel"]').screenshot({ path: `${SHOTS}/stories-panel-en-1280.png` });
    await page.locator('figure.chart').first().screenshot({ path: `${SHOTS}/stories-chart-en-1280.png` });
    await page.locator('[data-testid="stories-patterns"]').screenshot({ path: `${SHOTS}/stories-patterns-en-1280.png` });

    // Export: the same columns, every story in it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="story-export"]')]);
    const path = `${SHOTS}/${download.suggestedFilename()}`;
    await download.saveAs(path);
    const exported = readFileSync(path, 'utf8');
    assert.match(exported, /^\uFEFFtext,teller,who,valence,touchpoint,phase,themes,date\r\n/);
    assert.equal(exported.trim().split('\r\n').length, 8, 'a header and seven stories');
    assert.match(exported, /Nobody called me back for a week,customer,,-4,Help getting started/);
    assert.match(exported, /"Pakket kwijt, niemand wist waar",customer,,-4,Help getting started,,"bezorging, wachttijd",2026-11-03/);

    // Editing and deleting, with undo.
    await page.click('[data-testid="story-item"] >> nth=0 >> [data-testid="story-delete"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-item"]').length === 6);
    await page.click('[data-testid="undo"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-item"]').length === 7);

    await page.click('[data-testid="story-item"] >> nth=0 >> [data-testid="story-edit"]');
    await page.waitForSelector('[data-testid="story-edit-fields"]');
    // Editing in place: the valence off the scale is refused there, a good one is kept.
    const valenceField = page.locator('[data-testid="story-edit-fields"] input[inputmode="decimal"]');
    await valenceField.fill('12');
    await valenceField.press('Tab');
    assert.match(await page.textContent('[data-testid="story-edit-fields"] [role="alert"]'), /from −5 to \+5/);
    await valenceField.fill('-1');
    await valenceField.press('Tab');
    await page.waitForFunction(() => document.querySelector('[data-testid="story-item-valence"]').textContent.trim() === '−1');
    await page.fill('[data-testid="story-edit-fields"] textarea', 'Quick answer in the chat');
    assert.equal((await texts(page))[0], 'Quick answer in the chat');
    const violations = await axeViolations(page);
    assert.deepEqual(violations, []);

    await page.waitForSelector('[data-testid="save-status"][data-saved="true"]');
    await page.reload();
    await page.waitForSelector('[data-testid="score-card"]');
    assert.match(await page.textContent('[data-testid="stories-panel"] > summary'), /Stories \(7\)/);
    await openPanel(page);
    assert.equal(await items(page).count(), 7);
    assert.ok((await texts(page)).includes('Nobody called me back for a week'));
    assert.ok((await texts(page)).includes('Quick answer in the chat'), 'the edit was kept');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('[data-testid="stories-panel"]').screenshot({ path: `${SHOTS}/stories-panel-en-390.png` });
    await page.locator('[data-testid="stories-patterns"]').screenshot({ path: `${SHOTS}/stories-patterns-en-390.png` });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('in Dutch on a phone: the words, a refusal in Dutch, a word offered as a theme', async () => {
  const app = await openApp({ viewport: { width: 390, height: 844 } });
  const { page } = app;
  try {
    await page.selectOption('[data-testid="language"]', 'nl');
    await page.waitForSelector('[data-testid="stories-panel"] > summary >> text=Verhalen (0)');
    await openPanel(page);
    const lines = [
      'De bezorger was vriendelijk en snel',
      'De bezorger stond te vroeg voor de deur',
      'Lang wachten op de bezorger',
    ];
    await page.check('[data-testid="story-teller"] input[value="customer"]');
    await page.selectOption('[data-testid="story-about"]', { label: TP });
    await page.fill('[data-testid="story-themes"]', 'bezorging');
    for (const [i, t] of lines.entries()) {
      if (i > 0) await page.fill('[data-testid="story-themes"]', i === 1 ? 'bezorging, wachttijd' : 'wachttijd');
      await story(page, t, { valence: i === 0 ? 3 : -3 });
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="story-item"]').length === n, i + 1);
    }
    await story(page, 'Te veel', { valence: '-7' });
    await page.waitForFunction(() => document.querySelector('[data-testid="story-error"]').textContent.length > 0);
    assert.equal(await page.textContent('[data-testid="story-error"]'), 'Hoe het voelde moet een getal van −5 tot +5 zijn.');
    // "bezorger" recurs: one click offers it as a theme.
    await page.click('[data-testid="stories-words-negative"] [data-testid="story-word"]:has-text("bezorger")');
    assert.equal(await page.inputValue('[data-testid="story-themes"]'), 'bezorger');
    assert.match(await page.textContent('[data-testid="story-count"]'), /3 verhalen/);
    await page.locator('[data-testid="stories-panel"]').screenshot({ path: `${SHOTS}/stories-panel-nl-390.png` });
    await page.locator('[data-testid="stories-patterns"]').screenshot({ path: `${SHOTS}/stories-patterns-nl-390.png` });
    assert.deepEqual(await axeViolations(page), []);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('[data-testid="stories-panel"]').screenshot({ path: `${SHOTS}/stories-panel-nl-1280.png` });
    await page.locator('[data-testid="stories-patterns"]').screenshot({ path: `${SHOTS}/stories-patterns-nl-1280.png` });
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('10,000 stories (the most a journey keeps): the panel opens, shows a page, adds one and shows more in good time', async () => {
  const journey = bigJourney(12);
  const words = ['bezorger', 'wachttijd', 'factuur', 'vriendelijk', 'snel', 'kwijt', 'the', 'parcel', 'late', 'called'];
  journey.stories = Array.from({ length: 9999 }, (_, i) => ({
    text: `Story ${i + 1}: ${words[i % 10]} ${words[(i * 7) % 10]} ${words[(i * 3) % 10]}`,
    teller: i % 2 ? 'employee' : 'customer',
    valence: (i % 11) - 5,
    touchpoint: (i % 12) + 1,
    themes: [`theme ${i % 20}`],
  }));
  const app = await openApp({ journey });
  const { page } = app;
  try {
    assert.match(await page.textContent('[data-testid="stories-panel"] > summary'), /Stories \(9,999\)/);
    const t0 = Date.now();
    await openPanel(page);
    await page.waitForSelector('[data-testid="stories-patterns"]');
    const opened = Date.now() - t0;
    assert.equal(await items(page).count(), 50, 'one page drawn');
    assert.equal(await page.textContent('[data-testid="story-count"]'), 'Showing 50 of 9,999 stories.');
    const t1 = Date.now();
    await story(page, 'One more, typed during the session');
    await page.waitForSelector('[data-testid="stories-panel"] > summary >> text=Stories (10,000)');
    const added = Date.now() - t1;
    assert.equal((await texts(page))[0], 'One more, typed during the session');
    const t2 = Date.now();
    await page.click('[data-testid="story-more"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-item"]').length === 100);
    const more = Date.now() - t2;
    await page.selectOption('[data-testid="story-filter-theme"]', 'theme 3');
    await page.waitForFunction(() => /of 500 matching/.test(document.querySelector('[data-testid="story-count"]').textContent));
    // The journey is full now: one more is refused, in words, and what was typed stays.
    await story(page, 'One too many');
    await page.waitForFunction(() => document.querySelector('[data-testid="story-error"]').textContent.length > 0);
    assert.equal(await page.textContent('[data-testid="story-error"]'), 'A journey keeps at most 10,000 stories; delete some first.');
    assert.equal(await page.inputValue('[data-testid="story-text"]'), 'One too many');
    console.log(`10,000 stories in the browser: open ${opened} ms, add ${added} ms, show more ${more} ms`);
    for (const ms of [opened, added, more]) assert.ok(ms < 8000, `${ms} ms`);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
