/**
 * Compliance section of `npm run bench` (also `npx tsx bench/compliance.ts [--quick]` alone):
 *
 * 1. Cost of a report per ticket against the cost of evaluating the ticket (`evaluateTicketMillis`),
 *    same tickets, same run: goal, a report costs at most 3 evaluations a ticket.
 * 2. Memory: live heap before, during and after a report streamed from a generator, for 10,000
 *    and for 1,000,000 tickets: goal, flat in the number of tickets.
 * 3. Worker speed-up: `examples/parallel-compliance.ts` over 200,000 tickets, one worker per core.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { complianceReport, evaluateTicketMillis, makePlan, type TicketInput } from '../src/index.js';
import { toMillis } from '../src/time/instant.js';
import { generateTickets, SYNTHETIC_REPORT_OPTIONS, syntheticPlanSpec } from '../examples/data/synthetic.js';
import { getGc } from './cold.js';
import { cpuNow, median } from './harness.js';

const QUICK = process.argv.includes('--quick');
const log = (s = ''): void => console.log(s);
const progress = (s: string): void => {
  process.stderr.write(`  … ${s}\n`);
};

const mib = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MiB`;

const plan = makePlan(syntheticPlanSpec);
const asOfMs = toMillis(SYNTHETIC_REPORT_OPTIONS.asOf);

// ---------------------------------------------------------------------------------------------
// 1. Report cost per ticket vs evaluation cost per ticket
// ---------------------------------------------------------------------------------------------

const N = QUICK ? 20_000 : 100_000;
const RUNS = 3;
progress(`compliance: generating ${N} tickets of 6 events`);
const tickets: TicketInput[] = [...generateTickets(0, N)];

let sink = 0;
const evaluateAll = (): void => {
  for (const t of tickets) {
    const r = evaluateTicketMillis(plan, t, asOfMs);
    if (r._tag === 'Right') sink += r.right.clocks.length;
  }
};
const reportAll = (): void => {
  const r = complianceReport(plan, tickets, SYNTHETIC_REPORT_OPTIONS);
  if (r._tag === 'Right') sink += r.right.total.counted;
  else throw new Error(JSON.stringify(r.left));
};
const time = (f: () => void): number => {
  const c0 = cpuNow();
  f();
  return cpuNow() - c0;
};

progress('compliance: warm-up');
const all = tickets.splice(0);
tickets.push(...all.slice(0, 10_000));
evaluateAll();
reportAll();
tickets.splice(0, tickets.length, ...all);
const evalRuns: number[] = [];
const reportRuns: number[] = [];
for (let k = 0; k < RUNS; k++) {
  // interleaved, so that a slow patch of a shared machine hits both alike
  evalRuns.push(time(evaluateAll));
  reportRuns.push(time(reportAll));
  progress(`compliance: run ${k + 1}/${RUNS}`);
}
const evalUs = (median(evalRuns) * 1000) / N;
const reportUs = (median(reportRuns) * 1000) / N;
const sample = complianceReport(plan, tickets, SYNTHETIC_REPORT_OPTIONS);
const cycles = sample._tag === 'Right' ? sample.right.total.counted + sample.right.total.pending + sample.right.total.cancelled : 0;

log('## Compliance reports (issue 13)');
log();
log(`Plan: Athens office Mon-Fri 09:00-17:00, 4 priorities, 3 clocks (first response, next reply, resolution).`);
log(`${N.toLocaleString('en-US')} generated tickets of 6 events each (ISO instants), clocks started in 2026, as of 2027-01-02;`);
log(`${cycles.toLocaleString('en-US')} clock cycles in the window (met, breached, pending or cancelled). CPU time, median of ${RUNS} interleaved runs.`);
log();
log('| measure | per ticket | ratio |');
log('|---|---:|---:|');
log(`| evaluateTicketMillis | ${evalUs.toFixed(2)} µs | 1.00× |`);
log(`| complianceReport (evaluate + count + sketch) | ${reportUs.toFixed(2)} µs | ${(reportUs / evalUs).toFixed(2)}× |`);
log();
log(`Goal: a report costs at most 3 evaluations a ticket: ${reportUs / evalUs <= 3 ? 'met' : 'NOT met'} (${(reportUs / evalUs).toFixed(2)}×).`);
log();

// ---------------------------------------------------------------------------------------------
// 2. Memory: a report streamed from a generator
// ---------------------------------------------------------------------------------------------

tickets.length = 0;
all.length = 0;
const gc = getGc();
const live = (): number => {
  if (gc !== undefined) for (let k = 0; k < 3; k++) gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Live heap before, the largest live heap sampled during (every `every` tickets), and after. */
const streamed = (count: number, every: number): { before: number; during: number; after: number; ms: number } => {
  const before = live();
  let during = before;
  function* sampled(): Generator<TicketInput> {
    let i = 0;
    for (const t of generateTickets(0, count)) {
      yield t;
      if (++i % every === 0) during = Math.max(during, live());
    }
  }
  const t0 = performance.now();
  const r = complianceReport(plan, sampled(), SYNTHETIC_REPORT_OPTIONS);
  const ms = performance.now() - t0;
  const after = live();
  if (r._tag === 'Right') sink += r.right.tickets.read;
  return { before, during: Math.max(during, after), after, ms };
};

const BIG = QUICK ? 100_000 : 1_000_000;
progress(`compliance: streaming 10,000 then ${BIG.toLocaleString('en-US')} tickets`);
const small = streamed(10_000, 2_500);
const big = streamed(BIG, BIG / 10);
log(`### Memory: a report over tickets streamed from a generator (live heap: heapUsed + arrayBuffers${gc === undefined ? ', NO gc available: numbers include garbage' : ', after gc'})`);
log();
log('| tickets | before | largest during | after | growth (after − before) | time |');
log('|---:|---:|---:|---:|---:|---:|');
for (const [n, m] of [[10_000, small], [BIG, big]] as const) {
  log(`| ${n.toLocaleString('en-US')} | ${mib(m.before)} | ${mib(m.during)} | ${mib(m.after)} | ${mib(m.after - m.before)} | ${(m.ms / 1000).toFixed(1)} s |`);
}
log();
log(
  `Growth with ${(BIG / 10_000).toFixed(0)}× the tickets: ${mib(big.during - big.before)} at most during the stream vs ${mib(small.during - small.before)} ` +
    '(the report keeps one row per group and one sketch bucket per distinct duration bucket, never a ticket).',
);
log();

// ---------------------------------------------------------------------------------------------
// 3. Worker speed-up
// ---------------------------------------------------------------------------------------------

const WORKER_N = QUICK ? 40_000 : 200_000;
progress(`compliance: examples/parallel-compliance.ts over ${WORKER_N} tickets`);
const root = fileURLToPath(new URL('..', import.meta.url));
const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/parallel-compliance.ts', String(WORKER_N)], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, TZ: 'UTC' },
});
log(`### Worker threads: examples/parallel-compliance.ts, ${WORKER_N.toLocaleString('en-US')} tickets, ${cpus().length} cores`);
log();
for (const line of out.split('\n').filter((l) => /^(merged|one thread|\d+ workers|speed-up|load average)/.test(l.trim()))) log(`    ${line.trim()}`);
log();
if (sink === -1) log('(sink)');
