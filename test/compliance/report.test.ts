/**
 * complianceReport end to end (API.md rule 8), on real ticket logs evaluated by the clocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  complianceReport,
  evaluateTicketMillis,
  makePlan,
  mergeComplianceReports,
  type ComplianceReport,
  type ComplianceReportOptions,
  type PlanSpec,
  type TicketInput,
} from '../../src/index.js';
import { syntheticPlanSpec, syntheticTicket } from '../../examples/data/synthetic.js';

const HOUR = 3_600_000;
const office = ['09:00-17:00'];

/** The plan of the example in docs/compliance.md. */
const docsSpec: PlanSpec = {
  id: 'docs',
  calendars: { office: { timeZone: 'Europe/Athens', week: { mon: office, tue: office, wed: office, thu: office, fri: office } } },
  defaultCalendar: 'office',
  priorities: [{ id: 'high' }, { id: 'normal' }],
  defaultPriority: 'normal',
  clocks: [
    { id: 'firstResponse', kind: 'firstResponse', targets: { high: { businessTime: { hours: 1 } }, normal: { businessTime: { hours: 4 } } } },
    { id: 'nextReply', kind: 'nextReply', targets: { high: { businessTime: { hours: 2 } }, normal: { businessTime: { hours: 8 } } } },
  ],
};
const plan = makePlan(docsSpec);
const MARCH: ComplianceReportOptions = { from: '2026-03-01T00:00:00+02:00', to: '2026-04-01T00:00:00+03:00', asOf: '2026-04-02T09:00:00+03:00' };

const created = (at: string, extra: Record<string, unknown> = {}) => ({ type: 'created' as const, at, ...extra });
const agent = (at: string, visibility: 'public' | 'internal' = 'public') => ({ type: 'message' as const, at, author: 'agent' as const, visibility });
const customer = (at: string) => ({ type: 'message' as const, at, author: 'customer' as const });
const status = (at: string, s: string) => ({ type: 'status' as const, at, status: s });

/** The tickets of the example in docs/compliance.md. */
const docsTickets: TicketInput[] = [
  { id: 'A', events: [created('2026-03-02T10:00:00+02:00'), agent('2026-03-02T11:00:00+02:00')] },
  { id: 'B', events: [created('2026-03-06T16:00:00+02:00'), agent('2026-03-09T13:00:00+02:00')] },
  { id: 'C', events: [created('2026-03-30T15:00:00+03:00'), status('2026-03-30T15:30:00+03:00', 'pending')] },
  {
    id: 'D',
    events: [created('2026-02-24T10:00:00+02:00'), agent('2026-02-24T10:30:00+02:00'), customer('2026-03-03T09:00:00+02:00'), agent('2026-03-05T12:00:00+02:00')],
  },
  { id: 'E', events: [created('2026-03-31T16:00:00+03:00'), agent('2026-03-31T16:10:00+03:00', 'internal')] },
  { id: 'F', events: [created('2026-03-11T10:00:00+02:00'), status('2026-03-11T11:00:00+02:00', 'banana')] },
];

const right = (r: ReturnType<typeof complianceReport>): ComplianceReport => {
  if (r._tag === 'Left') throw new Error(`unexpected Left: ${JSON.stringify(r.left)}`);
  return r.right;
};
const near = (x: number | null, expected: number): void => {
  expect(x).not.toBeNull();
  expect(Math.abs((x as number) - expected)).toBeLessThanOrEqual(expected / 256);
};

