// End to end: what keeping the promises would do. On the telecom journey whose promise
// was never kept, the lanes offer the promises-kept to-be with a one-line preview; making
// it (by keyboard) opens a scenario the comparison shows with three contacts fewer, the
// chasing contacts named as failure demand, and Undo leaves the as-is alone. Marking a
// promise broken offers the contacts it typically causes: one Enter adds one as failure
// demand (the lanes' share goes up), the focus stays on the offer, and Undo takes it away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, SHOTS, scoreOf } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';
import { presetJourney } from './lib/journeys.mjs';

const text = (page, testid) => page.textContent(`[data-testid="${testid}"]`);
const shareOf = async (page) => {
  const m = (await text(page, 'lanes-summary')).match(/(\d+) (?:of|van de) (\d+) contact/);
  assert.ok(m, 'the lanes summary gives the failure-demand share');
  return [Number(m[1]), Number(m[2])];
};

for (const [lang, width] of [['en', 1280], ['nl', 390], ['nl', 1280], ['en', 390]]) {
  test(`keeping the promises: the to-be has fewer contacts and the as-is stays (${lang}, ${width} px)`, { timeout: 120_000 }, async () => {
    const app = await openApp({ journey: presetJourney('telecom-promise', lang), viewport: { width, height: 900 }, path: `?lang=${lang}` });
    const { page } = app;
    try {
      await page.waitForSelector('[data-testid="keep-promises-preview"]');
      const preview = page.locator('[data-testid="keep-promises-preview"]');
      assert.equal(await preview.getAttribute('data-contacts-change'), '-3');
      assert.match((await preview.textContent()).replaceAll('\u00a0', ' '),
        lang === 'en' ? /^Contacts 10 → 7 \(−3\), experienced 3.85 → 3.94 \(\+0.1\), remembered −5 → −5 \(0\)\.$/
          : /^Contacten 10 → 7 \(−3\), beleefd 3,85 → 3,94 \(\+0,1\), herinnerd −5 → −5 \(0\)\.$/);
      assert.deepEqual(await axeViolations(page), [], 'the offer is axe clean');
      await page.locator('[data-testid="keep-promises"]').screenshot({ path: `${SHOTS}/keep-promises-offer-${lang}-${width}.png` });

      await page.focus('[data-testid="keep-promises-scenario"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid="compare-panel"]');
      assert.equal(await page.inputValue('[data-testid="journey-title"]'),
        lang === 'en' ? 'A promise that never came (promises kept)' : 'Een belofte die nooit kwam (beloftes nagekomen)');
      assert.equal(await page.locator('[data-testid="touchpoint"]').count(), 7);
      assert.equal(await scoreOf(page, 'compare-delta-contacts'), -3);
      assert.ok(await scoreOf(page, 'compare-delta-experienced') > 0, 'what was lived gets better');
      // The cold goodbye stays the peak and the end: the memory does not move.
      assert.equal(await scoreOf(page, 'compare-delta-remembered'), 0);
      const gone = page.locator('[data-testid="compare-change"][data-failure-demand]');
      assert.equal(await gone.count(), 3);
      assert.match(await gone.first().textContent(),
        lang === 'en' ? /^Removed failure demand: “A problem nobody solves”/ : /^Onnodig contact weggelaten: ‘Een probleem dat niemand oplost’/);
      assert.equal(await page.locator('[data-testid="keep-promises"]').count(), 0, 'nothing left to keep in the to-be');
      assert.deepEqual(await axeViolations(page), [], 'the comparison is axe clean');
      await page.locator('[data-testid="compare-panel"]').screenshot({ path: `${SHOTS}/keep-promises-compare-${lang}-${width}.png` });
      const overflow = await page.locator('[data-testid="compare-panel"]').evaluate((el) => el.scrollWidth - el.clientWidth);
      assert.ok(overflow <= 0, `the comparison fits the screen (overflows by ${overflow} px)`);

      // Undo has nothing of the as-is to take back: the scenario opened with its own history.
      assert.equal(await page.isDisabled('[data-testid="undo"]'), true);
      await page.keyboard.press('Control+z');
      assert.equal(await page.locator('[data-testid="touchpoint"]').count(), 7);
      const asIs = page.locator('.compare-table tbody tr').last().locator('td').first();
      assert.equal(await asIs.textContent(), '10', 'the as-is still has its ten contacts');
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}

test('a broken promise offers the contacts it causes; one Enter adds one, Undo takes it away', { timeout: 120_000 }, async () => {
  const app = await openApp({ journey: presetJourney('telecom-promise', 'en') });
  const { page } = app;
  try {
    await page.waitForSelector('[data-testid="lanes-summary"]');
    assert.deepEqual(await shareOf(page), [3, 10]);
    const first = page.locator('[data-testid="touchpoint"]').first();
    await first.locator('[data-testid="touchpoint-details-toggle"]').click();
    assert.equal(await first.locator('[data-testid="failure-demand-offer"]').count(), 0, 'no broken promise, no offer');
    await first.locator('[data-testid="promise-add"]').click();
    await page.keyboard.type('Your number moves over within a day');
    await first.locator('[data-testid="promise-state"]').selectOption('broken');
    const offer = first.locator('[data-testid="failure-demand-offer"]');
    await offer.waitFor();
    assert.match(await offer.textContent(), /after “First subscription” as failure demand caused here, rated −3/);
    assert.deepEqual(await axeViolations(page), [], 'the offer is axe clean');
    await offer.screenshot({ path: `${SHOTS}/failure-demand-offer-en-1280.png` });

    const calls = offer.locator('[data-testid="failure-demand-suggestion"]', { hasText: 'Customer calls again' });
    await calls.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="touchpoint"]').length === 11);
    const names = await page.locator('[data-testid="touchpoint-name"]').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(names.slice(0, 3), ['First subscription', 'Customer calls again', 'Help getting started']);
    const ratings = await page.locator('[data-testid="touchpoint-rating"]').evaluateAll((els) => els.map((e) => e.value));
    assert.equal(ratings[1], '-3', 'halfway between neutral and the minimum');
    assert.deepEqual(await shareOf(page), [4, 11], 'the failure-demand share goes up');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '+ Customer calls again', 'the focus stays on the offer');
    assert.match(await text(page, 'failure-demand-added'), /Added “Customer calls again” after “First subscription”, as failure demand\./);

    // A second one goes after the first: the contacts it caused stay in order.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="touchpoint"]').length === 12);
    const after = await page.locator('[data-testid="touchpoint-name"]').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(after.slice(0, 3), ['First subscription', 'Customer calls again', 'Complaint']);
    assert.deepEqual(await shareOf(page), [5, 12]);

    await page.click('[data-testid="undo"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="touchpoint"]').length === 11);
    await page.click('[data-testid="undo"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="touchpoint"]').length === 10);
    assert.deepEqual(await shareOf(page), [3, 10], 'Undo took the contacts away one by one');
    assert.equal(await text(page, 'failure-demand-added'), '', 'no word of a contact that is gone');
    assert.equal(await first.locator('[data-testid="promise-state"]').inputValue(), 'broken', 'the broken promise stays');

    await page.selectOption('[data-testid="language"]', 'nl');
    await offer.waitFor();
    assert.match(await offer.textContent(), /Klant vraagt waar het blijft.*Klant belt opnieuw.*Klacht/);
    await offer.screenshot({ path: `${SHOTS}/failure-demand-offer-nl-1280.png` });
    await page.setViewportSize({ width: 390, height: 900 });
    await offer.locator('[data-testid="failure-demand-suggestion"]').last().press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="touchpoint"]').length === 11);
    assert.match(await text(page, 'failure-demand-added'), /^‘Klacht’ toegevoegd na ‘First subscription’, als onnodig contact\.$/);
    await first.screenshot({ path: `${SHOTS}/failure-demand-offer-nl-390.png` });
    const overflow = await first.evaluate((li) => li.scrollWidth - li.clientWidth);
    assert.ok(overflow <= 0, `the row fits a phone (overflows by ${overflow} px)`);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
