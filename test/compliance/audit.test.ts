/**
 * auditTicket: another system's figures against ours, with a stated tolerance.
 */
import { describe, expect, it } from 'vitest';
import { auditTicket, makePlan, type AuditClaim, type AuditFinding, type PlanSpec, type TicketInput } from '../../src/index.js';

const office = ['09:00-17:00'];
const weekdays = (zone: string) => ({ timeZone: zone, week: { mon: office, tue: office, wed: office, thu: office, fri: office } });
const spec = (zone: string): PlanSpec => ({
  id: `audit-${zone}`,
  calendars: { office: weekdays(zone) },
  defaultCalendar: 'office',
  priorities: [{ id: 'high' }, { id: 'normal' }, { id: 'low' }],
  defaultPriority: 'normal',
  clocks: [
    { id: 'firstResponse', kind: 'firstResponse', targets: { high: { businessTime: { hours: 2 } }, normal: { businessTime: { hours: 8 } } } },
    { id: 'nextReply', kind: 'nextReply', targets: { normal: { businessTime: { hours: 4 } } } },
    { id: 'resolution', kind: 'resolution', targets: { high: { businessTime: { hours: 16 } }, normal: { businessTime: { hours: 24 } }, low: { businessTime: { hours: 40 } } } },
  ],
});
const athens = makePlan(spec('Europe/Athens'));
const newYork = makePlan(spec('America/New_York'));

const right = (r: ReturnType<typeof auditTicket>): AuditFinding[] => {
  if (r._tag === 'Left') throw new Error(`unexpected Left: ${JSON.stringify(r.left)}`);
  return r.right;
};

// created Mon 2 Mar 2026 10:00 Athens; first response due Tue 3 Mar 10:00 (8 business hours)
const simple: TicketInput = {
  id: 'S',
  events: [
    { type: 'created', at: '2026-03-02T10:00:00+02:00' },
    { type: 'message', at: '2026-03-02T11:30:00+02:00', author: 'agent' },
  ],
};
const AS_OF = '2026-03-10T09:00:00+02:00';

describe('auditTicket: agreement and disagreement', () => {
  it('claims that agree give no finding', () => {
    const claims: AuditClaim[] = [
      { clock: 'firstResponse', dueAt: '2026-03-03T10:00:00+02:00', completedAt: '2026-03-02T09:30:00Z', breached: false, state: 'completed' },
    ];
    expect(right(auditTicket(athens, simple, claims, AS_OF))).toEqual([]);
  });

  it('a different dueAt is a finding with both values, the difference and our reason', () => {
    const [f, ...rest] = right(auditTicket(athens, simple, [{ clock: 'firstResponse', dueAt: '2026-03-03T11:00:00+02:00' }], AS_OF));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ clock: 'firstResponse', cycle: 0, field: 'dueAt', differenceMs: 3_600_000 });
    if (f?.field !== 'dueAt') throw new Error('expected a dueAt finding');
    expect(f.claimed?.toISO()).toBe('2026-03-03T11:00:00.000+02:00');
    expect(f.ours?.toISO()).toBe('2026-03-03T10:00:00.000+02:00');
    expect(f.message).toContain('they say Tue 2026-03-03 11:00 +02:00, we say Tue 2026-03-03 10:00 +02:00 (theirs is 1 h later)');
    expect(f.message).toContain('budget 8 h');
    expect(f.explanation.length).toBeGreaterThan(0);
    expect(f.result?.clock).toBe('firstResponse');
  });

  it('a different completedAt, breached and state are findings too', () => {
    const findings = right(
      auditTicket(athens, simple, [{ clock: 'firstResponse', completedAt: '2026-03-02T11:00:00+02:00', breached: true, state: 'running' }], AS_OF),
    );
    expect(findings.map((f) => [f.field, f.claimed === null ? null : typeof f.claimed === 'object' ? f.claimed.toISO() : f.claimed, f.ours === null ? null : typeof f.ours === 'object' ? f.ours.toISO() : f.ours])).toEqual([
      ['completedAt', '2026-03-02T11:00:00.000+02:00', '2026-03-02T11:30:00.000+02:00'],
      ['breached', true, false],
      ['state', 'running', 'completed'],
    ]);
  });

  it('a claimed null (no deadline, not completed) is compared too', () => {
    const findings = right(auditTicket(athens, simple, [{ clock: 'firstResponse', dueAt: null, completedAt: null }], AS_OF));
    expect(findings.map((f) => f.field)).toEqual(['dueAt', 'completedAt']);
    expect(findings[0]).toMatchObject({ claimed: null, differenceMs: null });
  });
});

