/**
 * Business-time queries on a {@link Calendar}: open or closed, next opening and closing, adding,
 * subtracting and measuring business time, business days and holidays.
 *
 * Every query is a binary search over the calendar's year index. The `…Millis` twins take and
 * return epoch milliseconds and allocate nothing.
 */
import { DateTime, Duration, Interval } from 'luxon';
import type { Calendar } from '../calendar/calendar.js';
import { businessDayIndexOf, holidaySourcesOf, SEARCH_HORIZON_MS, SEARCH_HORIZON_YEARS, yearIndexOf, zoneOf, type YearIndex } from '../calendar/engine.js';
import type { ZoneRules } from '../time/zone.js';
import { parseIsoDate, yearOfDays } from '../time/civil.js';
import { assertInstantMillis, toDateTime, toDuration, toDurationMillis, toMillis, type DurationInput, type InstantInput } from '../time/instant.js';
import { badDayCount, badLocalDate } from '../internal/messages.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link addBusinessTime} and {@link addBusinessMillis}.
 *
 * @example
 * ```ts
 * import { makeCalendar, addBusinessTime, type AddBusinessTimeOptions } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
 * const timesheet: AddBusinessTimeOptions = { boundary: 'earliest' };
 * addBusinessTime(cal, '2025-06-02T09:00:00Z', { hours: 8 }, timesheet).toISO(); // '2025-06-02T17:00:00.000Z'
 * ```
 * @category Business time
 */
export interface AddBusinessTimeOptions {
  /**
   * `'latest'` (default): the latest instant u >= t with business(t, u) <= d, so an exact fill at
   * a closing instant gives the next opening (a reply before it is still in time).
   * `'earliest'`: the earliest u with business(t, u) >= d, so an exact fill gives the closing
   * instant (for timesheets).
   */
  readonly boundary?: 'latest' | 'earliest';
}

/**
 * A holiday as listed by {@link holidaysBetween}.
 *
 * @example
 * ```ts
 * import { makeCalendar, holidaysBetween, type HolidayInfo } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'] }, holidays: [{ country: 'GR' }] });
 * const xmas: HolidayInfo[] = holidaysBetween(cal, '2025-12-25T00:00:00+02:00', '2025-12-26T00:00:00+02:00');
 * ```
 * @category Business time
 */
export interface HolidayInfo {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** The holiday's name (English). */
  readonly name: string;
  /** The holiday's names by language (`'el'`, `'ru'`, `'sk'`, …) where the holiday data has them. */
  readonly names?: Readonly<Record<string, string>>;
  /** date-holidays' type: `'public'`, `'bank'`, … (`'public'` for `{ dates }` sources). */
  readonly type: string;
  /** First closed instant (in the calendar's zone). */
  readonly start: DateTime<true>;
  /** End of the holiday (exclusive). */
  readonly end: DateTime<true>;
}

// ---------------------------------------------------------------------------------------------
// Queries on epoch milliseconds (allocation-free)
// ---------------------------------------------------------------------------------------------

/**
 * Is the calendar open at the instant `ms`? The closing instant of an interval is closed.
 *
 * @example
 * ```ts
 * import { makeCalendar, isOpenMillis } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
 * isOpenMillis(cal, Date.UTC(2025, 5, 2, 17, 0)); // false: 17:00 is the closing instant
 * ```
 * @category Business time
 */
export const isOpenMillis = (cal: Calendar, ms: number): boolean => {
  assertInstantMillis(ms, 'ms');
  return yearIndexOf(cal).isOpen(ms);
};

/**
 * `ms` when open, else the next opening (epoch ms).
 *
 * @example
 * ```ts
 * import { makeCalendar, nextOpeningMillis } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
 * nextOpeningMillis(cal, Date.UTC(2025, 5, 1)) === Date.UTC(2025, 5, 2, 9); // true
 * ```
 * @category Business time
 */
export const nextOpeningMillis = (cal: Calendar, ms: number): number => {
  assertInstantMillis(ms, 'ms');
  return yearIndexOf(cal).nextOpening(ms);
};

