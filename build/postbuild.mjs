// Trunk post_build hook: makes the built page run under a strict Content-Security-Policy
// and work offline after the first visit.
//
// Trunk writes its loader as an inline <script type="module"> into index.html. A CSP
// without 'unsafe-inline' forbids that, so this hook:
//   1. moves every inline script into a content-hashed file (boot-<hash>.js), loaded by
//      `src` with the same type and an integrity hash like trunk's other assets;
//   2. appends the service-worker registration to the module boot script;
//   3. writes the CSP as a <meta http-equiv> at the top of <head>, followed by the one
//      inline script it allows by hash: opening the library early (build/prefetch.mjs);
//   4. gives the survey worker's files (trunk names them after the bin, unhashed) content
//      hashes, and names its loader in a <meta name="peakend-survey-worker"> for the page
//      (src/web/survey/bridge.rs), which starts it only when a survey is opened;
//   5. writes sw.js, which precaches exactly this build's files under a cache named after
//      a hash of the whole build, except the survey worker's: those are cached the first
//      time they are fetched, so the first visit downloads nothing more, and a survey
//      opened once can be opened offline.
//
// The workspace's rarely opened panels (stories, plan, interviews, group round, embed
// dialog, survey, files, settings, phases, a touchpoint's Details, presentation mode)
// are a program of their own (src/bin/panels.rs), built by trunk from panels.html into
// target/dist-panels. Run on that build, this hook keeps only its two files (the glue and
// the wasm). Run on the main page, it copies them in and puts at the top of the page's
// boot script `globalThis.peakendPanels()`, which imports them the first time a panel opens
// (src/web/panels.rs); sw.js precaches them, so a panel opens offline too.
//
// The course embed is a page of its own (embed.html, its own small wasm: src/bin/embed.rs).
// `make build` builds it first (`trunk build embed.html --dist target/dist-embed`); this
// hook, run on that build (TRUNK_HTML_FILE ends in embed.html), does 1-3 for it and names
// the page embed.html. Run on the main page, it then copies that build's files into the
// main one, so sw.js knows both pages: a visit to the embed precaches only the embed's
// files, a visit to the workspace only the workspace's; the rest is cached on first use.
// The main page's inline script also sends `?embed…` on to embed.html (REDIRECT below).
//
// The receiver's page of a share link is built the same way (shared.html, its own small
// wasm: src/bin/shared.rs, into target/dist-shared): the main page's inline script sends
// an address with a journey in its fragment (`#j1.…`) there, unless it asks for a copy
// (`?copy`, which the workspace itself opens).
//
// Trunk runs it with TRUNK_STAGING_DIR set (the folder about to become dist/); it can
// also be run by hand on a built folder: `node build/postbuild.mjs dist`.
// It must never add a request to another origin, nor an inline script or style.

import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { PREFETCH } from './prefetch.mjs';

/** The page's policy: own files only, wasm compilation allowed, images also from data:/blob: (exports). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * `?embed` on the main page: the course embed has its own small page now, so send the
 * visitor there with the same query and fragment, before the workspace's program is
 * fetched. Only over http(s): the single file (file://, an LMS) has no embed.html beside
 * it, and its program still shows `?embed` itself. The rest of the page is cut off (an
 * unclosed comment), so the parser never reaches the workspace's loader.
 */
export const REDIRECT = `
// ?embed: the course embed's own page; a journey in the fragment (a share link), unless
// it is to be copied: the receiver's page (see build/postbuild.mjs).
if (/^https?:$/.test(location.protocol)) {
  const side = /[?&]embed(&|=|$)/i.test(location.search) ? 'embed.html'
    : location.hash.replace(/^#/, '').trim() !== '' && !/[?&]copy(&|=|$)/i.test(location.search) ? 'shared.html'
    : null;
  if (side) {
    location.replace(side + location.search + location.hash);
    document.write('<!--');
  }
}
`;

/** The one inline script of the page (the redirects, then the library prefetch), and
 * the policy that allows it by its hash. */
