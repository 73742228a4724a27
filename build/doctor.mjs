// `make doctor`: every program the build and the tests call, whether it is here, and what
// installs it. It also reads tests/ and build/ for programs they start (execFileSync,
// spawnSync, …): one missing from the list below fails the check even on a machine that
// happens to have it, so a new test cannot rely on a hand install again.
//
//   node build/doctor.mjs               check; exit 1 naming what is missing or undeclared
//   node build/doctor.mjs --missing-debs  print the Debian packages still to install
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** program → who installs it (`deb:` packages are installed by `make test-tools`). */
export const PROGRAMS = {
  cargo: 'rustup (the machine)',
  rustup: 'rustup (the machine)',
  node: 'Node.js (the machine)',
  npm: 'Node.js (the machine)',
  trunk: 'make tools (cargo install)',
  'wasm-bindgen': 'make tools (cargo install wasm-bindgen-cli)',
  'wasm-opt': 'make tools (npm binaryen)',
  chromium: 'deb:chromium',
  chromedriver: 'deb:chromium-driver',
  pdftotext: 'deb:poppler-utils',
  pdftoppm: 'deb:poppler-utils',
  pdfinfo: 'deb:poppler-utils',
  unzip: 'deb:unzip',
};

function onPath(program) {
  const dirs = (process.env.PATH ?? '').split(delimiter);
  return dirs.some((d) => {
    try {
      return statSync(join(d, program)).isFile();
    } catch {
      return false;
    }
  });
}

/** Programs started by the test and build scripts, found by reading them. */
export function programsCalled(roots = ['tests', 'build']) {
  const found = new Map();
  const call = /\b(?:execFileSync|execFile|spawnSync|spawn|execSync)\(\s*['"`]([\w.-]+)/g;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (name === 'node_modules' || name === 'target') continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(m?js|sh)$/.test(name)) {
        for (const m of readFileSync(p, 'utf8').matchAll(call)) {
          if (!found.has(m[1])) found.set(m[1], p);
        }
      }
    }
  };
  roots.forEach(walk);
  return found;
}

function main() {
  const missing = Object.keys(PROGRAMS).filter((p) => !onPath(p));
  if (process.argv.includes('--missing-debs')) {
    const debs = new Set(missing.map((p) => PROGRAMS[p]).filter((w) => w.startsWith('deb:')).map((w) => w.slice(4)));
    console.log([...debs].join(' '));
    return 0;
  }

  const undeclared = [...programsCalled()].filter(([p]) => !(p in PROGRAMS) && p !== 'node');
  console.log('Programs the build and the tests call:');
  for (const [program, source] of Object.entries(PROGRAMS)) {
    const mark = missing.includes(program) ? 'MISSING' : 'ok';
    console.log(`  ${mark.padEnd(8)}${program.padEnd(14)}${source.replace(/^deb:/, 'Debian package ')}`);
  }
  for (const [program, file] of undeclared) {
    console.log(`  UNKNOWN ${program.padEnd(14)}started by ${file}, but nothing installs it`);
  }
  if (missing.length || undeclared.length) {
    const names = [...missing, ...undeclared.map(([p]) => p)].join(', ');
    console.error(`make doctor: missing or not installed by the project: ${names}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main());