/**
 * The end of the open interval containing `ms`, or of the next one (epoch ms).
 *
 * @example
 * ```ts
 * import { makeCalendar, nextClosingMillis } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
 * nextClosingMillis(cal, Date.UTC(2025, 5, 2, 10)) === Date.UTC(2025, 5, 2, 17); // true
 * ```
 * @category Business time
 */
export const nextClosingMillis = (cal: Calendar, ms: number): number => {
  assertInstantMillis(ms, 'ms');
  return yearIndexOf(cal).nextClosing(ms);
};

/**
 * {@link addBusinessTime} on epoch milliseconds: `durationMs` of business time after `ms`.
 *
 * @example
 * ```ts
 * import { makeCalendar, addBusinessMillis } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'], tue: ['09:00-17:00'] } });
 * addBusinessMillis(cal, Date.UTC(2025, 5, 2, 15), 4 * 3_600_000) === Date.UTC(2025, 5, 3, 11); // true
 * ```
 * @category Business time
 */
export const addBusinessMillis = (cal: Calendar, ms: number, durationMs: number, options?: AddBusinessTimeOptions): number => {
  assertInstantMillis(ms, 'ms');
  assertSearchDuration(durationMs);
  const tl = yearIndexOf(cal);
  if (durationMs < 0) return tl.subtract(ms, -durationMs);
  return options?.boundary === 'earliest' ? tl.addEarliest(ms, durationMs) : tl.addLatest(ms, durationMs);
};

/**
 * {@link subtractBusinessTime} on epoch milliseconds.
 *
 * @example
 * ```ts
 * import { makeCalendar, subtractBusinessMillis } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'], tue: ['09:00-17:00'] } });
 * subtractBusinessMillis(cal, Date.UTC(2025, 5, 3, 11), 4 * 3_600_000) === Date.UTC(2025, 5, 2, 15); // true
 * ```
 * @category Business time
 */
export const subtractBusinessMillis = (cal: Calendar, ms: number, durationMs: number): number => {
  assertInstantMillis(ms, 'ms');
  assertSearchDuration(durationMs);
  const tl = yearIndexOf(cal);
  if (durationMs < 0) return tl.addLatest(ms, -durationMs);
  return tl.subtract(ms, durationMs);
};

/**
 * Business milliseconds between two instants; negative when `bMs < aMs`.
 *
 * @example
 * ```ts
 * import { makeCalendar, businessMillisBetween } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
 * businessMillisBetween(cal, Date.UTC(2025, 5, 2), Date.UTC(2025, 5, 3)); // 28_800_000 (8 h)
 * ```
 * @category Business time
 */
export const businessMillisBetween = (cal: Calendar, aMs: number, bMs: number): number => {
  assertSpan(aMs, bMs, 'aMs', 'bMs');
  return yearIndexOf(cal).between(aMs, bMs);
};

// ---------------------------------------------------------------------------------------------
// Queries on luxon values
// ---------------------------------------------------------------------------------------------

/**
 * Is the calendar open at `t`? Open time is half-open `[open, close)`: the closing instant is closed.
 *
 * @example
 * ```ts
 * import { makeCalendar, isOpen } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'] } });
 * isOpen(cal, '2025-06-02T17:30:00+03:00'); // false
 * ```
 * @category Business time
 */
export const isOpen = (cal: Calendar, t: InstantInput): boolean => isOpenMillis(cal, toMillis(t, 't'));

/**
 * `t` itself when open, else the next opening.
 *
 * @example
 * ```ts
 * import { makeCalendar, nextOpening } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'] } });
 * nextOpening(cal, '2025-06-01T12:00:00+03:00').toISO(); // '2025-06-02T09:30:00.000+03:00'
 * ```
 * @category Business time
 */
export const nextOpening = (cal: Calendar, t: InstantInput): DateTime<true> => toDateTime(nextOpeningMillis(cal, toMillis(t, 't')), cal.timeZone);

/**
 * The end of the open interval containing `t`, or of the next open interval.
 *
 * @example
 * ```ts
 * import { makeCalendar, nextClosing } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'] } });
 * nextClosing(cal, '2025-06-02T12:00:00+03:00').toISO(); // '2025-06-02T17:30:00.000+03:00'
 * ```
 * @category Business time
 */
