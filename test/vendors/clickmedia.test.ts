/**
 * ClickMedia (examples/plans/clickmedia.json), end to end: Athens office Mon-Fri 09:30-17:30 on
 * Greek working days; a response within 4 business days for every priority; resolution
 * critical 1 h round the clock, first priority within the business day, second within a week;
 * email always, phone in office hours; the phone package billed from the plan; an invoice with
 * the SLA surcharge and the maintenance fee from the plan's rates.
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { billPlan, billPlanPhoneCalls, checkEntitlement, money, type Issue } from '../../src/index.js';
import { clockOf, dueOf, loadPlan, sla, slaOf } from './helpers.js';

const plan = loadPlan('clickmedia');
const right = <T>(r: E.Either<Issue[], T>): T => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

describe('ClickMedia: the plan file', () => {
  it('has the priorities, clocks and channels the rule book lists', () => {
    expect(plan.id).toBe('clickmedia');
    expect(plan.priorities.map((p) => p.id)).toEqual(['critical', 'first', 'second']);
    expect(plan.defaultPriority).toBe('second');
    expect(plan.clocks.map((c) => [c.id, c.kind])).toEqual([['response', 'firstResponse'], ['resolution', 'resolution']]);
    expect(Object.keys(plan.channels ?? {})).toEqual(['email', 'phone']);
  });
});

describe('ClickMedia: response within 4 business days, across Greek Easter 2026', () => {
  it('a request on Holy Thursday 16:45 is answered by Fri 17 Apr 16:45 (Good Friday and Easter Monday skipped)', () => {
    for (const priority of ['critical', 'first', 'second']) {
      expect(dueOf(plan, { at: '2026-04-09T16:45:00+03:00', channel: 'email', priority }, 'response')).toBe('2026-04-17T16:45:00+03:00');
    }
  });

  it('explains the deadline: the holidays skipped are named', () => {
    const response = clockOf(slaOf(plan, { at: '2026-04-09T16:45:00+03:00', channel: 'email' }), 'response');
    const closedDays = response.explanation.flatMap((s) => (s.step === 'closed' ? s.days : []));
    const holidays = closedDays.filter((d) => d.reason === 'holiday').map((d) => [d.date, d.name]);
    expect(holidays).toEqual(expect.arrayContaining([['2026-04-10', 'Good Friday'], ['2026-04-13', 'Easter Monday']]));
    expect(response.explanation.at(-1)).toMatchObject({ step: 'due' });
    const due = response.explanation.at(-1) as { at: { toISO(): string } };
    expect(due.at.toISO()).toBe('2026-04-17T16:45:00.000+03:00');
  });

  it('is met by a public agent reply before the deadline, not by an internal note', () => {
    const s = sla(
      plan,
      [
        { type: 'created', at: '2026-04-09T16:45:00+03:00', channel: 'email', priority: 'second' },
        { type: 'message', at: '2026-04-14T10:00:00+03:00', author: 'agent', visibility: 'internal' },
        { type: 'message', at: '2026-04-17T16:00:00+03:00', author: 'agent' },
      ],
      '2026-04-20T12:00:00+03:00',
    );
    const response = clockOf(s, 'response');
    expect(response.state).toBe('completed');
    expect(response.completedAt?.toISO()).toBe('2026-04-17T16:00:00.000+03:00');
    expect(response.breached).toBe(false);
  });

  it('is breached when the first public reply comes after the deadline', () => {
    const s = sla(
      plan,
      [
        { type: 'created', at: '2026-04-09T16:45:00+03:00', channel: 'email', priority: 'second' },
        { type: 'message', at: '2026-04-20T09:45:00+03:00', author: 'agent' },
      ],
      '2026-04-20T12:00:00+03:00',
    );
    expect(clockOf(s, 'response').breached).toBe(true);
    expect(clockOf(s, 'response').breachedAt?.toISO()).toBe('2026-04-17T16:45:00.000+03:00');
  });
});

describe('ClickMedia: resolution by priority', () => {
  it('critical: 1 hour of real time, round the clock (even on Good Friday at night)', () => {
    expect(dueOf(plan, { at: '2026-04-09T16:45:00+03:00', channel: 'email', priority: 'critical' }, 'resolution')).toBe('2026-04-09T17:45:00+03:00');
    expect(dueOf(plan, { at: '2026-04-10T03:00:00+03:00', channel: 'email', priority: 'critical' }, 'resolution')).toBe('2026-04-10T04:00:00+03:00');
  });

  it('first: the close of the business day of receipt', () => {
    expect(dueOf(plan, { at: '2026-04-09T16:45:00+03:00', channel: 'email', priority: 'first' }, 'resolution')).toBe('2026-04-09T17:30:00+03:00');
    expect(dueOf(plan, { at: '2026-04-09T09:30:00+03:00', channel: 'email', priority: 'first' }, 'resolution')).toBe('2026-04-09T17:30:00+03:00');
  });

  it('first: after hours or on a closed day, the close of the next business day (Tue 14 Apr after Easter)', () => {
    expect(dueOf(plan, { at: '2026-04-09T18:00:00+03:00', channel: 'email', priority: 'first' }, 'resolution')).toBe('2026-04-14T17:30:00+03:00');
    expect(dueOf(plan, { at: '2026-04-10T11:00:00+03:00', channel: 'email', priority: 'first' }, 'resolution')).toBe('2026-04-14T17:30:00+03:00');
    expect(dueOf(plan, { at: '2026-04-09T17:30:00+03:00', channel: 'email', priority: 'first' }, 'resolution')).toBe('2026-04-14T17:30:00+03:00');
  });

  it('second: the same wall-clock time 7 calendar days later, also across the DST change of 29 Mar 2026', () => {
    expect(dueOf(plan, { at: '2026-04-10T11:00:00+03:00', channel: 'email', priority: 'second' }, 'resolution')).toBe('2026-04-17T11:00:00+03:00');
    expect(dueOf(plan, { at: '2026-03-26T10:00:00+02:00', channel: 'email', priority: 'second' }, 'resolution')).toBe('2026-04-02T10:00:00+03:00');
  });

  it('a request nobody has classified is second priority', () => {
    const s = slaOf(plan, { at: '2026-04-10T11:00:00+03:00', channel: 'email' });
    expect(s.priority).toBe('second');
    expect(clockOf(s, 'resolution').dueAt?.toISO()).toBe('2026-04-17T11:00:00.000+03:00');
  });

  it('warns at 75 % of the budget (critical: after 45 minutes)', () => {
    const resolution = clockOf(slaOf(plan, { at: '2026-04-09T16:45:00+03:00', channel: 'email', priority: 'critical' }), 'resolution');
    expect(resolution.warnings.map((w) => w.at.toISO())).toEqual(['2026-04-09T17:30:00.000+03:00']);
  });
});

describe('ClickMedia: entitlement per channel and hour', () => {
  it('takes email at any time, the phone in office hours only', () => {
    expect(checkEntitlement(plan, { channel: 'email', at: '2026-04-11T23:00:00+03:00' })).toEqual({ entitled: true });
    expect(checkEntitlement(plan, { channel: 'phone', at: '2026-04-14T10:00:00+03:00' })).toEqual({ entitled: true });
    expect(checkEntitlement(plan, { channel: 'phone', at: '2026-04-14T09:00:00+03:00' })).toEqual({ entitled: false, reason: 'outsideChannelHours' });
    expect(checkEntitlement(plan, { channel: 'phone', at: '2026-04-10T11:00:00+03:00' })).toEqual({ entitled: false, reason: 'outsideChannelHours' }); // Good Friday
    expect(checkEntitlement(plan, { channel: 'phone', at: '2026-04-11T11:00:00+03:00' })).toEqual({ entitled: false, reason: 'outsideChannelHours' }); // Saturday
    expect(checkEntitlement(plan, { channel: 'chat', at: '2026-04-14T10:00:00+03:00' })).toEqual({ entitled: false, reason: 'channelNotInPlan' });
  });

  it('gives a ticket phoned in out of hours no clocks, and says why', () => {
    const s = slaOf(plan, { at: '2026-04-10T11:00:00+03:00', channel: 'phone', priority: 'critical' });
    expect(s.entitlement).toEqual({ entitled: false, reason: 'outsideChannelHours' });
    expect(s.clocks).toEqual([]);
  });
});

describe('ClickMedia: a month of phone calls billed from the plan', () => {
  const contract = { start: '2026-01-01', end: '2027-01-01', timeZone: 'Europe/Athens' };
  const march = [
    { id: 'call-1', start: '2026-03-02T10:05:00+02:00', durationSeconds: 7 * 60 }, // 15
    { id: 'call-2', start: '2026-03-05T12:30:00+02:00', durationSeconds: 16 * 60 }, // 30
    { id: 'call-3', start: '2026-03-12T09:45:00+02:00', durationSeconds: 3 * 60 + 20 }, // 15: the hour is used up
    { id: 'call-4', start: '2026-03-19T15:10:00+02:00', durationSeconds: 22 * 60 }, // 30 over
    { id: 'call-5', start: '2026-03-31T23:50:00+03:00', durationSeconds: 12 * 60 }, // 15 over, still March in Athens
    { id: 'call-6', start: '2026-04-01T09:00:00+03:00', durationSeconds: 5 * 60 }, // 15, April's hour
  ];

  it('rounds each call up to 15 minutes, covers 1 hour a month, bills the rest at 60 EUR/h', () => {
    const s = right(billPlanPhoneCalls(plan, contract, march));
    expect(s.lines.map((l) => [l.id, l.billedMinutes, l.coveredMinutes, l.overageMinutes, l.charge.amount])).toEqual([
      ['call-1', 15, 15, 0, 0],
      ['call-2', 30, 30, 0, 0],
      ['call-3', 15, 15, 0, 0],
      ['call-4', 30, 0, 30, 3000],
      ['call-5', 15, 0, 15, 1500],
      ['call-6', 15, 15, 0, 0],
    ]);
    expect(s.total).toEqual({ amount: 4500, currency: 'EUR' });
    expect(s.periods.filter((p) => p.per === 'month').map((p) => [p.label, p.usedMinutes, p.remainingMinutes])).toEqual([
      ['2026-03', 60, 0],
      ['2026-04', 15, 45],
    ]);
  });

  it('never carries unused time over: a quiet month does not make the next one bigger', () => {
    const s = right(
      billPlanPhoneCalls(plan, contract, [
        { id: 'jan', start: '2026-01-15T10:00:00+02:00', durationSeconds: 10 * 60 },
        { id: 'feb', start: '2026-02-16T10:00:00+02:00', durationSeconds: 90 * 60 },
      ]),
    );
    expect(s.lines.map((l) => [l.coveredMinutes, l.overageMinutes])).toEqual([[15, 0], [60, 30]]);
  });

  it('a year of one full hour every month uses exactly the 12 hours, without overage', () => {
    const calls = Array.from({ length: 12 }, (_, m) => ({ id: `m${m + 1}`, start: `2026-${String(m + 1).padStart(2, '0')}-10T10:00:00+02:00`, durationSeconds: 3600 }));
    const s = right(billPlanPhoneCalls(plan, contract, calls));
    expect(s.coveredMinutes).toBe(720);
    expect(s.overageMinutes).toBe(0);
    expect(s.periods.find((p) => p.per === 'year')).toMatchObject({ label: '2026', usedMinutes: 720, remainingMinutes: 0 });
  });
});

describe('ClickMedia: an invoice from the plan rates', () => {
  it('charges the annual phone package, 12 % maintenance, work with the +50 % SLA surcharge and the phone overage', () => {
    const contract = { start: '2026-01-01', end: '2027-01-01', timeZone: 'Europe/Athens' };
    const bill = right(
      billPlan(plan, contract, {
        annualFee: 'Phone support package 2026',
        maintenance: { baseValue: money('8500', 'EUR'), description: 'Maintenance 2026: e-shop' },
        work: [
          { description: 'Site down on Saturday: restore', duration: { minutes: 95 }, surcharge: true },
          { description: 'New banner', duration: { minutes: 50 } },
        ],
        calls: [
          { id: 'a', start: '2026-03-02T10:05:00+02:00', durationSeconds: 50 * 60 },
          { id: 'b', start: '2026-03-09T10:05:00+02:00', durationSeconds: 7 * 60 },
        ],
      }),
    );
    expect(bill.invoice.lines.map((l) => [l.kind, l.description, l.amount.amount])).toEqual([
      ['fee', 'Phone support package 2026', 12_000],
      ['maintenance', 'Maintenance 2026: e-shop', 102_000], // 12 % of 8 500
      ['work', 'Site down on Saturday: restore', 10_500], // 95 min → 1 h 45 at 60 €
      ['surcharge', 'SLA surcharge +50 % on Site down on Saturday: restore', 5_250],
      ['work', 'New banner', 6_000], // 50 min → 1 h
      ['phoneOverage', 'Phone support beyond the allowance', 1_500], // 60 + 15 billed, 60 covered
    ]);
    expect(bill.invoice.total).toEqual({ amount: 137_250, currency: 'EUR' });
  });
});
