/**
 * Frozen holiday sources: freezeCalendarSpec turns { country } sources into self-contained JSON
 * for a range of years; inside the range a frozen calendar answers every query as the live one,
 * outside it says so (holidayCoverage: basis 'none').
 */
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDaysMillis,
  addBusinessMillis,
  businessDaysBetweenMillis,
  businessMillisBetween,
  endOfBusinessDayMillis,
  freezeCalendarSpec,
  freezeCalendarSpecOrThrow,
  holidayCoverage,
  holidaysBetween,
  isBusinessDay,
  isOpenMillis,
  IssueCode,
  makeCalendar,
  nextClosingMillis,
  nextOpeningMillis,
  previousClosingMillis,
  previousOpeningMillis,
  safeParseCalendar,
  subtractBusinessMillis,
  type Calendar,
  type CalendarSpec,
  type FrozenHolidaySource,
} from '../../src/index.js';
import { runs } from '../support/runs.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const h = ['09:00-18:00'];
const week = { mon: h, tue: h, wed: h, thu: h, fri: h };

/** JSON round trip: what a server stores and a browser reads. */
const viaJson = (spec: CalendarSpec): CalendarSpec => JSON.parse(JSON.stringify(spec)) as CalendarSpec;
const frozenOf = (spec: CalendarSpec, i = 0): FrozenHolidaySource => (spec.holidays ?? [])[i] as FrozenHolidaySource;

describe('freezeCalendarSpec', () => {
  it('replaces each { country } source by a { frozen } one for the years asked, and keeps everything else as written', () => {
    const spec = {
      timeZone: 'Europe/Athens',
      week,
      holidays: [{ country: 'GR' }, { dates: ['2025-08-14'] }],
      overrides: [{ date: '2025-12-31', hours: ['09:00-13:00'] }],
    };
    const frozen = freezeCalendarSpecOrThrow(spec, { from: 2025, to: 2026 });
    expect(frozen.timeZone).toBe('Europe/Athens');
    expect(frozen.week).toEqual(week);
    expect(frozen.overrides).toEqual(spec.overrides);
    expect(frozen.holidays?.[1]).toEqual({ dates: ['2025-08-14'] });
    const f = frozenOf(frozen).frozen;
    expect(f).toMatchObject({ from: 2025, to: 2026, timeZone: 'Europe/Athens', source: { country: 'GR' } });
    expect(f.years.map((y) => y.year)).toEqual([2025, 2026]);
    const easterMonday = f.years[0]?.holidays.find((x) => x.date === '2025-04-21');
    expect(easterMonday).toMatchObject({ date: '2025-04-21', name: 'Easter Monday', type: 'public', start: '2025-04-21T00:00:00.000+03:00', end: '2025-04-22T00:00:00.000+03:00' });
    expect(easterMonday?.names?.['el']).toBeDefined(); // the names in other languages are kept
    expect(f.years[0]?.basis).toBe('official');
    expect(f.years[0]?.citations.length).toBeGreaterThan(0);
  });

  it('keeps working-day transfers and shortened days (Russia 2025: Saturday 1 November worked with Monday\'s hours, one hour shorter)', () => {
    const frozen = freezeCalendarSpecOrThrow({ timeZone: 'Europe/Moscow', week, holidays: [{ country: 'RU' }] }, { from: 2025, to: 2025 });
    const y = frozenOf(frozen).frozen.years[0];
    expect(y?.workingDays).toContainEqual(expect.objectContaining({ date: '2025-11-01', hoursOf: 'mon' }));
    expect(y?.shortenedDays).toContainEqual({ date: '2025-11-01', minutes: 60 });
    const live = makeCalendar({ timeZone: 'Europe/Moscow', week, holidays: [{ country: 'RU' }] });
    const cal = makeCalendar(viaJson(frozen));
    const sat = Date.parse('2025-11-01T00:00:00+03:00');
    expect(businessMillisBetween(cal, sat, sat + DAY)).toBe(8 * HOUR);
    expect(businessMillisBetween(cal, sat, sat + DAY)).toBe(businessMillisBetween(live, sat, sat + DAY));
  });

  it('keeps partial days as instants (Germany, bank holidays: 24 December from 14:00)', () => {
    const spec = { timeZone: 'Europe/Berlin', week, holidays: [{ country: 'DE', types: ['public', 'bank'] }] };
    const frozen = freezeCalendarSpecOrThrow(spec, { from: 2025, to: 2025 });
    const eve = frozenOf(frozen).frozen.years[0]?.holidays.find((x) => x.date === '2025-12-24');
    expect(eve?.start).toBe('2025-12-24T14:00:00.000+01:00');
    const cal = makeCalendar(viaJson(frozen));
    expect(isOpenMillis(cal, Date.parse('2025-12-24T13:00:00+01:00'))).toBe(true);
    expect(isOpenMillis(cal, Date.parse('2025-12-24T15:00:00+01:00'))).toBe(false);
  });

  it('keeps names: holidaysBetween lists the same holidays, frozen or live', () => {
    const spec = { timeZone: 'Europe/Bratislava', week, holidays: [{ country: 'SK' }] };
    const live = makeCalendar(spec);
    const cal = makeCalendar(viaJson(freezeCalendarSpecOrThrow(spec, { from: 2025, to: 2026 })));
    const a = '2025-01-01T00:00:00+01:00';
    const b = '2027-01-01T00:00:00+01:00';
    const strip = (list: ReturnType<typeof holidaysBetween>) => list.map((x) => ({ ...x, start: x.start.toISO(), end: x.end.toISO() }));
    expect(strip(holidaysBetween(cal, a, b))).toEqual(strip(holidaysBetween(live, a, b)));
    expect(holidaysBetween(cal, a, b).length).toBeGreaterThan(20);
  });

  it('returns every issue of a spec that is not a calendar, and of bad years', () => {
    const r = freezeCalendarSpec({ timeZone: 'Mars/Olympus', week: {}, holidays: [{ country: 'XX' }] }, { from: 2030, to: 2020 });
    expect(E.isLeft(r)).toBe(true);
    if (E.isLeft(r)) {
      const codes = r.left.map((i) => i.code);
      expect(codes).toContain(IssueCode.FROZEN_HOLIDAYS_RANGE);
      expect(codes).toContain(IssueCode.INVALID_TIME_ZONE);
      expect(codes).toContain(IssueCode.UNKNOWN_COUNTRY);
    }
    expect(E.isLeft(freezeCalendarSpec({ timeZone: 'UTC', week }, { from: 2000, to: 2300 }))).toBe(true); // > 200 years
    expect(E.isLeft(freezeCalendarSpec({ timeZone: 'UTC', week }, { from: 2025.5, to: 2026 }))).toBe(true);
  });
});

