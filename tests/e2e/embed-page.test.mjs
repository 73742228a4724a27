// End to end: the course embed's own page (embed.html, its own small program). It loads
// only its own wasm, never the workspace's; `?embed…` on the main page sends the visitor
// there with the query and fragment kept; the workspace's Embed dialog writes its
// address, and a shared `#j1.` link opens in it; it works offline once visited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { openFile, SHOTS, controlledCache, visit } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';
import { unzip } from './lib/unzip.mjs';
import { buildSingle } from '../../build/single.mjs';
import { buildScorm } from '../../build/scorm.mjs';

const onlyEmbedWasm = (wasm) => wasm.length > 0 && wasm.every((f) => /^embed-[0-9a-f]{1,16}_bg\.wasm$/.test(f));

test('the embed page loads only its own small wasm, is axe clean, and looks right at 1280 and 390 px', { timeout: 120_000 }, async () => {
  for (const [width, height] of [[1280, 800], [390, 844]]) {
    for (const lang of ['en', 'nl']) {
      const v = await visit({ viewport: { width, height } });
      try {
        await v.page.goto(`${v.server.url}embed.html?preset=colonoscopy-abrupt&lanes&lang=${lang}`);
        await v.page.waitForSelector('[data-testid="score-card"]');
        await v.page.waitForSelector('[data-testid="embed-ratings"]');
        assert.ok(onlyEmbedWasm(v.wasm), `only the embed's wasm: ${v.wasm.join(', ')}`);
        assert.equal(await v.page.getAttribute('html', 'lang'), lang);
        const title = await v.page.locator('[data-testid="embed-title"]').textContent();
        assert.match(title, lang === 'nl' ? /Coloscopie|coloscopie/ : /Colonoscopy/);
        assert.equal(await v.page.locator('[data-testid="touchpoint-list"], [data-testid="library"]').count(), 0, 'no workspace');
        assert.deepEqual(await axeViolations(v.page), [], `axe-core at ${width} px, ${lang}`);
        const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert.ok(overflow <= 0, `nothing wider than the screen at ${width} px: ${overflow}`);
        await v.page.screenshot({ path: `${SHOTS}/embed-page-${width}-${lang}.png`, fullPage: true });
        assert.deepEqual(v.problems, []);
      } finally {
        await v.close();
      }
    }
  }
});

test('?embed on the main page goes to embed.html with the query and fragment kept, without the workspace', { timeout: 90_000 }, async () => {
  const v = await visit();
  try {
    await v.page.goto(`${v.server.url}?embed&preset=colonoscopy-gentle&static&lang=nl#top`);
    await v.page.waitForSelector('[data-testid="score-card"]');
    const url = new URL(v.page.url());
    assert.equal(url.pathname, '/embed.html');
    assert.equal(url.search, '?embed&preset=colonoscopy-gentle&static&lang=nl');
    assert.equal(url.hash, '#top');
    assert.match(await v.page.locator('[data-testid="embed-title"]').textContent(), /zacht|Coloscopie/i);
    assert.equal(await v.page.locator('[data-testid="embed-view"] input').count(), 0, 'static kept');
    assert.ok(onlyEmbedWasm(v.wasm), `the workspace's wasm is never fetched: ${v.wasm.join(', ')}`);
    // The workspace without ?embed is still the workspace.
    await v.page.goto(`${v.server.url}?lang=en`);
    await v.page.waitForSelector('[data-testid="embed-dialog-open"]');
    assert.equal(new URL(v.page.url()).pathname, '/');
    assert.deepEqual(v.problems, []);
  } finally {
    await v.close();
  }
});

