/**
 * The time-budget harness, FOR TESTS ONLY: runs named calls in a `worker_threads` worker and
 * terminates the worker when a call overruns, so that a regression that makes a call hang (an
 * unbounded search, a quadratic parser) FAILS a test instead of hanging the whole suite.
 *
 * A case module exports `cases: Record<string, BudgetCase>`; each case has an untimed `setup`
 * (build a calendar, warm it up on an ordinary instant) and a timed `run`. The worker measures
 * `run` alone with `performance.now()` and reports the outcome: returned (with a summary of the
 * value: `Left(CODE,…)`, `Right`, a number…), threw (with the error's class and message), or
 * killed when it did not answer within `killAfterMs`.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** One timed call. `setup`'s result is passed to `run`; only `run` is timed. */
export interface BudgetCase<Ctx = unknown> {
  readonly setup?: () => Ctx;
  readonly run: (ctx: Ctx, progress: (note: string) => void) => unknown;
  /** The value `run` returns is a plain report passed back whole (structured-cloneable). */
  readonly report?: boolean;
}

/** What happened to one case. */
export interface BudgetOutcome {
  readonly name: string;
  readonly outcome: 'returned' | 'threw' | 'killed' | 'missing' | 'setupFailed';
  /** Time of `run` in the worker (ms); for a killed case, the time it was given. */
  readonly ms: number;
  /** A summary of the returned value (`Left(INVALID_INSTANT)`, `Right`, a number, …). */
  readonly value?: string;
  readonly error?: { readonly name: string; readonly message: string };
  /** The last progress note of a killed case (which input it was working on). */
  readonly lastProgress?: string;
  readonly report?: unknown;
}

export interface RunCasesOptions {
  /** Wall-clock time after which the worker is terminated and the case counts as killed. */
  readonly killAfterMs?: number;
}

// ---------------------------------------------------------------------------------------------
// The runner
// ---------------------------------------------------------------------------------------------

const WORKER = new URL('./budget-worker.mjs', import.meta.url);

/**
 * Runs the named cases of `casesFile` (a path or file URL of a TypeScript module) one after the
 * other in a worker; a killed case gets a fresh worker for the next one.
 */
export const runCases = async (casesFile: string | URL, names: readonly string[], options: RunCasesOptions = {}): Promise<BudgetOutcome[]> => {
  const file = typeof casesFile === 'string' ? casesFile : fileURLToPath(casesFile);
  const killAfterMs = options.killAfterMs ?? 10_000;
  const out: BudgetOutcome[] = [];
  let worker: Worker | undefined;
  let ready: Promise<void> | undefined;
  const start = (): void => {
    worker = new Worker(WORKER, { workerData: { casesFile: file } });
    const w = worker;
    ready = new Promise((resolve, reject) => {
      const onMessage = (m: { ready?: boolean }): void => {
        if (m.ready) {
          w.off('message', onMessage);
          resolve();
        }
      };
      w.on('message', onMessage);
      w.once('error', reject);
    });
  };
  try {
    for (const name of names) {
      if (worker === undefined) start();
      // the module load (tsx, luxon, date-holidays) is not part of any case's budget
      await ready;
      const w = worker as Worker;
      const result = await new Promise<BudgetOutcome>((resolve) => {
        let lastProgress: string | undefined;
        const timer = setTimeout(() => {
          w.off('message', onMessage);
          void w.terminate();
          worker = undefined;
          resolve({ name, outcome: 'killed', ms: killAfterMs, ...(lastProgress === undefined ? {} : { lastProgress }) });
        }, killAfterMs);
        const onMessage = (m: BudgetOutcome & { progress?: string }): void => {
          if (m.name !== name) return;
          if (m.progress !== undefined) {
            lastProgress = m.progress;
            return;
          }
          clearTimeout(timer);
          w.off('message', onMessage);
          resolve(m);
        };
        w.on('message', onMessage);
        w.postMessage({ name });
      });
      out.push(result);
    }
  } finally {
    if (worker !== undefined) await worker.terminate();
  }
  return out;
};

/** A one-line description of an outcome, for assertion messages and the report. */
export const describeOutcome = (o: BudgetOutcome): string =>
  `${o.name}: ${o.outcome} in ${o.ms.toFixed(2)} ms` +
  (o.value !== undefined ? ` → ${o.value}` : '') +
  (o.error !== undefined ? ` → ${o.error.name}: ${o.error.message}` : '') +
  (o.lastProgress !== undefined ? ` (last: ${o.lastProgress})` : '');
