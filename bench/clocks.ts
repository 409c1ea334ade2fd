/**
 * The SLA clocks in the benchmark (issue 11): evaluateTicketMillis per clock against one
 * addBusinessMillis call, evaluateTicket against evaluateTicketMillis on the same tickets, and a
 * 10,000-event ticket, all in the same run and on the benchmark calendar (Athens, Greek holidays).
 */
import { cpus } from 'node:os';
import * as E from 'fp-ts/lib/Either.js';
import { addBusinessMillis, evaluateTicket, evaluateTicketMillis, makePlan, type Plan } from '../src/index.js';
import { measure, measurePair, timeOnce, type HarnessOptions, type Measurement } from './harness.js';
import { eventOf, HOLIDAY_DATES, HOUR, MINUTE, mulberry32, N, specWith } from './setup.js';

export interface ClocksBench {
  readonly lines: string[];
  /** Per clock ÷ addBusinessMillis on the 1-clock plan. */
  readonly oneClockRatio: number;
  /** Per clock ÷ addBusinessMillis on the 4-clock plan. */
  readonly fourClockRatio: number;
  /** The ticket on the plan without clocks ÷ addBusinessMillis. */
  readonly readingRatio: number;
  /** Per clock ÷ addBusinessMillis on the 1-clock plan, the same 64 tickets again and again (in the cache). */
  readonly oneClockCachedRatio: number;
  /** Per clock ÷ addBusinessMillis on the 1-clock plan, measured after the 10,000-event ticket. */
  readonly oneClockAfterBigRatio: number;
  /** Per clock ÷ addBusinessMillis on the 1-clock plan, measured while 81,920 earlier results are kept. */
  readonly oneClockKeptRatio: number;
}

const targets = (h: number) => ({ p1: { businessTime: { hours: h } }, p2: { businessTime: { hours: 4 * h } } });
const planWith = (clocks: unknown[]): Plan =>
  makePlan({
    id: 'bench',
    calendars: { office: specWith(HOLIDAY_DATES) },
    defaultCalendar: 'office',
    priorities: [{ id: 'p1' }, { id: 'p2' }],
    defaultPriority: 'p2',
    clocks,
  });

/** The 1-clock plan (a first-response clock: 1 h for p1, 4 h for p2, the default). */
export const oneClockPlan = (): Plan => planWith([{ id: 'response', kind: 'firstResponse', targets: targets(1) }]);

/**
 * The section's tickets: N typical tickets (created, a pause, an agent reply, a customer message,
 * the next reply, solved) at random minutes of 2025-2026, epoch-ms instants, each with its
 * `asOf`, 48 h after creation.
 */
export const typicalTickets = () => {
  const rnd = mulberry32(11);
  const starts = Array.from({ length: N }, () => Date.UTC(2025, 0, 1) + Math.floor(rnd() * 700 * 24 * 60) * MINUTE);
  const log = (s: number) => [
    { type: 'created', at: s, channel: 'email' },
    { type: 'status', at: s + 1 * HOUR, status: 'pending' },
    { type: 'status', at: s + 3 * HOUR, status: 'open' },
    { type: 'message', at: s + 4 * HOUR, author: 'agent' },
    { type: 'message', at: s + 20 * HOUR, author: 'customer' },
    { type: 'message', at: s + 26 * HOUR, author: 'agent' },
    { type: 'status', at: s + 30 * HOUR, status: 'solved' },
  ];
  return { starts, tickets: starts.map((s) => ({ events: log(s) })), asOf: starts.map((s) => s + 48 * HOUR), log };
};

