/**
 * Step 2 of a calendar's data flow: the open time of a parsed spec within `[lo, hi)`, built in
 * named steps, each of which can tell why it closed a stretch of time:
 *
 * 1. {@link weeklyHours}: the spec's hours of the date's weekday (none: a `'weekend'`);
 * 2. {@link transfersAndShortenedDays}: a holiday source's working-day transfers (a date worked
 *    with another weekday's hours) and shortened pre-holiday days;
 * 3. {@link dayHours} (overrides): a spec override replaces a date's hours, and is the final word
 *    on its date (that date's own holidays are not subtracted from it);
 * 4. {@link holidayClosures}: the holidays of the holiday sources, subtracted (`'holiday'`);
 * 5. closures: the spec's closed instant intervals, subtracted last (`'closure'`).
 *
 * Time outside the hours of a date that has hours is `'night'`.
 * @internal
 */
import { clip, differenceOf, normalize, unionOf, type Boundaries } from '../internal/intervals.js';
import { formatIsoDate, isoWeekdayOfDays, MS_PER_DAY, WEEKDAYS, yearOfDays, type Weekday } from '../time/civil.js';
import type { ZoneRules } from '../time/zone.js';
import type { HolidayOccurrence, HolidayYear, ResolvedHolidaySource } from '../holidays/types.js';
import type { DayIntervals, NormalizedSpec, ParsedSpec } from './spec.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * Builds the normal set of open intervals within `[lo, hi)`.
 * @category Calendars
 */
export type OpenTimeBuilder = (lo: number, hi: number) => Boundaries;

/**
 * Why closed time is closed, by the open-time step that closed it.
 * @category Calendars
 */
export type ClosedReason = 'night' | 'weekend' | 'holiday' | 'closure';

/**
 * The reason for a stretch of closed time (the holiday's name when `reason` is `'holiday'`).
 * @category Calendars
 */
export interface ClosedCause {
  readonly reason: ClosedReason;
  readonly name?: string;
  /** The holiday's names by language, where the holiday data has them. */
  readonly names?: Readonly<Record<string, string>>;
}

/**
 * Explains closed time: the cause of the closed stretch `[from, to)` (closed on the calendar).
 * Precedence when several steps closed parts of it: closure > holiday > weekend > night.
 * @category Calendars
 */
export type ClosedExplainer = (from: number, to: number) => ClosedCause;

/**
 * Step 2's output: working-day transfers and shortened days, by local date `YYYY-MM-DD`.
 * @category Calendars
 */
export interface DayAdjustments {
  /** A date worked with the weekly hours of another weekday. */
  readonly transfers: ReadonlyMap<string, Weekday>;
  /** A date whose last interval(s) close this many minutes earlier. */
  readonly shortened: ReadonlyMap<string, number>;
}

// ---------------------------------------------------------------------------------------------
// The steps
// ---------------------------------------------------------------------------------------------

/**
 * Step 1: the spec's weekly hours of local date `day`.
 * @category Calendars
 */
export const weeklyHours = (spec: NormalizedSpec, day: number): DayIntervals => spec.week[isoWeekdayOfDays(day) - 1] ?? [];

/**
 * Step 2's data: the transfers and shortened days of some holiday years.
 * @category Calendars
 */
export const transfersAndShortenedDays = (holidayYears: readonly HolidayYear[]): DayAdjustments => {
  const transfers = new Map<string, Weekday>();
  const shortened = new Map<string, number>();
  for (const hy of holidayYears) {
    for (const w of hy.workingDays) transfers.set(w.date, w.hoursOf);
    for (const s of hy.shortenedDays) shortened.set(s.date, Math.max(s.minutes, shortened.get(s.date) ?? 0));
  }
  return { transfers, shortened };
};

/**
 * Steps 1 and 2: a date's weekly hours, after a working-day transfer and a pre-holiday shortening.
 * @category Calendars
 */
export const adjustedHours = (spec: NormalizedSpec, day: number, adjustments: DayAdjustments): DayIntervals => {
  const { transfers, shortened } = adjustments;
  if (transfers.size === 0 && shortened.size === 0) return weeklyHours(spec, day);
  const date = formatIsoDate(day);
  const transfer = transfers.get(date);
  const weekday = transfer === undefined ? isoWeekdayOfDays(day) - 1 : WEEKDAYS.indexOf(transfer);
  const intervals = spec.week[weekday] ?? [];
  const minutes = shortened.get(date);
  if (minutes === undefined || intervals.length === 0) return intervals;
  // a shortened day closes earlier: cut the end of the day's last interval(s)
  const cut = [...intervals.map(([s, e]) => [s, e] as [number, number])];
  let remaining = minutes * 60_000;
  while (remaining > 0 && cut.length > 0) {
    const last = cut[cut.length - 1] as [number, number];
    const len = last[1] - last[0];
    if (len > remaining) {
      last[1] -= remaining;
      remaining = 0;
    } else {
      remaining -= len;
      cut.pop();
    }
  }
  return cut;
};

/**
 * Step 3 (overrides): a date's hours: its override, else its adjusted weekly hours.
 * @category Calendars
 */
export const dayHours = (spec: NormalizedSpec, day: number, adjustments: DayAdjustments): DayIntervals =>
  spec.overrides.get(day) ?? adjustedHours(spec, day, adjustments);

/**
 * Step 4: the holidays overlapping `[lo, hi)`, as closed intervals: those of ordinary dates, and
 * apart, by date, those of overridden dates (which close every date's hours but their own).
 * @category Calendars
 */