export const nextClosing = (cal: Calendar, t: InstantInput): DateTime<true> => toDateTime(nextClosingMillis(cal, toMillis(t, 't')), cal.timeZone);

/**
 * The open intervals of the calendar within `[from, to)`, clipped to it.
 *
 * @example
 * ```ts
 * import { makeCalendar, openIntervals } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-12:00', '13:00-17:00'] } });
 * openIntervals(cal, '2025-06-02T10:00:00Z', '2025-06-03T00:00:00Z').map(String);
 * // ['2025-06-02T10:00:00.000Z – 2025-06-02T12:00:00.000Z', '2025-06-02T13:00:00.000Z – 2025-06-02T17:00:00.000Z']
 * ```
 * @category Business time
 */
export const openIntervals = (cal: Calendar, from: InstantInput, to: InstantInput): Interval<true>[] => {
  const fromMs = toMillis(from, 'from');
  const toMs = toMillis(to, 'to');
  assertSpan(fromMs, toMs, 'from', 'to');
  const b = yearIndexOf(cal).intervals(fromMs, toMs);
  const out: Interval<true>[] = [];
  for (let i = 0; i < b.length; i += 2) {
    out.push(Interval.fromDateTimes(toDateTime(b[i] as number, cal.timeZone), toDateTime(b[i + 1] as number, cal.timeZone)) as Interval<true>);
  }
  return out;
};

/**
 * Adds business time: the LATEST instant u >= t with business(t, u) <= d. Adding 0 inside open
 * time returns t; from closed time, the next opening; when d is used up exactly at a closing,
 * the NEXT OPENING. With `{ boundary: 'earliest' }`, the earliest u with business(t, u) >= d
 * (the closing instant on an exact fill). A negative d subtracts.
 *
 * @example
 * ```ts
 * import { makeCalendar, addBusinessTime } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { fri: ['09:30-17:30'], mon: ['09:30-17:30'] } });
 * addBusinessTime(cal, '2025-06-06T15:30:00+03:00', { hours: 4 }).toISO(); // '2025-06-09T11:30:00.000+03:00'
 * addBusinessTime(cal, '2025-06-06T15:30:00+03:00', { hours: 2 }).toISO(); // '2025-06-09T09:30:00.000+03:00'
 * addBusinessTime(cal, '2025-06-06T15:30:00+03:00', { hours: 2 }, { boundary: 'earliest' }).toISO(); // '2025-06-06T17:30:00.000+03:00'
 * ```
 * @category Business time
 */
export const addBusinessTime = (cal: Calendar, t: InstantInput, d: DurationInput, options?: AddBusinessTimeOptions): DateTime<true> =>
  toDateTime(addBusinessMillis(cal, toMillis(t, 't'), toDurationMillis(d, 'd'), options), cal.timeZone);

/**
 * Subtracts business time: the latest instant u <= t, open or a closing instant, with
 * business(u, t) >= d. Landing exactly on an opening returns that opening; 0 from closed time
 * returns the previous closing. A negative d adds.
 *
 * @example
 * ```ts
 * import { makeCalendar, subtractBusinessTime } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { fri: ['09:30-17:30'], mon: ['09:30-17:30'] } });
 * subtractBusinessTime(cal, '2025-06-09T11:30:00+03:00', { hours: 4 }).toISO(); // '2025-06-06T15:30:00.000+03:00'
 * ```
 * @category Business time
 */
export const subtractBusinessTime = (cal: Calendar, t: InstantInput, d: DurationInput): DateTime<true> =>
  toDateTime(subtractBusinessMillis(cal, toMillis(t, 't'), toDurationMillis(d, 'd')), cal.timeZone);

/**
 * Business time between two instants, as a luxon `Duration` in milliseconds; negative when b < a.
 *
 * @example
 * ```ts
 * import { makeCalendar, businessTimeBetween } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { fri: ['09:30-17:30'], mon: ['09:30-17:30'] } });
 * businessTimeBetween(cal, '2025-06-06T15:30:00+03:00', '2025-06-09T11:30:00+03:00').as('hours'); // 4
 * ```
 * @category Business time
 */
