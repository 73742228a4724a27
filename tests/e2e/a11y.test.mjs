// Accessibility: axe-core finds no violations on any screen, in English and in Dutch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';

async function screens(page) {
  const found = {};
  const check = async (name) => { found[name] = await axeViolations(page); };
  await check('workspace');
  await page.click('[data-testid="open-library"]');
  await check('library');
  await page.locator('[data-testid="touchpoint-details-toggle"]').first().click();
  await page.locator('[data-testid="settings-panel"] summary').click();
  await page.waitForSelector('[data-testid="scale-select"]');
  await page.locator('[data-testid="score-formula"] summary').click();
  await check('details, settings and formula open');
  // A dropped table with a bad row: the import panel asks before it imports the rest.
  const dt = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(new File(['name,rating\nFirst visit,3\nInvoice,lots\n'], 'ratings.csv', { type: 'text/csv' }));
    return d;
  });
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  await page.waitForSelector('[data-testid="import-confirm"]');
  await check('import asks about a bad row');
  await page.click('[data-testid="import-cancel"]');
  await page.waitForSelector('[data-panel="import"]', { state: 'detached' });
  await page.click('[data-testid="survey-panel"] > summary');
  await check('survey section open');
  await page.click('[data-testid="make-scenario"]');
  await check('scenario with comparison');
  await page.click('[data-testid="open-files"]');
  await check('files, sharing and printing');
  await page.click('[data-testid="share-link"]');
  const link = await page.inputValue('[data-testid="share-link-text"]');
  const receiver = await page.context().newPage();
  await receiver.goto(link);
  await receiver.waitForURL(/\/shared\.html/);
  await receiver.waitForSelector('[data-testid="shared-view"]');
  found['shared journey (read-only)'] = await axeViolations(receiver);
  await receiver.close();
  await page.click('[data-testid="group-round-open"]');
  await check('group rating');
  await page.click('[data-testid="new-journey"]');
  await check('empty journey');
  return found;
}

for (const lang of ['en', 'nl']) {
  test(`no axe violations on any workspace screen (${lang})`, async () => {
    const app = await openApp({ path: `?lang=${lang}` });
    try {
      assert.equal(await app.page.getAttribute('html', 'lang'), lang);
      const found = await screens(app.page);
      for (const [screen, violations] of Object.entries(found)) {
        assert.deepEqual(violations, [], `${screen}: ${violations.join('\n')}`);
      }
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}