export const holidayClosures = (
  holidayYears: readonly HolidayYear[],
  overriddenDates: ReadonlySet<string>,
  lo: number,
  hi: number,
): { readonly closed: number[]; readonly onOverriddenDates: ReadonlyMap<string, number[]> } => {
  const closed: number[] = [];
  const onOverriddenDates = new Map<string, number[]>();
  for (const hy of holidayYears) {
    for (const h of hy.holidays) {
      if (!(h.end > lo && h.start < hi)) continue;
      if (!overriddenDates.has(h.date)) closed.push(h.start, h.end);
      else {
        const list = onOverriddenDates.get(h.date) ?? [];
        list.push(h.start, h.end);
        onOverriddenDates.set(h.date, list);
      }
    }
  }
  return { closed, onOverriddenDates };
};

// ---------------------------------------------------------------------------------------------
// Open time of a spec
// ---------------------------------------------------------------------------------------------

/**
 * The open time of a parsed spec, built through the steps above.
 * @category Calendars
 */
export const specOpenTime =
  (spec: ParsedSpec, zone: ZoneRules): OpenTimeBuilder =>
  (lo: number, hi: number): Boundaries => {
    // local dates whose intervals can reach into [lo, hi): an interval ends < 48 h after its date
    const firstDay = zone.localDays(lo) - 2;
    const lastDay = zone.localDays(hi - 1);
    const holidayYears = holidayYearsOf(spec.holidaySources, firstDay, lastDay);
    const adjustments = transfersAndShortenedDays(holidayYears);

    // steps 1-3: each date's hours; overridden dates' hours are kept apart, by date
    const open: number[] = [];
    const openByOverride = new Map<string, number[]>();
    for (let d = firstDay; d <= lastDay; d++) {
      const override = spec.overrides.get(d);
      let target = open;
      if (override !== undefined) {
        target = [];
        openByOverride.set(formatIsoDate(d), target);
      }
      pushDayIntervals(target, override ?? adjustedHours(spec, d, adjustments), d, zone);
    }
    // steps 4 and 5: holidays and closures
    const holidays = holidayClosures(holidayYears, new Set(openByOverride.keys()), lo, hi);
    const closedAll = normalize([...spec.closures, ...holidays.closed]);
    const closedByOverrideHolidays = normalize([...holidays.onOverriddenDates.values()].flat());
    let result = differenceOf(normalize(open), unionOf(closedAll, closedByOverrideHolidays));
    for (const [date, intervals] of openByOverride) {
      if (intervals.length === 0) continue;
      const others: number[] = [];
      for (const [d, list] of holidays.onOverriddenDates) if (d !== date) others.push(...list);
      result = unionOf(result, differenceOf(normalize(intervals), others.length === 0 ? closedAll : unionOf(closedAll, normalize(others))));
    }
    return clip(result, lo, hi);
  };

/**
 * Why a spec calendar is closed over `[from, to)` (closed time): a spec closure overlapping it;
 * else a holiday overlapping it (of a date that is not overridden); else a local date it touches
 * with no hours (`'weekend'`; an override with no hours counts as a `'closure'`); else `'night'`.
 * @category Calendars
 */
export const specClosedExplainer =
  (spec: ParsedSpec, zone: ZoneRules): ClosedExplainer =>
  (from: number, to: number): ClosedCause => {
    for (let i = 0; i < spec.closures.length; i += 2) {
      if ((spec.closures[i] as number) < to && (spec.closures[i + 1] as number) > from) return { reason: 'closure' };
    }
    const firstDay = zone.localDays(from);
    const lastDay = zone.localDays(to - 1);
    const holidayYears = holidayYearsOf(spec.holidaySources, firstDay - 1, lastDay + 1);
    let holiday: HolidayOccurrence | undefined;
    for (const hy of holidayYears) {
      for (const h of hy.holidays) {
        if (h.start < to && h.end > from && !isOverridden(spec, h.date) && (holiday === undefined || h.start < holiday.start)) holiday = h;
      }
    }
    if (holiday !== undefined) return holiday.names === undefined ? { reason: 'holiday', name: holiday.name } : { reason: 'holiday', name: holiday.name, names: holiday.names };
    const adjustments = transfersAndShortenedDays(holidayYears);
    let weekend = false;
    for (let d = firstDay; d <= lastDay; d++) {
      const override = spec.overrides.get(d);
      if (override !== undefined && override.length === 0) return { reason: 'closure' };
      if (dayHours(spec, d, adjustments).length === 0) weekend = true;
    }
    return { reason: weekend ? 'weekend' : 'night' };
  };

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/** The holiday years of every source covering local days `firstDay` to `lastDay`. */
const holidayYearsOf = (sources: readonly ResolvedHolidaySource[], firstDay: number, lastDay: number): HolidayYear[] => {
  const firstYear = Math.min(yearOf(firstDay), yearOf(lastDay));
  const lastYear = Math.max(yearOf(firstDay), yearOf(lastDay));
  const out: HolidayYear[] = [];
  for (const source of sources) for (let y = firstYear; y <= lastYear; y++) out.push(source.year(y));
  return out;
};

const yearOf = (day: number): number => yearOfDays(day);

const isOverridden = (spec: NormalizedSpec, date: string): boolean => {
  if (spec.overrides.size === 0) return false;
  for (const d of spec.overrides.keys()) if (formatIsoDate(d) === date) return true;
  return false;
};

/** Pushes the instants of local date `day`'s intervals (ms-of-day pairs) onto `target`. */
const pushDayIntervals = (target: number[], intervals: DayIntervals, day: number, zone: ZoneRules): void => {
  for (const [s, e] of intervals) {
    const start = zone.localToMillis(day + Math.floor(s / MS_PER_DAY), s % MS_PER_DAY);
    const end = zone.localToMillis(day + Math.floor(e / MS_PER_DAY), e % MS_PER_DAY);
    if (end > start) target.push(start, end);
  }
};