/** Runs the clocks section; returns the markdown lines (the caller prints them). */
export const runClocksBench = (harness: Pick<HarnessOptions, 'minRunMs' | 'runs' | 'warmupMs'>): ClocksBench => {
  // no clock: what every ticket costs before its clocks (reading and validating its events, the result)
  const zero = planWith([]);
  const one = oneClockPlan();
  const four = planWith([
    { id: 'response', kind: 'firstResponse', targets: targets(1) },
    { id: 'reply', kind: 'nextReply', targets: targets(2) },
    { id: 'update', kind: 'periodicUpdate', targets: targets(8), warnings: [{ percent: 75 }] },
    { id: 'resolution', kind: 'resolution', targets: { p1: { businessDays: 1 }, p2: { endOfBusinessDay: 2 } } },
  ]);
  const cal = one.calendars['office']!;
  const { starts, tickets, asOf, log } = typicalTickets();
  const iso = starts.map((s) => ({ events: log(s).map((e) => ({ ...e, at: new Date(e.at).toISOString() })) }));
  const clocksOf = (plan: Plan): number => {
    let n = 0;
    for (let i = 0; i < 64; i++) {
      const r = evaluateTicketMillis(plan, tickets[i], asOf[i] as number);
      if (E.isRight(r)) n += r.right.clocks.length;
    }
    return n / 64;
  };
  // build the calendar's years and warm every path before timing (the first touch of a year builds it)
  for (let i = 0; i < N; i++) {
    for (const plan of [zero, one, four]) {
      evaluateTicketMillis(plan, tickets[i], asOf[i] as number);
      evaluateTicket(plan, iso[i], asOf[i] as number);
    }
  }
  const m = (op: (i: number) => number): Measurement => measure(op, { ...harness, inputs: N });
  const H4 = 4 * HOUR;
  const add = (i: number): number => addBusinessMillis(cal, starts[i] as number, H4);
  const row = (plan: Plan, label: string) => {
    const millis = (i: number): number => {
      const r = evaluateTicketMillis(plan, tickets[i], asOf[i] as number);
      return E.isRight(r) ? r.right.clocks.length : 0;
    };
    const luxon = (i: number): number => {
      const r = evaluateTicket(plan, tickets[i], asOf[i] as number);
      return E.isRight(r) ? r.right.clocks.length : 0;
    };
    // each ratio from alternating rounds of its two operations (harness.measurePair): the
    // machine's drift between two separate measurements would otherwise be part of the ratio
    const perAdd = measurePair(millis, add, { ...harness, inputs: N });
    const perMillis = measurePair(luxon, millis, { ...harness, inputs: N });
    const isoMillis = m((i) => {
      const r = evaluateTicketMillis(plan, iso[i], asOf[i] as number);
      return E.isRight(r) ? r.right.clocks.length : 0;
    });
    const isoLuxon = m((i) => {
      const r = evaluateTicket(plan, iso[i], asOf[i] as number);
      return E.isRight(r) ? r.right.clocks.length : 0;
    });
    const clocks = clocksOf(plan);
    return {
      label,
      clocks,
      add: perAdd.b,
      perTicketMillis: perAdd.a,
      perClock: perAdd.a.nsPerOp / clocks,
      perClockRatio: perAdd.ratio / clocks,
      perClockRatios: perAdd.ratios.map((x) => x / clocks),
      perTicketLuxon: perMillis.a,
      luxonRatio: perMillis.ratio,
      isoMillis,
      isoLuxon,
    };
  };
  const reading = measurePair((i) => {
    const r = evaluateTicketMillis(zero, tickets[i], asOf[i] as number);
    return E.isRight(r) ? 1 : 0;
  }, add, { ...harness, inputs: N });
  const rows = [row(one, '1 clock (first response)'), row(four, '4 clocks (all kinds)')];
  // the 1-clock plan on 64 tickets that stay in the cache (a ticket just parsed is in the cache;
  // the 4,096 above are not: their first loads miss it). Not the judged figure: it shows what the
  // cache misses on the input cost
  const cached = measurePair((i) => {
    const r = evaluateTicketMillis(one, tickets[i & 63], asOf[i & 63] as number);
    return E.isRight(r) ? r.right.clocks.length : 0;
  }, add, { ...harness, inputs: N });
  // 10,000 events
  const t0 = Date.UTC(2025, 0, 6, 7);
  const kinds = ['customer', 'agent', 'pending', 'open', 'p1', 'p2', 'solved', 'open'];
  const events: unknown[] = [{ type: 'created', at: t0 }];
  for (let i = 1; i < 10_000; i++) {
    const at = t0 + i * 7 * MINUTE;
    const k = kinds[i % 8] as string;
    events.push(eventOf(k, at));
  }
  const big = { events };
  const bigAsOf = t0 + 70_000 * MINUTE;
  // warm both paths on this ticket first (its priority changes take code paths the 7-event tickets
  // never take: timed cold, the first figure measured the optimising compiler, not the clocks)
  for (let k = 0; k < 3; k++) {
    evaluateTicketMillis(four, big, bigAsOf);
    evaluateTicket(four, big, bigAsOf);
  }
  const bigMs = Math.min(...[0, 1, 2].map(() => timeOnce(() => evaluateTicketMillis(four, big, bigAsOf))));
  const bigLuxonMs = Math.min(...[0, 1, 2].map(() => timeOnce(() => evaluateTicket(four, big, bigAsOf))));
  // the 1-clock tickets again, after the 10,000-event ticket: its structures lived through many
  // young-generation collections, which made V8 allocate later tickets' structures in the old
  // generation while they were object literals (about 5x slower); classes are not subject to that
  const after = measurePair((i) => {
    const r = evaluateTicketMillis(one, tickets[i], asOf[i] as number);
    return E.isRight(r) ? r.right.clocks.length : 0;
  }, add, { ...harness, inputs: N });
  // the 1-clock tickets again while the caller keeps 81,920 results (a batch's figures): the
  // arrays and objects inside kept results survive, which made V8 allocate later results'
  // arrays in the old generation while they were literals (about 8x slower)
  const KEPT = 20;
  let kept: unknown[] = [];
  for (let r = 0; r < KEPT; r++) for (let i = 0; i < N; i++) kept.push(evaluateTicketMillis(one, tickets[i], asOf[i] as number));
  const whileKept = measurePair((i) => {
    const r = evaluateTicketMillis(one, tickets[i], asOf[i] as number);
    return E.isRight(r) ? r.right.clocks.length : 0;
  }, add, { ...harness, inputs: N });
  const keptCount = kept.length;
  kept = [];

  const ns = (x: number): string => (x < 1000 ? `${x.toFixed(0)} ns` : `${(x / 1000).toFixed(2)} µs`);
  const lines: string[] = [];
  lines.push(`## SLA clocks (issue 11)`);
  lines.push('');
  lines.push(
    `Plans on the benchmark calendar; ${N} tickets of 7 events (created, a pause, a reply, a customer message, a reply, solved), epoch-ms instants, asOf 48 h after creation. Each ratio is the median of ${3 * harness.runs} rounds that alternate its two operations (addBusinessMillis, 4 h, measured ${rows.map((r) => ns(r.add.nsPerOp)).join(' and ')}/op beside the two plans).`,
  );
  lines.push('');
  lines.push('| plan | clocks/ticket | evaluateTicketMillis /ticket | per clock | per clock ÷ addBusinessMillis (goal ≤ 15×) | evaluateTicket /ticket | ÷ Millis (goal ≤ 3×) | with ISO-string instants: Millis / luxon |');
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of rows) {
    const k = r.perClockRatio;
    const q = r.luxonRatio;
    lines.push(
      `| ${r.label} | ${r.clocks.toFixed(2)} | ${ns(r.perTicketMillis.nsPerOp)} | ${ns(r.perClock)} | ${k.toFixed(1)}× ${k <= 15 ? 'MET' : 'NOT MET'} | ${ns(r.perTicketLuxon.nsPerOp)} | ${q.toFixed(2)}× ${q <= 3 ? 'MET' : 'NOT MET'} | ${ns(r.isoMillis.nsPerOp)} / ${ns(r.isoLuxon.nsPerOp)} |`,
    );
  }
  lines.push(
    `| 1 clock, the same 64 tickets again and again (in the cache; not the goal's figure) | 1.00 | ${ns(cached.a.nsPerOp)} | ${ns(cached.a.nsPerOp)} | ${cached.ratio.toFixed(1)}× | | | |`,
  );
  lines.push(
    `| no clock (reading and validating the 7 events; the result) | 0 | ${ns(reading.a.nsPerOp)} | | ${reading.ratio.toFixed(1)}× addBusinessMillis (${ns(reading.b.nsPerOp)}) | | | |`,
  );
  lines.push(
    `| 1 clock, after the 10,000-event ticket below (no slower than before it) | 1.00 | ${ns(after.a.nsPerOp)} | ${ns(after.a.nsPerOp)} | ${after.ratio.toFixed(1)}× | | | |`,
  );
  lines.push(
    `| 1 clock, while ${keptCount.toLocaleString('en-US')} earlier results are kept (no slower than before) | 1.00 | ${ns(whileKept.a.nsPerOp)} | ${ns(whileKept.a.nsPerOp)} | ${whileKept.ratio.toFixed(1)}× | | | |`,
  );
  lines.push('');
  const spread = (xs: readonly number[]): string => `${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)}×`;
  lines.push(`Per-clock ratio over the rounds: ${rows.map((r) => `${r.label}: ${spread(r.perClockRatios)}`).join('; ')}.`);
  lines.push('');
  lines.push(`A ticket of 10,000 events (1,251 resolution cycles, ~2,500 update cycles; 4 clocks): evaluateTicketMillis ${bigMs.toFixed(1)} ms, evaluateTicket ${bigLuxonMs.toFixed(1)} ms (best of 3, CPU time, ${cpus().length} cores).`);
  const first = rows[0] as (typeof rows)[number];
  return { lines, oneClockRatio: first.perClockRatio, readingRatio: reading.ratio, oneClockCachedRatio: cached.ratio, oneClockAfterBigRatio: after.ratio, oneClockKeptRatio: whileKept.ratio, fourClockRatio: (rows[1] as (typeof rows)[number]).perClockRatio };
};
