// End to end: the lanes under the curve. The emotional bank account shows on every
// journey with its key fact in words; a heavier withdrawal weight (λ) set in the settings
// sends the example into the red at the complaint, as one undo step; a size that is not a
// number keeps what was typed and says why, in Dutch too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, SHOTS } from './lib/browser.mjs';

const summary = (page) => page.textContent('[data-testid="lanes-summary"]');

test('the bank account lane follows the weight of a withdrawal; undo brings it back', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    await page.waitForSelector('[data-testid="journey-lanes"]');
    assert.match(await summary(page), /stays out of the red and ends at \+2/);
    assert.match(await page.getAttribute('[data-testid="journey-lanes"]', 'aria-label'), /Lanes under the curve\. The balance/);
    await page.click('[data-testid="settings-panel"] > summary');
    await page.selectOption('[data-testid="bank-weight"]', '5');
    await page.waitForFunction(() => /red at/.test(document.querySelector('[data-testid="lanes-summary"]').textContent));
    assert.match(await summary(page), /goes into the red at “File a complaint”/);
    await page.screenshot({ path: `${SHOTS}/lanes-red.png`, fullPage: true });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => /stays out of the red/.test(document.querySelector('[data-testid="lanes-summary"]').textContent));
    // The settings live in the panels program, which follows the undo a frame later.
    await page.waitForFunction(() => document.querySelector('[data-testid="bank-weight"]').value === '1');

    await page.selectOption('[data-testid="language"]', 'nl');
    await page.fill('[data-testid="bank-broken-promise"]', 'veel');
    await page.press('[data-testid="bank-broken-promise"]', 'Tab');
    await page.waitForSelector('[data-testid="bank-setting"] [role="alert"]');
    assert.match(await page.textContent('[data-testid="bank-setting"] [role="alert"]'), /gebroken belofte moet een getal/);
    assert.equal(await page.inputValue('[data-testid="bank-broken-promise"]'), 'veel', 'what was typed stays');
    assert.match(await summary(page), /Het saldo blijft uit het rood/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
