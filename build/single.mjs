// `make single`: one self-contained HTML file built from the release build in dist/.
//
// The stylesheet, the icon, wasm-bindgen's JS glue and the wasm (gzip-compressed,
// base64-encoded, unpacked in the browser with DecompressionStream) all go inline, so the
// file runs opened straight from disk (file://), as an e-mail attachment, or uploaded into
// an LMS. Its Content-Security-Policy allows nothing from anywhere: the one inline script
// and the one inline style are allowed by their sha256 hashes, computed here. There is no
// service worker (a file has no origin to register one for).
//
// `make single` builds it from the workspace as one program (target/dist-one: its panels
// inside, so the file carries yew once). Built from dist/ instead, the panels program
// (src/bin/panels.rs) goes inline as well: its glue inside a function and its wasm
// (gzip + base64), unpacked the first time a panel is opened.
//
// The survey worker goes inline too: its glue and its wasm (gzip + base64) make a script
// that the boot code turns into a Blob URL and puts in the page's
// <meta name="peakend-survey-worker"> (where the hosted page names its loader), so the
// program starts it the same way. Nothing is decoded until a survey is opened: the
// worker unpacks its own wasm. The policy allows workers from blob: only.
//
// Usage: node build/single.mjs [dist] [out.html] [--scorm] [--embed]
// With --scorm the page also reports to a SCORM 1.2 LMS (see SCORM_SHIM below). With
// --embed it is built from the course embed's page (dist/embed.html, its small program:
// the chart, scores, lanes and presets, no workspace) instead of the workspace's.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PREFETCH } from './prefetch.mjs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Finds exactly one match of `re` in `html`, or fails with a message naming `what`. */
function one(html, re, what) {
  const all = [...html.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))];
  if (all.length !== 1) throw new Error(`expected one ${what} in dist/index.html, found ${all.length}: has trunk's output changed?`);
  return all[0];
}

/**
 * wasm-bindgen's glue is an ES module: `export { initSync, __wbg_init as default };` at
 * the end. Inline, nothing imports it, so the exports become plain local names and the
 * name behind `default` is returned for the boot code to call.
 */
export function adaptGlue(glue) {
  let init = null;
  const exports = [...glue.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)].map((m) => m[1]);
  const code = glue
    .replace(/^export\s*\{([^}]*)\};?\s*$/m, (_, names) => {
      for (const part of names.split(',')) {
        const m = part.trim().match(/^(\w+)\s+as\s+default$/);
        if (m) init = m[1];
      }
      return '';
    })
    .replace(/^export\s+(?=(async\s+)?(function|class|const|let|var)\b)/gm, '');
  if (!init) throw new Error('the wasm-bindgen glue has no default export (its init function)');
  if (/^\s*(export|import)\b/m.test(code)) throw new Error('the glue still has an import or export');
  // Only reached when init gets no module: we always pass the bytes. The page's URL is the
  // closest meaning `import.meta.url` has in an inline script.
  return { code: code.replaceAll('import.meta.url', 'document.baseURI'), init, exports };
}

/**
 * The workspace's panels program (src/bin/panels.rs) inline: its glue inside a function,
 * so its names stay its own, started from its wasm (gzip + base64) the first time the
 * workspace asks for it through `globalThis.peakendPanels()`, as on the hosted page.
 */
export function panelsCode(glueText, wasmGzBase64) {
  const { code, init, exports } = adaptGlue(glueText);
  for (const name of ['mount', 'update', 'unmount']) {
    if (!exports.includes(name)) throw new Error(`the panels glue does not export ${name}`);
  }
  return `
// --- The panels program (the workspace's rarely opened panels, src/bin/panels.rs): unpacked
// and started the first time a panel is opened.
{
  let loading = null;
  const start = async () => {
${code}
    await ${init}({ module_or_path: await unpackGzipBase64(${JSON.stringify(wasmGzBase64)}) });
    return { ${exports.join(', ')} };
  };
  globalThis.peakendPanels = () => (loading ??= start().catch((err) => {
    loading = null;
    throw err;
  }));
}
`;
}

