/**
 * KliK CRM (examples/plans/klik-*.json), end to end: reaction within 48 h (Basic) or 24 h
 * (Extended) of working-day hours on the Russian production calendar: every hour of a working
 * day counts, the hours of weekends and holidays do not; Free has no time commitment.
 */
import { describe, expect, it } from 'vitest';
import { checkEntitlement, makePlan } from '../../src/index.js';
import { clockOf, dueOf, loadPlan, planJson, sla, slaOf } from './helpers.js';

const free = loadPlan('klik-free');
const basic = loadPlan('klik-basic');
const extended = loadPlan('klik-extended');
const reaction = (plan: typeof basic, at: string): string | null => dueOf(plan, { at, channel: 'email' }, 'reaction');

describe('KliK: the plan files', () => {
  it('Basic and Extended have one reaction clock of 48 h and 24 h of working-day hours; Free has none', () => {
    expect(basic.clocks).toEqual([expect.objectContaining({ id: 'reaction', kind: 'firstResponse', targets: { normal: { workingDayHours: { hours: 48 } } } })]);
    expect(extended.clocks).toEqual([expect.objectContaining({ id: 'reaction', kind: 'firstResponse', targets: { normal: { workingDayHours: { hours: 24 } } } })]);
    expect(free.clocks).toEqual([]);
  });
});

describe('KliK: reaction time on working-day hours', () => {
  it('Friday 15:00: 9 hours on Friday, the weekend skipped, on from Monday 00:00', () => {
    expect(reaction(extended, '2025-06-06T15:00:00+03:00')).toBe('2025-06-09T15:00:00+03:00'); // 9 + 15
    expect(reaction(basic, '2025-06-06T15:00:00+03:00')).toBe('2025-06-10T15:00:00+03:00'); // 9 + 24 + 15
  });

  it('counts the whole working day, not only 10:00-18:00 (a request at 02:00 on a Tuesday)', () => {
    expect(reaction(extended, '2025-06-03T02:00:00+03:00')).toBe('2025-06-04T02:00:00+03:00');
  });

  it('a request on a Sunday starts counting on Monday 00:00', () => {
    expect(reaction(extended, '2025-06-08T11:00:00+03:00')).toBe('2025-06-10T00:00:00+03:00');
  });

  it('across the May holidays of 2025 (1-4 May and 8-11 May off)', () => {
    // Wed 30 Apr 12:00: 12 h on the 30th (a shortened day still counts whole), 1-4 May off
    expect(reaction(extended, '2025-04-30T12:00:00+03:00')).toBe('2025-05-05T12:00:00+03:00');
    expect(reaction(basic, '2025-04-30T12:00:00+03:00')).toBe('2025-05-06T12:00:00+03:00');
    // Wed 7 May 10:00: 14 h on the 7th, 8-11 May off (8 May: the day off moved from 23 February)
    expect(reaction(extended, '2025-05-07T10:00:00+03:00')).toBe('2025-05-12T10:00:00+03:00');
    expect(reaction(basic, '2025-05-07T10:00:00+03:00')).toBe('2025-05-13T10:00:00+03:00');
  });

  it('counts the working Saturday 1 Nov 2025 and skips 2-4 November', () => {
    // Fri 31 Oct 17:00: 7 h on Friday + 17 h of the working Saturday
    expect(reaction(extended, '2025-10-31T17:00:00+03:00')).toBe('2025-11-01T17:00:00+03:00');
    // Basic: 7 + 24 on Saturday, Sun 2, Mon 3 (moved day off) and Tue 4 (Unity Day) skipped, 17 h on Wed 5
    expect(reaction(basic, '2025-10-31T17:00:00+03:00')).toBe('2025-11-05T17:00:00+03:00');
  });

  it('across the New Year holidays 2026 (31 Dec 2025 to 11 Jan 2026 off)', () => {
    expect(reaction(extended, '2025-12-30T15:00:00+03:00')).toBe('2026-01-12T15:00:00+03:00'); // 9 + 15
    expect(reaction(basic, '2025-12-30T15:00:00+03:00')).toBe('2026-01-13T15:00:00+03:00'); // 9 + 24 + 15
  });

  it('is due at midnight when the budget fills exactly at the start of a holiday (rule 2: the earliest instant)', () => {
    // Wed 11 Jun 2025 00:00 + 24 h: Thu 12 Jun (Russia Day) starts closed
    expect(reaction(extended, '2025-06-11T00:00:00+03:00')).toBe('2025-06-12T00:00:00+03:00');
  });

  it('is met by the first public reply, whenever in the working day it comes', () => {
    const s = sla(
      basic,
      [
        { type: 'created', at: '2025-12-30T15:00:00+03:00', channel: 'email' },
        { type: 'message', at: '2026-01-13T14:59:00+03:00', author: 'agent' },
      ],
      '2026-01-20T10:00:00+03:00',
    );
    expect(clockOf(s, 'reaction')).toMatchObject({ state: 'completed', breached: false });
    // 9 h on 30 Dec, 24 h on 12 Jan, 14 h 59 min on 13 Jan
    expect(clockOf(s, 'reaction').elapsed.as('minutes')).toBe((9 + 24 + 14) * 60 + 59);
  });

  it('the business-hours reading (48 h of 10:00-18:00) is the target businessTime, as an option', () => {
    const json = planJson('klik-basic');
    const clocks = json.clocks as { targets: Record<string, unknown> }[];
    clocks[0]!.targets = { normal: { businessTime: { hours: 48 } } };
    const officeHours = makePlan(json);
    // 3 h on 30 Dec, then 5 days of 8 h (12-16 Jan) and 5 h on Mon 19 Jan
    expect(reaction(officeHours, '2025-12-30T15:00:00+03:00')).toBe('2026-01-19T15:00:00+03:00');
  });
});

describe('KliK: channels and the Free level', () => {
  it('takes email at any time on every level, and nothing else', () => {
    for (const plan of [free, basic, extended]) {
      expect(checkEntitlement(plan, { channel: 'email', at: '2026-01-03T03:00:00+03:00' })).toEqual({ entitled: true });
      expect(checkEntitlement(plan, { channel: 'phone', at: '2026-01-12T12:00:00+03:00' })).toEqual({ entitled: false, reason: 'channelNotInPlan' });
    }
  });

  it('Free: a ticket is entitled and has no clocks (no time commitment)', () => {
    const s = slaOf(free, { at: '2025-12-30T15:00:00+03:00', channel: 'email' });
    expect(s.entitlement).toEqual({ entitled: true });
    expect(s.clocks).toEqual([]);
    expect(s.priority).toBe('normal');
  });
});