describe('auditTicket: tolerance', () => {
  const late = { clock: 'firstResponse', dueAt: '2026-03-03T10:00:40+02:00' } as const;

  it('default 0: any difference of an instant is a finding', () => {
    expect(right(auditTicket(athens, simple, [late], AS_OF))).toHaveLength(1);
  });

  it('differences within the tolerance are rounding, not disagreements', () => {
    expect(right(auditTicket(athens, simple, [late], AS_OF, { tolerance: { minutes: 1 } }))).toEqual([]);
    expect(right(auditTicket(athens, simple, [{ clock: 'firstResponse', dueAt: '2026-03-03T10:01:01+02:00' }], AS_OF, { tolerance: { minutes: 1 } }))).toHaveLength(1);
  });

  it('a breach verdict that differs only by rounding within the tolerance is tolerated', () => {
    // our first response is completed at 18:00:30, due 18:00:00 (8 h from 10:00:30 the day before… made simple:)
    const t: TicketInput = {
      id: 'edge',
      events: [
        { type: 'created', at: '2026-03-02T09:00:00+02:00' },
        { type: 'message', at: '2026-03-02T17:00:30+02:00', author: 'agent' }, // 30 s after the close: due Mon 17:00, breached
      ],
    };
    const claim: AuditClaim = { clock: 'firstResponse', breached: false };
    expect(right(auditTicket(athens, t, [claim], AS_OF))).toHaveLength(1);
    expect(right(auditTicket(athens, t, [claim], AS_OF, { tolerance: { minutes: 1 } }))).toEqual([]);
  });
});

describe('auditTicket: clocks we do not have', () => {
  it('a priority without a target: notApplicable', () => {
    const t: TicketInput = { id: 'low', events: [{ type: 'created', at: '2026-03-02T10:00:00+02:00', priority: 'low' }] };
    const [f] = right(auditTicket(athens, t, [{ clock: 'firstResponse', dueAt: '2026-03-03T10:00:00+02:00' }], AS_OF));
    expect(f).toMatchObject({ field: 'clock', reason: 'notApplicable', claimed: 'firstResponse', ours: null, cycle: null, result: null });
  });

  it('a not-entitled ticket: notEntitled', () => {
    const p = makePlan({ ...spec('Europe/Athens'), id: 'phone', channels: { phone: { calendar: 'office' } } });
    const t: TicketInput = { id: 'sat', events: [{ type: 'created', at: '2026-03-07T10:00:00+02:00', channel: 'phone' }] };
    const [f] = right(auditTicket(p, t, [{ clock: 'resolution', breached: false }], AS_OF));
    expect(f).toMatchObject({ field: 'clock', reason: 'notEntitled' });
    expect(f?.message).toContain('outsideChannelHours');
  });

  it('a cycle we do not have: noSuchCycle', () => {
    const [f] = right(auditTicket(athens, simple, [{ clock: 'resolution', cycle: 3, state: 'running' }], AS_OF));
    expect(f).toMatchObject({ field: 'clock', reason: 'noSuchCycle' });
  });

  it('compares a given cycle of a multi-cycle clock', () => {
    const t: TicketInput = {
      id: 'cycles',
      events: [
        { type: 'created', at: '2026-03-02T10:00:00+02:00' },
        { type: 'message', at: '2026-03-02T10:10:00+02:00', author: 'agent' },
        { type: 'message', at: '2026-03-02T11:00:00+02:00', author: 'customer' },
        { type: 'message', at: '2026-03-02T12:00:00+02:00', author: 'agent' },
        { type: 'message', at: '2026-03-03T09:00:00+02:00', author: 'customer' },
      ],
    };
    const findings = right(
      auditTicket(athens, t, [
        { clock: 'nextReply', cycle: 0, dueAt: '2026-03-02T15:00:00+02:00', state: 'completed' },
        { clock: 'nextReply', dueAt: '2026-03-03T14:00:00+02:00' },
      ], AS_OF),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ clock: 'nextReply', cycle: 1, field: 'dueAt', differenceMs: 3_600_000 });
  });
});

