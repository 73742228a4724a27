// Private by proof: walk every screen a person can reach and fail on any request that
// leaves the page's own origin. Nothing typed here may travel anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/browser.mjs';

test('no screen makes a request outside its own origin', async () => {
  const app = await openApp({ path: '?lang=en' });
  const { page, context } = app;
  const origin = new URL(page.url()).origin;
  const seen = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    seen.push(url);
    if (new URL(url).origin === origin) return route.continue();
    return route.abort();
  });
  try {
    const steps = [
      ['library', () => page.click('[data-testid="open-library"]')],
      ['details', () => page.locator('[data-testid="touchpoint-details-toggle"]').first().click()],
      ['settings', () => page.locator('[data-testid="settings-panel"] summary').click()],
      ['formula', () => page.locator('[data-testid="score-formula"] summary').click()],
      ['phases', () => page.locator('[data-testid="phases-panel"] summary').click()],
      ['typing', async () => {
        await page.fill('[data-testid="new-touchpoint-name"]', 'A secret touchpoint');
        await page.keyboard.press('Enter');
      }],
      ['scenario', () => page.click('[data-testid="make-scenario"]')],
      ['export', async () => {
        const download = page.waitForEvent('download');
        await page.click('[data-testid="export-json"]');
        await download;
      }],
      ['presentation', async () => {
        await page.click('[data-testid="present"]');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('Escape');
      }],
      ['language', () => page.selectOption('[data-testid="language"]', 'nl')],
      ['new journey', () => page.click('[data-testid="new-journey"]')],
      ['reload', () => page.reload()],
    ];
    for (const [, step] of steps) {
      await step();
      await page.waitForTimeout(100);
    }
    const outside = seen.filter((u) => new URL(u).origin !== origin);
    assert.deepEqual(outside, [], 'requests that left the page');
    assert.ok(seen.length > 0, 'the walk did load the page’s own files');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
