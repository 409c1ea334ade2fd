/**
 * The contract between holiday sources and the calendar engine.
 *
 * A holiday source, once parsed, answers per year: which instants are closed (holidays, as
 * instant intervals `[start, end)` so that partial-day holidays work), which normally
 * non-working local dates are working days (a Russian working Saturday: it takes the hours of a
 * given weekday), and which local dates close early (Russian pre-holiday days, one hour shorter).
 */
import type { Weekday } from '../time/civil.js';

/** date-holidays' holiday types. */
export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance';

/** One holiday on one local date (multi-day holidays are expanded to one entry per date). */
export interface HolidayOccurrence {
  /** Local date `YYYY-MM-DD` in the calendar's zone. */
  readonly date: string;
  readonly name: string;
  readonly type: string;
  /** Epoch ms, inclusive. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
}

/** A normally non-working date that is worked, with the weekly hours of `hoursOf`. */
export interface WorkingDayTransfer {
  readonly date: string;
  readonly hoursOf: Weekday;
  readonly name?: string;
}

/** A date whose last open interval closes `minutes` earlier (a shortened pre-holiday day). */
export interface ShortenedDay {
  readonly date: string;
  readonly minutes: number;
}

/** What a holiday source says about one year. */
export interface HolidayYear {
  readonly holidays: readonly HolidayOccurrence[];
  readonly workingDays: readonly WorkingDayTransfer[];
  readonly shortenedDays: readonly ShortenedDay[];
}

/** Where a year's data comes from. */
export type HolidayBasis = 'official' | 'rules';

/**
 * A validated holiday source bound to the calendar's time zone. `year(y)` is cached: calling it
 * again costs a map lookup.
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
 */
export type HolidaySector = 'public' | 'private';

/** A day off in holiday data: a local date `YYYY-MM-DD`, optionally with a name. */
export type DayOffInput = string | { readonly date: string; readonly name?: string };

/** A shortened day in holiday data: a local date, optionally with the minutes cut (default 60). */
export type ShortenedDayInput = string | { readonly date: string; readonly minutes?: number };

/** A day off moved by decision: the holiday on `from` (named `name`, or all of them) goes to `to`. */
export interface HolidayMove {
  readonly from: string;
  readonly to: string;
  /** Moves only the holiday with this name (e.g. `'Labour Day'`); default: every day off on `from`. */
  readonly name?: string;
}

/**
 * One year of holiday data, in the same shape as the official data the library ships: applied on
 * top of date-holidays' rules (and of the shipped data) for that year.
 */
export interface HolidayYearOverride {
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

/** A holiday source backed by date-holidays' rules (and the library's official data). */
export interface CountryHolidaySource {
  /** ISO 3166-1 alpha-2 code (`'RU'`), or with a state and region: `'DE-BY'`, `'DE-BY-A'`. */
  readonly country: string;
  readonly state?: string;
  readonly region?: string;
  /** Holiday types that close; default `['public']`. */
  readonly types?: readonly HolidayType[];
  /** Default `'public'`. */
  readonly sector?: HolidaySector;
  /** Your own yearly data (e.g. next year's decree before a release ships it). */
  readonly overrides?: readonly HolidayYearOverride[];
}

/** A holiday source listing local dates closed midnight to midnight. */
export interface DatesHolidaySource {
  readonly dates: readonly string[];
}

/** A holiday source as written in a calendar spec. */
export type HolidaySource = CountryHolidaySource | DatesHolidaySource;

/**
 * Where a year's data comes from: the library's shipped official data, a user override with
 * `replace: true`, date-holidays' rules only, or a `{ dates }` list.
 */
export type HolidayDataOrigin = 'shipped' | 'override' | 'rules' | 'dates';

/** What backs one year of one holiday source. */
export interface HolidayYearCoverage {
  readonly year: number;
  readonly basis: HolidayBasis;
  readonly origin: HolidayDataOrigin;
  /** Whether user overrides change this year (with or without `replace`). */
  readonly overridden: boolean;
  /** The legal sources the year's shipped data was checked against (empty for rules only). */
  readonly citations: readonly string[];
}
