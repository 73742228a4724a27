// Journeys for tests, written in the journey file format (v1); `openApp({ journey })` opens one.
import { readFileSync } from 'node:fs';

/** A journey of `n` touchpoints in `phases` phases with a wavy curve. */
export function bigJourney(n, phases = 4) {
  const ph = Array.from({ length: phases }, (_, k) => ({ id: 100000 + k, name: `Phase ${k + 1}` }));
  const per = Math.ceil(n / phases);
  return {
    format: 'peakend/journey',
    version: 1,
    title: `${n} touchpoints`,
    scale: { min: -5, max: 5, neutral: 0 },
    phases: ph,
    touchpoints: Array.from({ length: n }, (_, i) => ({
      id: i + 1,
      name: `Touchpoint ${i + 1}`,
      rating: Math.round(4 * Math.sin(i / 3)),
      duration: 1 + (i % 3),
      phase: ph[Math.floor(i / per)].id,
    })),
  };
}

/**
 * A teaching preset (src/presets/<key>.json, written in both languages) as a journey file
 * in `lang`: ids 1, 2, … in journey order, so a preset's `caused_by` (a 0-based position)
 * becomes the id of that touchpoint.
 */
export function presetJourney(key, lang = 'en') {
  const preset = JSON.parse(readFileSync(new URL(`../../../src/presets/${key}.json`, import.meta.url)));
  const j = preset.journey;
  const t = (v) => (v && typeof v === 'object' ? v[lang] : v);
  const phases = (j.phases ?? []).map((p, k) => ({ id: 1000 + k, name: t(p.name) }));
  const touchpoints = [];
  (j.phases ?? []).forEach((p, k) => {
    for (const tp of p.touchpoints) {
      const out = { ...tp, id: touchpoints.length + 1, name: t(tp.name), phase: phases[k].id };
      if (tp.caused_by !== undefined) out.caused_by = tp.caused_by + 1;
      if (tp.promises) out.promises = tp.promises.map((pr) => ({ text: t(pr.text), state: pr.state }));
      touchpoints.push(out);
    }
  });
  const file = {
    format: 'peakend/journey', version: 1, title: t(j.title), description: t(j.description),
    scale: preset.scale ?? j.scale ?? { min: -5, max: 5, neutral: 0 }, phases, touchpoints,
  };
  if (j.bank) file.bank = j.bank;
  return file;
}
