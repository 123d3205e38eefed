/** Small statistics helpers for the benchmark (no dependency: three functions). */

/** The q-quantile (0..1) of a list of numbers, by the nearest-rank method; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/** Median of a list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Sum of a list. */
export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** Summary of per-document times of one stage. */
export interface StageSummary {
  docs: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  totalMs: number;
  /** Words of all measured documents divided by the total time. */
  wordsPerSecond: number;
}

/** Summarises per-document times (ms) with the matching word counts. */
export function summarize(times: readonly number[], words: readonly number[]): StageSummary {
  const totalMs = sum(times);
  return {
    docs: times.length,
    medianMs: median(times),
    p90Ms: quantile(times, 0.9),
    maxMs: times.length ? Math.max(...times) : Number.NaN,
    totalMs,
    wordsPerSecond: totalMs > 0 ? (sum(words) / totalMs) * 1000 : Number.NaN,
  };
}

/** Runs `fn` `reps` times and returns the median wall time in ms (and the last result). */
export async function timeMedian<T>(reps: number, fn: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}