describe('the example of docs/compliance.md', () => {
  const r = right(complianceReport(plan, docsTickets, { ...MARCH, by: ['clock'] }));

  it('counts the first responses: A met, B breached, C pending, E breached open past due', () => {
    const fr = r.rows.find((row) => row.clock === 'firstResponse');
    expect(fr).toMatchObject({ met: 1, breached: 2, counted: 3, pending: 1, cancelled: 0 });
    expect(fr?.percentMet).toBeCloseTo(100 / 3, 10);
    expect(fr?.elapsed).toMatchObject({ count: 2, medianMs: 1 * HOUR, p90Ms: 5 * HOUR, maxMs: 5 * HOUR });
  });

  it("counts D's next-reply cycle in March although the ticket was created in February", () => {
    const nr = r.rows.find((row) => row.clock === 'nextReply');
    expect(nr).toMatchObject({ met: 0, breached: 1, counted: 1, pending: 0, cancelled: 0, percentMet: 0 });
    expect(nr?.elapsed).toMatchObject({ count: 1, medianMs: 19 * HOUR, p90Ms: 19 * HOUR, maxMs: 19 * HOUR });
  });

  it('totals every clock, lists F as rejected with its issue and path, and counts the tickets', () => {
    expect(r.total).toMatchObject({ met: 1, breached: 3, counted: 4, pending: 1, cancelled: 0, percentMet: 25 });
    expect(r.total).not.toHaveProperty('clock');
    near(r.total.elapsed.medianMs, 5 * HOUR);
    expect(r.total.elapsed.p90Ms).toBe(19 * HOUR);
    expect(r.tickets).toEqual({ read: 6, skipped: 0, rejected: 1, notEntitled: 0 });
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.id).toBe('F');
    expect(r.rejected[0]?.issues.map((i) => [i.code, i.path])).toEqual([['UNKNOWN_STATUS', ['events', 1, 'status']]]);
  });
});

describe('rule 8: compliance', () => {
  it('a clock belongs to the report when it started in [from, to): from is in, to is out (DST between them)', () => {
    const tickets = ['2026-02-28T23:59:59+02:00', '2026-03-01T00:00:00+02:00', '2026-03-31T23:59:59+03:00', '2026-04-01T00:00:00+03:00'].map(
      (at, i): TicketInput => ({ id: `W${i}`, events: [created(at), agent(at)] }),
    );
    const r = right(complianceReport(plan, tickets, { ...MARCH, asOf: '2026-04-01T00:00:00+03:00', by: [] }));
    expect(r.total.met).toBe(2);
    expect(r.tickets).toMatchObject({ read: 4, skipped: 1 }); // created at `to`: not evaluated
  });

  it('met and breached are counted; a running or paused clock not yet past due is pending; one past due counts as breached', () => {
    const asOf = '2026-03-10T12:00:00+02:00';
    const tickets: TicketInput[] = [
      { id: 'running, not due', events: [created('2026-03-10T10:00:00+02:00')] }, // due Wed 11 Mar 10:00
      { id: 'running, past due', events: [created('2026-03-09T10:00:00+02:00')] }, // due Tue 10 Mar 10:00
      { id: 'paused, not due', events: [created('2026-03-10T11:00:00+02:00'), status('2026-03-10T11:30:00+02:00', 'pending')] },
      { id: 'paused, past due', events: [created('2026-03-06T09:00:00+02:00'), status('2026-03-09T09:00:00+02:00', 'onHold')] },
    ];
    const r = right(complianceReport(plan, tickets, { from: '2026-03-01T00:00:00+02:00', to: '2026-03-11T00:00:00+02:00', asOf, by: [] }));
    expect(r.total).toMatchObject({ met: 0, breached: 2, counted: 2, pending: 2, cancelled: 0, percentMet: 0 });
    expect(r.total.elapsed.count).toBe(0); // nothing completed
  });

  it('cancelled clocks are not counted: a next-reply cycle the solve cancelled', () => {
    const t: TicketInput = {
      id: 'thanks',
      events: [created('2026-03-02T10:00:00+02:00'), agent('2026-03-02T10:30:00+02:00'), customer('2026-03-02T11:00:00+02:00'), status('2026-03-02T11:05:00+02:00', 'solved')],
    };
    const r = right(complianceReport(plan, [t], { ...MARCH, by: ['clock'] }));
    expect(r.rows.find((row) => row.clock === 'nextReply')).toMatchObject({ met: 0, breached: 0, counted: 0, cancelled: 1, percentMet: null });
  });

  it('each cycle of a multi-cycle clock is counted, each in the window it started in', () => {
    const t: TicketInput = {
      id: 'chatty',
      events: [
        created('2026-03-02T10:00:00+02:00'),
        agent('2026-03-02T10:10:00+02:00'),
        customer('2026-03-02T11:00:00+02:00'),
        agent('2026-03-02T12:00:00+02:00'), // cycle 1 met
        customer('2026-03-03T09:00:00+02:00'),
        agent('2026-03-05T09:00:00+02:00'), // cycle 2 breached (8 h)
        customer('2026-03-31T16:00:00+03:00'),
        agent('2026-04-01T10:00:00+03:00'), // cycle 3 met, started in March, completed in April
        customer('2026-04-01T11:00:00+03:00'), // cycle 4: April, not in the report
      ],
    };
    const r = right(complianceReport(plan, [t], { ...MARCH, by: ['clock'] }));
    expect(r.rows.find((row) => row.clock === 'nextReply')).toMatchObject({ met: 2, breached: 1, counted: 3, pending: 0 });
  });

  it('percentMet = met / counted × 100, and null when nothing is counted', () => {
    const r = right(complianceReport(plan, [], { ...MARCH, by: ['clock'] }));
    expect(r.rows).toEqual([]);
    expect(r.total.percentMet).toBeNull();
    expect(r.total.counted).toBe(0);
  });

  it('groups by the clock priority as of asOf (after a change) and by channel', () => {
    const t: TicketInput = {
      id: 'escalated',
      events: [created('2026-03-02T10:00:00+02:00', { channel: 'email' }), { type: 'priority', at: '2026-03-02T10:05:00+02:00', priority: 'high' }, agent('2026-03-02T10:30:00+02:00')],
    };
    const u: TicketInput = { id: 'plain', events: [created('2026-03-02T10:00:00+02:00'), agent('2026-03-02T10:30:00+02:00')] };
    const r = right(complianceReport(plan, [t, u], { ...MARCH, by: ['priority', 'channel'] }));
    expect(r.rows.map((row) => [row.priority, row.channel, row.met])).toEqual([
      ['high', 'email', 1],
      ['normal', undefined, 1],
    ]);
  });

  it('not-entitled tickets get no clocks and are counted in tickets.notEntitled (created in the window only)', () => {
    const p = makePlan({ ...docsSpec, id: 'channels', channels: { email: {}, phone: { calendar: 'office' } } });
    const phoneOn = (at: string, id: string): TicketInput => ({ id, events: [created(at, { channel: 'phone' }), agent(at)] });
    const r = right(
      complianceReport(
        p,
        [phoneOn('2026-03-07T10:00:00+02:00', 'Saturday'), phoneOn('2026-02-28T10:00:00+02:00', 'February Saturday'), phoneOn('2026-03-09T10:00:00+02:00', 'Monday')],
        MARCH,
      ),
    );
    expect(r.tickets.notEntitled).toBe(1);
    expect(r.total).toMatchObject({ met: 1, counted: 1 });
  });
});

