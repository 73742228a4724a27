#!/usr/bin/env node
// A realistic wide survey export, deterministic for a seed: for the benchmark, the pandas
// comparison and the end-to-end tests.
//
//   node build/gen-survey.mjs N out.csv [--seed S] [--scale 5|10]
//
// Columns: ResponseId, Region (4 values), Wave (2), 12 touchpoints (1–5, or 1–10 with
// --scale 10), "Overall satisfaction" (1–10), "Recommend (NPS)" (0–10).
// Each respondent has a latent level; each touchpoint its own effect (delivery and the
// invoice are the weak spots); one in five respondents hits an incident at a random
// touchpoint. The overall rating follows mostly the peak and the end of the respondent's
// own ratings, plus noise; the recommend answer follows the overall rating. About 3% of
// the touchpoint answers are blank or "N/A", and a few overall and NPS answers are blank.
// 100,000 respondents make about 4 MB.

import { openSync, writeSync, closeSync } from 'node:fs';

const TOUCHPOINTS = [
  'Website', 'Phone call', 'Quote', 'Order', 'Delivery', 'Installation',
  'Invoice', 'Support chat', 'Repair visit', 'Follow-up call', 'Renewal', 'Goodbye letter',
];
// Touchpoint effects in latent standard deviations.
const EFFECT = [0.3, 0.1, -0.1, 0.4, -0.7, 0.2, -0.5, 0.0, -0.2, 0.3, 0.1, 0.2];
const REGIONS = ['North', 'East', 'South', 'West'];
const REGION_SHARE = [0.4, 0.25, 0.2, 0.15];
const WAVES = ['W1', 'W2'];

function usage(msg) {
  if (msg) console.error(msg);
  console.error('usage: node build/gen-survey.mjs N out.csv [--seed S] [--scale 5|10]');
  process.exit(2);
}

const args = process.argv.slice(2);
const pos = [];
let seed = 1;
let top = 5;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--seed') seed = Number(args[++i]);
  else if (args[i] === '--scale') top = Number(args[++i]);
  else pos.push(args[i]);
}
const n = Number(pos[0]);
const out = pos[1];
if (!Number.isInteger(n) || n < 1 || !out) usage();
if (!Number.isInteger(seed)) usage('--seed must be an integer');
if (top !== 5 && top !== 10) usage('--scale must be 5 or 10');

// mulberry32: small, fast, and the same numbers on every machine.
let state = seed >>> 0;
function uniform() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
let spare = null;
function normal() {
  if (spare !== null) {
    const s = spare;
    spare = null;
    return s;
  }
  const u = 1 - uniform();
  const v = uniform();
  const r = Math.sqrt(-2 * Math.log(u));
  spare = r * Math.sin(2 * Math.PI * v);
  return r * Math.cos(2 * Math.PI * v);
}
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
function pick(shares) {
  let u = uniform();
  for (let i = 0; i < shares.length; i++) {
    if (u < shares[i]) return i;
    u -= shares[i];
  }
  return shares.length - 1;
}

const neutral = (1 + top) / 2;
const spread = (top - 1) / 4; // one latent sd in rating points
const header = ['ResponseId', 'Region', 'Wave', ...TOUCHPOINTS, 'Overall satisfaction', 'Recommend (NPS)'];
const fd = openSync(out, 'w');
let buf = header.join(',') + '\n';
const rated = new Array(TOUCHPOINTS.length);
for (let i = 0; i < n; i++) {
  const region = pick(REGION_SHARE);
  const wave = uniform() < 0.5 ? 0 : 1;
  // Region and wave move the level a little, so segments differ.
  const level = normal() + [0.1, 0, -0.15, 0.05][region] + (wave ? 0.1 : 0);
  const incident = uniform() < 0.2 ? Math.floor(uniform() * TOUCHPOINTS.length) : -1;
  const cells = [];
  let count = 0;
  for (let t = 0; t < TOUCHPOINTS.length; t++) {
    const latent = 0.8 * level + EFFECT[t] + 0.6 * normal() - (t === incident ? 2.2 : 0);
    const r = clamp(Math.round(neutral + spread * latent), 1, top);
    const u = uniform();
    if (u < 0.03) {
      cells.push(u < 0.0075 ? 'N/A' : '');
    } else {
      cells.push(String(r));
      rated[count++] = r;
    }
  }
  let overall = '';
  let nps = '';
  if (count > 0) {
    let peak = rated[0];
    let sum = 0;
    for (let k = 0; k < count; k++) {
      const v = rated[k];
      sum += v;
      const d = Math.abs(v - neutral);
      const dp = Math.abs(peak - neutral);
      if (d > dp || (d === dp && v < neutral && peak >= neutral)) peak = v;
    }
    const end = rated[count - 1];
    const mean = sum / count;
    const memory = 0.4 * peak + 0.35 * end + 0.25 * mean; // on 1..top
    const o = clamp(Math.round(1 + ((memory - 1) / (top - 1)) * 9 + 2.2 * normal()), 1, 10);
    if (uniform() >= 0.02) overall = String(o);
    const p = clamp(Math.round(o + 1.8 + 1.3 * normal()), 0, 10);
    if (uniform() >= 0.02) nps = String(p);
  }
  const id = 'R' + (i + 1);
  buf += `${id},${REGIONS[region]},${WAVES[wave]},${cells.join(',')},${overall},${nps}\n`;
  if (buf.length > 1 << 20) {
    writeSync(fd, buf);
    buf = '';
  }
}
writeSync(fd, buf);
closeSync(fd);
