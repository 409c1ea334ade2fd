import { describe, expect, it } from 'vitest';
import { makeHolidaySource } from '../../src/holidays/index.js';
import { closedDates } from './helpers.js';

const gr = makeHolidaySource({ country: 'GR' }, 'Europe/Athens');
const grPrivate = makeHolidaySource({ country: 'GR', sector: 'private' }, 'Europe/Athens');

const named = (src: typeof gr, y: number): [string, string][] => src.year(y).holidays.map((h) => [h.date, h.name]);

describe('Greek holidays', () => {
  it('pins every public holiday of 2025', () => {
    expect(named(gr, 2025)).toEqual([
      ['2025-01-01', "New Year's Day"],
      ['2025-01-06', 'Epiphany'],
      ['2025-03-03', 'Clean Monday'],
      ['2025-03-25', 'Annunciation, Anniversary of 1821 Revolution'],
      ['2025-04-18', 'Good Friday'],
      ['2025-04-20', 'Easter Sunday'],
      ['2025-04-21', 'Easter Monday'],
      ['2025-05-01', 'Labour Day'],
      ['2025-06-08', 'Pentecost'],
      ['2025-06-09', 'Whit Monday'],
      ['2025-08-15', 'Assumption'],
      ['2025-10-28', 'National Holiday'],
      ['2025-12-25', 'Christmas Day'],
      ['2025-12-26', 'Boxing Day'],
    ]);
  });

  it('pins every public holiday of 2026', () => {
    expect(named(gr, 2026)).toEqual([
      ['2026-01-01', "New Year's Day"],
      ['2026-01-06', 'Epiphany'],
      ['2026-02-23', 'Clean Monday'],
      ['2026-03-25', 'Annunciation, Anniversary of 1821 Revolution'],
      ['2026-04-10', 'Good Friday'],
      ['2026-04-12', 'Easter Sunday'],
      ['2026-04-13', 'Easter Monday'],
      ['2026-05-01', 'Labour Day'],
      ['2026-05-31', 'Pentecost'],
      ['2026-06-01', 'Whit Monday'],
      ['2026-08-15', 'Assumption'],
      ['2026-10-28', 'National Holiday'],
      ['2026-12-25', 'Christmas Day'],
      ['2026-12-26', 'Boxing Day'],
    ]);
  });

  it('calls Clean Monday "Clean Monday", not "Ash Sunday"', () => {
    for (const y of [2024, 2025, 2026, 2027, 2030]) {
      const names = gr.year(y).holidays.map((h) => h.name);
      expect(names).toContain('Clean Monday');
      expect(names).not.toContain('Ash Sunday');
    }
  });

  it('moves Labour Day 2024 to Tuesday 7 May', () => {
    const y = gr.year(2024);
    expect(closedDates(y)).not.toContain('2024-05-01');
    const moved = y.holidays.find((h) => h.date === '2024-05-07');
    expect(moved?.name).toBe('Labour Day (moved from 2024-05-01)');
    expect(moved?.start).toBe(Date.UTC(2024, 4, 6, 21)); // 00:00 Athens (UTC+3)
    expect(moved?.end).toBe(Date.UTC(2024, 4, 7, 21));
  });

  it('moves Labour Day 2016 (Easter Sunday) to 3 May and keeps Easter Sunday', () => {
    const y = gr.year(2016);
    expect(named(gr, 2016)).toContainEqual(['2016-05-01', 'Easter Sunday']);
    expect(named(gr, 2016)).toContainEqual(['2016-05-03', 'Labour Day (moved from 2016-05-01)']);
    expect(y.holidays.filter((h) => h.name === 'Labour Day')).toEqual([]);
  });

  it('moves Labour Day 2021 (Holy Saturday) to 4 May and 2022 (a Sunday) to 2 May', () => {
    expect(closedDates(gr.year(2021))).toContain('2021-05-04');
    expect(closedDates(gr.year(2021))).not.toContain('2021-05-01');
    expect(closedDates(gr.year(2022))).toContain('2022-05-02');
    expect(closedDates(gr.year(2022))).not.toContain('2022-05-01');
  });

  it('moves Labour Day 2013 to 7 May for the private sector only (the public sector kept 1 May)', () => {
    expect(closedDates(grPrivate.year(2013))).toContain('2013-05-07');
    expect(closedDates(grPrivate.year(2013))).not.toContain('2013-05-01');
    expect(closedDates(gr.year(2013))).toContain('2013-05-01');
    expect(closedDates(gr.year(2013))).not.toContain('2013-05-07');
  });

  it('keeps Clean Monday, Good Friday and Whit Monday as working days in the private sector', () => {
    const pub = closedDates(gr.year(2025));
    const priv = closedDates(grPrivate.year(2025));
    expect(pub.filter((d) => !priv.includes(d))).toEqual(['2025-03-03', '2025-04-18', '2025-06-09']);
    expect(priv.filter((d) => !pub.includes(d))).toEqual([]);
    const priv26 = closedDates(grPrivate.year(2026));
    for (const d of ['2026-02-23', '2026-04-10', '2026-06-01']) expect(priv26).not.toContain(d);
    expect(grPrivate.key).toBe('GR/private');
  });

  it('keeps Labour Day 2027 (Holy Saturday) on 1 May and marks 2027 rules-only: no decision yet', () => {
    expect(closedDates(gr.year(2027))).toContain('2027-05-01');
    expect(gr.basis(2027)).toBe('rules');
    expect(gr.officialYears).toEqual([2013, 2016, 2021, 2022, 2024, 2025, 2026]);
    expect(gr.basis(2025)).toBe('official');
  });

  it('lets a user add the 2027 Labour Day decision as an override', () => {
    const src = makeHolidaySource(
      { country: 'GR', overrides: [{ year: 2027, moves: [{ from: '2027-05-01', to: '2027-05-04', name: 'Labour Day' }] }] },
      'Europe/Athens',
    );
    expect(closedDates(src.year(2027))).toContain('2027-05-04');
    expect(closedDates(src.year(2027))).not.toContain('2027-05-01');
    expect(src.basis(2027)).toBe('rules'); // a patch, not a full official list
    expect(src.describeYear?.(2027).overridden).toBe(true);
  });
});