describe('bad input', () => {
  it('a ticket that fails to parse is listed in rejected with its issues; every other ticket counts', () => {
    const bad: unknown[] = [
      { id: 'no created', events: [agent('2026-03-02T10:00:00+02:00')] },
      { id: 'no offset', events: [created('2026-03-02T10:00:00')] },
      { events: 'nope' },
      null,
      42,
    ];
    const good = docsTickets.slice(0, 2);
    const r = right(complianceReport(plan, [...bad, ...good] as TicketInput[], MARCH));
    expect(r.tickets.rejected).toBe(5);
    expect(r.rejected).toHaveLength(5);
    for (const x of r.rejected) expect(x.issues.length).toBeGreaterThan(0);
    expect(r.rejected.map((x) => x.id)).toEqual([undefined, undefined, undefined, 'no created', 'no offset']);
    expect(r.total.counted).toBe(2);
  });

  it('bad options are a Left with every issue', () => {
    const r = complianceReport(plan, [], { from: '2026-04-01T00:00:00Z', to: '2026-03-01T00:00:00Z', asOf: 'yesterday', by: ['clock', 'clock', 'team' as never], extra: 1 } as never);
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') {
      expect(r.left.map((i) => [i.code, i.path])).toEqual(
        expect.arrayContaining([
          ['UNKNOWN_KEY', ['extra']],
          ['INSTANT_WITHOUT_OFFSET', ['asOf']],
          ['DUPLICATE_GROUP_KEY', ['by', 1]],
          ['INVALID_ENUM', ['by', 2]],
          ['EMPTY_REPORT_WINDOW', ['to']],
        ]),
      );
    }
    const notIterable = complianceReport(plan, 7 as never, MARCH);
    expect(notIterable._tag === 'Left' && notIterable.left.map((i) => i.code)).toEqual(['NOT_ITERABLE']);
    const early = complianceReport(plan, [], { ...MARCH, asOf: '2026-02-01T00:00:00Z' });
    expect(early._tag === 'Left' && early.left.map((i) => i.code)).toEqual(['AS_OF_BEFORE_WINDOW']);
  });
});

