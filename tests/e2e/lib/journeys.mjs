// Journeys for tests, written in the journey file format (v1); `openApp({ journey })` opens one.

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
