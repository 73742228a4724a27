// The survey import as a person meets it, timed in headless Chromium (`make bench-survey`):
// the built page (dist/) served on 127.0.0.1, the survey section opened (which starts the
// worker), a file chosen, and the clock stopped when the respondents, the verdict, the NPS
// and the chart are all on screen. For each file it prints one JSON object: that time
// (median and each of RUNS cold page loads), the main thread's long tasks (> 50 ms), how
// often the progress bar moved, and the renderer's peak memory growth during the import
// (VmHWM after − VmRSS before, summed over Chromium's renderer processes: page, worker,
// JS heaps, wasm memory and the file's slices together). Nothing here is asserted.
//
//   node bench/survey-browser.mjs FILE [FILE…]     (RUNS=3 by default)

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/lib/browser.mjs';
import { startServer } from '../build/server.mjs';

const RUNS = Number(process.env.RUNS ?? 3);

/** Renderer processes of the running Chromium: pid → VmRSS and VmHWM in bytes. */
function renderers() {
  const out = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmd;
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmd.includes('--type=renderer')) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (key) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0) * 1024;
      out.set(pid, { rss: kb('VmRSS'), hwm: kb('VmHWM') });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

async function once(url, file) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('[data-testid="score-card"]');
    await page.click('[data-testid="survey-panel"] > summary');
    await page.waitForSelector('[data-testid="survey-file"]');
    await page.waitForTimeout(800); // the worker warms up when the section opens
    await page.evaluate(() => {
      const t = { longTasks: [], progress: 0 };
      window.surveyTiming = t;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) t.longTasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask' });
      document.querySelector('[data-testid="survey-file"]').addEventListener('change', () => {
        t.chosen = performance.now();
        const shown = () => ['survey-respondents', 'survey-verdict', 'survey-nps', 'survey-chart']
          .every((id) => document.querySelector(`[data-testid="${id}"]`));
        let last = null;
        new MutationObserver((_, obs) => {
          const bar = document.querySelector('[data-testid="survey-progress"]');
          const now = bar && (bar.getAttribute('value') ?? bar.getAttribute('aria-valuenow'));
          if (now !== null && now !== last) {
            t.progress += 1;
            last = now;
          }
          if (shown()) {
            t.shown = performance.now();
            obs.disconnect();
          }
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      }, { capture: true });
    });
    const before = renderers();
    await page.setInputFiles('[data-testid="survey-file"]', file);
    await page.waitForFunction(() => window.surveyTiming.shown, null, { timeout: 120_000, polling: 50 });
    const after = renderers();
    await page.waitForTimeout(300);
    const t = await page.evaluate(() => window.surveyTiming);
    let growth = 0;
    for (const [pid, a] of after) growth += Math.max(0, a.hwm - (before.get(pid)?.rss ?? 0));
    return {
      ms: Math.round(t.shown - t.chosen),
      longTasks: t.longTasks,
      progress: t.progress,
      respondents: Number(await page.getAttribute('[data-testid="survey-respondents"]', 'data-value')),
      growth,
    };
  } finally {
    await browser.close();
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node bench/survey-browser.mjs FILE [FILE…]');
  process.exit(2);
}
const server = await startServer('dist');
try {
  for (const file of files) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await once(server.url, file));
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    const bytes = statSync(file).size;
    const peak = Math.max(...runs.map((r) => r.growth));
    console.log(JSON.stringify({
      file,
      file_mb: +(bytes / 1e6).toFixed(1),
      respondents: runs[0].respondents,
      chosen_to_results_ms: { median: ms[Math.floor(ms.length / 2)], runs: runs.map((r) => r.ms) },
      long_tasks_over_50ms: runs.flatMap((r) => r.longTasks),
      progress_updates: runs.map((r) => r.progress),
      renderer_peak_growth_mb: +(peak / 1e6).toFixed(1),
      growth_over_file_size: +(peak / bytes).toFixed(2),
    }));
  }
} finally {
  await server.close();
}