test('the Embed dialog writes embed.html, and a shared #j1. link opens in the embed (directly and through ?embed)', { timeout: 90_000 }, async () => {
  const v = await visit();
  try {
    await v.page.goto(`${v.server.url}?lang=en`);
    // A note of the team's own: a course page is public, so the embed's link leaves it out.
    await v.page.locator('[data-testid="touchpoint-details-toggle"]').first().click();
    await v.page.fill('[data-testid="touchpoint-notes"]', 'Ask Fatima about the refund');
    await v.page.click('[data-testid="embed-dialog-open"]');
    const code = await v.page.locator('[data-testid="embed-snippet"]').inputValue();
    const src = code.match(/src="([^"]+)"/)[1];
    const link = new URL(src);
    assert.equal(link.pathname, '/embed.html', src);
    assert.match(link.hash, /^#j1\.[A-Za-z0-9_-]+$/);
    const carried = inflateRawSync(Buffer.from(link.hash.slice('#j1.'.length), 'base64url')).toString();
    assert.match(carried, /"title": "Fifteen years with my telecom provider"/);
    assert.doesNotMatch(carried, /Fatima|"notes"/, 'the note stays out of the embed link');
    const title = 'Fifteen years with my telecom provider';
    const preview = v.page.frameLocator('[data-testid="embed-preview"]');
    await preview.locator('[data-testid="embed-title"]').filter({ hasText: title }).waitFor();

    for (const address of [src, `${v.server.url}?embed&lang=en${link.hash}`]) {
      const other = await v.context.newPage();
      await other.goto(address);
      await other.locator('[data-testid="embed-title"]').filter({ hasText: title }).waitFor();
      assert.equal(new URL(other.url()).pathname, '/embed.html');
      assert.equal(new URL(other.url()).hash, link.hash, 'the link is kept');
      await other.close();
    }
    // A damaged link is explained, not replaced by a preset.
    const damaged = await v.context.newPage();
    await damaged.goto(`${v.server.url}embed.html#j1.AAAA`);
    await damaged.waitForSelector('[data-testid="embed-error"]');
    assert.deepEqual(await axeViolations(damaged), []);
    await damaged.close();
    assert.deepEqual(v.problems, []);
  } finally {
    await v.close();
  }
});

test('the embed page works offline once visited, without precaching the workspace', { timeout: 90_000 }, async () => {
  const v = await visit();
  try {
    const address = `${v.server.url}embed.html?preset=colonoscopy-abrupt`;
    await v.page.goto(address);
    await v.page.waitForSelector('[data-testid="score-card"]');
    const cached = await controlledCache(v.page);
    assert.ok(cached.some((f) => /^embed-[0-9a-f]{1,16}_bg\.wasm$/.test(f)), `the embed is cached: ${cached}`);
    assert.ok(!cached.some((f) => /^peakend-[0-9a-f]{1,16}_bg\.wasm$/.test(f)), `the workspace is not: ${cached}`);
    await v.context.setOffline(true);
    await v.page.reload();
    await v.page.waitForSelector('[data-testid="score-card"]');
    assert.match(await v.page.locator('[data-testid="embed-title"]').textContent(), /Colonoscopy/);
    assert.ok(onlyEmbedWasm(v.wasm), v.wasm.join(', '));
  } finally {
    await v.close();
  }
});

test('the single file and SCORM package build from the embed too, far smaller, and run from disk', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'peakend-single-embed-'));
  try {
    const embedHtml = buildSingle('dist', { embed: true });
    const workspaceHtml = buildSingle('dist');
    assert.ok(embedHtml.length * 2 < workspaceHtml.length, `embed ${embedHtml.length} vs workspace ${workspaceHtml.length} bytes`);
    assert.doesNotMatch(embedHtml, /indexedDB\.open/, 'the embed opens no library');
    const file = join(dir, 'peakend-embed.html');
    writeFileSync(file, embedHtml);
    const app = await openFile(file);
    try {
      await app.page.waitForSelector('[data-testid="embed-ratings"]');
      assert.equal(await app.page.locator('[data-testid="embed-dialog-open"]').count(), 0, 'no workspace');
      assert.match(await app.page.locator('[data-testid="embed-title"]').textContent(), /\S/);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
    const files = unzip(buildScorm('dist', { embed: true }));
    const manifest = files.get('imsmanifest.xml').toString('utf8');
    assert.match(manifest, /identifier="peakend-embed-scorm12"/);
    assert.equal(files.get('index.html').toString('utf8'), buildSingle('dist', { embed: true, scorm: true }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