/**
 * SCORM 1.2 runtime, the minimum an LMS expects of a SCO: find the LMS's `API` object in a
 * parent (or opener) window, LMSInitialize, mark the lesson completed (the page is a tool
 * to explore, with no test to pass), and LMSFinish when the page goes away. No journey
 * data is ever sent. Outside an LMS it finds no API and does nothing.
 */
const SCORM_SHIM = `
// An LMS whose API misbehaves must not stop the app from starting.
try {
  const findApi = (start) => {
    for (let w = start, i = 0; w && i < 12; i += 1) {
      try { if (w.API) return w.API; } catch (_) { /* another origin */ }
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  };
  let api = null;
  try { api = findApi(window.parent !== window ? window.parent : null) ?? findApi(window.opener); } catch (_) { api = null; }
  if (api && String(api.LMSInitialize('')) === 'true') {
    const status = String(api.LMSGetValue('cmi.core.lesson_status'));
    if (status === 'not attempted' || status === '' || status === 'incomplete') {
      api.LMSSetValue('cmi.core.lesson_status', 'completed');
    }
    api.LMSCommit('');
    let finished = false;
    const finish = () => { if (!finished) { finished = true; api.LMSFinish(''); } };
    addEventListener('pagehide', finish);
    addEventListener('beforeunload', finish);
  }
} catch (err) {
  console.warn('Peakend: the LMS (SCORM 1.2) API failed', err);
}
`;

/**
 * The survey worker as one classic script: wasm-bindgen's no-modules glue (it defines
 * `wasm_bindgen`), then its wasm, gzip + base64, unpacked in the worker and started.
 * Messages that arrive before it listens are queued by the page (it waits for "ready").
 */
export function workerCode(glue, wasmGzBase64) {
  return `${glue}
(async () => {
  const text = atob("${wasmGzBase64}");
  const gz = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) gz[i] = text.charCodeAt(i);
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
  await wasm_bindgen({ module_or_path: new Uint8Array(await new Response(stream).arrayBuffer()) });
})();
`;
}

/** Boot code that names a Blob URL of the worker in the page's survey-worker meta. */
function workerBoot(code) {
  return `
// --- The survey worker, started by the program from this Blob URL when a survey is opened.
{
  const meta = document.querySelector('meta[name="peakend-survey-worker"]');
  if (meta) meta.content = URL.createObjectURL(new Blob([${JSON.stringify(code)}], { type: 'text/javascript' }));
}
`;
}

function bootCode({ glue, init, wasmGzBase64, scorm, worker, prefetch, panels }) {
  return `${glue}
${prefetch ? PREFETCH : ''}
${worker ? workerBoot(worker) : ''}
// --- Peakend single file: the wasm below is gzip + base64; unpacked here, no request made.
${scorm ? SCORM_SHIM : ''}
async function unpackGzipBase64(base64) {
  const text = atob(base64);
  const gz = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) gz[i] = text.charCodeAt(i);
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
${panels ?? ''}
try {
  const wasm = await ${init}({ module_or_path: await unpackGzipBase64("${wasmGzBase64}") });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (err) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = 'Peakend cannot start in this browser (it needs WebAssembly and DecompressionStream). '
    + 'Peakend kan niet starten in deze browser (WebAssembly en DecompressionStream zijn nodig).';
  document.body.append(p);
  throw err;
}
`;
}

/** The page a single file is built from: the workspace's, or the course embed's. */
export const pageFile = (embed) => (embed ? 'embed.html' : 'index.html');

/**
 * Builds the single page from a trunk release build in `dist` (with `embed`, from its
 * course embed page); returns the HTML text.
 */
