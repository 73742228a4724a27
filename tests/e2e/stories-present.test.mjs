// End to end: stories told to the room and printed as cards (seed 000). In presentation
// mode S shows the stories one at a time in large type, ← and → move between them and S
// goes back; "Print the stories as cards" prints a sheet of cards (looked at as a PDF).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { openApp, SHOTS } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';

const journey = {
  format: 'peakend/journey',
  version: 1,
  title: 'Repairs at home',
  scale: { min: -5, max: 5, neutral: 0 },
  touchpoints: [
    { id: 1, name: 'Booking', rating: 1 },
    { id: 2, name: 'Engineer at the door', rating: -3 },
  ],
  stories: [
    { text: 'We fixed her boiler on Christmas Eve.', teller: 'employee', who: 'Engineer', valence: 5, touchpoint: 2, themes: ['extra mile'] },
    { text: 'Nobody came, nobody called.', teller: 'customer', valence: -5, touchpoint: 2, themes: ['waiting'] },
    { text: '<script>alert(1)</script> booked in a minute', teller: 'customer', valence: 2, touchpoint: 1 },
  ],
};

const slide = (page) => page.textContent('[data-testid="present-story"]');

test('presentation mode tells the stories one at a time; S goes back to the touchpoints', async () => {
  const app = await openApp({ journey });
  const { page } = app;
  try {
    await page.click('[data-testid="present"]');
    await page.waitForSelector('[data-testid="presentation"]');
    await page.keyboard.press('s');
    await page.waitForSelector('[data-testid="present-story"]');
    assert.match(await slide(page), /Story 1 of 3/);
    assert.equal(await page.textContent('[data-testid="present-story-text"]'), 'We fixed her boiler on Christmas Eve.');
    assert.match(await slide(page), /Employee, Engineer · Engineer at the door · \+5/);
    const size = await page.$eval('[data-testid="present-story-text"]', (e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 24, `readable from the back of the room (${size}px)`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.match(await slide(page), /Story 3 of 3/, 'stops at the last story');
    assert.equal(await page.textContent('[data-testid="present-story-text"]'), '<script>alert(1)</script> booked in a minute');
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: `${SHOTS}/stories-present.png` });
    await page.keyboard.press('ArrowLeft');
    assert.match(await slide(page), /Story 2 of 3/);
    await page.keyboard.press('s');
    await page.waitForSelector('[data-testid="score-card"]');
    assert.equal(await page.$('[data-testid="present-story"]'), null);
    // The button does the same as S.
    await page.click('[data-testid="present-stories-toggle"]');
    assert.equal(await page.getAttribute('[data-testid="present-stories-toggle"]', 'aria-pressed'), 'true');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the stories print as cards, each with who told it and what it is about', async () => {
  const app = await openApp({ journey });
  const { page } = app;
  try {
    // The print dialog of a real browser is not there in a test: print() does nothing, so
    // the cards stay until the (never coming) afterprint, and the PDF shows them.
    await page.evaluate(() => { window.print = () => {}; });
    await page.click('[data-testid="stories-panel"] > summary');
    await page.click('[data-testid="story-print-cards"]');
    await page.waitForSelector('[data-testid="story-cards"]', { state: 'attached' });
    assert.equal(await page.locator('.story-card').count(), 3);
    assert.equal(await page.getAttribute('body', 'data-print'), 'stories');
    await page.emulateMedia({ media: 'print' });
    const pdf = `${SHOTS}/stories-cards.pdf`;
    await page.pdf({ path: pdf, format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.match(text, /We fixed her boiler on Christmas Eve\./);
    assert.match(text, /<script>alert\(1\)<\/script> booked in a minute/);
    assert.match(text, /Customer · Engineer at the door · −5/);
    assert.doesNotMatch(text, /What to fix first/, 'only the cards are printed');
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', pdf, `${SHOTS}/stories-cards`]);
    // Afterwards (the dialog closed) the page is as before.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.waitForFunction(() => !document.body.hasAttribute('data-print'));
    assert.equal(await page.$('[data-testid="story-cards"]'), null);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