describe('reading a { frozen } source', () => {
  const spec = { timeZone: 'Europe/Athens', week, holidays: [{ country: 'GR' }] };
  const frozen = viaJson(freezeCalendarSpecOrThrow(spec, { from: 2025, to: 2026 })) as CalendarSpec & { holidays: [FrozenHolidaySource] };

  it('is bound to the zone it was computed in: another zone is FROZEN_HOLIDAYS_ZONE_MISMATCH', () => {
    const r = safeParseCalendar({ ...frozen, timeZone: 'Europe/Berlin' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => [i.code, i.path])).toEqual([[IssueCode.FROZEN_HOLIDAYS_ZONE_MISMATCH, ['holidays', 0, 'frozen', 'timeZone']]]);
  });

  it('rejects years that do not match from..to, with paths', () => {
    const f = frozen.holidays[0].frozen;
    const r = safeParseCalendar({ ...frozen, holidays: [{ frozen: { ...f, years: [f.years[1]] } }] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ code: IssueCode.FROZEN_HOLIDAYS_RANGE, path: ['holidays', 0, 'frozen', 'years'] });
  });

  it('rejects a malformed holiday (instant without an offset, end before start, unknown key), every issue at once', () => {
    const f = frozen.holidays[0].frozen;
    const [y0, y1] = f.years;
    const bad = { ...y0, holidays: [{ date: '2025-01-01', name: 'x', type: 'public', start: '2025-01-01T00:00:00', end: '2025-01-02T00:00:00Z' }, { date: '2025-01-06', name: 'y', type: 'public', start: '2025-01-07T00:00:00Z', end: '2025-01-06T00:00:00Z', extra: 1 }] };
    const r = safeParseCalendar({ ...frozen, holidays: [{ frozen: { ...f, years: [bad, y1] } }] });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => i.path.slice(3).join('.'))).toEqual(
        expect.arrayContaining(['years.0.holidays.0.start', 'years.0.holidays.1.extra', 'years.0.holidays.1.end']),
      );
    }
  });

  it('outside its years has no holidays and says so: holidayCoverage reports basis none, origin none', () => {
    const cal = makeCalendar(frozen);
    const [coverage] = holidayCoverage(cal);
    expect(coverage?.years(2024, 2027).map((y) => [y.year, y.basis, y.origin])).toEqual([
      [2024, 'none', 'none'],
      [2025, 'official', 'frozen'],
      [2026, 'official', 'frozen'],
      [2027, 'none', 'none'],
    ]);
    // the documented rule, visible in a query: Greek Independence Day 2027 is open in the frozen calendar
    expect(isBusinessDay(cal, '2027-03-25')).toBe(true);
    expect(isBusinessDay(makeCalendar(spec), '2027-03-25')).toBe(false);
  });
});

