/**
 * Reports merge: `mergeComplianceReports` is associative and commutative, and the report of all
 * tickets equals the merge of the reports of any split of them. Checked here on random evaluated
 * tickets (every state, breach flag, start and elapsed time a clock can show), so that the
 * counting and merging are pinned independently of the engine; `report.test.ts` checks the same
 * properties end to end on real ticket logs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ComplianceAccumulator,
  mergeComplianceReports,
  type ComplianceGroupKey,
  type ComplianceReport,
  type ReportSettings,
} from '../../src/compliance/accumulator.js';
import type { ClockState, CycleResultMillis, TicketSlaMillis } from '../../src/clocks/types.js';
import type { Issue } from '../../src/internal/issues.js';
import { InvalidInputError } from '../../src/internal/issues.js';

const DAY = 86_400_000;
const FROM = Date.UTC(2026, 2, 1);
const TO = Date.UTC(2026, 3, 1);
const AS_OF = Date.UTC(2026, 3, 3);

// ---------------------------------------------------------------------------------------------
// Random evaluated tickets
// ---------------------------------------------------------------------------------------------

const cycle = (c: { state: ClockState; breached: boolean; startedAt: number; elapsed: number }): CycleResultMillis => ({
  state: c.state,
  breached: c.breached,
  startedAt: c.startedAt,
  dueAt: c.startedAt + DAY,
  completedAt: c.state === 'completed' ? c.startedAt + c.elapsed : null,
  breachedAt: c.breached ? c.startedAt + DAY : null,
  budget: DAY,
  elapsed: c.elapsed,
  remaining: DAY - c.elapsed,
  paused: 0,
  elapsedWall: c.elapsed,
  pausedWall: 0,
  percent: (c.elapsed / DAY) * 100,
  warnings: [],
  explanation: [],
});

const cycleArb = fc
  .record({
    state: fc.constantFrom<ClockState>('running', 'paused', 'completed', 'cancelled'),
    breached: fc.boolean(),
    // around the window's edges, and exactly on them
    startedAt: fc.oneof(fc.integer({ min: FROM - 5 * DAY, max: TO + 5 * DAY }), fc.constantFrom(FROM, TO, TO - 1, FROM - 1)),
    elapsed: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 20 * DAY })),
  })
  .map(cycle);

const clockArb = fc.record({
  clock: fc.constantFrom('firstResponse', 'nextReply', 'resolution'),
  priority: fc.constantFrom('p1', 'p2', 'p3'),
  cycles: fc.array(cycleArb, { minLength: 1, maxLength: 4 }),
});

const evaluatedArb = fc
  .record({
    id: fc.option(fc.constantFrom('T1', 'T2', 'T3', 'T4'), { nil: undefined }),
    channel: fc.option(fc.constantFrom('email', 'phone', 'web'), { nil: undefined }),
    entitled: fc.boolean(),
    createdAt: fc.integer({ min: FROM - 5 * DAY, max: TO + 5 * DAY }),
    clocks: fc.array(clockArb, { maxLength: 3 }),
  })
  .map(
    (t): TicketSlaMillis => ({
      ...(t.id === undefined ? {} : { id: t.id }),
      ...(t.channel === undefined ? {} : { channel: t.channel }),
      priority: 'p1',
      createdAt: t.createdAt,
      asOf: AS_OF,
      entitlement: t.entitled ? { entitled: true } : { entitled: false, reason: 'channelNotInPlan' },
      timeZone: 'UTC',
      clocks: t.entitled
        ? t.clocks.map((c) => ({ ...c.cycles[c.cycles.length - 1]!, clock: c.clock, kind: 'resolution', priority: c.priority, target: { elapsedTime: { days: 1 } }, cycles: c.cycles }))
        : [],
    }),
  );

type Item = { readonly sla: TicketSlaMillis } | { readonly rejected: { id?: string; issues: Issue[] } };

const rejectedArb = fc.record({
  id: fc.option(fc.constantFrom('R1', 'R2', 'T1'), { nil: undefined }),
  issues: fc.array(
    fc.record({ code: fc.constantFrom('UNKNOWN_STATUS', 'NO_CREATED_EVENT'), path: fc.constant<(string | number)[]>(['events', 1]), message: fc.constantFrom('a', 'b') }),
    { minLength: 1, maxLength: 2 },
  ),
});

const itemArb: fc.Arbitrary<Item> = fc.oneof(
  { weight: 6, arbitrary: evaluatedArb.map((sla) => ({ sla })) },
  { weight: 1, arbitrary: rejectedArb.map((r) => ({ rejected: r.id === undefined ? { issues: r.issues } : { id: r.id, issues: r.issues } })) },
);
const itemsArb = fc.array(itemArb, { maxLength: 25 });

const byArb = fc.constantFrom<ComplianceGroupKey[]>([], ['clock'], ['priority'], ['channel'], ['clock', 'priority'], ['priority', 'clock', 'channel'], ['channel', 'clock']);

const settings = (by: readonly ComplianceGroupKey[], maxRejected: number | null = null): ReportSettings => ({
  planId: 'plan',
  fromMs: FROM,
  toMs: TO,
  asOfMs: AS_OF,
  by,
  maxRejected,
});

/** The report of some evaluated tickets, as `complianceReport` builds it. */
const reportOf = (items: readonly Item[], s: ReportSettings): ComplianceReport => {
  const acc = new ComplianceAccumulator(s);
  for (const item of items) {
    acc.read++;
    if ('sla' in item) acc.addTicket(item.sla);
    else acc.reject(item.rejected.id, item.rejected.issues);
  }
  return acc.toReport();
};

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('mergeComplianceReports: a report of all tickets equals the merge of the reports of any split', () => {
  it('for any assignment of tickets to shards, in any merge order', () => {
    fc.assert(
      fc.property(
        itemsArb.chain((items) => fc.tuple(fc.constant(items), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: items.length, maxLength: items.length }))),
        byArb,
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        ([items, shardOf], by, maxRejected) => {
          const s = settings(by, maxRejected);
          const shards: Item[][] = [[], [], [], []];
          items.forEach((item, i) => shards[shardOf[i] as number]!.push(item));
          const whole = reportOf(items, s);
          const parts = shards.map((shard) => reportOf(shard, s));
          expect(parts.reduce(mergeComplianceReports)).toEqual(whole);
          expect([...parts].reverse().reduce(mergeComplianceReports)).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is commutative', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, byArb, (xs, ys, by) => {
        const [a, b] = [reportOf(xs, settings(by)), reportOf(ys, settings(by))];
        expect(mergeComplianceReports(a, b)).toEqual(mergeComplianceReports(b, a));
      }),
      { numRuns: 200 },
    );
  });

  it('is associative, and the report of no tickets is its identity', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, itemsArb, byArb, fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }), (xs, ys, zs, by, max) => {
        const s = settings(by, max);
        const [a, b, c] = [reportOf(xs, s), reportOf(ys, s), reportOf(zs, s)];
        expect(mergeComplianceReports(mergeComplianceReports(a, b), c)).toEqual(mergeComplianceReports(a, mergeComplianceReports(b, c)));
        expect(mergeComplianceReports(a, reportOf([], s))).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('a report survives JSON (what a worker or a distributed engine ships) and still merges the same', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, byArb, (xs, ys, by) => {
        const [a, b] = [reportOf(xs, settings(by)), reportOf(ys, settings(by))];
        const viaJson = (r: ComplianceReport): ComplianceReport => JSON.parse(JSON.stringify(r)) as ComplianceReport;
        expect(viaJson(a)).toEqual(a);
        expect(mergeComplianceReports(viaJson(a), viaJson(b))).toEqual(mergeComplianceReports(a, b));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses to merge reports of different plans, windows, asOf, grouping or maxRejected (programmer error)', () => {
    const a = reportOf([], settings(['clock']));
    const variants: Partial<ComplianceReport>[] = [
      { planId: 'other' },
      { fromMs: FROM + 1 },
      { toMs: TO + 1 },
      { asOfMs: AS_OF + 1 },
      { by: ['priority'] },
      { maxRejected: 5 },
    ];
    for (const v of variants) {
      const b = { ...a, ...v };
      expect(() => mergeComplianceReports(a, b)).toThrow(InvalidInputError);
      try {
        mergeComplianceReports(a, b);
      } catch (e) {
        expect((e as InvalidInputError).issues.map((i) => i.code)).toEqual(['REPORTS_NOT_MERGEABLE']);
        expect((e as InvalidInputError).issues[0]?.path).toEqual([Object.keys(v)[0]]);
      }
    }
  });
});