export const PREFETCH_SCRIPT = (REDIRECT.trim() + '\n' + PREFETCH.trim());
export const PAGE_CSP = CSP.replace(
  "script-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(PREFETCH_SCRIPT).digest('base64')}'`,
);

const SW_FILE = 'sw.js';
/** The panels program's page (trunk's input) and where `make build` builds it. */
export const PANELS_PAGE = 'panels.html';
const PANELS_DIST = 'target/dist-panels';
const isPanelsFile = (f) => /^panels-[0-9a-f]{1,16}(\.js|_bg\.wasm)$/.test(f);

/** The panels program's glue and wasm in `dir`, by trunk's hashed names. */
function panelsFiles(dir) {
  const files = readdirSync(dir).filter(isPanelsFile);
  const glue = files.filter((f) => f.endsWith('.js'));
  const wasm = files.filter((f) => f.endsWith('_bg.wasm'));
  if (glue.length !== 1 || wasm.length !== 1) {
    throw new Error(`${dir}: expected one panels-<hash>.js and one panels-<hash>_bg.wasm, found ${files.join(', ') || 'none'}`);
  }
  return { glue: glue[0], wasm: wasm[0] };
}

/** Boot code: imports the panels program once, when the workspace first asks for it, with
 * its stylesheet (`css`), which the first screen does without. */
export const panelsLoader = ({ glue, wasm, css }) => `
// The workspace's rarely opened panels (src/bin/panels.rs): their own program, imported
// the first time one is opened (src/web/panels.rs), with their styles (www/panels.css);
// the panel shows once both are there. A failed fetch is tried again next time.
{
  let loading = null;
  let styled = null;
  const styles = () => (styled ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('./${css}', import.meta.url).href;
    link.onload = resolve;
    link.onerror = () => {
      link.remove();
      styled = null;
      reject(new Error("the panels' styles did not load"));
    };
    document.head.append(link);
  }));
  globalThis.peakendPanels = () => (loading ??= Promise.all([import('./${glue}'), styles()])
    .then(async ([m]) => {
      await m.default({ module_or_path: new URL('./${wasm}', import.meta.url) });
      return m;
    })
    .catch((err) => {
      loading = null;
      throw err;
    }));
}
`;
/** The embed's page, and where `make build` builds it before the main page. */
export const EMBED_PAGE = 'embed.html';
/** The pages beside the workspace, each its own small program: the name the service
 * worker is registered with (`sw.js?for=…`), the page, where `make build` builds it (and
 * the variable that says otherwise), and whether the workspace's visit precaches it too.
 * A share link's page is: a consultant without wifi in a workshop can still open a link
 * someone sent. The course embed's is not: it is for course pages, not for the workspace's
 * users. */
export const SIDE_PAGES = [
  { name: 'embed', page: EMBED_PAGE, dist: 'target/dist-embed', env: 'PEAKEND_EMBED_DIST', precache: false },
  { name: 'shared', page: 'shared.html', dist: 'target/dist-shared', env: 'PEAKEND_SHARED_DIST', precache: true },
];
const sidePage = (name) => SIDE_PAGES.find((p) => p.name === name);

/** Trunk's names for the survey worker (data-bin="survey_worker" data-loader-shim). */
const WORKER = { loader: 'survey_worker_loader.js', glue: 'survey_worker.js', wasm: 'survey_worker_bg.wasm' };
export const WORKER_META = 'peakend-survey-worker';
/** The hashed worker files: fetched on first use only. */
const isWorkerFile = (f) => /^survey_worker(_loader)?-[0-9a-f]{1,16}(\.js|_bg\.wasm)$/.test(f);

/** Same shape as trunk's names: 16 hex digits of a content hash. */
const shortHash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

/**
 * Registers sw.js next to this boot file, only where a service worker can and may run. A
 * page beside the workspace registers its own worker (`sw.js?for=…`) in a registration of
 * its own, scoped to its page alone. Sharing the workspace's registration would swap that
 * registration's script at every step between the pages, and Chromium can hold a
 * navigation that starts during such a swap for good (a click on "Go to my journeys" just
 * after the link page opened never arrived).
 */
