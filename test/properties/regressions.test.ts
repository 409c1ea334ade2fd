/**
 * Cases the property tests found, pinned as plain tests with the decision taken.
 */
import { describe, expect, it } from 'vitest';
import { addBusinessMillis, businessTimeBetween, isOpen, makeCalendar, subtractBusinessMillis } from '../../src/index.js';
import { RefCalendar } from '../support/reference.js';

describe('regressions found by the property tests', () => {
  // API.md rule 3: "a holiday on the next date removes the overnight tail". An override spares
  // only its OWN date's hours from that date's holidays; every other date's intervals, overrides
  // included, lose them.
  it('a holiday on an overridden date still removes the previous date’s overnight tail', () => {
    const spec = {
      timeZone: 'Europe/Athens',
      week: { mon: ['22:00-06:00'] },
      overrides: [{ date: '2025-06-03', hours: ['10:00-12:00'] }],
      holidays: [{ dates: ['2025-06-03'] }],
    };
    const cal = makeCalendar(spec);
    expect(isOpen(cal, '2025-06-02T23:00:00+03:00')).toBe(true);
    expect(isOpen(cal, '2025-06-03T02:00:00+03:00')).toBe(false);
    expect(isOpen(cal, '2025-06-03T11:00:00+03:00')).toBe(true);
    expect(businessTimeBetween(cal, '2025-06-02T00:00:00+03:00', '2025-06-04T00:00:00+03:00').as('hours')).toBe(4);
  });

  it('a holiday on an overridden date removes the overnight tail of an overridden previous date', () => {
    const spec = {
      timeZone: 'Europe/Athens',
      week: { mon: ['09:00-17:00'] },
      overrides: [
        { date: '2025-06-01', hours: ['22:00-06:00'] },
        { date: '2025-06-02', hours: ['10:00-12:00'] },
      ],
      holidays: [{ dates: ['2025-06-02'] }],
    };
    const cal = makeCalendar(spec);
    expect(isOpen(cal, '2025-06-01T23:00:00+03:00')).toBe(true);
    expect(isOpen(cal, '2025-06-02T02:00:00+03:00')).toBe(false);
    expect(isOpen(cal, '2025-06-02T11:00:00+03:00')).toBe(true);
    expect(businessTimeBetween(cal, '2025-06-01T00:00:00+03:00', '2025-06-03T00:00:00+03:00').as('hours')).toBe(4);
    const ref = new RefCalendar(spec);
    expect(ref.between(Date.parse('2025-06-01T00:00:00+03:00'), Date.parse('2025-06-03T00:00:00+03:00')) / 3_600_000).toBe(4);
  });

  // Decision (rule 2): overlapping intervals of one date are merged in wall-clock time FIRST and
  // then turned into instants. On Chatham's spring-forward day (02:45 → 03:45),
  // ['00:00-04:00', '03:30-10:15'] is one stretch 00:00-10:15 (555 min), as the user wrote it,
  // not 00:00-04:00 plus 04:30-10:15 (03:30 alone would move forward by the gap to 04:30).
  it('overlapping intervals of a date are merged in wall-clock time before the DST rules apply', () => {
    const cal = makeCalendar({ timeZone: 'Pacific/Chatham', week: { sun: ['00:00-04:00', '03:30-10:15'] } });
    expect(isOpen(cal, '2025-09-28T04:00:00+13:45')).toBe(true);
    expect(businessTimeBetween(cal, '2025-09-28T00:00:00+12:45', '2025-09-29T00:00:00+13:45').as('minutes')).toBe(555);
  });

  // fast-check seed 1349629450: t exactly at an opening that follows closed time. subtract(t, 0)
  // is t (open), while the earliest instant 1 ms after subtract(t, 1) is the closing before t:
  // both have zero business time to t, the round trip lands on the closing side.
  it("addEarliest(subtract(t, d), d) is the closing before t when t is an opening", () => {
    const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['00:00-07:45'], sat: ['16:15-05:00'] } });
    const t = Date.parse('2024-01-01T00:00:00Z');
    const sub = subtractBusinessMillis(cal, t, 1);
    expect(new Date(sub).toISOString()).toBe('2023-12-31T04:59:59.999Z');
    expect(subtractBusinessMillis(cal, t, 0)).toBe(t);
    expect(new Date(addBusinessMillis(cal, sub, 1, { boundary: 'earliest' })).toISOString()).toBe('2023-12-31T05:00:00.000Z');
    expect(addBusinessMillis(cal, sub, 1)).toBe(t);
  });
});