describe('frozen and live calendars answer every query the same inside the frozen years (property)', () => {
  it('a path that leaves the frozen years answers by the frozen calendar there (Berlin, 2 Jan 2025, one business day back)', () => {
    const spec: CalendarSpec = { timeZone: 'Europe/Berlin', week, holidays: [{ country: 'DE', types: ['public', 'bank'] }] };
    const live = makeCalendar(spec);
    const frozen = makeCalendar(viaJson(freezeCalendarSpecOrThrow(spec, { from: 2025, to: 2026 })));
    const t = Date.parse('2025-01-02T14:00:00+01:00');
    // live: 31 Dec 2024 is a bank holiday's partial day (closed from 14:00), so 14:00 moves to the next opening
    expect(addBusinessDaysMillis(live, t, -1)).toBe(Date.parse('2025-01-02T09:00:00+01:00'));
    // frozen from 2025: 2024 has no holidays, 31 Dec 2024 is an ordinary day open at 14:00
    expect(addBusinessDaysMillis(frozen, t, -1)).toBe(Date.parse('2024-12-31T14:00:00+01:00'));
  });

  const night = ['22:00-06:00'];
  const cases: { name: string; spec: CalendarSpec }[] = [
    { name: 'Athens, GR', spec: { timeZone: 'Europe/Athens', week, holidays: [{ country: 'GR' }] } },
    { name: 'Moscow, RU (transfers, shortened days)', spec: { timeZone: 'Europe/Moscow', week: { ...week, sat: ['10:00-14:00'] }, holidays: [{ country: 'RU' }] } },
    { name: 'Berlin, DE bank (partial days), night shift', spec: { timeZone: 'Europe/Berlin', week: { ...week, sun: night }, holidays: [{ country: 'DE', types: ['public', 'bank'] }, { dates: ['2026-07-01'] }] } },
  ];
  const from = 2025;
  const to = 2026;

  for (const { name, spec } of cases) {
    it(name, () => {
      const live = makeCalendar(spec);
      const frozen = makeCalendar(viaJson(freezeCalendarSpecOrThrow(spec, { from, to })));
      // the frozen years as instants, with a day's margin for the zone
      const lo = Date.UTC(from, 0, 1) + DAY;
      const hi = Date.UTC(to + 1, 0, 1) - DAY;
      const inside = (...ms: number[]): boolean => ms.every((x) => x >= lo && x < hi);
      // compared when BOTH answers are inside: a query whose path leaves the frozen years (one
      // business day back from 2 Jan 2025 lands on 31 Dec 2024, a bank holiday's partial day live
      // and an ordinary day frozen) may answer inside on one calendar and outside on the other
      const same = <T>(q: (cal: Calendar) => T, ...within: ((r: T) => number)[]): void => {
        const expected = q(live);
        const actual = q(frozen);
        const ok = within.every((f) => inside(f(expected)) && inside(f(actual)));
        if (ok) expect(actual).toEqual(expected);
      };
      fc.assert(
        fc.property(
          fc.integer({ min: lo, max: hi - 1 }),
          fc.integer({ min: 0, max: 300 * HOUR }),
          fc.integer({ min: -12, max: 12 }),
          fc.integer({ min: 0, max: 60 }),
          (t, d, n, span) => {
            expect(isOpenMillis(frozen, t)).toBe(isOpenMillis(live, t));
            same((c) => nextOpeningMillis(c, t), (r) => r);
            same((c) => nextClosingMillis(c, t), (r) => r);
            same((c) => previousOpeningMillis(c, t), (r) => r);
            same((c) => previousClosingMillis(c, t), (r) => r);
            same((c) => addBusinessMillis(c, t, d), (r) => r);
            same((c) => addBusinessMillis(c, t, d, { boundary: 'earliest' }), (r) => r);
            same((c) => subtractBusinessMillis(c, t, d), (r) => r);
            const b = t + span * DAY;
            if (inside(b)) {
              expect(businessMillisBetween(frozen, t, b)).toBe(businessMillisBetween(live, t, b));
              expect(businessDaysBetweenMillis(frozen, t, b)).toBe(businessDaysBetweenMillis(live, t, b));
            }
            same((c) => addBusinessDaysMillis(c, t, n), (r) => r);
            same((c) => endOfBusinessDayMillis(c, t, Math.abs(n)), (r) => r + DAY);
          },
        ),
        runs(150),
      );
    });
  }
});
