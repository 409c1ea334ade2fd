import { describe, expect, it } from 'vitest';
import { either as E } from 'fp-ts';
import { makeHolidaySource, parseHolidaySource } from '../../src/holidays/index.js';
import { closedDates } from './helpers.js';

const issuesOf = (overrides: unknown): [string, (string | number)[]][] => {
  const r = parseHolidaySource({ country: 'RU', overrides }, 'Europe/Moscow', []);
  return E.isLeft(r) ? r.left.map((i) => [i.code, i.path]) : [];
};

describe('user holiday overrides', () => {
  it('patches a rules year: extra days off, dates that are not days off, working days, shortened days', () => {
    const src = makeHolidaySource(
      {
        country: 'SK',
        overrides: [
          {
            year: 2027,
            daysOff: [{ date: '2027-12-31', name: 'Company day off' }],
            notDaysOff: ['2027-12-24'],
            workingDays: [{ date: '2027-12-18', hoursOf: 'fri', name: 'Inventory Saturday' }],
            shortenedDays: [{ date: '2027-12-23', minutes: 120 }, '2027-12-30'],
          },
        ],
      },
      'Europe/Bratislava',
    );
    const y = src.year(2027);
    expect(closedDates(y)).toContain('2027-12-31');
    expect(y.holidays.find((h) => h.date === '2027-12-31')?.name).toBe('Company day off');
    expect(closedDates(y)).not.toContain('2027-12-24');
    expect(y.workingDays).toEqual([{ date: '2027-12-18', hoursOf: 'fri', name: 'Inventory Saturday' }]);
    expect(y.shortenedDays).toEqual([
      { date: '2027-12-23', minutes: 120 },
      { date: '2027-12-30', minutes: 60 },
    ]);
    expect(src.basis(2027)).toBe('rules');
    expect(src.key).toBe('SK+overrides(2027)');
    // other years untouched
    expect(closedDates(src.year(2026))).toContain('2026-12-24');
  });

  it('patches an official year on top of the shipped data', () => {
    const src = makeHolidaySource(
      { country: 'RU', overrides: [{ year: 2026, daysOff: ['2026-12-30'], shortenedDays: ['2026-12-29'] }] },
      'Europe/Moscow',
    );
    expect(closedDates(src.year(2026))).toContain('2026-12-30');
    expect(src.year(2026).shortenedDays.map((s) => s.date)).toContain('2026-12-29');
    expect(src.describeYear?.(2026)).toMatchObject({ basis: 'official', origin: 'shipped', overridden: true });
  });

  it('a replacing override drops only the public days: bank holidays of the rules stay', () => {
    // types ['bank'] + replace used to skip the rules entirely and lose Christmas Eve and New Year's Eve
    const src = makeHolidaySource(
      { country: 'DE', types: ['bank'], overrides: [{ year: 2027, replace: true, daysOff: ['2027-03-03'] }] },
      'Europe/Berlin',
    );
    expect(src.year(2027).holidays.map((h) => [h.date, h.type])).toEqual([
      ['2027-03-03', 'public'],
      ['2027-12-24', 'bank'],
      ['2027-12-31', 'bank'],
    ]);
  });

  it('a working day in an override removes the days off of that date', () => {
    const src = makeHolidaySource({ country: 'RU', overrides: [{ year: 2026, workingDays: [{ date: '2026-01-09', hoursOf: 'fri' }] }] }, 'Europe/Moscow');
    expect(closedDates(src.year(2026))).not.toContain('2026-01-09');
    expect(src.year(2026).workingDays).toEqual([{ date: '2026-01-09', hoursOf: 'fri' }]);
  });

  it('rejects malformed overrides with codes and paths', () => {
    expect(issuesOf('2027')).toEqual([['NOT_AN_ARRAY', ['overrides']]]);
    expect(issuesOf([null])).toEqual([['NOT_AN_OBJECT', ['overrides', 0]]]);
    expect(issuesOf([{ year: 2027.5 }])).toEqual([['INVALID_YEAR', ['overrides', 0, 'year']]]);
    expect(
      issuesOf([
        {
          year: 2027,
          replace: 'yes',
          daysOff: ['2026-12-31', { date: '2027-02-30' }, { date: '2027-03-01', name: 5 }],
          notDaysOff: 'x',
          moves: [{ from: '2027-05-01' }],
          workingDays: [{ date: '2027-11-13', hoursOf: 'friday' }, '2027-11-14'],
          shortenedDays: [{ date: '2027-11-03', minutes: 0 }, { date: '2027-11-04', minutes: 1.5 }],
          holidays: [],
        },
      ]),
    ).toEqual([
      ['UNKNOWN_KEY', ['overrides', 0, 'holidays']],
      ['NOT_A_BOOLEAN', ['overrides', 0, 'replace']],
      ['HOLIDAY_DATE_OUTSIDE_YEAR', ['overrides', 0, 'daysOff', 0]],
      ['INVALID_DATE', ['overrides', 0, 'daysOff', 1, 'date']],
      ['NOT_A_STRING', ['overrides', 0, 'daysOff', 2, 'name']],
      ['NOT_AN_ARRAY', ['overrides', 0, 'notDaysOff']],
      ['NOT_A_STRING', ['overrides', 0, 'moves', 0, 'to']],
      ['UNKNOWN_WEEKDAY', ['overrides', 0, 'workingDays', 0, 'hoursOf']],
      ['NOT_AN_OBJECT', ['overrides', 0, 'workingDays', 1]],
      ['INVALID_SHORTENING', ['overrides', 0, 'shortenedDays', 0, 'minutes']],
      ['INVALID_SHORTENING', ['overrides', 0, 'shortenedDays', 1, 'minutes']],
    ]);
  });

  it('rejects two overrides of one year and contradictions within one', () => {
    expect(issuesOf([{ year: 2027 }, { year: 2027 }])).toEqual([['DUPLICATE_HOLIDAY_OVERRIDE', ['overrides', 1, 'year']]]);
    expect(issuesOf([{ year: 2027, daysOff: ['2027-11-13'], workingDays: [{ date: '2027-11-13', hoursOf: 'fri' }] }])).toEqual([
      ['CONFLICTING_HOLIDAY_OVERRIDE', ['overrides', 0, 'workingDays', 0, 'date']],
    ]);
    expect(issuesOf([{ year: 2027, replace: true, notDaysOff: ['2027-01-01'] }])).toEqual([
      ['CONFLICTING_HOLIDAY_OVERRIDE', ['overrides', 0, 'notDaysOff']],
    ]);
  });
});

