import { describe, expect, it } from 'vitest';
import { describeHolidayCoverage, makeHolidaySource } from '../../src/holidays/index.js';
import type { ResolvedHolidaySource } from '../../src/holidays/index.js';

describe('holiday coverage', () => {
  const sources = [
    makeHolidaySource({ country: 'RU' }, 'Europe/Moscow'),
    makeHolidaySource({ country: 'GR', sector: 'private' }, 'Europe/Athens'),
    makeHolidaySource({ country: 'SK' }, 'Europe/Bratislava'),
    makeHolidaySource({ country: 'DE-BY' }, 'Europe/Berlin'),
    makeHolidaySource({ dates: ['2025-12-24'] }, 'Europe/Berlin'),
  ];
  const [ru, gr, sk, de, dates] = describeHolidayCoverage(sources);

  it('names each source and its official years', () => {
    expect([ru, gr, sk, de, dates].map((c) => [c!.source, c!.officialYears])).toEqual([
      ['RU', [2025, 2026]],
      ['GR/private', [2013, 2016, 2021, 2022, 2024, 2025, 2026]],
      ['SK', [2025, 2026]],
      ['DE-BY', []],
      ['dates(1)', [2025]],
    ]);
  });

  it('tells a year backed by a decree from a rules-only year', () => {
    expect(ru!.years(2024, 2027).map((y) => [y.year, y.basis, y.origin])).toEqual([
      [2024, 'rules', 'rules'],
      [2025, 'official', 'shipped'],
      [2026, 'official', 'shipped'],
      [2027, 'rules', 'rules'],
    ]);
    expect(ru!.basis(2026)).toBe('official');
    expect(de!.basis(2025)).toBe('rules');
  });

  it('cites the legal sources of an official year', () => {
    expect(ru!.year(2025).citations[0]).toMatch(/No\. 1335 of 4 October 2024/);
    expect(ru!.year(2026).citations[0]).toMatch(/No\. 1466 of 24 September 2025/);
    expect(gr!.year(2024).citations.join(' ')).toMatch(/7 May 2024/);
    expect(gr!.year(2013).citations.join(' ')).toMatch(/Vroutsis/);
    expect(de!.year(2025).citations).toEqual([]);
  });

  it('counts a user override with replace: true as official, and marks any override', () => {
    const [c] = describeHolidayCoverage([
      makeHolidaySource({ country: 'RU', overrides: [{ year: 2027, replace: true, daysOff: ['2027-01-01'] }, { year: 2028, daysOff: ['2028-01-10'] }] }, 'Europe/Moscow'),
    ]);
    expect(c!.officialYears).toEqual([2025, 2026, 2027]);
    expect(c!.year(2027)).toEqual({ year: 2027, basis: 'official', origin: 'override', overridden: true, citations: [] });
    expect(c!.year(2028)).toMatchObject({ basis: 'rules', origin: 'rules', overridden: true });
  });

  it('falls back to basis() for a source without describeYear', () => {
    const plain: ResolvedHolidaySource = {
      key: 'custom',
      officialYears: [2025],
      basis: (y) => (y === 2025 ? 'official' : 'rules'),
      year: () => ({ holidays: [], workingDays: [], shortenedDays: [] }),
    };
    const [c] = describeHolidayCoverage([plain]);
    expect(c!.year(2025)).toEqual({ year: 2025, basis: 'official', origin: 'shipped', overridden: false, citations: [] });
    expect(c!.basis(2026)).toBe('rules');
  });
});
