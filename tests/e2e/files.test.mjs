// End to end: files in and out (JSON, CSV, hostile files), the share link a manager
// receives, and the printed report. Runs against the release build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { openApp, scoreOf, journeyOf, SHOTS } from './lib/browser.mjs';
import { bigJourney } from './lib/journeys.mjs';

const FIXTURES = 'tests/fixtures';

/** The titles in "My journeys", in the order the library lists them. */
async function libraryTitles(page) {
  await page.click('[data-testid="open-library"]');
  const titles = await page.$$eval('[data-testid="library-rename"]', (xs) => xs.map((x) => x.value));
  await page.click('[data-testid="open-library"]');
  return titles;
}

async function openFiles(page) {
  if ((await page.getAttribute('[data-testid="open-files"]', 'aria-expanded')) !== 'true') {
    await page.click('[data-testid="open-files"]');
  }
  await page.waitForSelector('[data-testid="files-panel"]');
}

/** Picks files in the import input: paths, or { name, mimeType, buffer } objects. */
async function importFiles(page, files) {
  await openFiles(page);
  await page.setInputFiles('[data-testid="import-file"]', files);
}

test('importing a JSON file adds the journey to the library and opens it', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    const before = await libraryTitles(page);
    await importFiles(page, `${FIXTURES}/format/v1.json`);
    await page.waitForSelector('[data-testid="import-done"]');
    assert.equal(await page.inputValue('[data-testid="journey-title"]'),
      'Fifteen years with my telecom provider');
    const after = await libraryTitles(page);
    assert.equal(after.length, before.length + 1, 'one journey was added');
    for (const t of before) {
      assert.equal(after.filter((x) => x === t).length >= before.filter((x) => x === t).length, true,
        `“${t}” is still there`);
    }
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('files dropped on the page show an overlay and are imported', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    const library = await libraryTitles(page);
    const text = readFileSync(`${FIXTURES}/hostile/valid.mmd`, 'utf8');
    const dt = await page.evaluateHandle((t) => {
      const d = new DataTransfer();
      d.items.add(new File([t], 'fiets.mmd', { type: 'text/plain' }));
      return d;
    }, text);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
    await page.waitForSelector('[data-testid="drop-overlay"]');
    await page.screenshot({ path: `${SHOTS}/files-drop-overlay.png` });
    await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
    await page.waitForSelector('[data-testid="import-done"]');
    assert.equal(await page.locator('[data-testid="drop-overlay"]').count(), 0, 'the overlay goes away');
    assert.equal(await page.inputValue('[data-testid="journey-title"]'), 'Fietsenwinkel: nieuwe fiets');
    assert.equal((await journeyOf(page)).names.length, 5);
    assert.equal((await libraryTitles(page)).length, library.length + 1);
    // Dismissed, the message goes and the import panel with it; a second drop imports again.
    await page.click('[data-testid="import-done"] button');
    await page.waitForSelector('[data-panel="import"]', { state: 'detached' });
    await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
    await page.waitForSelector('[data-testid="import-done"]');
    assert.equal((await libraryTitles(page)).length, library.length + 2, 'the second drop adds another copy');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a dropped table is read onto the scale the journey has now, not the one it had at load', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    // Change the open journey's scale to 0 to 10 (the app asks first).
    page.on('dialog', (d) => d.accept());
    await page.click('[data-testid="settings-panel"] summary');
    await page.selectOption('[data-testid="scale-select"]', '1');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="touchpoint-rating"]').max) === 10);
    const dt = await page.evaluateHandle(() => {
      const d = new DataTransfer();
      d.items.add(new File(['name,rating\nFirst visit,8\nInvoice,2\n'], 'survey.csv', { type: 'text/csv' }));
      return d;
    });
    await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
    // On the load-time scale (−5 to +5) the 8 would be outside and its row skipped.
    await page.waitForSelector('[data-testid="import-done"], [data-testid="import-confirm"]');
    assert.equal(await page.locator('[data-testid="import-confirm"]').count(), 0, 'no row is out of scale');
    assert.deepEqual(await journeyOf(page), { names: ['First visit', 'Invoice'], ratings: [8, 2] });
    assert.equal(await page.getAttribute('[data-testid="touchpoint-rating"]', 'max'), '10');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a library file adds every journey in it', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    const library = await libraryTitles(page);
    await importFiles(page, `${FIXTURES}/format/library-v1.json`);
    const done = page.locator('[data-testid="import-done"]');
    await done.waitFor();
    const n = JSON.parse(readFileSync(`${FIXTURES}/format/library-v1.json`, 'utf8')).journeys.length;
    assert.equal((await libraryTitles(page)).length, library.length + n);
    if (n > 1) assert.match(await done.innerText(), new RegExp(`Added ${n} journeys from “library-v1.json”`));
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('hostile files say what is wrong and change nothing', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    const library = await libraryTitles(page);
    const journey = await journeyOf(page);
    const remembered = await scoreOf(page, 'score-remembered');

    // A PNG picture renamed to .json.
    await importFiles(page, {
      name: 'my-journey.json', mimeType: 'application/json',
      buffer: readFileSync(`${FIXTURES}/hostile/png-renamed.csv`),
    });
    const alert = page.locator('[data-testid="import-error"]');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    const png = await alert.innerText();
    assert.match(png, /“my-journey\.json” could not be imported: this looks like a PNG image, not a journey/);
    assert.match(png, /Your journeys are unchanged/);
    await page.screenshot({ path: `${SHOTS}/files-import-error.png` });

    // A file from a newer version of Peakend.
    await importFiles(page, `${FIXTURES}/format/v2-future.json`);
    await page.waitForFunction(() => document.querySelector('[data-testid="import-error"]')
      ?.innerText.includes('v2-future.json'));
    assert.match(await alert.innerText(), /this file is from a newer version of Peakend/);

    // An empty file.
    await importFiles(page, `${FIXTURES}/hostile/empty.csv`);
    await page.waitForFunction(() => document.querySelector('[data-testid="import-error"]')
      ?.innerText.includes('empty.csv'));
    assert.match(await alert.innerText(), /the file is empty/);

    assert.deepEqual(await journeyOf(page), journey, 'the open journey is untouched');
    assert.equal(await scoreOf(page, 'score-remembered'), remembered);
    assert.deepEqual(await libraryTitles(page), library, 'the library is untouched');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a CSV with bad rows lists them; cancel changes nothing, "import the rest" adds the good rows', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    const csv = 'name,rating,notes\nIntake,2,ok\nCall back,abc,lost\nVisit,4,\n';
    const file = { name: 'workshop.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
    const library = await libraryTitles(page);
    const journey = await journeyOf(page);

    await importFiles(page, file);
    const confirm = page.locator('[data-testid="import-confirm"]');
    await confirm.waitFor();
    assert.match(await confirm.innerText(), /One row of “workshop\.csv” cannot be imported/);
    assert.deepEqual(await page.locator('[data-testid="skipped-rows"] li').allInnerTexts(),
      ["row 3: rating “abc” is not a number"]);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'import-rest',
      'the question takes the focus, so Enter answers it');
    await page.screenshot({ path: `${SHOTS}/files-skip-confirm.png` });
    await page.click('[data-testid="import-cancel"]');
    await confirm.waitFor({ state: 'detached' });
    assert.deepEqual(await journeyOf(page), journey);
    assert.deepEqual(await libraryTitles(page), library);

    await importFiles(page, file);
    await confirm.waitFor();
    await page.click('[data-testid="import-rest"]');
    await page.waitForSelector('[data-testid="import-done"]');
    assert.deepEqual(await journeyOf(page), { names: ['Intake', 'Visit'], ratings: [2, 4] });
    assert.equal(await page.inputValue('[data-testid="journey-title"]'), 'workshop');
    assert.equal((await libraryTitles(page)).length, library.length + 1);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the skip question speaks Dutch to a Dutch user', async () => {
  const app = await openApp({ path: '?lang=nl' });
  const { page } = app;
  try {
    await importFiles(page, {
      name: 'sessie.csv', mimeType: 'text/csv', buffer: Buffer.from('naam;beleving\nA;1\nB;abc\n'),
    });
    await page.waitForSelector('[data-testid="import-confirm"]');
    assert.deepEqual(await page.locator('[data-testid="skipped-rows"] li').allInnerTexts(),
      ["rij 3: score ‘abc’ is geen getal"]);
    assert.match(await page.innerText('[data-testid="import-rest"]'), /De rest importeren/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('CSV export (semicolon) comes back through import unchanged', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    const original = await journeyOf(page);
    await openFiles(page);
    await page.selectOption('[data-testid="csv-separator"]', 'semicolon');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-csv"]'),
    ]);
    const path = `${SHOTS}/${download.suggestedFilename()}`;
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    assert.match(text.split(/\r?\n/)[0], /;/, 'semicolons for Dutch Excel');

    await importFiles(page, path);
    await page.waitForSelector('[data-testid="import-done"]');
    assert.deepEqual(await journeyOf(page), original, 'same touchpoints and ratings');
    assert.equal((await libraryTitles(page)).length, 2, 'added next to the original');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('every export downloads a file of the right kind', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    await openFiles(page);
    const grab = async (testid) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
      const path = `${SHOTS}/export-${d.suggestedFilename()}`;
      await d.saveAs(path);
      return { name: d.suggestedFilename(), bytes: readFileSync(path) };
    };
    const lib = JSON.parse((await grab('export-library')).bytes);
    assert.equal(lib.format, 'peakend/library');
    const analysis = JSON.parse((await grab('export-analysis')).bytes);
    assert.equal(analysis.format, 'peakend/analysis');
    assert.equal(analysis.remembered, await scoreOf(page, 'score-remembered'));
    assert.match((await grab('export-mermaid')).bytes.toString(), /^journey\n/);
    const svg = await grab('export-svg');
    assert.match(svg.name, /\.svg$/);
    assert.match(svg.bytes.toString(), /<svg/);
    const png = await grab('export-png');
    assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a real PNG');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a share link opens read-only elsewhere; "make my own copy" adds it to the library', async () => {
  const app = await openApp();
  const { page, context } = app;
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const title = await page.inputValue('[data-testid="journey-title"]');
    const remembered = await scoreOf(page, 'score-remembered');
    await openFiles(page);
    await page.click('[data-testid="share-link"]');
    await page.waitForSelector('[data-testid="share-result"][data-copied="true"]');
    const link = await page.inputValue('[data-testid="share-link-text"]');
    assert.match(link, /#j1\./);
    assert.ok(link.length < 2000, `link of ${link.length} characters`);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the link is on the clipboard');
    assert.equal(await page.evaluate(() => location.href), link, 'and in the address');
    // The sender edits on: the address lets go of the old snapshot.
    await page.fill('[data-testid="journey-title"]', `${title} (v2)`);
    await page.waitForFunction(() => location.hash === '');
    await page.fill('[data-testid="journey-title"]', title);

    // A manager opens it in a browser with a library of its own: the receiver's page, a
    // small program of its own, not the workspace's.
    const other = await context.newPage();
    const fetched = [];
    other.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await other.goto(link);
    await other.waitForURL(/\/shared\.html/);
    await other.waitForSelector('[data-testid="shared-view"]');
    assert.match(new URL(other.url()).pathname, /\/shared\.html$/);
    assert.equal(new URL(other.url()).hash, new URL(link).hash, 'the link came along');
    assert.ok(fetched.some((f) => /\/shared-[0-9a-f]+_bg\.wasm$/.test(f)), fetched.join(' '));
    assert.ok(!fetched.some((f) => /\/peakend-[0-9a-f]+_bg\.wasm$/.test(f)), `the workspace is not downloaded: ${fetched.join(' ')}`);
    assert.equal(await other.innerText('[data-testid="shared-title"]'), title);
    assert.equal(await scoreOf(other, 'score-remembered'), remembered);
    assert.equal(await other.locator('[data-testid="table-touchpoint"]').count(), 9);
    assert.equal(await other.locator('[data-testid="shared-view"] input, [data-testid="shared-view"] canvas').count(), 0,
      'nothing to edit');
    await other.screenshot({ path: `${SHOTS}/files-shared-view.png`, fullPage: true });
    await other.click('[data-testid="make-copy"]');
    await other.waitForSelector('[data-testid="journey-title"]');
    assert.equal(await other.inputValue('[data-testid="journey-title"]'), title);
    assert.equal(await other.evaluate(() => location.hash), '', 'the fragment is gone');
    assert.equal((await libraryTitles(other)).length, 2, 'the copy joined the library');
    // A reload shows the workspace with the copy, not the shared view again.
    await other.waitForTimeout(500);
    await other.reload();
    await other.waitForSelector('[data-testid="journey-title"]');
    assert.equal((await libraryTitles(other)).length, 2);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a journey too big for a link says so and offers the file', async () => {
  const app = await openApp({ journey: bigJourney(400) });
  const { page } = app;
  try {
    await openFiles(page);
    await page.click('[data-testid="share-link"]');
    const warn = page.locator('[data-testid="share-too-long"]');
    await warn.waitFor();
    assert.match(await warn.innerText(), /send the journey as a file instead/);
    const [d] = await Promise.all([page.waitForEvent('download'), warn.locator('button').click()]);
    assert.match(d.suggestedFilename(), /\.json$/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a damaged link says so and leaves the library alone', async () => {
  const app = await openApp();
  const { page, context, server } = app;
  try {
    const library = await libraryTitles(page);
    const other = await context.newPage();
    const garbage = readFileSync(`${FIXTURES}/hostile/link_garbage.txt`, 'utf8').trim().split('#')[1];
    await other.goto(`${server.url}#${garbage}`);
    // The workspace's page sends a link on to the receiver's page before anything else.
    await other.waitForURL(/\/shared\.html/);
    const alert = other.locator('[data-testid="shared-error"]');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match(await alert.innerText(), /This share link cannot be opened: the link is damaged or incomplete/);
    await other.screenshot({ path: `${SHOTS}/files-shared-error.png` });
    // Back to the workspace: a navigation, waited for by what it shows.
    await other.click('[data-testid="go-to-my-journeys"]', { noWaitAfter: true });
    await other.waitForSelector('[data-testid="journey-title"]');
    assert.deepEqual(await libraryTitles(other), library);
    // A newer link format, in Dutch.
    await other.goto(`${server.url}?lang=nl#j9.AAAA`);
    await other.waitForURL(/\/shared\.html\?lang=nl/);
    await other.reload();
    await alert.waitFor();
    assert.match(await alert.innerText(), /nieuwere versie van Peakend/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the printed report is A4 landscape with the title, chart, scores and table', async () => {
  const app = await openApp();
  const { page } = app;
  try {
    const title = await page.inputValue('[data-testid="journey-title"]');
    // Printed at once: the picture for print is drawn when the page is idle, or when the
    // browser is about to print, whichever comes first.
    const path = `${SHOTS}/files-report.pdf`;
    await page.pdf({ path, format: 'A4', landscape: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    assert.ok(text.includes(title), 'the title is printed');
    assert.match(text, /Getting to know each oth…/, "the chart's picture is printed (its phase labels)");
    assert.match(text, /Remembered/);
    assert.match(text, /−5/, 'the remembered score is printed');
    assert.match(text, /What to fix first/);
    assert.match(text, /Touchpoints/);
    assert.doesNotMatch(text, /Import \/ export|Undo|Make a to-be scenario/, 'no buttons on paper');
    execFileSync('pdftoppm', ['-png', '-r', '60', path, `${SHOTS}/files-report`]);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())[1]);
    assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [path]).toString());
    assert.ok(Number(size[1]) > Number(size[2]), 'landscape');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the printed report speaks Dutch to a Dutch user', async () => {
  const app = await openApp({ path: '?lang=nl' });
  const { page } = app;
  try {
    await page.waitForSelector('[data-testid="chart-image"]', { state: 'attached' });
    const path = `${SHOTS}/files-report-nl.pdf`;
    await page.pdf({ path, format: 'A4', landscape: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    assert.match(text, /Herinnerd/);
    assert.match(text, /Wat eerst verbeteren/);
    assert.match(text, /Contactmoment/);
    assert.doesNotMatch(text, /Remembered|What to fix first/);
    execFileSync('pdftoppm', ['-png', '-r', '60', path, `${SHOTS}/files-report-nl`]);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
