// Journeys for tests, written in the journey file format (v1), and a way to open one
// by putting it in the app's storage before the page loads.

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

/** Makes the page open `journey` (a v1 file object) as its only library entry. */
export async function seed(page, journey) {
  await page.evaluate((j) => {
    localStorage.clear();
    localStorage.setItem('peakend:v1:doc:seeded', JSON.stringify({ rev: 1, journey: j }));
    localStorage.setItem('peakend:v1:index', JSON.stringify({
      current: 'seeded', docs: [{ id: 'seeded', updated: Date.now(), based_on: null }],
    }));
  }, journey);
  await page.reload();
  await page.waitForSelector('[data-testid="touchpoint"]');
}
