/**
 * Civil (proleptic Gregorian) date arithmetic on day numbers, without any time zone.
 *
 * A day number is the count of days since 1970-01-01. Weekdays are ISO: 1 = Monday … 7 = Sunday.
 * @internal
 */
import { describeValue, issue, type Issue, type IssuePath } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';

/**
 * Milliseconds in a nominal 24-hour day.
 * @category Time
 */
export const MS_PER_DAY = 86_400_000;
/**
 * Milliseconds in an hour.
 * @category Time
 */
export const MS_PER_HOUR = 3_600_000;
/**
 * Milliseconds in a minute.
 * @category Time
 */
export const MS_PER_MINUTE = 60_000;

/**
 * A civil date. `month` is 1-12.
 * @category Time
 */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
 * @category Time
 */
export const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

/**
 * The civil date of a day number.
 * @category Time
 */
export const civilFromDays = (days: number): CivilDate => {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

/**
 * ISO weekday (1 = Monday … 7 = Sunday) of a day number.
 * @category Time
 */
export const isoWeekdayOfDays = (days: number): number => ((((days + 3) % 7) + 7) % 7) + 1;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `YYYY-MM-DD` to a day number; `undefined` when malformed or not a real date. Years are
 * exactly four digits, 0000-9999 (0000 is 1 BC of the proleptic Gregorian calendar).
 * @category Time
 */
export const parseIsoDate = (s: string): number | undefined => {
  const m = ISO_DATE.exec(s);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const days = daysFromCivil(year, month, day);
  const back = civilFromDays(days);
  return back.month === month && back.day === day ? days : undefined;
};

/**
 * A reader (see internal/read.ts): a local date `'YYYY-MM-DD'` as a day number, else an
 * `INVALID_DATE` issue (for any other value too).
 * @category Time
 */
export const readLocalDate = (input: unknown, path: IssuePath, issues: Issue[]): number | undefined => {
  const days = typeof input === 'string' ? parseIsoDate(input) : undefined;
  if (days === undefined) issues.push(issue(IssueCode.INVALID_DATE, path, `Expected a local date 'YYYY-MM-DD', got ${describeValue(input)}.`));
  return days;
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Formats a day number as `YYYY-MM-DD` for the years 0000-9999, which {@link parseIsoDate} reads
 * back. A year outside them (the engine may look a day past the supported range) is written in
 * ISO 8601's expanded form, `+10000-01-01` or `-0001-12-31`, so that it is never mistaken for a
 * four-digit year; take a date's year with {@link yearOfDays}, never from the text.
 * @category Time
 */
export const formatIsoDate = (days: number): string => {
  const { year, month, day } = civilFromDays(days);
  const y = year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
  return `${y}-${pad(month, 2)}-${pad(day, 2)}`;
};

/**
 * The (proleptic Gregorian) year of a day number.
 * @category Time
 */
export const yearOfDays = (days: number): number => civilFromDays(days).year;

/**
 * Day number of January 1 of a year.
 * @category Time
 */
export const firstDayOfYear = (year: number): number => daysFromCivil(year, 1, 1);

/**
 * A weekday key as used in calendar specs.
 * @category Time
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * Weekday keys in ISO order (index 0 = Monday).
 * @category Time
 */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