describe('streaming', () => {
  it('consumes the iterable once, one ticket at a time', () => {
    let iterations = 0;
    let pulled = 0;
    let alive = 0;
    let maxAlive = 0;
    const source: Iterable<TicketInput> = {
      [Symbol.iterator]: function* () {
        iterations++;
        for (let i = 0; i < 50; i++) {
          pulled++;
          alive++;
          maxAlive = Math.max(maxAlive, alive);
          yield syntheticTicket(i);
          alive--; // the report asks for the next ticket only when done with this one
        }
      },
    };
    const r = right(complianceReport(makePlan(syntheticPlanSpec), source, { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z', asOf: '2027-01-02T00:00:00Z' }));
    expect(iterations).toBe(1);
    expect(pulled).toBe(50);
    expect(maxAlive).toBe(1);
    expect(r.tickets.read).toBe(50);
  });
});

describe('mergeComplianceReports on real ticket logs', () => {
  const synthetic = makePlan(syntheticPlanSpec);
  const options: ComplianceReportOptions = { from: '2026-03-01T00:00:00+02:00', to: '2026-06-01T00:00:00+03:00', asOf: '2026-05-20T12:00:00+03:00', by: ['clock', 'priority', 'channel'] };

  it('the report of all tickets equals the merge of the reports of any split (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 0, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 40, maxLength: 40 }),
        (indexes, shardOf) => {
          const tickets = indexes.map(syntheticTicket);
          const whole = right(complianceReport(synthetic, tickets, options));
          const shards: TicketInput[][] = [[], [], []];
          tickets.forEach((t, i) => shards[shardOf[i] as number]!.push(t));
          const parts = shards.map((s) => right(complianceReport(synthetic, s, options)));
          expect(parts.reduce(mergeComplianceReports)).toEqual(whole);
          expect(mergeComplianceReports(parts[2]!, mergeComplianceReports(parts[1]!, parts[0]!))).toEqual(whole);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts exactly what evaluateTicketMillis says, cycle by cycle', () => {
    const tickets = Array.from({ length: 300 }, (_, i) => syntheticTicket(i * 7));
    const r = right(complianceReport(synthetic, tickets, { ...options, by: [] }));
    const [from, to, asOf] = [Date.parse('2026-03-01T00:00:00+02:00'), Date.parse('2026-06-01T00:00:00+03:00'), Date.parse('2026-05-20T12:00:00+03:00')];
    const counts = { met: 0, breached: 0, pending: 0, cancelled: 0 };
    let skipped = 0;
    for (const t of tickets) {
      const createdAt = Date.parse(t.events[0]!.at as string);
      if (createdAt >= to || createdAt > asOf) {
        skipped++;
        continue;
      }
      const e = evaluateTicketMillis(synthetic, t, asOf);
      if (e._tag === 'Left') throw new Error(JSON.stringify(e.left));
      for (const clock of e.right.clocks) {
        for (const c of clock.cycles) {
          if (c.startedAt < from || c.startedAt >= to) continue;
          if (c.state === 'cancelled') counts.cancelled++;
          else if (c.breached) counts.breached++;
          else if (c.state === 'completed') counts.met++;
          else counts.pending++;
        }
      }
    }
    expect(r.total).toMatchObject(counts);
    expect(r.tickets.skipped).toBe(skipped);
    expect(counts.met).toBeGreaterThan(0);
    expect(counts.breached).toBeGreaterThan(0);
    expect(counts.pending + counts.cancelled).toBeGreaterThan(0);
  });
});
