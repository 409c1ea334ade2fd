/**
 * A small timing harness: warm-up, calibration to >= 200 ms per run, median of 5 runs.
 *
 * Every run is timed twice: by the process's CPU time (user + system, `process.cpuUsage`) and
 * by the wall clock. The CPU time is the reported number: on a shared machine (the reference box
 * has 2 cores and other jobs), wall time also counts the time the process waited for a core.
 *
 * Each measurement gets a freshly compiled loop (`new Function`), so the call site of the
 * measured operation is monomorphic and one workload's type feedback does not slow down the
 * next one (the trick benchmark.js uses).
 */

/** One operation: takes the index of an input, returns a number that goes into a sink. */
export type Op = (i: number) => number;

export interface Measurement {
  /** Median of the runs, CPU nanoseconds per operation. */
  readonly nsPerOp: number;
  /** Median of the runs, wall-clock nanoseconds per operation. */
  readonly wallNsPerOp: number;
  /** All runs, CPU ns/op. */
  readonly runs: readonly number[];
  /** Operations per run. */
  readonly itersPerRun: number;
  /** Distinct inputs used (slow peers only get through a few of them). */
  readonly inputsUsed: number;
}

export interface HarnessOptions {
  /** Minimum duration of one run, ms. */
  readonly minRunMs: number;
  /** Number of timed runs (the median is reported). */
  readonly runs: number;
  /** Warm-up duration, ms (at least one operation). */
  readonly warmupMs: number;
  /** Number of distinct inputs (a power of two). */
  readonly inputs: number;
}

export const DEFAULTS: HarnessOptions = { minRunMs: 200, runs: 5, warmupMs: 150, inputs: 4096 };

let sinkValue = 0;
/** Keeps results alive so that the measured work cannot be optimized away. */
export const sink = (): number => sinkValue;

type Loop = (op: Op, iters: number, start: number, mask: number) => number;
const compileLoop = (): Loop =>
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function(
    'op',
    'iters',
    'start',
    'mask',
    'let acc = 0; for (let k = 0; k < iters; k++) { acc += op((start + k) & mask); } return acc;',
  ) as Loop;

/** Wall clock, ms. */
const now = (): number => Number(process.hrtime.bigint()) / 1e6;
/** CPU time of the process (user + system), ms. */
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export const measure = (op: Op, options: Partial<HarnessOptions> = {}): Measurement => {
  const o = { ...DEFAULTS, ...options };
  const loop = compileLoop();
  const mask = o.inputs - 1;
  let cursor = 0;
  let lastWall = 0;
  const run = (iters: number): number => {
    const c0 = cpuNow();
    const t0 = now();
    sinkValue += loop(op, iters, cursor, mask);
    lastWall = now() - t0;
    const c = cpuNow() - c0;
    cursor += iters;
    return c;
  };
  // warm-up: batches doubling until warmupMs is spent; gives a first estimate of the cost
  let iters = 1;
  let spent = 0;
  let lastRate = Number.POSITIVE_INFINITY;
  const warmStart = now();
  for (;;) {
    run(iters);
    spent = now() - warmStart;
    lastRate = lastWall / iters;
    if (spent >= o.warmupMs) break;
    if (lastWall < o.warmupMs / 4) iters *= 2;
  }
  // calibrate: enough iterations for minRunMs per run (10% margin)
  const perRun = Math.max(1, Math.ceil((o.minRunMs * 1.1) / Math.max(lastRate, 1e-7)));
  const runs: number[] = [];
  const walls: number[] = [];
  for (let r = 0; r < o.runs; r++) {
    const c = run(perRun);
    runs.push((c * 1e6) / perRun);
    walls.push((lastWall * 1e6) / perRun);
  }
  return { nsPerOp: median(runs), wallNsPerOp: median(walls), runs, itersPerRun: perRun, inputsUsed: Math.min(o.inputs, cursor) };
};

/** CPU milliseconds of one call (for cold costs). */
export const timeOnce = (f: () => unknown): number => {
  const c0 = cpuNow();
  sinkValue += Number(f() !== undefined);
  return cpuNow() - c0;
};

export { cpuNow, median, now };