describe('auditTicket: causes are recomputed, not guessed', () => {
  it('dstIgnored: a deadline across the spring change computed at the old offset (New York, 8 Mar 2026)', () => {
    // high: 16 business hours from Fri 6 Mar 13:00 EST: Fri 4 h, Mon 8 h, Tue 9-13 → Tue 10 Mar 13:00 EDT
    const t: TicketInput = { id: 'ny', events: [{ type: 'created', at: '2026-03-06T13:00:00-05:00', priority: 'high' }] };
    const findings = right(auditTicket(newYork, t, [{ clock: 'resolution', dueAt: '2026-03-10T13:00:00-05:00' }], '2026-03-09T12:00:00-04:00'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ field: 'dueAt', differenceMs: 3_600_000, causes: ['dstIgnored'] });
  });

  it('pausesInWallTime and pausesIgnored', () => {
    // normal resolution 24 h from Thu 12 Mar 10:00; pending Fri 16:00 → Mon 10:00 (2 h of open time, 66 h of wall time)
    const t: TicketInput = {
      id: 'weekend',
      events: [
        { type: 'created', at: '2026-03-12T10:00:00+02:00' },
        { type: 'status', at: '2026-03-13T16:00:00+02:00', status: 'pending' },
        { type: 'status', at: '2026-03-16T10:00:00+02:00', status: 'open' },
      ],
    };
    const asOf = '2026-03-16T11:00:00+02:00';
    const wall = right(auditTicket(athens, t, [{ clock: 'resolution', dueAt: '2026-03-20T04:00:00+02:00' }], asOf));
    expect(wall[0]).toMatchObject({ causes: ['pausesInWallTime'] });
    expect(wall[0]?.message).toContain('adding the pauses in wall-clock time');
    const ignored = right(auditTicket(athens, t, [{ clock: 'resolution', dueAt: '2026-03-17T10:00:00+02:00' }], asOf));
    expect(ignored[0]).toMatchObject({ causes: ['pausesIgnored'] });
    // a figure nothing reproduces has no cause
    const odd = right(auditTicket(athens, t, [{ clock: 'resolution', dueAt: '2026-03-18T10:07:00+02:00' }], asOf));
    expect(odd[0]).toMatchObject({ causes: [] });
  });

  it('calendarIgnored: the budget counted in real time', () => {
    const t: TicketInput = { id: 'fri', events: [{ type: 'created', at: '2026-03-20T15:00:00+02:00' }] };
    const [f] = right(auditTicket(athens, t, [{ clock: 'firstResponse', dueAt: '2026-03-20T23:00:00+02:00' }], '2026-03-20T16:00:00+02:00'));
    expect(f).toMatchObject({ causes: ['calendarIgnored'] });
  });
});

describe('auditTicket: bad input', () => {
  it('claims: an unknown clock, a duplicate, an instant without offset, an unknown state, an unknown key: a Left with every issue', () => {
    const r = auditTicket(
      athens,
      simple,
      [
        { clock: 'firstReply' },
        { clock: 'firstResponse', dueAt: '2026-03-03T10:00' },
        { clock: 'resolution', state: 'done' as never, colour: 'red' } as never,
        { clock: 'resolution' },
        { clock: 'resolution' },
      ],
      AS_OF,
      { tolerance: { months: 1 } as never },
    );
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') {
      expect(r.left.map((i) => [i.code, i.path])).toEqual(
        expect.arrayContaining([
          ['CLAIM_UNKNOWN_CLOCK', ['claims', 0, 'clock']],
          ['INSTANT_WITHOUT_OFFSET', ['claims', 1, 'dueAt']],
          ['INVALID_ENUM', ['claims', 2, 'state']],
          ['UNKNOWN_KEY', ['claims', 2, 'colour']],
          ['INVALID_DURATION', ['options', 'tolerance', 'months']],
        ]),
      );
    }
    const dup = auditTicket(athens, simple, [{ clock: 'resolution' }, { clock: 'resolution' }], AS_OF);
    expect(dup._tag === 'Left' && dup.left.map((i) => [i.code, i.path])).toEqual([['DUPLICATE_CLAIM', ['claims', 1]]]);
  });

  it('a bad ticket is a Left with its issues', () => {
    const r = auditTicket(athens, { id: 'x', events: [{ type: 'status', at: '2026-03-02T10:00:00+02:00', status: 'open' }] }, [], AS_OF);
    expect(r._tag).toBe('Left');
  });
});