describe('rule 8: counting (on evaluated tickets)', () => {
  it('every cycle that started in [from, to) is in exactly one row; rows add up to the total; counted = met + breached', () => {
    fc.assert(
      fc.property(itemsArb, byArb, (items, by) => {
        const r = reportOf(items, settings(by));
        let met = 0;
        let breached = 0;
        let pending = 0;
        let cancelled = 0;
        let completed = 0;
        for (const item of items) {
          if (!('sla' in item)) continue;
          for (const clock of item.sla.clocks) {
            for (const c of clock.cycles) {
              if (c.startedAt < FROM || c.startedAt >= TO) continue;
              if (c.state === 'cancelled') cancelled++;
              else if (c.breached) breached++;
              else if (c.state === 'completed') met++;
              else pending++;
              if (c.state === 'completed') completed++;
            }
          }
        }
        expect(r.total).toMatchObject({ met, breached, pending, cancelled, counted: met + breached });
        expect(r.total.elapsed.count).toBe(completed);
        expect(r.total.percentMet).toBe(met + breached === 0 ? null : (met / (met + breached)) * 100);
        if (by.length > 0) {
          const sum = (k: 'met' | 'breached' | 'pending' | 'cancelled'): number => r.rows.reduce((n, row) => n + row[k], 0);
          expect([sum('met'), sum('breached'), sum('pending'), sum('cancelled')]).toEqual([met, breached, pending, cancelled]);
          expect(r.rows.reduce((n, row) => n + row.elapsed.count, 0)).toBe(completed);
        } else {
          expect(r.rows).toEqual([]);
        }
        for (const row of r.rows) {
          expect(row.counted).toBe(row.met + row.breached);
          expect(row.met + row.breached + row.pending + row.cancelled).toBeGreaterThan(0);
          for (const key of ['clock', 'priority'] as const) expect(key in row).toBe(by.includes(key));
          if (!by.includes('channel')) expect('channel' in row).toBe(false);
        }
        expect(r.total).not.toHaveProperty('clock');
        expect(r.tickets.read).toBe(items.length);
        expect(r.tickets.rejected).toBe(items.filter((i) => 'rejected' in i).length);
      }),
      { numRuns: 300 },
    );
  });

  it('rows are ordered by their keys in the order of `by`, a ticket without a channel first', () => {
    const sla = (channel: string | undefined, clock: string, priority: string): Item => ({
      sla: {
        ...(channel === undefined ? {} : { channel }),
        priority,
        createdAt: FROM,
        asOf: AS_OF,
        entitlement: { entitled: true },
        timeZone: 'UTC',
        clocks: [{ ...cycle({ state: 'completed', breached: false, startedAt: FROM, elapsed: 1 }), clock, kind: 'firstResponse', priority, target: { elapsedTime: { hours: 1 } }, cycles: [cycle({ state: 'completed', breached: false, startedAt: FROM, elapsed: 1 })] }],
      },
    });
    const r = reportOf([sla('web', 'b', 'p2'), sla(undefined, 'a', 'p1'), sla('email', 'b', 'p1')], settings(['channel', 'clock']));
    expect(r.rows.map((row) => [row.channel, row.clock])).toEqual([
      [undefined, 'a'],
      ['email', 'b'],
      ['web', 'b'],
    ]);
  });

  it('a not-entitled ticket created in the window is counted in tickets.notEntitled, and has no clocks', () => {
    const t = (createdAt: number): Item => ({
      sla: { priority: 'p1', createdAt, asOf: AS_OF, entitlement: { entitled: false, reason: 'outsideChannelHours' }, timeZone: 'UTC', clocks: [] },
    });
    const r = reportOf([t(FROM), t(TO - 1), t(TO), t(FROM - 1)], settings(['clock']));
    expect(r.tickets.notEntitled).toBe(2);
    expect(r.total.counted + r.total.pending + r.total.cancelled).toBe(0);
  });

  it('maxRejected keeps the first rejected tickets in the report order, and counts all', () => {
    const items: Item[] = ['T9', 'T2', undefined, 'T5'].map((id) => ({ rejected: { ...(id === undefined ? {} : { id }), issues: [{ code: 'REQUIRED', path: [], message: 'm' }] } }));
    const r = reportOf(items, settings(['clock'], 2));
    expect(r.rejected.map((x) => x.id)).toEqual([undefined, 'T2']);
    expect(r.tickets.rejected).toBe(4);
  });
});
