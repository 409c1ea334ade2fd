/**
 * Yearly recurring dates in a { dates } source: '*-12-24' closes 24 December every year.
 */
import { describe, expect, it } from 'vitest';
import { addBusinessTime, freezeCalendarSpecOrThrow, isBusinessDay, IssueCode, makeCalendar, makeHolidaySource, safeParseCalendar } from '../../src/index.js';

const h = ['09:00-17:00'];
const week = { mon: h, tue: h, wed: h, thu: h, fri: h };

describe("yearly dates '*-MM-DD' in a { dates } source", () => {
  it('close that month and day in every year, midnight to midnight in the calendar zone', () => {
    const src = makeHolidaySource({ dates: ['*-12-24'] }, 'Europe/Moscow');
    for (const y of [1999, 2025, 2031, 2100]) {
      expect(src.year(y).holidays).toEqual([
        { date: `${y}-12-24`, name: 'Holiday', type: 'public', start: Date.UTC(y, 11, 23, 21), end: Date.UTC(y, 11, 24, 21) },
      ]);
    }
  });

  it('mix with one-off dates, never twice on one date, sorted', () => {
    const src = makeHolidaySource({ dates: ['2025-12-24', '*-12-24', '2025-08-14', '*-01-02'] }, 'UTC');
    expect(src.year(2025).holidays.map((x) => x.date)).toEqual(['2025-01-02', '2025-08-14', '2025-12-24']);
    expect(src.year(2026).holidays.map((x) => x.date)).toEqual(['2026-01-02', '2026-12-24']);
    expect(src.key).toBe('dates(2)+yearly(01-02,12-24)');
    expect(src.basis(2040)).toBe('official');
  });

  it("'*-02-29' closes 29 February in leap years only", () => {
    const src = makeHolidaySource({ dates: ['*-02-29'] }, 'UTC');
    expect(src.year(2028).holidays.map((x) => x.date)).toEqual(['2028-02-29']);
    expect(src.year(2027).holidays).toEqual([]);
    expect(src.year(2100).holidays).toEqual([]); // not a leap year
    expect(src.year(2000).holidays.map((x) => x.date)).toEqual(['2000-02-29']);
  });

  it('a calendar with them is closed on those days every year, and the engine steps over them', () => {
    const cal = makeCalendar({ timeZone: 'Europe/Athens', week, holidays: [{ dates: ['*-12-24', '*-12-31'] }] });
    expect(isBusinessDay(cal, '2025-12-24')).toBe(false);
    expect(isBusinessDay(cal, '2030-12-24')).toBe(false);
    expect(isBusinessDay(cal, '2030-12-23')).toBe(true);
    // Tuesday 23 Dec 2025 16:00 + 2 h: 1 h on Tuesday, Wednesday 24 closed, 1 h on Thursday 25
    expect(addBusinessTime(cal, '2025-12-23T16:00:00+02:00', { hours: 2 }).toISO()).toBe('2025-12-25T10:00:00.000+02:00');
  });

  it('a malformed yearly date is INVALID_DATE at its path, with the other issues', () => {
    const r = safeParseCalendar({ timeZone: 'UTC', week, holidays: [{ dates: ['*-13-01', '*-02-30', '*-2-3', '2025-02-30', '*-12-24'] }] });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        [IssueCode.INVALID_DATE, 'holidays.0.dates.3'],
        [IssueCode.INVALID_DATE, 'holidays.0.dates.0'],
        [IssueCode.INVALID_DATE, 'holidays.0.dates.1'],
        [IssueCode.INVALID_DATE, 'holidays.0.dates.2'],
      ]);
      expect(r.issues[1]?.message).toContain("'*-MM-DD'");
    }
  });

  it('a { dates } source with yearly dates is kept as written by freezeCalendarSpec (it needs no date-holidays)', () => {
    const spec = { timeZone: 'UTC', week, holidays: [{ dates: ['*-12-24'] }] };
    expect(freezeCalendarSpecOrThrow(spec, { from: 2025, to: 2026 }).holidays).toEqual([{ dates: ['*-12-24'] }]);
  });
});
