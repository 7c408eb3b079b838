// @ts-check
// Latencies into buckets 1% wide from 0.01 ms: a minute of 20,000 messages a second fits in a
// few hundred counters, merges across processes, and gives quantiles to within 1%.

const smallestMs = 0.01;
const growth = 1.01;

/** @returns {Map<number, number>} bucket index → count */
export function createHistogram() {
  return new Map();
}

/**
 * @param {Map<number, number>} histogram
 * @param {number} latencyMs
 */
export function record(histogram, latencyMs) {
  const index = latencyMs <= smallestMs ? 0 : Math.floor(Math.log(latencyMs / smallestMs) / Math.log(growth));
  histogram.set(index, (histogram.get(index) ?? 0) + 1);
}

/**
 * @param {Iterable<[number, number]>[]} histograms
 * @returns {Map<number, number>}
 */
export function merge(histograms) {
  const merged = createHistogram();
  for (const histogram of histograms) {
    for (const [index, count] of histogram) merged.set(index, (merged.get(index) ?? 0) + count);
  }
  return merged;
}

/**
 * The latency below which the fraction `q` of the messages arrived, in milliseconds.
 * @param {Map<number, number>} histogram
 * @param {number} q 0..1
 */
export function quantileMs(histogram, q) {
  const total = [...histogram.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return Number.NaN;
  const rank = q * total;
  let seen = 0;
  for (const [index, count] of [...histogram].sort(([a], [b]) => a - b)) {
    seen += count;
    if (seen >= rank) return smallestMs * growth ** (index + 0.5);
  }
  return Number.NaN;
}
