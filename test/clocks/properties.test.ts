/**
 * Properties of the SLA clocks on random event logs, calendars and zones with DST
 * (test/support/sla-arbitraries.ts).
 */
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  alwaysOpen,
  businessMillisBetween,
  evaluateTicket,
  evaluateTicketMillis,
  isOpenMillis,
  makePlan,
  nextOpeningMillis,
  type ClockResultMillis,
  type CycleResultMillis,
  type Plan,
  type TicketSlaMillis,
} from '../../src/index.js';
import { MINUTE } from '../support/arbitraries.js';
import { slaCaseArb, ticketOf, type SlaCase } from '../support/sla-arbitraries.js';
import type { RefEvent } from '../support/sla-reference.js';
import { runs, timeoutFor } from '../support/runs.js';

const evaluate = (plan: Plan, events: readonly RefEvent[], asOf: number): TicketSlaMillis => {
  const r = evaluateTicketMillis(plan, ticketOf(events), asOf);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
/** DateTimes as epoch ms, everywhere in a value. */
const norm = (v: unknown): unknown =>
  DateTime.isDateTime(v) ? v.toMillis() : Array.isArray(v) ? v.map(norm) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)])) : v;
const cyclesOf = (sla: TicketSlaMillis): [ClockResultMillis, CycleResultMillis][] => sla.clocks.flatMap((c) => c.cycles.map((y) => [c, y] as [ClockResultMillis, CycleResultMillis]));
/** The figures that say when a clock is due and whether it breached (no pause bookkeeping). */
const core = (sla: TicketSlaMillis) =>
  sla.clocks.map((c) => ({ clock: c.clock, cycles: c.cycles.map((y) => ({ state: y.state, startedAt: y.startedAt, dueAt: y.dueAt, completedAt: y.completedAt, breached: y.breached, elapsed: y.elapsed, budget: y.budget })) }));
/** A log without status events (so that an added pause cannot solve or reopen anything). */
const noStatuses = (c: SlaCase): RefEvent[] => c.events.filter((e) => e.type !== 'status');

