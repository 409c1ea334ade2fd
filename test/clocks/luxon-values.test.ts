/**
 * evaluateTicket's clock and cycle results make their luxon values on first read (like
 * `explanation`): each field reads as the DateTime or Duration of the epoch-ms result, a value
 * read twice is the same object, the instants and durations of one ticket are shared, and the
 * JSON of a result has every field in the order of the type.
 */
import * as E from 'fp-ts/lib/Either.js';
import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { evaluateTicket, evaluateTicketMillis, makePlan, type ClockResult, type CycleResult, type CycleResultMillis, type TicketSla, type TicketSlaMillis } from '../../src/index.js';
import { eventsIn, HOUR, local, office } from '../support/sla-fixtures.js';

const zone = 'Europe/Athens';
const ev = eventsIn(zone);
const plan = makePlan({
  id: 'x',
  calendars: { office: office(zone), ny: office('America/New_York') },
  defaultCalendar: 'office',
  priorities: [{ id: 'p1' }, { id: 'p2' }],
  defaultPriority: 'p2',
  clocks: [
    { id: 'fr', kind: 'firstResponse', targets: { p1: { businessTime: { hours: 1 } }, p2: { businessTime: { hours: 2 } } } },
    { id: 'pu', kind: 'periodicUpdate', targets: { p1: { businessTime: { hours: 1 } }, p2: { businessTime: { hours: 3 } } }, warnings: [{ percent: 50 }, { remaining: { minutes: 30 } }] },
    { id: 'r', kind: 'resolution', targets: { p1: { businessTime: { hours: 4 }, calendar: 'ny' }, p2: { businessDays: 2 } } },
  ],
});
const events = [
  ev.created('2025-06-02 10:00'),
  ev.status('2025-06-02 10:30', 'pending'),
  ev.status('2025-06-02 11:00', 'open'),
  ev.agent('2025-06-02 13:00'),
  ev.agent('2025-06-02 18:00'),
  ev.priority('2025-06-03 09:00', 'p1'),
];
const asOf = local(zone, '2025-06-03 12:00');

const both = (): { l: TicketSla; m: TicketSlaMillis } => {
  const l = evaluateTicket(plan, { events }, asOf);
  const m = evaluateTicketMillis(plan, { events }, asOf);
  if (E.isLeft(l) || E.isLeft(m)) throw new Error('unexpected issues');
  return { l: l.right, m: m.right };
};

const INSTANTS = ['startedAt', 'dueAt', 'completedAt', 'breachedAt'] as const;
const DURATIONS = ['budget', 'elapsed', 'remaining', 'paused', 'elapsedWall', 'pausedWall'] as const;
const FIELDS = ['state', 'breached', ...INSTANTS, ...DURATIONS, 'percent', 'warnings'];

const agrees = (a: CycleResult, b: CycleResultMillis, calendarZone: string): void => {
  for (const k of INSTANTS) {
    const v = a[k];
    expect(v === null ? null : v.toMillis(), k).toBe(b[k]);
    if (v !== null) expect(v.zoneName, k).toBe(calendarZone);
    expect(a[k], `${k} read twice`).toBe(v);
  }
  for (const k of DURATIONS) {
    expect(Duration.isDuration(a[k]), k).toBe(true);
    expect(a[k].toMillis(), k).toBe(b[k]);
    expect(a[k], `${k} read twice`).toBe(a[k]);
  }
  expect(a.warnings.map((w) => [w.threshold, w.at.toMillis()])).toEqual(
    b.warnings.map((w) => ['percent' in w.threshold ? w.threshold : { remaining: Duration.fromMillis(w.threshold.remaining) }, w.at]),
  );
  expect(a.warnings).toBe(a.warnings);
  expect(a.explanation).toBe(a.explanation);
};