const registerSw = (side) => {
  const script = `new URL('./${SW_FILE}${side ? `?for=${side}` : ''}', import.meta.url)`;
  const options = side ? `, { scope: new URL('./${sidePage(side).page}', import.meta.url) }` : '';
  return `
// Offline support: register the service worker written by build/postbuild.mjs. Only over
// http(s); never from file://, and quietly not where service workers are missing or
// forbidden (a sandboxed iframe throws on the mere access). Not while offline: the worker
// serving this page offline stays, and its script could not be fetched anyway.
try {
  if (/^https?:$/.test(location.protocol) && navigator.serviceWorker && navigator.onLine !== false) {
    navigator.serviceWorker.register(${script}${options}).catch(() => {});
  }
} catch (_) {
  // No service worker: the app still works online.
}
`;
};

function swSource(cacheName, files, lazy, side) {
  return `// Generated by build/postbuild.mjs for one build; do not edit.
// Precaches exactly this build's files. The page itself (any navigation in scope) is
// fetched network-first so a new deploy is picked up at once, falling back to the cached
// copy when offline; the content-hashed files are served cache-first, since a name never
// changes content. The LAZY files (the survey worker) are not precached: they are cached
// the first time the page fetches them. Caches of older builds are deleted on activation.
// Registered by a page beside the workspace (sw.js?for=embed: the course embed; for=shared:
// the receiver's page of a share link), in a registration scoped to that page alone, it
// precaches that page's SIDE files instead (the page and its small program), and the
// workspace's only on use. Every worker of one build shares one cache.
'use strict';
const CACHE = ${JSON.stringify(cacheName)};
const PREFIX = 'peakend-';
const PAGE = './index.html';
const FILES = ${JSON.stringify(files, null, 2)};
const LAZY = ${JSON.stringify(lazy, null, 2)};
// Each page beside the workspace (in this build): its address and its files.
const SIDE = ${JSON.stringify(side, null, 2)};
// After this long without an answer the cached page is served (slow or captive networks).
const PAGE_TIMEOUT_MS = 4000;

// The app's folder (where sw.js is). Not the registration's scope: a page beside the
// workspace registers with its own page as the scope.
const BASE = new URL('./', self.location.href).href;
const url = (f) => new URL(f, BASE).href;
const FOR = SIDE[new URL(self.location.href).searchParams.get('for')] ?? null;
const PRECACHE = FOR ? FOR.files : FILES;
const SIDE_FILES = Object.values(SIDE).flatMap((s) => s.files);
const PAGES = new Set([PAGE, ...Object.values(SIDE).map((s) => s.page)].map(url));
const HASHED = new Set(PRECACHE.map(url).filter((u) => !PAGES.has(u)));
const ON_USE = new Set([...LAZY, ...FILES, ...SIDE_FILES].map(url).filter((u) => !PAGES.has(u) && !HASHED.has(u)));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The cache is this build's: a file already in it (the other page cached it) is the
    // same file. 'reload' bypasses the HTTP cache, so the cache holds exactly what the
    // server has now.
    const missing = [];
    for (const f of PRECACHE) if (!(await cache.match(url(f)))) missing.push(f);
    await cache.addAll(missing.map((f) => new Request(url(f), { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

async function page(request, which) {
  const cache = await caches.open(CACHE);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PAGE_TIMEOUT_MS);
  try {
    const response = await fetch(request, { signal: controller.signal });
    if (response.ok && request.url === url(which)) {
      await cache.put(url(which), response.clone());
    }
    return response;
  } catch (err) {
    const cached = await cache.match(url(which));
    if (cached) return cached;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

async function hashed(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached ?? fetch(request);
}

async function onUse(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

// Which of the app's pages an address is, with any query (?embed, ?lang=nl) or fragment
// (#journey): the workspace's, one beside it (when this build has it), or neither (null).
const pageOf = (href) => {
  const u = new URL(href);
  u.search = '';
  u.hash = '';
  if (u.href === BASE || u.href === url(PAGE)) return PAGE;
  return Object.values(SIDE).map((s) => s.page).find((p) => u.href === url(p)) ?? null;
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const which = request.mode === 'navigate' ? pageOf(request.url) : null;
  if (which) {
    event.respondWith(page(request, which));
  } else if (HASHED.has(request.url.split('#')[0])) {
    event.respondWith(hashed(request));
  } else if (ON_USE.has(request.url.split('#')[0])) {
    event.respondWith(onUse(request));
  }
  // Anything else goes to the network untouched.
});
`;
}

