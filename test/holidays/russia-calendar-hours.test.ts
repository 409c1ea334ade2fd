import { describe, expect, it } from 'vitest';
import { holidayCoverage, isBusinessDay, isOpen, makeCalendar, openIntervals } from '../../src/index.js';

// KliK CRM's office: 10:00-18:00 Monday to Thursday, a lunch break on Fridays, Russian holidays.
const klik = makeCalendar({
  timeZone: 'Europe/Moscow',
  week: {
    mon: ['10:00-18:00'],
    tue: ['10:00-18:00'],
    wed: ['10:00-18:00'],
    thu: ['10:00-18:00'],
    fri: ['09:00-13:00', '14:00-18:00'],
  },
  holidays: [{ country: 'RU' }],
});

const day = (date: string): string[] =>
  openIntervals(klik, `${date}T00:00:00+03:00`, `${date}T23:59:59+03:00`).map((i) => {
    const s = i.start?.toFormat('HH:mm') ?? '?';
    const e = i.end?.toFormat('HH:mm') ?? '?';
    return `${s}-${e}`;
  });

describe('the Russian production calendar in a calendar: working Saturday and shortened days', () => {
  it("Saturday 2025-11-01 is worked with Monday's hours, one hour shorter (pre-holiday)", () => {
    expect(day('2025-11-01')).toEqual(['10:00-17:00']);
    expect(isBusinessDay(klik, '2025-11-01')).toBe(true);
    expect(isOpen(klik, '2025-11-01T16:59:59+03:00')).toBe(true);
    expect(isOpen(klik, '2025-11-01T17:00:00+03:00')).toBe(false); // the closing instant is closed
    // an ordinary Saturday stays closed
    expect(day('2025-11-08')).toEqual([]);
  });

  it('the day off the Saturday was swapped with (Monday 2025-11-03) and Unity Day are closed', () => {
    expect(day('2025-11-03')).toEqual([]);
    expect(day('2025-11-04')).toEqual([]);
    expect(day('2025-11-05')).toEqual(['10:00-18:00']);
  });

  it('a shortened day closes its LAST interval one hour earlier (Friday 2025-03-07, 2026-05-08)', () => {
    expect(day('2025-03-07')).toEqual(['09:00-13:00', '14:00-17:00']);
    expect(day('2026-05-08')).toEqual(['09:00-13:00', '14:00-17:00']);
    expect(day('2025-04-30')).toEqual(['10:00-17:00']);
    expect(day('2025-03-14')).toEqual(['09:00-13:00', '14:00-18:00']); // an ordinary Friday
  });

  it('days off moved by decree are closed (2025-05-02, 2025-12-31, 2026-01-09)', () => {
    for (const d of ['2025-05-02', '2025-05-08', '2025-06-13', '2025-12-31', '2026-01-09', '2026-05-11']) expect(day(d), d).toEqual([]);
  });

  it('holidayCoverage(cal) reports 2025 and 2026 as official, 2027 as rules only', () => {
    const [ru] = holidayCoverage(klik);
    expect(ru?.years(2025, 2027).map((y) => y.basis)).toEqual(['official', 'official', 'rules']);
  });
});
