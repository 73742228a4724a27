// End to end for a group rating round: a room rates touchpoints in turn on one device,
// with the keyboard only; the journey takes the group's means; votes survive a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, journeyOf, SHOTS } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';

const WORKSHOP = {
  format: 'peakend/journey', version: 1, title: 'Workshop round',
  scale: { min: -5, max: 5 },
  touchpoints: [
    { name: 'Ordering', rating: 0 },
    { name: 'Delivery', rating: 0 },
    { name: 'Support call', rating: 0 },
    { name: 'Cancellation', rating: 0 },
  ],
};

const focused = (page) => page.evaluate(() => document.activeElement?.dataset.testid ?? '');
const votesShown = (page) => page.$$eval('[data-testid="vote"]', (xs) => xs.map((x) => x.value));

test('three participants rate four touchpoints in turn, keyboard only', async () => {
  const app = await openApp({ journey: WORKSHOP });
  const { page } = app;
  try {
    await page.locator('[data-testid="group-round-open"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="group-round"]');
    await page.locator('[data-testid="group-count"]').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="vote"]').length === 3);
    // Tab past the (closed) names list into the first person's box.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'vote');

    // A rating off the scale is kept, explained, and not counted; Enter stays put.
    await page.keyboard.type('9');
    await page.waitForSelector('[data-testid="vote-error"]');
    assert.match(await page.textContent('[data-testid="vote-error"]'), /−5 to \+5/);
    await page.keyboard.press('Enter');
    assert.deepEqual(await votesShown(page), ['9', '', '']);
    assert.equal(await page.getAttribute('[data-testid="vote"] >> nth=0', 'aria-invalid'), 'true');
    await page.keyboard.press('Backspace');

    // Rows: touchpoints; columns: participants. Typed, Enter after each.
    const votes = [
      ['3', '4', '2'], // mean 3; spread √((0 + 1 + 1) / 3) ≈ 0.82
      ['-4', '4', '1'], // mean 1/3; spread √((18.78 + 13.44 + 0.44) / 3) ≈ 3.30: most disputed
      ['-2', '-3', '-1'], // mean −2; spread ≈ 0.82
      ['1,5', '2', '2.5'], // mean 2 (a decimal comma works); spread ≈ 0.41
    ];
    for (const [t, row] of votes.entries()) {
      assert.equal(await page.textContent('[data-testid="group-touchpoint"]'), WORKSHOP.touchpoints[t].name);
      for (const v of row) {
        await page.keyboard.type(v);
        await page.keyboard.press('Enter');
      }
    }
    // Enter after the last person of the last touchpoint stays on it.
    assert.equal(await page.textContent('[data-testid="group-touchpoint"]'), 'Cancellation');
    assert.deepEqual(await votesShown(page), ['1,5', '2', '2.5']);
    assert.match(await page.textContent('[data-testid="group-mean"]'), /Group mean: 2$/);

    // The journey now uses the group's means.
    await page.waitForFunction(() => document.querySelector('[data-testid="group-mean-cell"]'));
    const means = await page.$$eval('[data-testid="group-mean-cell"]', (xs) => xs.map((x) => Number(x.dataset.value)));
    assert.deepEqual(means.map((m) => Math.round(m * 1e6) / 1e6), [3, 0.333333, -2, 2]);
    const { ratings } = await journeyOf(page);
    assert.equal(ratings[0], 3);
    assert.equal(ratings[2], -2);
    assert.equal(ratings[3], 2);
    // (−4 + 4 + 1) / 3 = 1/3, shown rounded in the list.
    assert.ok(Math.abs(ratings[1] - 1 / 3) < 0.01, `Delivery is rated by its mean (${ratings[1]})`);

    // The most disputed touchpoint is the one with the highest spread.
    const disputed = await page.$$eval('[data-testid="disputed-item"]', (xs) => xs.map((x) => x.textContent));
    assert.equal(disputed.length, 3);
    assert.match(disputed[0], /^Delivery — spread 3\.3 \(−4 – 4\)/);
    // Ordering and Support call tie on spread and range (2); the later one ranks first.
    assert.match(disputed[1], /^Support call/);
    assert.match(disputed[2], /^Ordering/);
    const marked = await page.$$eval('[data-testid="group-results"] tr.disputed th', (xs) => xs.map((x) => x.textContent));
    assert.deepEqual(marked, ['Ordering ⚑', 'Delivery ⚑', 'Support call ⚑'], 'the top 3 are highlighted in the table');

    // Previous goes back, and the kept individual ratings are shown.
    await page.locator('[data-testid="group-prev"]').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.textContent('[data-testid="group-touchpoint"]'), 'Support call');
    assert.deepEqual(await votesShown(page), ['−2', '−3', '−1']);

    await page.screenshot({ path: `${SHOTS}/group-round-1280.png`, fullPage: true });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a pasted column fills the votes, adds a participant, and survives a reload', async () => {
  const app = await openApp({ journey: WORKSHOP });
  const { page } = app;
  try {
    await page.click('[data-testid="group-round-open"]');
    await page.fill('[data-testid="group-count"]', '3');
    await page.press('[data-testid="group-count"]', 'Enter');
    await page.click('[data-testid="group-next"]');
    assert.equal(await page.textContent('[data-testid="group-touchpoint"]'), 'Delivery');
    // Not a number: kept in the box, with a message.
    await page.fill('[data-testid="paste-votes"]', '1\nlots');
    await page.click('[data-testid="paste-votes-apply"]');
    assert.match(await page.textContent('[data-testid="paste-error"]'), /Not a number: “lots”/);
    assert.equal(await page.inputValue('[data-testid="paste-votes"]'), '1\nlots');
    // A spreadsheet column with a decimal comma; four values for three people.
    await page.fill('[data-testid="paste-votes"]', '1\n2,5\n-3\n4\n');
    await page.click('[data-testid="paste-votes-apply"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="vote"]').length === 4);
    assert.deepEqual(await votesShown(page), ['1', '2.5', '−3', '4']);
    assert.equal(await page.inputValue('[data-testid="group-count"]'), '4');
    // (1 + 2.5 − 3 + 4) / 4 = 1.125
    assert.equal(Number(await page.getAttribute('[data-testid="group-mean-cell"]', 'data-value')), 1.125);
    assert.equal((await journeyOf(page)).ratings[1], 1.125);

    await page.waitForSelector('[data-testid="save-status"][data-saved="true"]');
    await page.waitForTimeout(500);
    await page.reload();
    await page.waitForSelector('[data-testid="score-card"]');
    assert.equal((await journeyOf(page)).ratings[1], 1.125, 'the mean is kept');
    await page.click('[data-testid="group-round-open"]');
    await page.click('[data-testid="group-next"]');
    assert.deepEqual(await votesShown(page), ['1', '2.5', '−3', '4'], 'the votes are kept');
    // Removing participant 3 takes their vote out of the mean: (1 + 2.5 + 4) / 3 = 2.5.
    await page.click('.participant-names summary');
    await page.click('[aria-label="Remove Participant 3, with their ratings"]');
    assert.deepEqual(await votesShown(page), ['1', '2.5', '4']);
    assert.equal((await journeyOf(page)).ratings[1], 2.5);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the group round speaks Dutch', async () => {
  const app = await openApp({ journey: WORKSHOP, path: '?lang=nl' });
  const { page } = app;
  try {
    await page.click('[data-testid="group-round-open"]');
    await page.fill('[data-testid="group-count"]', '2');
    await page.press('[data-testid="group-count"]', 'Enter');
    await page.fill('[data-testid="vote"] >> nth=0', '1,5');
    await page.fill('[data-testid="vote"] >> nth=1', '-2');
    const panel = await page.textContent('[data-testid="group-round"]');
    for (const words of ['Samen scores geven', 'Deelnemer 1', 'Groepsgemiddelde: −0,25', 'Meest omstreden']) {
      assert.ok(panel.includes(words), `${words} in: ${panel}`);
    }
    await page.screenshot({ path: `${SHOTS}/group-round-nl.png`, fullPage: true });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