/**
 * Post-processes one trunk build in `dir`. `page: 'embed'` or `'shared'`: that page's own
 * build (no inline script allowed, no worker, no sw.js; the page renamed embed.html or
 * shared.html). Otherwise the main page; `sideDirs` names the built folder of each page
 * beside it (`{ embed, shared }`; `embedDir` is the embed's alone): their files are copied
 * in first and listed.
 */
export function postbuild(dir, { page = 'index', embedDir = null, sideDirs = null, panelsDir = null } = {}) {
  if (page === 'panels') {
    // Only the program's two files are wanted; trunk's page and loader are not.
    const keep = panelsFiles(dir);
    for (const f of readdirSync(dir)) if (f !== keep.glue && f !== keep.wasm) rmSync(join(dir, f), { recursive: true });
    return keep;
  }
  const side = sidePage(page) ?? null;
  // The panels program, beside the workspace: copied in, loaded by the boot script.
  let panels = null;
  if (panelsDir) {
    panels = panelsFiles(panelsDir);
    for (const f of [panels.glue, panels.wasm]) copyFileSync(join(panelsDir, f), join(dir, f));
    panels.css = styleCopy(dir, 'panels');
  }
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error(`${indexPath} already has a CSP: the hook ran twice on it`);
  }

  // 1 + 2: inline scripts out into hashed files.
  let bootCount = 0;
  html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
    if (/\bsrc\s*=/.test(attrs)) return whole;
    if (body.trim() === '') return '';
    const isModule = /\btype\s*=\s*["']?module\b/.test(attrs);
    // The trunk loader (the module that starts the wasm) also registers the service worker.
    const isLoader = isModule && /\binit\s*\(/.test(body);
    // The panels' loader comes first: the workspace may ask for a panel while it starts
    // (an address with ?present opens presentation mode at once).
    const code = (isLoader
      ? (panels ? panelsLoader(panels).trimStart() : '') + body.trim() + '\n' + registerSw(side?.name)
      : body.trim() + '\n');
    const name = `boot-${shortHash(code)}.js`;
    writeFileSync(join(dir, name), code);
    bootCount += 1;
    const type = isModule ? ' type="module"' : '';
    return `<script${type} src="./${name}" integrity="${sri(code)}"></script>`;
  });
  if (bootCount === 0) throw new Error(`no inline script found in ${indexPath}: has trunk's output changed?`);
  if (/<script\b(?![^>]*\bsrc\s*=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html.replace(/<script[\s\S]*?<\/script>/g, ''))) {
    throw new Error('index.html has an inline event handler, which the CSP blocks');
  }

  // 3: the policy, before anything it governs; right after it, the one inline script, which
  // opens the library while the program downloads (build/prefetch.mjs). Inline, so it runs
  // as the page is parsed, with no request; the policy allows exactly it, by its hash.
  // The pages beside it have no inline script at all: no library to open, nothing to redirect.
  const meta = side
    ? `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`
    : `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" />\n`
      + `    <script>${PREFETCH_SCRIPT}</script>`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  html = charset.test(html)
    ? html.replace(charset, (m) => `${m}\n    ${meta}`)
    : html.replace(/<head>/i, (m) => `${m}\n    ${meta}`);

  // 4: the survey worker's files, hashed; the page told where its loader is.
  const worker = hashWorker(dir);
  if (worker) {
    html = html.replace(/<\/head>/i, (m) => `  <meta name="${WORKER_META}" content="./${worker.loader}" />\n  ${m}`);
  }
  if (side) {
    if (worker) throw new Error(`the ${side.name} build has a survey worker: it must not`);
    writeFileSync(join(dir, side.page), html);
    rmSync(indexPath);
    return { page: side.page };
  }
  writeFileSync(indexPath, html);

  // The builds of the pages beside this one: same-named files are the same content (hashed).
  const dirs = { ...(sideDirs ?? {}), ...(embedDir ? { embed: embedDir } : {}) };
  const sides = {};
  for (const { name, page: sidePageFile } of SIDE_PAGES) {
    const from = dirs[name];
    if (!from) continue;
    if (!existsSync(join(from, sidePageFile))) throw new Error(`${from} has no ${sidePageFile}: build it first`);
    const files = readdirSync(from).filter((f) => statSync(join(from, f)).isFile()).sort();
    for (const f of files) if (!existsSync(join(dir, f))) copyFileSync(join(from, f), join(dir, f));
    sides[name] = { page: `./${sidePageFile}`, files, precache: sidePage(name).precache };
  }

  // 5: the service worker, listing every file of this build (itself excepted); the survey
  // worker's apart, cached on first use.
  const all = readdirSync(dir)
    .filter((f) => f !== SW_FILE && statSync(join(dir, f)).isFile())
    .sort();
  const buildHash = createHash('sha256');
  for (const f of all) buildHash.update(`${f}\0`).update(readFileSync(join(dir, f))).update('\0');
  const cacheName = `peakend-${buildHash.digest('hex').slice(0, 16)}`;
  // The workspace precaches its own files (the stylesheets and icon are shared) and those of
  // the pages beside it marked `precache`; the ones only another page uses are cached when
  // first used.
  const sideOnly = new Set(Object.values(sides).filter((s) => !s.precache)
    .flatMap((s) => s.files).filter((f) => !html.includes(`"./${f}"`)));
  const files = all.filter((f) => !isWorkerFile(f) && !sideOnly.has(f));
  const lazy = all.filter(isWorkerFile);
  const list = (xs) => xs.map((f) => `./${f}`);
  const listed = Object.fromEntries(Object.entries(sides).map(([k, s]) => [k, { page: s.page, files: list(s.files) }]));
  writeFileSync(join(dir, SW_FILE), swSource(cacheName, list(files), list(lazy), listed));
  return { cacheName, files, lazy, embed: sides.embed?.files ?? [], shared: sides.shared?.files ?? [] };
}

