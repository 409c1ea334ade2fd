/**
 * The benchmark proper (bench/index.ts sets the process time zone first, then loads this).
 */
import { cpus, loadavg } from 'node:os';
import { getGc, processCold, runCold, runMemory, type Stats } from './cold.js';
import { runGuard, runOpenGuard, VERDICT_TEXT, type Verdict } from './guard.js';
import { measure, type Measurement, type Op } from './harness.js';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeOurs, type WorkloadId } from './ours.js';
import { makePeers, type Peer } from './peers.js';
import { HOLIDAY_DATES, HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR, makeInputs, MASK, N, SEED, ZONE } from './setup.js';

const WORKLOADS: { id: WorkloadId; title: string }[] = [
  { id: 'add4h', title: 'add 4 h' },
  { id: 'add2000h', title: 'add 2,000 h' },
  { id: 'between30d', title: 'between, 0-30 days apart' },
  { id: 'between2y', title: 'between, 2 years apart' },
  { id: 'add5d', title: 'add 5 business days' },
];

const QUICK = process.argv.includes('--quick');
const HARNESS = QUICK ? { minRunMs: 50, runs: 3, warmupMs: 30 } : { minRunMs: 200, runs: 5, warmupMs: 150 };

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

const fmtNs = (ns: number): string => {
  if (ns < 1_000) return `${ns.toFixed(ns < 100 ? 1 : 0)} ns`;
  if (ns < 1_000_000) return `${(ns / 1_000).toFixed(ns < 10_000 ? 2 : 1)} µs`;
  return `${(ns / 1_000_000).toFixed(ns < 10_000_000 ? 2 : 1)} ms`;
};
const fmtMs = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const fmtRatio = (r: number): string => (r >= 100 ? `${Math.round(r).toLocaleString('en-US')}×` : `${r.toFixed(r < 10 ? 2 : 1)}×`);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));
const padL = (s: string, n: number): string => ' '.repeat(Math.max(0, n - [...s].length)) + s;