describe('evaluateTicket: luxon values made on first read', () => {
  it('every instant and duration of every clock and cycle reads as the epoch-ms result, in the calendar zone, the same object each time', () => {
    const { l, m } = both();
    expect(l.clocks.map((c) => c.clock)).toEqual(['fr', 'pu', 'r']);
    l.clocks.forEach((c, i) => {
      const mc = m.clocks[i]!;
      const calendarZone = c.clock === 'r' ? 'America/New_York' : zone;
      agrees(c, mc, calendarZone);
      c.cycles.forEach((y, j) => agrees(y, mc.cycles[j]!, calendarZone));
      expect([c.state, c.breached, c.percent, c.clock, c.kind, c.priority, c.target]).toEqual([mc.state, mc.breached, mc.percent, mc.clock, mc.kind, mc.priority, mc.target]);
    });
  });

  it("a clock's figures are its last cycle's very objects; one ticket's equal instants are one DateTime", () => {
    const { l } = both();
    const pu = l.clocks.find((c) => c.clock === 'pu') as ClockResult;
    const last = pu.cycles[pu.cycles.length - 1] as CycleResult;
    for (const k of [...INSTANTS.filter((x) => x !== 'breachedAt'), ...DURATIONS]) expect(pu[k], k).toBe(last[k]);
    expect(pu.warnings).toBe(last.warnings);
    const fr = l.clocks.find((c) => c.clock === 'fr') as ClockResult;
    expect(fr.startedAt).toBe(l.createdAt); // the same instant, the same zone
    expect(fr.completedAt).toBe(pu.cycles[0]!.startedAt); // the first agent message, both
  });

  it('JSON has every field, in the order of the type, with the explanation', () => {
    const { l, m } = both();
    const json = JSON.parse(JSON.stringify(l)) as { clocks: Record<string, unknown>[] };
    json.clocks.forEach((c, i) => {
      expect(Object.keys(c)).toEqual([...FIELDS, 'clock', 'kind', 'priority', 'target', 'cycles', 'explanation']);
      expect((c['cycles'] as Record<string, unknown>[]).map((y) => Object.keys(y))).toEqual(m.clocks[i]!.cycles.map(() => [...FIELDS, 'explanation']));
      const lc = l.clocks[i]!;
      expect(c['dueAt']).toBe(lc.dueAt === null ? null : lc.dueAt.toISO());
      expect(c['budget']).toBe(lc.budget.toISO());
    });
    expect(Object.keys(JSON.parse(JSON.stringify(m.clocks[0])) as object)).toEqual([...FIELDS, 'clock', 'kind', 'priority', 'target', 'cycles', 'explanation']);
  });

  it('reading the fields in any order gives the same values', () => {
    const a = both().l;
    const b = both().l;
    const keys = [...INSTANTS, ...DURATIONS];
    const value = (c: ClockResult, k: (typeof keys)[number]): string | number | null => {
      const v = c[k];
      return v === null ? null : Duration.isDuration(v) ? v.toMillis() : (v as DateTime).toISO();
    };
    const forward = a.clocks.map((c) => keys.map((k) => value(c, k)));
    const backward = b.clocks.map((c) => [...keys].reverse().map((k) => value(c, k)).reverse());
    expect(backward).toEqual(forward);
    expect(a.clocks[0]!.elapsed.toMillis()).toBe(2 * HOUR + 30 * 60_000); // 10:00-13:00 less the 10:30-11:00 pause
  });
});

describe("evaluateTicketMillis: a clock's cycles made on first read", () => {
  it("the same array each time; its last cycle has the clock's figures (breach apart), and shares the clock's warnings", () => {
    const { m } = both();
    const pu = m.clocks.find((c) => c.clock === 'pu')!;
    expect(pu.cycles).toBe(pu.cycles);
    expect(pu.cycles.length).toBeGreaterThan(1);
    const last = pu.cycles[pu.cycles.length - 1]!;
    for (const k of ['state', 'startedAt', 'dueAt', 'completedAt', ...DURATIONS, 'percent'] as const) expect(pu[k], k).toBe(last[k]);
    expect(pu.warnings).toBe(last.warnings);
    expect(pu.explanation).toEqual(last.explanation);
    expect(Object.keys(pu)).not.toContain('cycles'); // a getter, like explanation
    expect(Object.keys(JSON.parse(JSON.stringify(pu)) as object)).toContain('cycles');
  });

  it('a clock is breached when any of its cycles is: at the last cycle\'s breach, else at the first earlier one', () => {
    // a reply is due 2 h after each customer message; the first is late, the second on time
    const p = makePlan({
      id: 'b', calendars: { office: office(zone) }, defaultCalendar: 'office', priorities: [{ id: 'p1' }], defaultPriority: 'p1',
      clocks: [{ id: 'nr', kind: 'nextReply', targets: { p1: { businessTime: { hours: 2 } } } }],
    });
    const log = [
      ev.created('2025-06-02 10:00'),
      ev.agent('2025-06-02 10:30'),
      ev.customer('2025-06-02 11:00'), // answered at 14:00, 3 h later: breached at 13:00
      ev.agent('2025-06-02 14:00'),
      ev.customer('2025-06-02 15:00'), // answered at 16:00: met
      ev.agent('2025-06-02 16:00'),
    ];
    const r = evaluateTicketMillis(p, { events: log }, local(zone, '2025-06-03 12:00'));
    if (E.isLeft(r)) throw new Error('unexpected issues');
    const nr = r.right.clocks[0]!;
    expect(nr.cycles.map((c) => c.breached)).toEqual([true, false]);
    expect(nr.breached).toBe(true);
    expect(nr.breachedAt).toBe(nr.cycles[0]!.breachedAt);
    expect(nr.breachedAt).toBe(local(zone, '2025-06-02 13:00'));
    expect(nr.cycles[1]!.breachedAt).toBeNull();
  });
});
