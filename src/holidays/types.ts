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
}