export const businessTimeBetween = (cal: Calendar, a: InstantInput, b: InstantInput): Duration<true> =>
  toDuration(businessMillisBetween(cal, toMillis(a, 'a'), toMillis(b, 'b')));

/**
 * Does the calendar have any open time on a local date (`'YYYY-MM-DD'`, or the local date of an
 * instant in the calendar's zone)?
 *
 * @example
 * ```ts
 * import { makeCalendar, isBusinessDay } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'] }, holidays: [{ country: 'GR' }] });
 * isBusinessDay(cal, '2025-04-21'); // false: Easter Monday
 * isBusinessDay(cal, '2025-04-28'); // true
 * ```
 * @category Business time
 */
export const isBusinessDay = (cal: Calendar, date: string | InstantInput): boolean => {
  return businessDayIndexOf(cal).has(localDayOf(cal, date));
};

/**
 * The end of a business day: day 0 is t's local date if t is before that date's last closing,
 * else the next business day; the result is the last closing of the n-th business day after day 0.
 *
 * @example
 * ```ts
 * import { makeCalendar, endOfBusinessDay } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { fri: ['09:30-17:30'], mon: ['09:30-17:30'] } });
 * endOfBusinessDay(cal, '2025-06-06T18:00:00+03:00').toISO(); // '2025-06-09T17:30:00.000+03:00'
 * ```
 * @category Business time
 */
export const endOfBusinessDay = (cal: Calendar, t: InstantInput, n = 0): DateTime<true> =>
  toDateTime(endOfBusinessDayMillis(cal, toMillis(t, 't'), n), cal.timeZone);

/**
 * {@link endOfBusinessDay} on epoch milliseconds.
 *
 * @example
 * ```ts
 * import { makeCalendar, endOfBusinessDayMillis } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'], tue: ['09:00-17:00'] } });
 * endOfBusinessDayMillis(cal, Date.UTC(2025, 5, 2, 18), 0) === Date.UTC(2025, 5, 3, 17); // true
 * ```
 * @category Business time
 */
export const endOfBusinessDayMillis = (cal: Calendar, ms: number, n = 0): number => {
  assertInstantMillis(ms, 'ms');
  assertDayCount(n, 'n', false);
  const zone = zoneOf(cal);
  const days = businessDayIndexOf(cal);
  const index = yearIndexOf(cal);
  const d0 = zone.localDays(ms);
  const close0 = lastClosingOfDay(index, zone, d0);
  const day0 = close0 !== undefined && ms < close0 ? d0 : days.step(d0, 1);
  return lastClosingOfDay(index, zone, days.step(day0, n)) as number;
};

/**
 * Steps n business days from t's local date (t's date not counted), keeps t's wall-clock time,
 * then moves to the next opening if that instant is closed. A negative n steps back.
 *
 * @example
 * ```ts
 * import { makeCalendar, addBusinessDays } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:00-17:00'], tue: ['09:00-17:00'] } });
 * addBusinessDays(cal, '2025-06-01T12:00:00+03:00', 1).toISO(); // '2025-06-02T12:00:00.000+03:00' (Sunday → Monday)
 * ```
 * @category Business time
 */
export const addBusinessDays = (cal: Calendar, t: InstantInput, n: number): DateTime<true> =>
  toDateTime(addBusinessDaysMillis(cal, toMillis(t, 't'), n), cal.timeZone);

/**
 * {@link addBusinessDays} on epoch milliseconds.
 *
 * @example
 * ```ts
 * import { makeCalendar, addBusinessDaysMillis } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
 * addBusinessDaysMillis(cal, Date.UTC(2025, 5, 1, 12), 1) === Date.UTC(2025, 5, 2, 12); // true
 * ```
 * @category Business time
 */
export const addBusinessDaysMillis = (cal: Calendar, ms: number, n: number): number => {
  assertInstantMillis(ms, 'ms');
  assertDayCount(n, 'n', true);
  const zone = zoneOf(cal);
  const local = zone.toLocal(ms);
  const day = businessDayIndexOf(cal).step(local.days, n);
  return yearIndexOf(cal).nextOpening(zone.localToMillis(day, local.msOfDay));
};

