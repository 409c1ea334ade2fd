import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  alwaysOpen,
  businessTimeBetween,
  difference,
  holidaysBetween,
  intersection,
  isOpen,
  makeCalendar,
  openIntervals,
  union,
  wholeWorkingDays,
} from '../../src/index.js';

const office = makeCalendar({
  timeZone: 'Europe/Moscow',
  week: { mon: ['10:00-18:00'], tue: ['10:00-18:00'], wed: ['10:00-18:00'], thu: ['10:00-18:00'], fri: ['10:00-18:00'] },
  holidays: [{ dates: ['2025-06-12'] }],
});

describe('alwaysOpen', () => {
  it('is open at every instant and counts elapsed time', () => {
    const cal = alwaysOpen('Europe/Athens');
    expect(isOpen(cal, '2025-03-30T03:30:00+03:00')).toBe(true);
    expect(businessTimeBetween(cal, '2025-03-30T00:00:00+02:00', '2025-03-31T00:00:00+03:00').as('hours')).toBe(23);
  });
  it('rejects an unknown zone (programmer misuse)', () => {
    expect(() => alwaysOpen('Europe/Atlantis')).toThrow(RangeError);
  });
});

describe('wholeWorkingDays (KliK: 48 hours, extended by the hours of weekends and holidays)', () => {
  const clock = wholeWorkingDays(office);
  it('a request on Friday 15:00: 9 h on Friday, weekend skipped, Monday 00:00 continues', () => {
    // Fri 2025-06-06 15:00 + 48 h: Fri 9 h, Mon 24 h (33), Tue 15 h → Tue 15:00
    expect(addBusinessTime(clock, '2025-06-06T15:00:00+03:00', { hours: 48 }).toISO()).toBe('2025-06-10T15:00:00.000+03:00');
  });
  it('a holiday date is skipped whole', () => {
    // Wed 2025-06-11 12:00 + 24 h: Wed 12 h, Thu 12 June holiday, Fri 12 h → Fri 12:00
    expect(addBusinessTime(clock, '2025-06-11T12:00:00+03:00', { hours: 24 }).toISO()).toBe('2025-06-13T12:00:00.000+03:00');
  });
  it('is open all day on any date with open time, and closed on others', () => {
    expect(isOpen(clock, '2025-06-09T02:00:00+03:00')).toBe(true);
    expect(isOpen(clock, '2025-06-07T12:00:00+03:00')).toBe(false);
    expect(isOpen(clock, '2025-06-12T12:00:00+03:00')).toBe(false);
  });
  it('keeps the holiday sources of the calendar it derives from', () => {
    expect(holidaysBetween(clock, '2025-06-01T00:00:00+03:00', '2025-07-01T00:00:00+03:00').map((h) => h.date)).toEqual(['2025-06-12']);
  });
});

describe('union, intersection, difference: set algebra on open time', () => {
  const day = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
  const evening = makeCalendar({ timeZone: 'UTC', week: { mon: ['16:00-20:00'] } });
  it('union merges overlapping open time', () => {
    expect(openIntervals(union(day, evening), '2025-06-02T00:00:00Z', '2025-06-03T00:00:00Z').map(String)).toEqual([
      '[2025-06-02T09:00:00.000Z – 2025-06-02T20:00:00.000Z)',
    ]);
  });
  it('intersection keeps the common part', () => {
    expect(openIntervals(intersection(day, evening), '2025-06-02T00:00:00Z', '2025-06-03T00:00:00Z').map(String)).toEqual([
      '[2025-06-02T16:00:00.000Z – 2025-06-02T17:00:00.000Z)',
    ]);
  });
  it('difference removes the second from the first', () => {
    expect(openIntervals(difference(day, evening), '2025-06-02T00:00:00Z', '2025-06-03T00:00:00Z').map(String)).toEqual([
      '[2025-06-02T09:00:00.000Z – 2025-06-02T16:00:00.000Z)',
    ]);
  });
  it('takes the time zone of the first calendar and works across zones', () => {
    const athens = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:00-17:00'] } });
    const both = intersection(athens, office); // Athens = Moscow - 0 h in summer
    expect(both.timeZone).toBe('Europe/Athens');
    expect(businessTimeBetween(both, '2025-06-02T00:00:00+03:00', '2025-06-03T00:00:00+03:00').as('hours')).toBe(7);
  });
  it('seams between years are invisible: a 24/7 union spans New Year as one interval', () => {
    const cal = union(alwaysOpen('UTC'), day);
    expect(openIntervals(cal, '2025-12-31T12:00:00Z', '2026-01-01T12:00:00Z')).toHaveLength(1);
  });
});
