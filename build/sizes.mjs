// Prints the size of each built file raw, gzip (-9) and brotli (max), and the total.
// Takes a folder (every file in it) or one file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
const single = statSync(dir).isFile();
if (single) files.push(dir);
else walk(dir);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const total = { raw: 0, gz: 0, br: 0 };
const sizes = new Map();
console.log(`${'file'.padEnd(44)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const f of files.sort()) {
  const buf = readFileSync(f);
  const raw = buf.length;
  const gz = gzipSync(buf, { level: 9 }).length;
  const br = brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw },
  }).length;
  total.raw += raw; total.gz += gz; total.br += br;
  sizes.set(f, { raw, gz, br });
  console.log(`${(single ? f : relative(dir, f)).padEnd(44)}${kb(raw)}${kb(gz)}${kb(br)}`);
}
if (!single) console.log(`${'total'.padEnd(44)}${kb(total.raw)}${kb(total.gz)}${kb(total.br)}`);

// Per entry point (each page of a folder): the page and the files it names, which is what
// a first visit to it downloads (the survey worker, loaded on use, is not named).
if (!single) {
  for (const page of files.filter((f) => f.endsWith('.html')).sort()) {
    const html = readFileSync(page, 'utf8');
    const named = new Set([page]);
    for (const m of html.matchAll(/(?:href|src)="\.\/([^"]+)"/g)) named.add(join(dir, m[1]));
    const sum = { raw: 0, gz: 0, br: 0 };
    for (const f of named) {
      const s = sizes.get(f);
      if (!s) continue;
      sum.raw += s.raw; sum.gz += s.gz; sum.br += s.br;
    }
    const label = `entry ${relative(dir, page)} (${named.size} files)`;
    console.log(`${label.padEnd(44)}${kb(sum.raw)}${kb(sum.gz)}${kb(sum.br)}`);
  }
}

// Fetched later, not by a first visit's page: the workspace's panels program (the first
// time a panel opens; sw.js also caches it in the background for offline use) and the
// survey worker (when a survey is opened).
if (!single) {
  for (const [label, re] of [['panels program (first panel opened)', /^panels-/], ['survey worker (survey opened)', /^survey_worker/]]) {
    const sum = { raw: 0, gz: 0, br: 0 };
    let n = 0;
    for (const [f, s] of sizes) {
      if (!re.test(relative(dir, f))) continue;
      n += 1;
      sum.raw += s.raw; sum.gz += s.gz; sum.br += s.br;
    }
    if (n > 0) console.log(`${`${label} (${n} files)`.padEnd(44)}${kb(sum.raw)}${kb(sum.gz)}${kb(sum.br)}`);
  }
}
