/**
 * The contract between holiday sources and the calendar engine.
 *
 * A holiday source, once parsed, answers per year: which instants are closed (holidays, as
 * instant intervals `[start, end)` so that partial-day holidays work), which normally
 * non-working local dates are working days (a Russian working Saturday: it takes the hours of a
 * given weekday), and which local dates close early (Russian pre-holiday days, one hour shorter).
 */
import type { Weekday } from '../time/civil.js';

/**
 * date-holidays' holiday types.
 *
 * @example
 * ```ts
 * import { makeHolidaySource, type HolidayType } from 'support-sla';
 * const types: HolidayType[] = ['public', 'bank'];
 * makeHolidaySource({ country: 'DE', types }, 'Europe/Berlin'); // closes Christmas Eve from 14:00 too
 * ```
 * @category Holidays
 */
export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance';

/**
 * One holiday on one local date (multi-day holidays are expanded to one entry per date).
 *
 * @example
 * ```ts
 * import { makeHolidaySource, type HolidayOccurrence } from 'support-sla';
 * const h: HolidayOccurrence | undefined = makeHolidaySource({ country: 'GR' }, 'Europe/Athens').year(2025).holidays[0];
 * // { date: '2025-01-01', name: "New Year's Day", type: 'public', start: 1735682400000, end: 1735768800000 }
 * ```
 * @category Holidays
 */
