// Timing a rating change the way a person makes one: type a rating into row `row`, then
// measure until the chart's `peakend:drawn` mark (and, with `frame`, until the next frame
// is painted). Used by the scale test (reported, not asserted) and bench/big-journey.mjs.

/**
 * Makes `count` rating changes on row `row` (clamped to the rows in the page), waiting
 * `pause` ms between them. Returns the milliseconds to each redrawn chart, and to the
 * next painted frame when `frame` is set.
 */
export function ratingChanges(page, { row, count, pause = 0, frame = false }) {
  return page.evaluate(async ({ row, count, pause, frame }) => {
    const inputs = document.querySelectorAll('[data-testid="touchpoint-rating"]');
    const input = inputs[Math.min(inputs.length - 1, row)];
    const drawn = [];
    const painted = [];
    for (let k = 0; k < count; k++) {
      performance.clearMarks('peakend:drawn');
      const t0 = performance.now();
      input.value = String((k % 9) - 4);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((done) => {
        const check = () => (performance.getEntriesByName('peakend:drawn').length ? done() : setTimeout(check, 0));
        check();
      });
      drawn.push(performance.getEntriesByName('peakend:drawn')[0].startTime - t0);
      if (frame) {
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        painted.push(performance.now() - t0);
      }
      if (pause) await new Promise((done) => setTimeout(done, pause));
    }
    return { drawn, frame: painted };
  }, { row, count, pause, frame });
}