/**
 * The holidays of the calendar's holiday sources that overlap `[from, to)`, in time order.
 *
 * @example
 * ```ts
 * import { makeCalendar, holidaysBetween } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'] }, holidays: [{ country: 'GR' }] });
 * holidaysBetween(cal, '2025-04-18T00:00:00+03:00', '2025-04-22T00:00:00+03:00').map((h) => h.date);
 * // ['2025-04-18', '2025-04-21'] (Good Friday, Easter Monday)
 * ```
 * @category Business time
 */
export const holidaysBetween = (cal: Calendar, from: InstantInput, to: InstantInput): HolidayInfo[] => {
  const zone = zoneOf(cal);
  const a = toMillis(from, 'from');
  const b = toMillis(to, 'to');
  assertSpan(a, b, 'from', 'to');
  if (!(b > a)) return [];
  const firstYear = yearOfDays(zone.localDays(a) - 1);
  const lastYear = yearOfDays(zone.localDays(b) + 1);
  const seen = new Set<string>();
  const found: { date: string; name: string; names?: Readonly<Record<string, string>>; type: string; start: number; end: number }[] = [];
  for (const source of holidaySourcesOf(cal)) {
    for (let y = firstYear; y <= lastYear; y++) {
      for (const h of source.year(y).holidays) {
        if (h.end <= a || h.start >= b) continue;
        const key = `${h.date}|${h.name}|${h.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push(h);
      }
    }
  }
  found.sort((x, y) => x.start - y.start || x.name.localeCompare(y.name));
  return found.map((h) => ({
    date: h.date,
    name: h.name,
    ...(h.names !== undefined ? { names: h.names } : {}),
    type: h.type,
    start: toDateTime(h.start, cal.timeZone),
    end: toDateTime(h.end, cal.timeZone),
  }));
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const assertDayCount = (n: number, name: string, allowNegative: boolean): void => {
  if (!Number.isInteger(n) || (!allowNegative && n < 0)) {
    throw new RangeError(badDayCount(name, allowNegative, n));
  }
  // more business days than there are days in the horizon cannot be found: at once, no search
  if (Math.abs(n) > SEARCH_HORIZON_DAYS) {
    throw new RangeError(`${name} = ${n} business days is beyond the search horizon (${SEARCH_HORIZON_YEARS} years, ${SEARCH_HORIZON_DAYS} days).`);
  }
};

const SEARCH_HORIZON_DAYS = Math.ceil(SEARCH_HORIZON_YEARS * 365.2425);

/** A duration a search can use up: finite and within the horizon (else `RangeError` at once). */
const assertSearchDuration = (d: number): void => {
  if (!(Math.abs(d) <= SEARCH_HORIZON_MS)) {
    throw new RangeError(`durationMs = ${d} cannot be used up within the search horizon (${SEARCH_HORIZON_YEARS} years of business time at most).`);
  }
};

/** Two supported instants at most the search horizon apart (else `RangeError`). */
const assertSpan = (a: number, b: number, nameA: string, nameB: string): void => {
  assertInstantMillis(a, nameA);
  assertInstantMillis(b, nameB);
  if (Math.abs(b - a) > SEARCH_HORIZON_MS) {
    throw new RangeError(`${nameA} and ${nameB} are more than ${SEARCH_HORIZON_YEARS} years apart (the search horizon: no query examines more of a calendar).`);
  }
};

const localDayOf = (cal: Calendar, date: string | InstantInput): number => {
  if (typeof date === 'string' && !date.includes('T')) {
    const day = parseIsoDate(date);
    if (day === undefined) throw new TypeError(badLocalDate(date));
    return day;
  }
  return zoneOf(cal).localDays(toMillis(date, 'date'));
};

/** The last closing of local date `day` (see {@link YearIndex.lastClosingOfDay}). */
const lastClosingOfDay = (index: YearIndex, zone: ZoneRules, day: number): number | undefined =>
  index.lastClosingOfDay(zone.localToMillis(day, 0), zone.localToMillis(day + 1, 0));