export interface HolidayOccurrence {
  /** Local date `YYYY-MM-DD` in the calendar's zone. */
  readonly date: string;
  /** English name (local name where date-holidays has no English one). */
  readonly name: string;
  /**
   * The holiday's names by language (`'el'`, `'ru'`, `'sk'`, `'en'`, the country's own…) where
   * the data has them: date-holidays' names of the rule, and the local names of the official
   * data. The English name is `name`. Absent for user data without names.
   */
  readonly names?: Readonly<Record<string, string>>;
  /** date-holidays' type (`'public'`, `'bank'`, …); `'public'` for official and user days off. */
  readonly type: string;
  /** Epoch ms, inclusive. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
}

/**
 * A normally non-working date that is worked, with the weekly hours of `hoursOf`.
 *
 * @example
 * ```ts
 * import { makeHolidaySource, type WorkingDayTransfer } from 'support-sla';
 * const [w]: readonly WorkingDayTransfer[] = makeHolidaySource({ country: 'RU' }, 'Europe/Moscow').year(2025).workingDays;
 * // { date: '2025-11-01', hoursOf: 'mon', name: 'Working Saturday (day off moved to Monday 3 November)' }
 * ```
 * @category Holidays
 */
export interface WorkingDayTransfer {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** The weekday whose weekly hours the date takes. */
  readonly hoursOf: Weekday;
  /** Why the date is worked. */
  readonly name?: string;
}

/**
 * A date whose last open interval closes `minutes` earlier (a shortened pre-holiday day).
 *
 * @example
 * ```ts
 * import { makeHolidaySource, type ShortenedDay } from 'support-sla';
 * const days: readonly ShortenedDay[] = makeHolidaySource({ country: 'RU' }, 'Europe/Moscow').year(2026).shortenedDays;
 * // [{ date: '2026-04-30', minutes: 60 }, { date: '2026-05-08', minutes: 60 }, …]
 * ```
 * @category Holidays
 */
export interface ShortenedDay {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** How many minutes earlier the last open interval closes. */
  readonly minutes: number;
}

/**
 * What a holiday source says about one year.
 *
 * @example
 * ```ts
 * import { makeHolidaySource, type HolidayYear } from 'support-sla';
 * const y: HolidayYear = makeHolidaySource({ country: 'SK' }, 'Europe/Bratislava').year(2026);
 * y.holidays.length; // 11: 8 May and 15 September are suspended in 2026
 * ```
 * @category Holidays
 */
export interface HolidayYear {
  /** Closed instant intervals, one entry per local date, sorted by start. */
  readonly holidays: readonly HolidayOccurrence[];
  /** Normally non-working dates that are worked, sorted by date. */
  readonly workingDays: readonly WorkingDayTransfer[];
  /** Dates that close early, sorted by date. */
  readonly shortenedDays: readonly ShortenedDay[];
}

/**
 * Where a year's data comes from: official data (a decree, a law, a ministerial decision, or
 * your own full list) or date-holidays' rules only.
 *
 * @example
 * ```ts
 * import { makeHolidaySource, type HolidayBasis } from 'support-sla';
 * const b: HolidayBasis = makeHolidaySource({ country: 'RU' }, 'Europe/Moscow').basis(2027); // 'rules'
 * ```
 * @category Holidays
 */
export type HolidayBasis = 'official' | 'rules';

/**
 * A validated holiday source bound to the calendar's time zone. `year(y)` is cached: calling it
 * again costs a map lookup.
 *
 * @example
 * ```ts
 * import { makeHolidaySource, type ResolvedHolidaySource } from 'support-sla';
 * const ru: ResolvedHolidaySource = makeHolidaySource({ country: 'RU' }, 'Europe/Moscow');
 * ru.key;                   // 'RU'
 * ru.officialYears;         // [2025, 2026]
 * ru.year(2025).holidays.length; // 19 days off (weekends included)
 * ```
 * @category Holidays
 */
export interface ResolvedHolidaySource {
  /** A stable description, e.g. `'RU'`, `'DE-BY'`, `'dates(3)'`. */
  readonly key: string;
  /** The holidays, working days and shortened days of local year `y`. */
  year(y: number): HolidayYear;
  /** Whether year `y` is backed by official data or derived from rules only. */
  basis(y: number): HolidayBasis;
  /** The years with official data (ascending); empty when the source has none. */
  readonly officialYears: readonly number[];
  /**
   * Optional (added by the holiday layer): where year `y`'s data comes from, with the legal
   * sources it was checked against. Sources built by `parseHolidaySource` always have it.
   */
  readonly describeYear?: (y: number) => HolidayYearCoverage;
}

// ---------------------------------------------------------------------------------------------
// Added by the holiday layer (issue 4): the input shapes of holiday sources and their coverage.
// ---------------------------------------------------------------------------------------------

/**
 * Whose days off a country source follows. Only Greece differs today: Clean Monday, Good Friday
 * and Whit Monday (Holy Spirit Monday) are mandatory days off in the public sector only.
 *
 * @example
 * ```ts
 * import { makeHolidaySource, type HolidaySector } from 'support-sla';
 * const sector: HolidaySector = 'private';
 * makeHolidaySource({ country: 'GR', sector }, 'Europe/Athens').key; // 'GR/private'
 * ```
 * @category Holidays
 */
export type HolidaySector = 'public' | 'private';

/**
 * A day off in holiday data: a local date `YYYY-MM-DD`, optionally with a name.
 * @example
 * ```ts
 * import type { DayOffInput } from 'support-sla';
 * const daysOff: DayOffInput[] = ['2027-01-08', { date: '2027-11-05', name: 'Day off (moved)' }];
 * ```
 * @category Holidays
 */
export type DayOffInput =
  | string
  | {
      /** Local date `YYYY-MM-DD`. */
      readonly date: string;
      /** The day's name (default `'Day off'`). */
      readonly name?: string;
    };

/**
 * A shortened day in holiday data: a local date, optionally with the minutes cut (default 60).
 * @example
 * ```ts
 * import type { ShortenedDayInput } from 'support-sla';
 * const shortened: ShortenedDayInput[] = ['2027-11-03', { date: '2027-12-30', minutes: 120 }];
 * ```
 * @category Holidays
 */
export type ShortenedDayInput =
  | string
  | {
      /** Local date `YYYY-MM-DD`. */
      readonly date: string;
      /** Minutes cut from the last open interval (default 60). */
      readonly minutes?: number;
    };

/**
 * A day off moved by decision: the holiday on `from` (named `name`, or all of them) goes to `to`.
 * @example
 * ```ts
 * import type { HolidayMove } from 'support-sla';
 * const move: HolidayMove = { from: '2027-05-01', to: '2027-05-04', name: 'Labour Day' };
 * ```
 * @category Holidays
 */
export interface HolidayMove {
  /** The local date the holiday falls on by the rules. */
  readonly from: string;
  /** The local date it is moved to. */
  readonly to: string;
  /** Moves only the holiday with this name (e.g. `'Labour Day'`); default: every day off on `from`. */
  readonly name?: string;
}

/**
 * One year of holiday data, in the same shape as the official data the library ships: applied on
 * top of date-holidays' rules (and of the shipped data) for that year.
 *
 * @example
 * ```ts
 * import { makeHolidaySource, type HolidayYearOverride } from 'support-sla';
 * // next year's Russian decree, before a release ships it
 * const decree: HolidayYearOverride = {
 *   year: 2027, replace: true,
 *   daysOff: ['2027-01-01', '2027-01-04', '2027-11-05'],
 *   workingDays: [{ date: '2027-11-13', hoursOf: 'fri' }],
 *   shortenedDays: ['2027-11-03'],
 * };
 * makeHolidaySource({ country: 'RU', overrides: [decree] }, 'Europe/Moscow').basis(2027); // 'official'
 * ```
 * @category Holidays
 */
export interface HolidayYearOverride {
  /** The year the entry is about; every date must lie in it. */
  readonly year: number;
  /**
   * `true`: `daysOff`, `workingDays` and `shortenedDays` are the FULL official lists of the
   * year (e.g. a new Russian decree); the rules' and shipped public holidays of the country are
   * dropped. The year then counts as official. Default `false`: the lists patch the year.
   */
  readonly replace?: boolean;
  /** Extra days off (closed midnight to midnight, local). */
  readonly daysOff?: readonly DayOffInput[];
  /** Dates that are NOT days off although the rules say so (every day off on them is dropped). */
  readonly notDaysOff?: readonly string[];
  /** Days off moved to another date. */
  readonly moves?: readonly HolidayMove[];
  /** Normally non-working dates that are worked, with the weekly hours of `hoursOf`. */
  readonly workingDays?: readonly WorkingDayTransfer[];
  /** Dates whose last open interval closes earlier (`minutes`, default 60). */
  readonly shortenedDays?: readonly ShortenedDayInput[];
}

/**
 * A holiday source backed by date-holidays' rules (and the library's official data).
 * @example
 * ```ts
 * import type { CountryHolidaySource } from 'support-sla';
 * const gr: CountryHolidaySource = { country: 'GR', sector: 'private' };
 * const bavaria: CountryHolidaySource = { country: 'DE-BY', types: ['public', 'bank'] };
 * ```
 * @category Holidays
 */
export interface CountryHolidaySource {
  /** ISO 3166-1 alpha-2 code (`'RU'`), or with a state and region: `'DE-BY'`, `'DE-BY-A'`. */
  readonly country: string;
  /** date-holidays' state code (`getStates(country)`), e.g. `'BY'`. */
  readonly state?: string;
  /** date-holidays' region code (`getRegions(country, state)`), e.g. `'A'`. */
  readonly region?: string;
  /** Holiday types that close; default `['public']`. */
  readonly types?: readonly HolidayType[];
  /** Default `'public'`. */
  readonly sector?: HolidaySector;
  /** Your own yearly data (e.g. next year's decree before a release ships it). */
  readonly overrides?: readonly HolidayYearOverride[];
}

/**
 * A holiday source listing local dates closed midnight to midnight.
 * @example
 * ```ts
 * import { makeHolidaySource, type DatesHolidaySource } from 'support-sla';
 * const own: DatesHolidaySource = { dates: ['2025-12-24', '2025-12-31'] };
 * makeHolidaySource(own, 'Europe/Athens').key; // 'dates(2)'
 * ```
 * @category Holidays
 */
export interface DatesHolidaySource {
  /** Local dates `YYYY-MM-DD`. */
  readonly dates: readonly string[];
}

/**
 * A holiday source as written in a calendar spec.
 * @example
 * ```ts
 * import { makeCalendar, type HolidaySource } from 'support-sla';
 * const holidays: HolidaySource[] = [{ country: 'RU' }, { dates: ['2025-12-30'] }];
 * makeCalendar({ timeZone: 'Europe/Moscow', week: { mon: ['10:00-18:00'] }, holidays });
 * ```
 * @category Holidays
 */
export type HolidaySource = CountryHolidaySource | DatesHolidaySource;

/**
 * Where a year's data comes from: the library's shipped official data, a user override with
 * `replace: true`, date-holidays' rules only, or a `{ dates }` list.
 *
 * @example
 * ```ts
 * import { makeHolidaySource, type HolidayDataOrigin } from 'support-sla';
 * const o: HolidayDataOrigin | undefined = makeHolidaySource({ country: 'SK' }, 'Europe/Bratislava').describeYear?.(2026).origin; // 'shipped'
 * ```
 * @category Holidays
 */
export type HolidayDataOrigin = 'shipped' | 'override' | 'rules' | 'dates';

/**
 * What backs one year of one holiday source.
 * @example
 * ```ts
 * import { describeHolidayCoverage, makeHolidaySource, type HolidayYearCoverage } from 'support-sla';
 * const [gr] = describeHolidayCoverage([makeHolidaySource({ country: 'GR' }, 'Europe/Athens')]);
 * const y: HolidayYearCoverage = gr.year(2024);
 * // { year: 2024, basis: 'official', origin: 'shipped', overridden: false, citations: ['Decision of the Minister of Labour …'] }
 * ```
 * @category Holidays
 */
export interface HolidayYearCoverage {
  /** The year described. */
  readonly year: number;
  /** `official` when backed by official data (shipped or your full list), else `rules`. */
  readonly basis: HolidayBasis;
  /** Where the year comes from. */
  readonly origin: HolidayDataOrigin;
  /** Whether user overrides change this year (with or without `replace`). */
  readonly overridden: boolean;
  /** The legal sources the year's shipped data was checked against (empty for rules only). */
  readonly citations: readonly string[];
}
