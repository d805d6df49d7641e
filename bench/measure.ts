/**
 * Measuring helpers for the speed benchmark: CPU time of a call, heap after full collections, percentiles,
 * and runs bounded by a CPU budget.
 */

/** CPU time (user + system, all threads of the process) spent since `start`, in milliseconds. */
export const cpuSince = (start: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};

/**
 * Runs `fn` (awaiting it when it returns a promise: some libraries' calls may be asynchronous) and returns
 * its value and the CPU time it took, in milliseconds. CPU time, not wall-clock time, so other processes on
 * a busy machine do not count; on Linux it is the scheduler's own count, precise to the microsecond.
 */
export async function cpuTime<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.cpuUsage();
  const value = await fn();
  return { value, ms: cpuSince(start) };
}

/**
 * Heap plus array buffers after two full collections, in bytes (the inverted index keeps its postings in
 * typed arrays, outside the JS heap). Needs node's `--expose-gc`.
 */
export function memoryUsed(): number {
  if (typeof gc !== 'function') throw new Error('memoryUsed needs node --expose-gc');
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Nearest-rank percentile (`p` in 0–100) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * Calls `fn` on `items` in order and returns each call's CPU time (ms), stopping early once the calls so
 * far took `budgetMs` in all, but never before `min` calls: slow systems get a smaller sample, not a run
 * of minutes.
 */
export async function timeEach<T>(items: readonly T[], fn: (item: T) => unknown, budgetMs: number, min: number): Promise<number[]> {
  const out: number[] = [];
  let spent = 0;
  for (const item of items) {
    if (out.length >= min && spent >= budgetMs) break;
    const { ms } = await cpuTime(() => fn(item));
    out.push(ms);
    spent += ms;
  }
  return out;
}

/**
 * The cost at `size` predicted from the cost `known` measured at `knownSize`, assuming it grows linearly
 * with the corpus (what a scan, or postings lists that lengthen with the corpus, cost): an upper guess for
 * an index, exact for fuse.js's full scan.
 */
export const predictLinear = (known: number, knownSize: number, size: number): number => (known * size) / knownSize;

/**
 * Of several runs of one measurement, the run whose p50 latency is the median (the lower of the two middle
 * ones for an even count), and every run's p50 in run order. A busy machine moves a run's figures by up
 * to 2×: the median run is the one least moved either way, and its figures all come from one process.
 */
export function medianRun<T extends { latencies: readonly number[] }>(runs: readonly T[]): { median: T; p50s: number[] } {
  if (!runs.length) throw new Error('medianRun needs at least one run.');
  const p50s = runs.map((run) => percentile(run.latencies, 50));
  const order = runs.map((_, i) => i).sort((a, b) => p50s[a]! - p50s[b]!);
  return { median: runs[order[(runs.length - 1) >> 1]!]!, p50s };
}
