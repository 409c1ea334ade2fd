import { describe, expect, it } from 'vitest';
import { makeHolidaySource } from '../../src/holidays/index.js';
import { zoneRules } from '../../src/time/zone.js';
import { parseIsoDate } from '../../src/time/civil.js';
import { closedDates, fiveDayWorkingDays, weekdayOf } from './helpers.js';

const ru = makeHolidaySource({ country: 'RU' }, 'Europe/Moscow');

// Decree No. 1335 of 4 Oct 2024 + Labour Code art. 112
const RU_2025_DAYS_OFF = [
  '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05', '2025-01-06', '2025-01-07', '2025-01-08',
  '2025-02-23', '2025-03-08',
  '2025-05-01', '2025-05-02', '2025-05-08', '2025-05-09',
  '2025-06-12', '2025-06-13',
  '2025-11-03', '2025-11-04',
  '2025-12-31',
];
// Decree No. 1466 of 24 Sep 2025 + Labour Code art. 112
const RU_2026_DAYS_OFF = [
  '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09',
  '2026-02-23', '2026-03-08', '2026-03-09',
  '2026-05-01', '2026-05-09', '2026-05-11',
  '2026-06-12', '2026-11-04', '2026-12-31',
];

describe('Russian production calendar', () => {
  it('has exactly the official days off of 2025 (Decree No. 1335)', () => {
    expect(closedDates(ru.year(2025))).toEqual(RU_2025_DAYS_OFF);
  });

  it('has exactly the official days off of 2026 (Decree No. 1466)', () => {
    expect(closedDates(ru.year(2026))).toEqual(RU_2026_DAYS_OFF);
  });

  it('includes the days off date-holidays misses', () => {
    const y25 = closedDates(ru.year(2025));
    const y26 = closedDates(ru.year(2026));
    for (const d of ['2025-05-02', '2025-05-08', '2025-06-13', '2025-11-03', '2025-12-31']) expect(y25).toContain(d);
    for (const d of ['2026-01-09', '2026-05-11', '2026-12-31']) expect(y26).toContain(d);
  });

  it('counts 247 working days in 2025 on a five-day week', () => {
    expect(fiveDayWorkingDays(2025, ru.year(2025))).toBe(247);
  });

  it('counts 247 working days in 2026 on a five-day week', () => {
    expect(fiveDayWorkingDays(2026, ru.year(2026))).toBe(247);
  });

  it('makes Saturday 2025-11-01 a working day with Monday hours (the day off moved to Monday 3 November)', () => {
    const y = ru.year(2025);
    expect(weekdayOf('2025-11-01')).toBe(6);
    expect(y.workingDays).toEqual([
      { date: '2025-11-01', hoursOf: 'mon', name: 'Working Saturday (day off moved to Monday 3 November)' },
    ]);
    expect(closedDates(y)).not.toContain('2025-11-01');
    expect(closedDates(y)).toContain('2025-11-03');
  });

  it('has no working weekend day in 2026', () => {
    expect(ru.year(2026).workingDays).toEqual([]);
  });

  it('shortens the pre-holiday days of 2025 by one hour, the working Saturday included', () => {
    expect(ru.year(2025).shortenedDays).toEqual([
      { date: '2025-03-07', minutes: 60 },
      { date: '2025-04-30', minutes: 60 },
      { date: '2025-06-11', minutes: 60 },
      { date: '2025-11-01', minutes: 60 },
    ]);
  });

  it('shortens the pre-holiday days of 2026 by one hour', () => {
    expect(ru.year(2026).shortenedDays).toEqual([
      { date: '2026-04-30', minutes: 60 },
      { date: '2026-05-08', minutes: 60 },
      { date: '2026-06-11', minutes: 60 },
      { date: '2026-11-03', minutes: 60 },
    ]);
  });

  it('closes each official day off from local midnight to the next local midnight in Moscow', () => {
    const zone = zoneRules('Europe/Moscow');
    for (const h of ru.year(2025).holidays) {
      const d = parseIsoDate(h.date) as number;
      expect([h.start, h.end]).toEqual([zone.localToMillis(d, 0), zone.localToMillis(d + 1, 0)]);
      expect(h.type).toBe('public');
    }
    // 2025-05-02 00:00 Moscow = 2025-05-01T21:00Z
    const may2 = ru.year(2025).holidays.find((h) => h.date === '2025-05-02');
    expect(may2?.start).toBe(Date.UTC(2025, 4, 1, 21));
    expect(may2?.name).toBe('Day off (moved from Saturday 4 January)');
  });

  it('names the official holidays in English', () => {
    const names = new Map(ru.year(2026).holidays.map((h) => [h.date, h.name]));
    expect(names.get('2026-01-07')).toBe('Christmas Day');
    expect(names.get('2026-05-11')).toBe('Day off (Victory Day on a Saturday)');
    expect(names.get('2026-12-31')).toBe('Day off (moved from Sunday 4 January)');
  });

  it('keeps 2027 rules-only until its decree is final', () => {
    expect(ru.basis(2027)).toBe('rules');
    expect(ru.officialYears).toEqual([2025, 2026]);
    expect(ru.year(2027).workingDays).toEqual([]);
    expect(closedDates(ru.year(2027))).toContain('2027-01-01');
  });

  it('lets a user apply a new decree as a full list without waiting for a release', () => {
    const src = makeHolidaySource(
      {
        country: 'RU',
        overrides: [
          {
            year: 2027,
            replace: true,
            daysOff: ['2027-01-01', '2027-01-04', { date: '2027-11-05', name: 'Day off (moved)' }],
            workingDays: [{ date: '2027-11-13', hoursOf: 'fri' }],
            shortenedDays: ['2027-11-03'],
          },
        ],
      },
      'Europe/Moscow',
    );
    const y = src.year(2027);
    expect(closedDates(y)).toEqual(['2027-01-01', '2027-01-04', '2027-11-05']);
    expect(y.workingDays).toEqual([{ date: '2027-11-13', hoursOf: 'fri' }]);
    expect(y.shortenedDays).toEqual([{ date: '2027-11-03', minutes: 60 }]);
    expect(src.basis(2027)).toBe('official');
    expect(src.officialYears).toEqual([2025, 2026, 2027]);
    // the shipped years are untouched
    expect(closedDates(src.year(2025))).toEqual(RU_2025_DAYS_OFF);
  });

  it('keeps a regional holiday when a state is chosen and the year is replaced by the national list', () => {
    const ta = makeHolidaySource({ country: 'RU', state: 'TA' }, 'Europe/Moscow');
    const national = new Set(RU_2025_DAYS_OFF);
    const regional = closedDates(ta.year(2025)).filter((d) => !national.has(d));
    expect(regional.length).toBeGreaterThan(0); // e.g. Republic Day of Tatarstan, 30 August
    expect(regional).toContain('2025-08-30');
    for (const d of RU_2025_DAYS_OFF) expect(closedDates(ta.year(2025))).toContain(d);
  });
});