describe('a move in an override must move a holiday', () => {
  it("rejects a move whose name matches no holiday on its date (HOLIDAY_MOVE_UNMATCHED), e.g. 'Labor Day' for Greece's Labour Day", () => {
    const r = parseHolidaySource(
      { country: 'GR', overrides: [{ year: 2027, moves: [{ from: '2027-05-01', to: '2027-05-04', name: 'Labor Day' }] }] },
      'Europe/Athens',
      ['holidays', 0],
    );
    expect(E.isLeft(r) ? r.left.map((i) => [i.code, i.path]) : []).toEqual([
      ['HOLIDAY_MOVE_UNMATCHED', ['holidays', 0, 'overrides', 0, 'moves', 0]],
    ]);
  });
  it('rejects a move from a date that is not a holiday', () => {
    const r = parseHolidaySource({ country: 'GR', overrides: [{ year: 2027, moves: [{ from: '2027-05-05', to: '2027-05-06' }] }] }, 'Europe/Athens');
    expect(E.isLeft(r) ? r.left.map((i) => i.code) : []).toEqual(['HOLIDAY_MOVE_UNMATCHED']);
  });
  it('accepts a move that matches by date, or by date and name', () => {
    for (const name of [undefined, 'Labour Day']) {
      const move = { from: '2027-05-01', to: '2027-05-04', ...(name === undefined ? {} : { name }) };
      const r = parseHolidaySource({ country: 'GR', overrides: [{ year: 2027, moves: [move] }] }, 'Europe/Athens');
      expect(E.isRight(r)).toBe(true);
      if (E.isRight(r)) expect(closedDates(r.right.year(2027))).toContain('2027-05-04');
    }
  });
});