export function buildSingle(dist = 'dist', { scorm = false, embed = false } = {}) {
  let html = readFileSync(join(dist, pageFile(embed)), 'utf8');
  const read = (href) => readFileSync(join(dist, href.replace(/^\.\//, '')));

  // Every stylesheet, in the page's order, as one <style>.
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g)];
  if (sheets.length === 0) throw new Error(`${pageFile(embed)}: no stylesheet`);
  const css = sheets.map((m) => read(m[1]).toString('utf8').trim()).join('\n');
  const iconTag = one(html, /<link rel="icon" href="([^"]+)"[^>]*>/, 'icon');
  const glueTag = one(html, /<link rel="modulepreload" href="([^"]+\.js)"[^>]*>/, 'glue preload');
  const wasmTag = one(html, /<link rel="preload" href="([^"]+\.wasm)"[^>]*>/, 'wasm preload');
  const { code: glue, init } = adaptGlue(read(glueTag[1]).toString('utf8'));
  const wasmGzBase64 = gzipSync(read(wasmTag[1]), { level: 9 }).toString('base64');
  const workerMeta = html.match(/<meta name="peakend-survey-worker" content="\.\/([^"]+)" \/>/);
  let worker = null;
  if (workerMeta) {
    const loader = read(workerMeta[1]).toString('utf8');
    const m = loader.match(/^importScripts\("\.\/([^"]+\.js)"\);wasm_bindgen\(\{ module_or_path: "\.\/([^"]+\.wasm)" \}\);\s*$/);
    if (!m) throw new Error(`the survey worker's loader is not the one build/postbuild.mjs writes: ${loader}`);
    worker = workerCode(read(m[1]).toString('utf8'), gzipSync(read(m[2]), { level: 9 }).toString('base64'));
  }
  // The workspace's panels program, when the build has one (`make single` builds from the
  // workspace as one program, panels inside: target/dist-one; the embed has none).
  let panels = null;
  if (!embed) {
    const files = readdirSync(dist);
    const glueFile = files.filter((f) => /^panels-[0-9a-f]{1,16}\.js$/.test(f));
    const wasmFile = files.filter((f) => /^panels-[0-9a-f]{1,16}_bg\.wasm$/.test(f));
    if (glueFile.length !== wasmFile.length || glueFile.length > 1) throw new Error(`${dist}: expected at most one panels program, found ${glueFile.length} glue and ${wasmFile.length} wasm files`);
    if (glueFile.length === 1) {
      panels = panelsCode(read(glueFile[0]).toString('utf8'), gzipSync(read(wasmFile[0]), { level: 9 }).toString('base64'));
    }
  }
  // The embed opens no library (it writes nothing unless its address says `save`).
  const script = bootCode({ glue, init, wasmGzBase64, scorm, worker, prefetch: !embed, panels });
  if (/<\/script|<!--/i.test(script) || /<\/style/i.test(css)) {
    throw new Error('inline code contains "</script", "<!--" or "</style": it would end its element early');
  }

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    // The survey worker, from the Blob URL the boot code makes (it inherits this policy).
    ...(worker ? ['worker-src blob:'] : []),
    `style-src ${sha256(css)}`,
    'img-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const icon = `data:image/svg+xml;base64,${read(iconTag[1]).toString('base64')}`;
  html = html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${csp}" />`)
    .replace(iconTag[0], () => `<link rel="icon" href="${icon}" />`)
    .replace(glueTag[0], '')
    .replace(wasmTag[0], '')
    .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${css}</style>`)
    .replace(/\s*<link rel="stylesheet"[^>]*>/g, '')
    .replace(/<meta name="peakend-survey-worker" content="[^"]*" \/>/, '<meta name="peakend-survey-worker" content="" />')
    .replace(/<script\b[^>]*\bsrc=[^>]*><\/script>\s*/g, '')
    // The page's inline prefetch: the boot code below carries its own copy.
    .replace(/<script>[\s\S]*?<\/script>\s*/g, '')
    .replace('</head>', () => `<script type="module">${script}</script>\n</head>`);
  if (!html.includes('Content-Security-Policy')) throw new Error('dist/index.html has no CSP meta to replace');
  if (/\b(src|href)="\.?\/?[^"#:]+"/.test(html)) throw new Error('the single file still refers to a file');
  return html;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const scorm = args.includes('--scorm');
  const embed = args.includes('--embed');
  const [dist = 'dist', out = embed ? 'dist-single/peakend-embed.html' : 'dist-single/peakend.html'] = args.filter((a) => !a.startsWith('--'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, buildSingle(dist, { scorm, embed }));
  console.log(`single: wrote ${out}`);
}
