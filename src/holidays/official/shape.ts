/**
 * The shape of the official holiday data shipped with the library: the same yearly shape users
 * pass as overrides ({@link HolidayYearOverride}), plus where each entry comes from.
 * @internal
 */
import type { HolidaySector, HolidayYearOverride } from '../types.js';

/**
 * One reviewed year of a country (optionally for one sector only).
 * @category Holidays
 */
export interface OfficialYear extends HolidayYearOverride {
  /** Applies to this sector only; default: both. */
  readonly sector?: HolidaySector;
  /** The legal sources (decree, law, ministerial decision) the year was checked against. */
  readonly sources: readonly string[];
}

/**
 * A fixed-date day off that the rules dropped but the law restores from `since` on.
 * @category Holidays
 */
export interface RestoredDayOff {
  /** `MM-DD`. */
  readonly monthDay: string;
  readonly name: string;
  readonly since: number;
  readonly source: string;
}

/**
 * Everything the library corrects about one country's date-holidays data.
 * @category Holidays
 */
export interface OfficialCountryData {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** Reviewed years, ascending. Several entries per year when they differ by sector. */
  readonly years: readonly OfficialYear[];
  /**
   * The local names (by language) of the English names this data and the rules use, e.g.
   * `'Spring and Labour Day'` → `{ ru: 'Праздник Весны и Труда' }`: the official names of the
   * days off, for explanations in the country's language.
   */
  readonly localNames?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Corrected English names, by date-holidays rule (e.g. `'orthodox -48'`). */
  readonly names?: Readonly<Record<string, string>>;
  /** date-holidays rules that are days off in the public sector only. */
  readonly publicSectorOnly?: readonly string[];
  /** Fixed-date days off restored by law for every year from `since` on. */
  readonly restored?: readonly RestoredDayOff[];
}
