/**
 * cloudempiere (examples/plans/cloudempiere.json), end to end: priority from impact x urgency by
 * the ITIL default matrix; phone on Slovak working days 08:00-17:00, portal 24/7; the plan's
 * targets on the Slovak calendar of 2026 (8 May and 15 September are working days that year,
 * 17 November is no longer a day of rest; Easter and Epiphany are).
 */
import { describe, expect, it } from 'vitest';
import { checkEntitlement, priorityFor } from '../../src/index.js';
import { clockOf, dueOf, loadPlan, sla, slaOf } from './helpers.js';

const plan = loadPlan('cloudempiere');
const due = (at: string, priority: string, clock: string, channel = 'portal'): string | null => dueOf(plan, { at, channel, priority }, clock);

describe('cloudempiere: impact x urgency', () => {
  const matrix: [string, string, string][] = [
    ['high', 'high', 'critical'],
    ['high', 'medium', 'high'],
    ['high', 'low', 'moderate'],
    ['medium', 'high', 'high'],
    ['medium', 'medium', 'moderate'],
    ['medium', 'low', 'low'],
    ['low', 'high', 'moderate'],
    ['low', 'medium', 'low'],
    ['low', 'low', 'planning'],
  ];

  it.each(matrix)('impact %s, urgency %s: %s', (impact, urgency, expected) => {
    expect(priorityFor(plan, { impact, urgency })).toBe(expected);
    expect(slaOf(plan, { at: '2026-03-02T10:00:00+01:00', channel: 'portal', impact, urgency }).priority).toBe(expected);
  });

  it('a ticket with neither a priority nor impact and urgency is moderate', () => {
    expect(slaOf(plan, { at: '2026-03-02T10:00:00+01:00', channel: 'portal' }).priority).toBe('moderate');
  });

  it('a raised urgency re-prioritises the ticket; the response clock keeps its elapsed time', () => {
    const s = sla(
      plan,
      [
        { type: 'created', at: '2026-03-02T10:00:00+01:00', channel: 'portal', impact: 'medium', urgency: 'low' },
        { type: 'priority', at: '2026-03-02T11:00:00+01:00', impact: 'medium', urgency: 'high' },
      ],
      '2026-03-02T11:00:00+01:00',
    );
    expect(s.priority).toBe('high');
    // high: 2 working hours from the creation (keepElapsed), so 12:00
    expect(clockOf(s, 'response').dueAt?.toISO()).toBe('2026-03-02T12:00:00.000+01:00');
  });
});

describe('cloudempiere: targets on the Slovak calendar of 2026', () => {
  it('8 May 2026 is a working day (a day of rest again from 2027 only)', () => {
    // moderate response, 4 working hours from Thu 7 May 15:00: 2 h on Thursday, 2 h on Friday 8 May
    expect(due('2026-05-07T15:00:00+02:00', 'moderate', 'response')).toBe('2026-05-08T10:00:00+02:00');
  });

  it('15 September 2026 is a working day, 1 September too', () => {
    expect(due('2026-09-14T16:00:00+02:00', 'high', 'response')).toBe('2026-09-15T09:00:00+02:00');
    expect(due('2026-08-31T16:00:00+02:00', 'high', 'response')).toBe('2026-09-01T09:00:00+02:00');
  });

  it('17 November 2026 is a working day', () => {
    expect(due('2026-11-16T16:30:00+01:00', 'high', 'response')).toBe('2026-11-17T09:30:00+01:00');
  });

  it('Epiphany (Tue 6 Jan 2026) is a day of rest', () => {
    expect(due('2026-01-05T16:00:00+01:00', 'high', 'response')).toBe('2026-01-07T09:00:00+01:00');
  });

  it('Easter 2026: Good Friday 3 Apr and Easter Monday 6 Apr are skipped', () => {
    expect(due('2026-04-02T16:00:00+02:00', 'low', 'response')).toBe('2026-04-07T16:00:00+02:00'); // 1 working day
    expect(due('2026-04-02T16:00:00+02:00', 'moderate', 'resolution')).toBe('2026-04-09T16:00:00+02:00'); // 3 working days
  });

  it('1 May 2026 (Friday) is a day of rest', () => {
    expect(due('2026-04-30T16:00:00+02:00', 'high', 'resolution')).toBe('2026-05-04T16:00:00+02:00'); // 1 h + 8 h on Monday
  });

  it('critical runs round the clock (the service is 24/7), across the DST change of 25 Oct 2026', () => {
    expect(due('2026-04-04T22:30:00+02:00', 'critical', 'resolution')).toBe('2026-04-05T02:30:00+02:00');
    // 01:00 CEST + 4 h of real time = 04:00 CET (the hour 02:00-03:00 is lived twice)
    expect(due('2026-10-25T01:00:00+02:00', 'critical', 'resolution')).toBe('2026-10-25T04:00:00+01:00');
    expect(due('2026-10-25T01:00:00+02:00', 'critical', 'response')).toBe('2026-10-25T02:00:00+02:00');
  });

  it('planning has a response target and no resolution clock', () => {
    const s = slaOf(plan, { at: '2026-03-02T10:00:00+01:00', channel: 'portal', priority: 'planning' });
    expect(s.clocks.map((c) => c.clock)).toEqual(['response']);
    expect(clockOf(s, 'response').dueAt?.toISO()).toBe('2026-03-09T10:00:00.000+01:00');
  });

  it('waiting for the customer pauses the resolution clock for exactly the working time it lasts', () => {
    const s = sla(
      plan,
      [
        { type: 'created', at: '2026-01-12T08:00:00+01:00', channel: 'portal', priority: 'high' },
        { type: 'message', at: '2026-01-12T09:00:00+01:00', author: 'agent' },
        { type: 'status', at: '2026-01-12T10:00:00+01:00', status: 'waitingForCustomer' },
        { type: 'status', at: '2026-01-12T12:00:00+01:00', status: 'open' },
      ],
      '2026-01-12T13:00:00+01:00',
    );
    const resolution = clockOf(s, 'resolution');
    expect(resolution.paused.as('hours')).toBe(2);
    // 9 working hours from 08:00, 2 of them paused: Mon 17:00 + 2 h = Tue 10:00
    expect(resolution.dueAt?.toISO()).toBe('2026-01-13T10:00:00.000+01:00');
  });
});

describe('cloudempiere: entitlement per channel and hour', () => {
  it('the portal takes tickets at any time; the phone on Slovak working days 08:00-17:00', () => {
    expect(checkEntitlement(plan, { channel: 'portal', at: '2026-05-01T03:00:00+02:00' })).toEqual({ entitled: true });
    expect(checkEntitlement(plan, { channel: 'phone', at: '2026-05-08T10:00:00+02:00' })).toEqual({ entitled: true }); // a working day in 2026
    expect(checkEntitlement(plan, { channel: 'phone', at: '2026-05-01T10:00:00+02:00' })).toEqual({ entitled: false, reason: 'outsideChannelHours' });
    expect(checkEntitlement(plan, { channel: 'phone', at: '2026-05-07T17:00:00+02:00' })).toEqual({ entitled: false, reason: 'outsideChannelHours' });
    expect(checkEntitlement(plan, { channel: 'phone', at: '2026-05-09T10:00:00+02:00' })).toEqual({ entitled: false, reason: 'outsideChannelHours' });
    expect(checkEntitlement(plan, { channel: 'email', at: '2026-05-07T10:00:00+02:00' })).toEqual({ entitled: false, reason: 'channelNotInPlan' });
  });
});
