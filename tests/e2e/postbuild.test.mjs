// The post-build hook on trunk-shaped pages it has not seen in the release build: the
// `trunk serve` page (a classic inline autoreload script beside the module loader), and a
// page it must refuse (an inline event handler the CSP would block).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postbuild, PAGE_CSP, PREFETCH_SCRIPT } from '../../build/postbuild.mjs';

const page = (extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8" />
<title>t</title><link rel="stylesheet" href="./style-0123456789abcdef.css" integrity="sha384-x"/>
<script type="module">
import init, * as bindings from './app-0123456789abcdef.js';
const wasm = await init({ module_or_path: './app-0123456789abcdef_bg.wasm' });
</script>
<script>"use strict"; (function () { const ws = new WebSocket('ws://127.0.0.1:8080/'); })();</script>
</head><body${extra}></body></html>`;

function site(html) {
  const dir = mkdtempSync(join(tmpdir(), 'peakend-postbuild-'));
  writeFileSync(join(dir, 'index.html'), html);
  for (const f of ['style-0123456789abcdef.css', 'app-0123456789abcdef.js', 'app-0123456789abcdef_bg.wasm']) {
    writeFileSync(join(dir, f), f);
  }
  return dir;
}

test('postbuild moves every inline script out, sets the CSP and lists the build in sw.js', () => {
  const dir = site(page());
  try {
    postbuild(dir);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" />`));
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'), 'the policy comes first');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.deepEqual(inline, [PREFETCH_SCRIPT], 'the one inline script left is the library prefetch');
    const boots = readdirSync(dir).filter((f) => /^boot-[0-9a-f]{16}\.js$/.test(f));
    assert.equal(boots.length, 2);
    const loader = boots.find((f) => readFileSync(join(dir, f), 'utf8').includes('await init('));
    const reload = boots.find((f) => f !== loader);
    assert.match(html, new RegExp(`<script type="module" src="\\./${loader}" integrity="sha384-[^"]+"></script>`));
    assert.match(html, new RegExp(`<script src="\\./${reload}" integrity="sha384-[^"]+"></script>`), 'a classic script stays classic');
    assert.match(readFileSync(join(dir, loader), 'utf8'), /serviceWorker\.register/);
    assert.doesNotMatch(readFileSync(join(dir, reload), 'utf8'), /serviceWorker/);

    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const files = JSON.parse(sw.match(/const FILES = (\[[\s\S]*?\]);/)[1]);
    assert.deepEqual(files, readdirSync(dir).filter((f) => f !== 'sw.js').sort().map((f) => `./${f}`));
    assert.match(sw, /const CACHE = "peakend-[0-9a-f]{16}"/);
    assert.throws(() => postbuild(dir), /ran twice/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('postbuild refuses a page with an inline event handler', () => {
  const dir = site(page(' onload="go()"'));
  try {
    assert.throws(() => postbuild(dir), /inline event handler/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('postbuild hashes the survey worker, names its loader in the page, and keeps it out of the precache', () => {
  const dir = site(page());
  writeFileSync(join(dir, 'survey_worker_loader.js'), 'importScripts("./survey_worker.js");wasm_bindgen("./survey_worker_bg.wasm");');
  writeFileSync(join(dir, 'survey_worker.js'), 'let wasm_bindgen = (function () {})();');
  writeFileSync(join(dir, 'survey_worker_bg.wasm'), 'wasm bytes');
  try {
    postbuild(dir);
    const files = readdirSync(dir);
    assert.equal(files.filter((f) => f.startsWith('survey_worker')).length, 3);
    for (const f of ['survey_worker.js', 'survey_worker_bg.wasm', 'survey_worker_loader.js']) {
      assert.ok(!files.includes(f), `${f} renamed`);
    }
    const loader = files.find((f) => /^survey_worker_loader-[0-9a-f]{1,16}\.js$/.test(f));
    const glue = files.find((f) => /^survey_worker-[0-9a-f]{1,16}\.js$/.test(f));
    const wasm = files.find((f) => /^survey_worker-[0-9a-f]{1,16}_bg\.wasm$/.test(f));
    assert.ok(loader && glue && wasm);
    assert.equal(readFileSync(join(dir, loader), 'utf8'), `importScripts("./${glue}");wasm_bindgen({ module_or_path: "./${wasm}" });\n`);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.ok(html.includes(`<meta name="peakend-survey-worker" content="./${loader}" />`));
    assert.doesNotMatch(html, /survey_worker-/, 'the page does not preload the worker');
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const precached = JSON.parse(sw.match(/const FILES = (\[[\s\S]*?\]);/)[1]);
    const lazy = JSON.parse(sw.match(/const LAZY = (\[[\s\S]*?\]);/)[1]);
    assert.ok(precached.every((f) => !f.includes('survey_worker')), 'not precached');
    assert.deepEqual(lazy, [`./${glue}`, `./${wasm}`, `./${loader}`].sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('postbuild refuses a survey worker build with a file missing', () => {
  const dir = site(page());
  writeFileSync(join(dir, 'survey_worker.js'), 'x');
  try {
    assert.throws(() => postbuild(dir), /survey worker: expected/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('postbuild takes in the panels program and its styles: copied, loaded only when asked for, precached', () => {
  const dir = site(page());
  const panelsDir = mkdtempSync(join(tmpdir(), 'peakend-panels-'));
  const glue = 'panels-00112233445566ff.js';
  const wasm = 'panels-00112233445566ff_bg.wasm';
  writeFileSync(join(panelsDir, glue), 'export function mount() {}');
  writeFileSync(join(panelsDir, wasm), 'wasm bytes');
  try {
    postbuild(dir, { panelsDir });
    const files = readdirSync(dir);
    assert.ok(files.includes(glue) && files.includes(wasm), 'both files copied in');
    const css = files.find((f) => /^panels-[0-9a-f]{16}\.css$/.test(f));
    assert.ok(css, 'www/panels.css copied in, content-hashed');
    assert.match(readFileSync(join(dir, css), 'utf8'), /\.survey-card/, 'the panels\' rules are in it');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /panels-/, 'the page names neither: a first visit does not fetch them');
    const loader = files.filter((f) => /^boot-/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8'))
      .find((code) => code.includes('await init('));
    assert.ok(loader.includes(`import('./${glue}')`), 'the boot script imports the glue on demand');
    assert.ok(loader.includes(`new URL('./${wasm}', import.meta.url)`));
    assert.match(loader, /globalThis\.peakendPanels = /);
    assert.ok(loader.includes(`new URL('./${css}', import.meta.url)`), 'the boot script links the styles on demand');
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const precached = JSON.parse(sw.match(/const FILES = (\[[\s\S]*?\]);/)[1]);
    assert.ok([glue, wasm, css].every((f) => precached.includes(`./${f}`)), 'cached for offline use');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(panelsDir, { recursive: true, force: true });
  }
});

test('postbuild on the panels build keeps only its two files, and refuses a build without them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peakend-panels-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    assert.throws(() => postbuild(dir, { page: 'panels' }), /expected one panels-<hash>\.js/);
    writeFileSync(join(dir, 'panels-0123456789abcdef.js'), 'glue');
    writeFileSync(join(dir, 'panels-0123456789abcdef_bg.wasm'), 'wasm');
    postbuild(dir, { page: 'panels' });
    assert.deepEqual(readdirSync(dir).sort(), ['panels-0123456789abcdef.js', 'panels-0123456789abcdef_bg.wasm']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