/** A content-hashed copy of www/`sheet`.css in `dir` (`panels-<hash>.css`); its name. */
function styleCopy(dir, sheet) {
  const css = readFileSync(fileURLToPath(new URL(`../www/${sheet}.css`, import.meta.url)));
  const name = `${sheet}-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(dir, name), css);
  return name;
}

/**
 * The single file and the SCORM package show `?embed` in the workspace's own page, and
 * their panels are in the same program, so their source (`make one`) links the stylesheets
 * the served workspace loads elsewhere: the embed's (embed.html links it) and the panels'
 * (loaded with the panels program): content-hashed copies of www/embed.css and
 * www/panels.css, linked last.
 */
export function withSideStyles(dir) {
  const indexPath = join(dir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  if (!html.includes('</head>')) throw new Error(`${indexPath} has no </head>`);
  const links = ['embed', 'panels'].map((sheet) => `  <link rel="stylesheet" href="./${styleCopy(dir, sheet)}" />\n`).join('');
  writeFileSync(indexPath, html.replace('</head>', () => `${links}  </head>`));
}

/**
 * Renames trunk's survey worker files to content-hashed names and rewrites the loader to
 * load them; returns the new names, or null when the build has no survey worker. The
 * worker is same-origin and loads only these two files, so the page's policy (worker-src
 * falls back to script-src 'self') allows it; this checks that nothing in it says otherwise.
 */
function hashWorker(dir) {
  const present = Object.values(WORKER).filter((f) => existsSync(join(dir, f)));
  if (present.length === 0) return null;
  if (present.length !== 3) throw new Error(`survey worker: expected ${Object.values(WORKER).join(', ')}; found only ${present.join(', ')}`);
  const loaderText = readFileSync(join(dir, WORKER.loader), 'utf8');
  const expected = `importScripts("./${WORKER.glue}");wasm_bindgen("./${WORKER.wasm}");`;
  if (loaderText.trim() !== expected) throw new Error(`survey worker: trunk's loader shim changed: ${loaderText}`);
  const wasm = readFileSync(join(dir, WORKER.wasm));
  const glue = readFileSync(join(dir, WORKER.glue));
  if (/\bhttps?:\/\/|\bimportScripts\(/.test(glue.toString('utf8'))) {
    throw new Error('survey worker: its glue refers to another origin or loads scripts');
  }
  const names = {
    wasm: `survey_worker-${shortHash(wasm)}_bg.wasm`,
    glue: `survey_worker-${shortHash(glue)}.js`,
  };
  const loaderCode = `importScripts("./${names.glue}");wasm_bindgen({ module_or_path: "./${names.wasm}" });\n`;
  names.loader = `survey_worker_loader-${shortHash(loaderCode)}.js`;
  renameSync(join(dir, WORKER.wasm), join(dir, names.wasm));
  renameSync(join(dir, WORKER.glue), join(dir, names.glue));
  rmSync(join(dir, WORKER.loader));
  writeFileSync(join(dir, names.loader), loaderCode);
  if (/\b(worker-src|child-src)\b/.test(PAGE_CSP) || !/script-src 'self'/.test(PAGE_CSP)) {
    throw new Error("survey worker: the page's policy no longer allows a same-origin worker");
  }
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node build/postbuild.mjs <built dir>  (trunk sets TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  const html = basename(process.env.TRUNK_HTML_FILE ?? '');
  const side = SIDE_PAGES.find((p) => p.page === html);
  if (html === PANELS_PAGE) {
    const { glue, wasm } = postbuild(dir, { page: 'panels' });
    console.log(`postbuild: ${PANELS_PAGE}: kept ${glue} and ${wasm}`);
  } else if (side) {
    postbuild(dir, { page: side.name });
    console.log(`postbuild: ${side.page}: CSP set, inline scripts moved out`);
  } else {
    // Run by trunk on the main page: take in the embed's build when there is one.
    // The single file's source (`make one`: the workspace as one program, its panels
    // inside) takes in neither the embed nor the panels program.
    const one = process.env.PEAKEND_ONE_PROGRAM === '1';
    if (one) withSideStyles(dir);
    const sideDirs = {};
    for (const p of SIDE_PAGES) {
      const from = process.env[p.env] ?? p.dist;
      if (!one && process.env.TRUNK_STAGING_DIR && existsSync(join(from, p.page))) sideDirs[p.name] = from;
    }
    const panelsDir = process.env.PEAKEND_PANELS_DIST ?? PANELS_DIST;
    const withPanels = !one && process.env.TRUNK_STAGING_DIR && existsSync(panelsDir)
      && readdirSync(panelsDir).some(isPanelsFile) ? panelsDir : null;
    const { cacheName, files, lazy } = postbuild(dir, { sideDirs, panelsDir: withPanels });
    console.log(`postbuild: CSP set, inline scripts moved out; ${SW_FILE} precaches ${files.length} files as ${cacheName}, ${lazy.length} on first use`
      + SIDE_PAGES.map((p) => (sideDirs[p.name] ? `; ${p.page} from ${sideDirs[p.name]}, precached when it is visited` : `; no ${p.page} build found`)).join('')
      + (withPanels ? `; the panels program from ${withPanels}` : one ? '; one program (panels inside)' : '; no panels build found: panels will not open'));
  }
}