describe('SLA clock properties (fast-check)', () => {
  it('elapsed + remaining = budget, for every clock and cycle', () => {
    fc.assert(
      fc.property(slaCaseArb, (c) => {
        for (const [, y] of cyclesOf(evaluate(c.plan, c.events, c.asOf))) expect(y.elapsed + y.remaining).toBe(y.budget);
      }),
      runs(80),
    );
  }, timeoutFor(60_000));

  it("elapsed never exceeds the calendar's business time from the start to asOf (or the completion)", () => {
    fc.assert(
      fc.property(slaCaseArb, (c) => {
        for (const [, y] of cyclesOf(evaluate(c.plan, c.events, c.asOf))) {
          const target = y.explanation.find((s) => s.step === 'target');
          if (target?.step !== 'target') throw new Error('no target step');
          const cal = target.calendar === '24/7' ? alwaysOpen(target.timeZone) : c.plan.calendars[target.calendar]!;
          const end = y.completedAt ?? c.asOf;
          expect(y.elapsed).toBeLessThanOrEqual(businessMillisBetween(cal, y.startedAt, Math.max(end, y.startedAt)));
          expect(y.elapsed).toBeGreaterThanOrEqual(0);
        }
      }),
      runs(60),
    );
  }, timeoutFor(60_000));

  it('a pause never makes dueAt earlier', () => {
    fc.assert(
      fc.property(slaCaseArb, fc.integer({ min: 0, max: 3 * 24 * 60 }), fc.integer({ min: 1, max: 24 * 60 }), (c, from, len) => {
        const events = noStatuses(c);
        const created = (events[0] as RefEvent).at;
        const a = created + from * MINUTE;
        const paused: RefEvent[] = [...events, { type: 'status', at: a, status: 'pending' }, { type: 'status', at: a + len * MINUTE, status: 'open' }];
        const plain = evaluate(c.plan, events, c.asOf);
        const withPause = evaluate(c.plan, paused, c.asOf);
        plain.clocks.forEach((clock, i) => {
          const other = withPause.clocks[i]!;
          expect(other.clock).toBe(clock.clock);
          clock.cycles.forEach((y, j) => {
            const z = other.cycles[j]!;
            if (y.dueAt !== null && z.dueAt !== null) expect(z.dueAt).toBeGreaterThanOrEqual(y.dueAt);
            // (elapsed is the deciding target's: with earlierOf the deciding target may change;
            // the plan's clock by its id `c<k>`: a clock with no cycle is not listed, so the
            // result's index is not the plan's)
            if (c.clocks[Number(clock.clock.slice(1))]?.policy !== 'earlierOf') expect(z.elapsed).toBeLessThanOrEqual(y.elapsed);
          });
        });
      }),
      runs(60),
    );
  }, timeoutFor(60_000));

  it('a pause wholly inside closed time changes nothing', () => {
    fc.assert(
      fc.property(slaCaseArb, fc.integer({ min: 0, max: 3 * 24 * 60 }), (c, from) => {
        const events = noStatuses(c);
        const created = (events[0] as RefEvent).at;
        const cal = c.plan.calendars['office']!;
        const a = created + from * MINUTE;
        fc.pre(!isOpenMillis(cal, a));
        const b = nextOpeningMillis(cal, a);
        // only clocks on the office calendar: 24/7 targets are never closed
        const office = makePlan({ ...c.plan, calendars: { office: c.scenario.spec, always: { alwaysOpen: c.scenario.spec.timeZone } }, clocks: c.plan.clocks.filter((k) => Object.values(k.targets).every((t) => 'businessTime' in t)).map((k) => ({ ...k, pauseOn: ['pending'] })) });
        const paused: RefEvent[] = [...events, { type: 'status', at: a, status: 'pending' }, { type: 'status', at: b, status: 'open' }];
        const asOf = Math.max(c.asOf, b);
        expect(core(evaluate(office, paused, asOf))).toEqual(core(evaluate(office, events, asOf)));
      }),
      runs(60),
    );
  }, timeoutFor(60_000));

  it('a later asOf never un-breaches a completed clock', () => {
    fc.assert(
      fc.property(slaCaseArb, fc.integer({ min: 1, max: 5 * 24 * 60 }), (c, more) => {
        const now = evaluate(c.plan, c.events, c.asOf);
        const later = evaluate(c.plan, c.events, c.asOf + more * MINUTE);
        for (const clock of now.clocks) {
          const after = later.clocks.find((x) => x.clock === clock.clock)!;
          clock.cycles.forEach((y, j) => {
            const z = after.cycles[j];
            if (y.state === 'completed' && z !== undefined && z.completedAt === y.completedAt) {
              expect(z.breached).toBe(y.breached);
              expect(z.dueAt).toBe(y.dueAt);
            }
          });
          if (clock.breached && clock.state === 'completed') expect(after.breached).toBe(true);
        }
      }),
      runs(60),
    );
  }, timeoutFor(60_000));

  it('keepElapsed (any policy) to the same priority is the identity', () => {
    fc.assert(
      fc.property(slaCaseArb, fc.integer({ min: 0, max: 4 * 24 * 60 }), (c, at) => {
        const sorted = c.events.map((e, i) => ({ e, i })).sort((x, y) => x.e.at - y.e.at || (x.e.type === 'created' ? -1 : y.e.type === 'created' ? 1 : x.i - y.i));
        const created = sorted[0]!.e as Extract<RefEvent, { type: 'created' }>;
        const t = created.at + at * MINUTE;
        let current = created.priority;
        for (const { e } of sorted) if (e.type === 'priority' && e.at <= t) current = e.priority;
        const same: RefEvent[] = [...c.events, { type: 'priority', at: t, priority: current }];
        expect(evaluate(c.plan, same, c.asOf)).toEqual(evaluate(c.plan, c.events, c.asOf));
      }),
      runs(60),
    );
  }, timeoutFor(60_000));

  it('a bigger budget never gives an earlier dueAt', () => {
    fc.assert(
      fc.property(slaCaseArb, fc.integer({ min: 0, max: 24 * 60 }), (c, extra) => {
        const events = c.events.filter((e) => e.type !== 'priority');
        const bigger = makePlan({
          ...c.plan,
          calendars: { office: c.scenario.spec, always: { alwaysOpen: c.scenario.spec.timeZone } },
          clocks: c.plan.clocks.map((k) => ({
            ...k,
            targets: Object.fromEntries(
              Object.entries(k.targets).map(([p, t]) => [p, 'businessTime' in t ? { businessTime: { milliseconds: (t.businessTime as { milliseconds: number }).milliseconds + extra * MINUTE } } : { elapsedTime: { milliseconds: ((t as { elapsedTime: { milliseconds: number } }).elapsedTime.milliseconds) + extra * MINUTE } }]),
            ),
          })),
        });
        const small = evaluate(c.plan, events, c.asOf);
        const big = evaluate(bigger, events, c.asOf);
        small.clocks.forEach((clock, i) =>
          clock.cycles.forEach((y, j) => {
            const z = big.clocks[i]!.cycles[j]!;
            if (y.dueAt !== null && z.dueAt !== null) expect(z.dueAt).toBeGreaterThanOrEqual(y.dueAt);
            if (y.dueAt === null) expect(z.dueAt).toBeNull();
            if (!y.breached) expect(z.breached).toBe(false);
          }),
        );
      }),
      runs(60),
    );
  }, timeoutFor(60_000));

  it('evaluateTicket agrees with evaluateTicketMillis (every instant, duration and explanation step)', () => {
    fc.assert(
      fc.property(slaCaseArb, (c) => {
        const m = evaluate(c.plan, c.events, c.asOf);
        const r = evaluateTicket(c.plan, ticketOf(c.events), c.asOf);
        if (E.isLeft(r)) throw new Error('left');
        const l = r.right;
        expect([l.priority, l.createdAt.toMillis(), l.asOf.toMillis(), l.timeZone, l.entitlement]).toEqual([m.priority, m.createdAt, m.asOf, m.timeZone, m.entitlement]);
        expect(l.clocks.length).toBe(m.clocks.length);
        const ms = (x: { toMillis(): number } | null): number | null => (x === null ? null : x.toMillis());
        const same = (a: (typeof l.clocks)[number]['cycles'][number], b: CycleResultMillis) => {
          expect([a.state, a.breached, a.percent]).toEqual([b.state, b.breached, b.percent]);
          expect([a.startedAt, a.dueAt, a.completedAt, a.breachedAt].map(ms)).toEqual([b.startedAt, b.dueAt, b.completedAt, b.breachedAt]);
          expect([a.budget, a.elapsed, a.remaining, a.paused, a.elapsedWall, a.pausedWall].map((d) => d.toMillis())).toEqual([b.budget, b.elapsed, b.remaining, b.paused, b.elapsedWall, b.pausedWall]);
          expect(a.warnings.map((w) => w.at.toMillis())).toEqual(b.warnings.map((w) => w.at));
          expect(a.explanation.map(norm)).toEqual(b.explanation);
        };
        l.clocks.forEach((lc, i) => {
          const mc = m.clocks[i]!;
          expect([lc.clock, lc.kind, lc.priority, lc.target]).toEqual([mc.clock, mc.kind, mc.priority, mc.target]);
          same(lc, mc);
          lc.cycles.forEach((y, j) => same(y, mc.cycles[j]!));
          const target = lc.explanation.find((s) => s.step === 'target');
          if (lc.dueAt !== null && target?.step === 'target') expect(lc.dueAt.zoneName).toBe(target.timeZone);
        });
      }),
      runs(60),
    );
  }, timeoutFor(60_000));
});
