/**
 * Holiday coverage: per source and year, whether the data is backed by official sources (a
 * decree, a law, a ministerial decision) or derived from date-holidays' rules only.
 */
import type { HolidayBasis, HolidayYearCoverage, ResolvedHolidaySource } from './types.js';
import { badHolidayYear } from '../internal/messages.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * What backs one holiday source, year by year.
 *
 * @example
 * ```ts
 * import { describeHolidayCoverage, makeHolidaySource, type HolidayCoverage } from 'support-sla';
 * const [sk]: HolidayCoverage[] = describeHolidayCoverage([makeHolidaySource({ country: 'SK' }, 'Europe/Bratislava')]);
 * sk.years(2025, 2027).map((y) => y.basis); // ['official', 'official', 'rules']
 * ```
 * @category Holidays
 */
export interface HolidayCoverage {
  /** The source's key, e.g. `'RU'`, `'GR/private'`, `'dates(3)'`. */
  readonly source: string;
  /** The years backed by official data (shipped, or your `replace: true` overrides), ascending. */
  readonly officialYears: readonly number[];
  /** `'official'` or `'rules'` for year `y`. */
  basis(y: number): HolidayBasis;
  /** Year `y` in detail: origin (`shipped`/`override`/`rules`/`dates`), overrides, citations. */
  year(y: number): HolidayYearCoverage;
  /** {@link HolidayCoverage.year} for every year of `from..to` (inclusive). */
  years(from: number, to: number): HolidayYearCoverage[];
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * The coverage of each holiday source (in order), for `holidayCoverage(cal)`.
 *
 * @example
 * ```ts
 * import { describeHolidayCoverage, makeHolidaySource } from 'support-sla';
 *
 * const [ru] = describeHolidayCoverage([makeHolidaySource({ country: 'RU' }, 'Europe/Moscow')]);
 * ru.officialYears;          // [2025, 2026]
 * ru.basis(2026);            // 'official'
 * ru.basis(2027);            // 'rules' — no decree in the data yet
 * ru.year(2025).citations[0]; // 'Decree of the Government of the Russian Federation No. 1335 …'
 * ```
 * @category Holidays
 */
export const describeHolidayCoverage = (sources: readonly ResolvedHolidaySource[]): HolidayCoverage[] =>
  sources.map((source) => {
    const year = (y: number): HolidayYearCoverage => {
      if (!Number.isInteger(y)) throw new RangeError(badHolidayYear(y));
      if (source.describeYear !== undefined) return source.describeYear(y);
      const basis = source.basis(y);
      return { year: y, basis, origin: basis === 'official' ? 'shipped' : 'rules', overridden: false, citations: [] };
    };
    return {
      source: source.key,
      officialYears: source.officialYears,
      basis: (y: number) => year(y).basis,
      year,
      years: (from: number, to: number) => {
        const out: HolidayYearCoverage[] = [];
        for (let y = from; y <= to; y++) out.push(year(y));
        return out;
      },
    };
  });
