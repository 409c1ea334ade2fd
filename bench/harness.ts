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

/** A timed loop over `op`: `run(iters)` runs that many operations on the next inputs and returns CPU and wall ms. */
interface Timer {
  run(iters: number): { cpu: number; wall: number };
  /** Operations run so far. */
  readonly done: number;
}
const timer = (op: Op, mask: number): Timer => {
  const loop = compileLoop();
  let cursor = 0;
  return {
    run(iters) {
      const c0 = cpuNow();
      const t0 = now();
      sinkValue += loop(op, iters, cursor, mask);
      const wall = now() - t0;
      const cpu = cpuNow() - c0;
      cursor += iters;
      return { cpu, wall };
    },
    get done() {
      return cursor;
    },
  };
};

/** Warm-up: batches doubling until `warmupMs` is spent; returns the last batch's wall ms per operation. */
const warmUp = (t: Timer, warmupMs: number): number => {
  let iters = 1;
  const start = now();
  for (;;) {
    const last = t.run(iters);
    if (now() - start >= warmupMs) return last.wall / iters;
    if (last.wall < warmupMs / 4) iters *= 2;
  }
};

export const measure = (op: Op, options: Partial<HarnessOptions> = {}): Measurement => {
  const o = { ...DEFAULTS, ...options };
  const t = timer(op, o.inputs - 1);
  // calibrate: enough iterations for minRunMs per run (10% margin)
  const perRun = Math.max(1, Math.ceil((o.minRunMs * 1.1) / Math.max(warmUp(t, o.warmupMs), 1e-7)));
  const runs: number[] = [];
  const walls: number[] = [];
  for (let r = 0; r < o.runs; r++) {
    const x = t.run(perRun);
    runs.push((x.cpu * 1e6) / perRun);
    walls.push((x.wall * 1e6) / perRun);
  }
  return { nsPerOp: median(runs), wallNsPerOp: median(walls), runs, itersPerRun: perRun, inputsUsed: Math.min(o.inputs, t.done) };
};

/** Two operations timed in alternating rounds, and the ratio of their costs. */
export interface PairedMeasurement {
  /** The numerator's rounds (CPU ns/op, median). */
  readonly a: Measurement;
  /** The denominator's rounds. */
  readonly b: Measurement;
  /** Per round: a's ns/op over b's, each from back-to-back runs. */
  readonly ratios: readonly number[];
  /** Median of `ratios`. */
  readonly ratio: number;
}

/**
 * Times `a` and `b` in alternating rounds (b, a, b, a, ...), each round about `minRunMs / 2` per
 * operation, `3 * runs` rounds, and reports the median of the per-round ratios a / b.
 *
 * A ratio of two separate measurements taken seconds apart also measures how the machine's
 * speed drifted between them (on a shared virtual machine, by 20-50 % within a minute); two
 * runs back to back see the same machine, so their ratio keeps only the cost of the operations.
 */
export const measurePair = (a: Op, b: Op, options: Partial<HarnessOptions> = {}): PairedMeasurement => {
  const o = { ...DEFAULTS, ...options };
  const ta = timer(a, o.inputs - 1);
  const tb = timer(b, o.inputs - 1);
  const roundMs = o.minRunMs / 2;
  const itersOf = (r: number): number => Math.max(1, Math.ceil(roundMs / Math.max(r, 1e-7)));
  const ia = itersOf(warmUp(ta, o.warmupMs));
  const ib = itersOf(warmUp(tb, o.warmupMs));
  const ra: number[] = [];
  const rb: number[] = [];
  const wa: number[] = [];
  const wb: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < 3 * o.runs; r++) {
    const y = tb.run(ib);
    const x = ta.run(ia);
    ra.push((x.cpu * 1e6) / ia);
    rb.push((y.cpu * 1e6) / ib);
    wa.push((x.wall * 1e6) / ia);
    wb.push((y.wall * 1e6) / ib);
    ratios.push((ra[r] as number) / (rb[r] as number));
  }
  const m = (runs: number[], walls: number[], iters: number): Measurement => ({
    nsPerOp: median(runs),
    wallNsPerOp: median(walls),
    runs,
    itersPerRun: iters,
    inputsUsed: Math.min(o.inputs, iters === ia ? ta.done : tb.done),
  });
  return { a: m(ra, wa, ia), b: m(rb, wb, ib), ratios, ratio: median(ratios) };
};

/** CPU milliseconds of one call (for cold costs). */
export const timeOnce = (f: () => unknown): number => {
  const c0 = cpuNow();
  sinkValue += Number(f() !== undefined);
  return cpuNow() - c0;
};

export { cpuNow, median, now };