const table = (head: string[], rows: string[][], right: boolean[]): string => {
  const w = head.map((h, c) => Math.max([...h].length, ...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (cells: string[]): string => `| ${cells.map((x, c) => (right[c] ? padL(x, w[c] as number) : pad(x, w[c] as number))).join(' | ')} |`;
  const sep = `|${w.map((n, c) => (right[c] ? `${'-'.repeat(n + 1)}:` : `${'-'.repeat(n + 2)}`)).join('|')}|`;
  return [line(head), sep, ...rows.map(line)].join('\n');
};

const log = (s = ''): void => console.log(s);
const progress = (s: string): void => {
  process.stderr.write(`  … ${s}\n`);
};

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const t0 = Date.now();
const first = processCold();
const inputs = makeInputs();
const secondsInputs = makeInputs(SEED + 1, 1000);
const ours = makeOurs(inputs);
const peers = makePeers(inputs);

log(`# support-sla benchmark${QUICK ? ' (--quick: shorter runs, numbers are rough)' : ''}`);
log();
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');
log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, load average at start ${load()}; process TZ=${process.env['TZ']} (peers compute in the process zone)`);
log(`Calendar: ${ZONE}, Mon-Fri 09:30-17:30, ${HOLIDAY_DATES.length} Greek public holidays ${HOLIDAY_FIRST_YEAR}-${HOLIDAY_LAST_YEAR} (date-holidays 'GR', type public),`);
log(`the same dates fed to every peer that takes holidays. Inputs: ${N} random starts in 2025-2026 (mulberry32, seed ${SEED}), whole minutes.`);
log(`Timing: warm-up, then ${HARNESS.runs} runs of >= ${HARNESS.minRunMs} ms each; median ns/op of the process's CPU time (user + system;`);
log('wall-clock ns/op alongside: it is higher when other processes share the cores). Ratio = peer CPU ns/op ÷ ours CPU ns/op.');
log();

// ----- cold costs and memory -----------------------------------------------------------------
progress('cold costs');
const gc = getGc();
const cold = runCold(gc);
progress('memory');
const mem = runMemory();
const st = (s: Stats): string => `median ${fmtMs(s.median)}, p95 ${fmtMs(s.p95)}, max ${fmtMs(s.max)} (n=${s.n})`;
log('## Cold costs and memory (CPU time of one call; n calls → median, p95, max)');
log();
log(
  table(
    ['what', 'cost'],
    [
      ['very first calendar of the process: makeCalendar (module JIT, luxon Intl set-up)', fmtMs(first.parse)],
      ['very first calendar of the process: first query', fmtMs(first.firstQuery)],
      ['makeCalendar (parse + validate), fresh calendar', st(cold.parse)],
      ['first query on it (builds the query\'s year)', st(cold.firstQuery)],
      ['parse + first query', st(cold.parseAndFirst)],
      ['first query of a new year, 2030..2050 one by one (zone offset table cold)', st(cold.newYearZoneCold)],
      ['first query of a new year, 2030..2050 one by one (zone table warm)', st(cold.newYearZoneWarm)],
      ['20 years built in one go (2031..2050, zone table warm), per year, median of 10 calendars', fmtMs(cold.bulkPerYear)],
      ...(typeof cold.countrySource === 'string'
        ? [["{ country: 'GR' } (date-holidays)", cold.countrySource]]
        : [
            ["makeCalendar with { country: 'GR' } (date-holidays), fresh calendar", st(cold.countrySource.parse)],
            ["first query on it (date-holidays' getHolidays for the year, unless cached)", st(cold.countrySource.firstQuery)],
          ]),
      [
        `memory per calendar-year: heap + ArrayBuffers delta of ${mem.calendars} calendars × ${mem.years} years${mem.gcAvailable ? ', after gc()' : ' (NO gc available: rough)'}`,
        `${(mem.heapPerYear / 1024).toFixed(1)} KiB (index, calendar objects, holiday dates; not the zone's shared offset tables)`,
      ],
      [
        'memory per calendar-year: the index alone (Float64Array boundaries + prefix sums, internal yearIndexOf)',
        `${(mem.indexBytesPerYear / 1024).toFixed(1)} KiB (${mem.intervalsPerYear.toFixed(0)} open intervals/year)`,
      ],
    ],
    [false, false],
  ),
);
log();

// ----- correctness guard -----------------------------------------------------------------------
progress('correctness guard');
const fast = QUICK ? 128 : 512;
const slow = QUICK ? 12 : 40;
const guard = [
  ...runGuard(ours.cal, inputs, peers, { sampleFast: fast, sampleSlow: slow, inputsLabel: 'whole minutes' }),
  // the same workloads on inputs with seconds (a new set of peer objects on the second inputs)
  ...runGuard(ours.cal, secondsInputs, makePeers(secondsInputs), {
    sampleFast: fast,
    sampleSlow: slow,
    inputsLabel: 'with seconds',
    workloads: ['add4h', 'between30d'],
  }),
  ...runOpenGuard(ours.cal, inputs, peers, fast),
];
log('## Correctness guard (before timing): ours vs each peer on the same inputs');
log();
const verdicts: Verdict[] = ['agree', 'exactFillClosing', 'keepsClosedTime', 'noHolidays', 'minuteRounding', 'closingCountsOpen', 'other'];
const title = (id: string): string => WORKLOADS.find((w) => w.id === id)?.title ?? (id === 'isOpen' ? 'is it open?' : id);
log(
  table(
    ['workload', 'inputs', 'peer', 'sample', ...verdicts],
    guard.map((g) => [title(g.workload), g.inputs, g.peer.label, String(g.sample), ...verdicts.map((v) => String(g.counts[v] || '·'))]),
    [false, false, false, true, true, true, true, true, true, true, true],
  ),
);
log();
for (const v of verdicts.slice(1)) log(`- ${v}: ${VERDICT_TEXT[v]}`);
log();
const withExamples = guard.filter((g) => g.examples.length > 0);
if (withExamples.length > 0) {
  log('Examples (Europe/Athens wall time):');
  for (const g of withExamples) {
    for (const e of g.examples) log(`- ${g.peer.label}, ${title(g.workload)} (${g.inputs}): ${e}`);
  }
  log();
}
const unexplained = guard.reduce((n, g) => n + g.counts.other, 0);
log(unexplained === 0 ? 'Every disagreement is explained by one of the classes above.' : `${unexplained} disagreements are NOT explained by the classes above (see the examples).`);
log();

// ----- timing ------------------------------------------------------------------------------------
interface Row {
  workload: WorkloadId;
  impl: string;
  holidays: string;
  m: Measurement;
  kind: 'millis' | 'luxon' | 'peer';
  peer?: Peer;
}
const rows: Row[] = [];
const run = (label: string, op: Op): Measurement => {
  progress(label);
  return measure(op, { ...HARNESS, inputs: N });
};

const baseline = run('empty loop', (i) => i & MASK);
for (const w of WORKLOADS) {
  rows.push({ workload: w.id, impl: 'support-sla …Millis API', holidays: 'yes', kind: 'millis', m: run(`${w.id} ours millis`, ours.millis[w.id]) });
  rows.push({ workload: w.id, impl: 'support-sla luxon API', holidays: 'yes', kind: 'luxon', m: run(`${w.id} ours luxon`, ours.luxon[w.id]) });
  for (const p of peers) {
    let op: Op | undefined;
    if ((w.id === 'add4h' || w.id === 'add2000h') && p.addHours !== undefined) {
      const h = w.id === 'add4h' ? 4 : 2000;
      const f = p.addHours;
      op = (i) => f(i, h);
    } else if ((w.id === 'between30d' || w.id === 'between2y') && p.between !== undefined) {
      const span = w.id === 'between30d' ? '30d' : '2y';
      const f = p.between;
      op = (i) => f(i, span);
    } else if (w.id === 'add5d' && p.addDays !== undefined) {
      const f = p.addDays;
      op = (i) => f(i, 5);
    }
    if (op === undefined) continue;
    rows.push({ workload: w.id, impl: p.label, holidays: p.holidays ? 'yes (same dates)' : 'NO (weekends only)', kind: 'peer', peer: p, m: run(`${w.id} ${p.id}`, op) });
  }
}

log('## Throughput (ns per operation, median of runs; lower is better)');
log();
const tableRows: string[][] = [];
for (const w of WORKLOADS) {
  const mine = rows.filter((r) => r.workload === w.id);
  const millis = mine.find((r) => r.kind === 'millis') as Row;
  const lux = mine.find((r) => r.kind === 'luxon') as Row;
  for (const r of mine) {
    const isPeer = r.kind === 'peer';
    tableRows.push([
      w.title,
      r.impl,
      r.holidays,
      fmtNs(r.m.nsPerOp),
      fmtNs(r.m.wallNsPerOp),
      isPeer ? fmtRatio(r.m.nsPerOp / millis.m.nsPerOp) : r.kind === 'luxon' ? `(${fmtRatio(r.m.nsPerOp / millis.m.nsPerOp)} of …Millis)` : '',
      isPeer ? fmtRatio(r.m.nsPerOp / lux.m.nsPerOp) : '',
      `${r.m.itersPerRun.toLocaleString('en-US')}${r.m.inputsUsed < N ? ` (${r.m.inputsUsed} inputs)` : ''}`,
    ]);
  }
}
log(
  table(
    ['workload', 'implementation', 'holidays', 'ns/op (CPU)', 'wall', 'peer ÷ ours …Millis', 'peer ÷ ours luxon', 'ops/run'],
    tableRows,
    [false, false, false, true, true, true, true, true],
  ),
);
log();
log(`Empty measurement loop (harness floor, included in every number): ${fmtNs(baseline.nsPerOp)}/op.`);
log();

// ----- goals -------------------------------------------------------------------------------------
log('## Goals (issue 3)');
log();
const goalRows: string[][] = [];
for (const w of WORKLOADS) {
  const mine = rows.filter((r) => r.workload === w.id);
  const millis = (mine.find((r) => r.kind === 'millis') as Row).m.nsPerOp;
  const peersHere = mine.filter((r) => r.kind === 'peer');
  const withHol = peersHere.filter((r) => r.peer?.holidays === true).sort((a, b) => a.m.nsPerOp - b.m.nsPerOp)[0];
  const any = [...peersHere].sort((a, b) => a.m.nsPerOp - b.m.nsPerOp)[0];
  const ok1 = millis <= 1000;
  const r1 = withHol === undefined ? Number.NaN : withHol.m.nsPerOp / millis;
  const r2 = any === undefined ? Number.NaN : any.m.nsPerOp / millis;
  goalRows.push([
    w.title,
    `${fmtNs(millis)} ${ok1 ? 'MET' : 'NOT MET'}`,
    withHol === undefined ? '-' : `${fmtRatio(r1)} vs ${withHol.impl.split(' ')[0]} ${r1 >= 100 ? 'MET' : 'NOT MET'}`,
    any === undefined || any === withHol ? '(same)' : `${fmtRatio(r2)} vs ${any.impl.split(' ')[0]} (no holidays) ${r2 >= 100 ? 'MET' : 'NOT MET'}`,
  ]);
}
log(table(['workload', '…Millis ≤ 1 µs/op', '≥ 100× fastest holiday-aware peer', '≥ 100× fastest peer of any kind'], goalRows, [false, false, false, false]));
log();
const yearMedianOk = cold.newYearZoneCold.median <= 5;
const yearMaxOk = Math.max(cold.newYearZoneCold.max, cold.newYearZoneWarm.max) <= 5;
log(
  `Calendar year built in ≤ 5 ms: ${yearMedianOk ? 'MET' : 'NOT MET'} on the median (${fmtMs(cold.newYearZoneCold.median)} with the zone's offset table cold, ${fmtMs(cold.newYearZoneWarm.median)} warm); ` +
    `worst single year ${fmtMs(cold.newYearZoneCold.max)} cold / ${fmtMs(cold.newYearZoneWarm.max)} warm${yearMaxOk ? '' : ' (single one-shot samples: process CPU time also counts the background GC and compiler threads)'}.`,
);
log();
// ----- SLA clocks (issue 11) ------------------------------------------------------------------
progress('SLA clocks');
// in a fresh process (`bench/index.ts --clocks`, the same harness): the ratios compare our own
// operations with each other, and in this process they would also carry the peers' heaps
// (moment-timezone's zone data) and the type feedback of the luxon workloads above
const clocks = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./index.ts', import.meta.url)), '--clocks', ...(QUICK ? ['--quick'] : [])], {
  encoding: 'utf8',
  maxBuffer: 1 << 24,
});
if (clocks.status !== 0) throw new Error(`the SLA-clocks section failed: ${clocks.stderr}`);
for (const line of clocks.stdout.trimEnd().split('\n')) log(line);
log();
log(`Total bench time: ${((Date.now() - t0) / 1000).toFixed(1)} s; load average at the end ${load()} (on ${cpus().length} cores: a load above that means other processes shared the CPU and the numbers are noisier).`);
