/**
 * A compliance report over 200,000 tickets on every core: shard the tickets over worker_threads
 * (one per core), let each worker report on its shard, merge the reports, and check that the
 * merge is the same report as one thread's.
 *
 *   npx tsx examples/parallel-compliance.ts            # 200,000 tickets
 *   npx tsx examples/parallel-compliance.ts 20000      # or TICKETS=20000
 *
 * The workers run this TypeScript file through tsx (a devDependency); with a compiled build,
 * point the Worker at the .js file instead.
 *
 * Each worker GENERATES its shard (tickets i … j of a deterministic generator), as a worker of a
 * real job would read its own slice of a file or a table: only the small report crosses threads
 * (structured clone of plain JSON). The single-thread run is also a worker, so both timings
 * include the same start-up (loading the library, building the plan).
 */
import { availableParallelism, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { complianceReport, makePlan, mergeComplianceReports, type ComplianceReport } from '../src/index.js';
import { generateTickets, SYNTHETIC_REPORT_OPTIONS, syntheticPlanSpec } from './data/synthetic.js';

interface Shard {
  readonly start: number;
  readonly count: number;
}
interface ShardResult {
  readonly report: ComplianceReport;
  /** Time spent inside the worker on the report (ms), start-up excluded. */
  readonly reportMs: number;
}

// ---------------------------------------------------------------------------------------------
// Worker: report on one shard
// ---------------------------------------------------------------------------------------------

const reportOnShard = ({ start, count }: Shard): ShardResult => {
  const plan = makePlan(syntheticPlanSpec);
  const t0 = performance.now();
  const r = complianceReport(plan, generateTickets(start, count), SYNTHETIC_REPORT_OPTIONS);
  if (r._tag === 'Left') throw new Error(`bad options: ${JSON.stringify(r.left)}`);
  return { report: r.right, reportMs: performance.now() - t0 };
};

if (!isMainThread) {
  parentPort!.postMessage(reportOnShard(workerData as Shard));
}

// ---------------------------------------------------------------------------------------------
// Main thread: shard, merge, compare
// ---------------------------------------------------------------------------------------------

/** Runs one worker over a shard; resolves with its report. */
const runWorker = (shard: Shard): Promise<ShardResult> =>
  new Promise((resolve, reject) => {
    // the worker runs this same file. Node 20 does not apply the main thread's TypeScript loader
    // (tsx) to a worker's entry, so a two-line JavaScript entry registers tsx, then imports it.
    const entry = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
    const worker = new Worker(entry, { eval: true, workerData: shard });
    worker.once('message', (m: ShardResult) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited with code ${code}`));
    });
  });

/** Splits `[0, n)` into `k` contiguous shards of nearly equal size. */
const shardsOf = (n: number, k: number): Shard[] =>
  Array.from({ length: k }, (_, i) => {
    const start = Math.floor((i * n) / k);
    return { start, count: Math.floor(((i + 1) * n) / k) - start };
  });

const pct = (x: number | null): string => (x === null ? '—' : `${x.toFixed(1)} %`);
const dur = (ms: number | null): string => {
  if (ms === null) return '—';
  const h = ms / 3_600_000;
  return h >= 24 ? `${(h / 24).toFixed(1)} d` : h >= 1 ? `${h.toFixed(1)} h` : `${Math.round(ms / 60_000)} min`;
};

const printReport = (report: ComplianceReport): void => {
  const head = ['clock', 'priority', 'met', 'breached', 'counted', 'pending', 'cancelled', '% met', 'median', 'p90', 'max'];
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(14) : c.padStart(9))).join(' ');
  console.log(line(head));
  for (const row of [...report.rows, report.total]) {
    console.log(
      line([
        row.clock ?? 'all clocks',
        row.priority ?? (row === report.total ? '' : '—'),
        String(row.met),
        String(row.breached),
        String(row.counted),
        String(row.pending),
        String(row.cancelled),
        pct(row.percentMet),
        dur(row.elapsed.medianMs),
        dur(row.elapsed.p90Ms),
        dur(row.elapsed.maxMs),
      ]),
    );
  }
  const t = report.tickets;
  console.log(`tickets: ${t.read} read, ${t.skipped} skipped (created after asOf or the window), ${t.rejected} rejected, ${t.notEntitled} not entitled`);
};

const main = async (): Promise<void> => {
  const n = Number(process.argv[2] ?? process.env['TICKETS'] ?? 200_000);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`the number of tickets must be a positive integer, got ${process.argv[2] ?? process.env['TICKETS']}`);
  const cores = availableParallelism();
  console.log(`# compliance report over ${n.toLocaleString('en-US')} generated tickets, ${cores} core(s)\n`);

  let t0 = performance.now();
  const single = await runWorker({ start: 0, count: n });
  const singleMs = performance.now() - t0;

  t0 = performance.now();
  const parts = await Promise.all(shardsOf(n, cores).map(runWorker));
  const merged = parts.map((p) => p.report).reduce(mergeComplianceReports);
  const parallelMs = performance.now() - t0;

  printReport(merged);
  const same = isDeepStrictEqual(merged, single.report);
  console.log(`\nmerged report of ${cores} shard(s) equals the one-thread report: ${same}`);
  console.log(`one thread : ${singleMs.toFixed(0)} ms wall (report ${single.reportMs.toFixed(0)} ms, ${((single.reportMs * 1000) / n).toFixed(2)} µs a ticket)`);
  console.log(`${cores} workers  : ${parallelMs.toFixed(0)} ms wall (slowest shard's report ${Math.max(...parts.map((p) => p.reportMs)).toFixed(0)} ms)`);
  console.log(`speed-up   : ${(singleMs / parallelMs).toFixed(2)}× on ${cores} core(s)`);
  console.log(`load average (1 min) at the end: ${loadavg()[0]!.toFixed(1)} on ${cores} core(s): above ${cores}, other processes shared the cores and the speed-up is lower`);
  if (!same) process.exitCode = 1;
};

if (isMainThread) await main();
