import { describe, expect, it } from 'vitest';
import { either as E } from 'fp-ts';
import { makeHolidaySource, parseHolidaySource } from '../../src/holidays/index.js';

describe('{ dates } holiday source', () => {
  it('closes each listed local date from midnight to the next midnight in the calendar zone', () => {
    const src = makeHolidaySource({ dates: ['2025-12-24', '2025-12-31', '2026-01-02'] }, 'Europe/Moscow');
    expect(src.key).toBe('dates(3)');
    expect(src.year(2025).holidays).toEqual([
      { date: '2025-12-24', name: 'Holiday', type: 'public', start: Date.UTC(2025, 11, 23, 21), end: Date.UTC(2025, 11, 24, 21) },
      { date: '2025-12-31', name: 'Holiday', type: 'public', start: Date.UTC(2025, 11, 30, 21), end: Date.UTC(2025, 11, 31, 21) },
    ]);
    expect(src.year(2026).holidays.map((h) => h.date)).toEqual(['2026-01-02']);
    expect(src.year(2025).workingDays).toEqual([]);
    expect(src.year(2025).shortenedDays).toEqual([]);
  });

  it('drops duplicate dates and sorts', () => {
    const src = makeHolidaySource({ dates: ['2025-05-02', '2025-01-02', '2025-05-02'] }, 'UTC');
    expect(src.year(2025).holidays.map((h) => h.date)).toEqual(['2025-01-02', '2025-05-02']);
    expect(src.key).toBe('dates(2)');
  });

  it('counts the years it lists as official and the others as not backed', () => {
    const src = makeHolidaySource({ dates: ['2025-05-02', '2027-01-02'] }, 'UTC');
    expect(src.officialYears).toEqual([2025, 2027]);
    expect(src.basis(2025)).toBe('official');
    expect(src.basis(2026)).toBe('rules');
    expect(src.describeYear?.(2026)).toEqual({ year: 2026, basis: 'rules', origin: 'dates', overridden: false, citations: [] });
  });

  it('rejects bad dates with a code and a path each', () => {
    const r = parseHolidaySource({ dates: ['2025-02-30', 20250101, '2025-1-1', null] }, 'UTC', ['holidays', 2]);
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([
      ['INVALID_DATE', ['holidays', 2, 'dates', 0]],
      ['NOT_A_STRING', ['holidays', 2, 'dates', 1]],
      ['INVALID_DATE', ['holidays', 2, 'dates', 2]],
      ['NOT_A_STRING', ['holidays', 2, 'dates', 3]],
    ]);
  });

  it('rejects dates that are not an array', () => {
    const r = parseHolidaySource({ dates: '2025-01-01' }, 'UTC', ['h']);
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([['NOT_AN_ARRAY', ['h', 'dates']]]);
  });
});
