/**
 * Business calendars: open time as a set of half-open instant intervals, built lazily per year.
 */
import * as E from 'fp-ts/lib/Either.js';
import { issue, orThrow, toSafe, type Issue, type SafeParseResult } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { clip, differenceOf, intersectionOf, normalize, unionOf, type Boundaries } from '../internal/intervals.js';
import { isoWeekdayOfDays, formatIsoDate, MS_PER_DAY, type Weekday, WEEKDAYS } from '../time/civil.js';
import { isValidTimeZone, zoneRules, type ZoneRules } from '../time/zone.js';
import type { InstantInput } from '../time/instant.js';
import { parseHolidaySource } from '../holidays/source.js';
import type { HolidaySource, HolidayYear, ResolvedHolidaySource } from '../holidays/types.js';
import { describeHolidayCoverage, type HolidayCoverage } from '../holidays/coverage.js';
import { parseSpecCore, type DayIntervals, type NormalizedSpec } from './spec.js';
import { Timeline } from './timeline.js';
import { BusinessDays } from './business-days.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * A business calendar as plain JSON.
 *
 * @example
 * ```ts
 * import { makeCalendar, type CalendarSpec } from 'support-sla';
 * const spec: CalendarSpec = {
 *   timeZone: 'Europe/Athens',
 *   week: { mon: ['09:30-17:30'], tue: ['09:30-17:30'], wed: ['09:30-17:30'], thu: ['09:30-17:30'], fri: ['09:30-17:30'] },
 *   holidays: [{ country: 'GR' }],
 * };
 * const cal = makeCalendar(spec);
 * ```
 */
export interface CalendarSpec {
  /** IANA time zone, e.g. `'Europe/Athens'`. */
  readonly timeZone: string;
  /**
   * Weekly hours: local wall-clock intervals `'HH:MM-HH:MM'` or `'HH:MM:SS-HH:MM:SS'`. The end may
   * be `'24:00'`; an end at or before the start runs overnight into the next day (`'22:00-06:00'`).
   */
  readonly week: Partial<Record<Weekday, readonly string[]>>;
  /** Holiday sources: closed time subtracted from open time. */
  readonly holidays?: readonly HolidaySource[];
  /**
   * Per-date overrides (local date `'YYYY-MM-DD'`) that replace that date's weekly intervals:
   * `[]` closes the whole date, hours on a weekend make an extra working day. An override is the
   * final word on its date: holidays of that date are not subtracted from it (closures are).
   */
  readonly overrides?: readonly {
    /** Local date `'YYYY-MM-DD'`. */
    readonly date: string;
    /** That date's intervals, replacing the weekly ones (`[]`: closed). */
    readonly hours: readonly string[];
  }[];
  /** Closed instant intervals `[start, end)`. */
  readonly closures?: readonly {
    /** First closed instant. */
    readonly start: InstantInput;
    /** First instant open again (exclusive end). */
    readonly end: InstantInput;
  }[];
}

/**
 * How a calendar was made: from a spec, or by an operation on other calendars.
 *
 * @example
 * ```ts
 * import { alwaysOpen, wholeWorkingDays } from 'support-sla';
 * wholeWorkingDays(alwaysOpen('UTC')).definition.kind; // 'wholeWorkingDays'
 * ```
 */
export type CalendarDefinition =
  | {
      /** Made from a spec. */
      readonly kind: 'spec';
      /** The validated spec (deeply frozen). */
      readonly spec: CalendarSpec;
    }
  | {
      /** Made by {@link alwaysOpen}. */
      readonly kind: 'alwaysOpen';
    }
  | {
      /** Made by {@link wholeWorkingDays}. */
      readonly kind: 'wholeWorkingDays';
      /** The calendar whose working days it opens whole. */
      readonly of: Calendar;
    }
  | {
      /** Made by {@link union}, {@link intersection} or {@link difference}. */
      readonly kind: 'union' | 'intersection' | 'difference';
      /** The first operand (its zone is the result's zone). */
      readonly a: Calendar;
      /** The second operand. */
      readonly b: Calendar;
    };

/**
 * A validated business calendar. Immutable for its user; it caches the years it has built, so
 * reuse one calendar object for many queries.
 *
 * @example
 * ```ts
 * import { makeCalendar, isOpen } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Moscow', week: { mon: ['10:00-18:00'] } });
 * isOpen(cal, '2025-06-02T12:00:00+03:00'); // true
 * ```
 */
export interface Calendar {
  /** The IANA zone that local dates and returned `DateTime`s are in. */
  readonly timeZone: string;
  /** How the calendar was made. */
  readonly definition: CalendarDefinition;
}

/** The engine state behind a calendar. @internal */
export interface CalendarState {
  readonly timeline: Timeline;
  readonly zone: ZoneRules;
  /** Local dates with open time. */
  readonly businessDays: BusinessDays;
  /** Holiday sources of this calendar and of the calendars it derives from. */
  readonly holidaySources: readonly ResolvedHolidaySource[];
}

/**
 * The engine state lives on the calendar under a registered symbol (non-enumerable, so specs and
 * JSON stay clean): a calendar made by the ESM build still works with the CJS build of the same
 * version when an application loads both (the dual-package hazard).
 */
const STATE: unique symbol = Symbol.for('support-sla.calendar-state') as never;
type WithState = Calendar & { readonly [STATE]?: CalendarState };

/** The engine state of a calendar; throws `TypeError` for an object that is not a Calendar. @internal */
export const stateOf = (cal: Calendar): CalendarState => {
  const state = typeof cal === 'object' && cal !== null ? (cal as WithState)[STATE] : undefined;
  if (state === undefined) {
    throw new TypeError('Expected a Calendar made by parseCalendar, makeCalendar, alwaysOpen or a calendar operation.');
  }
  return state;
};

const register = (
  timeZone: string,
  definition: CalendarDefinition,
  build: (zone: ZoneRules) => (lo: number, hi: number) => Boundaries,
  holidaySources: readonly ResolvedHolidaySource[],
): Calendar => {
  const zone = zoneRules(timeZone);
  const timeline = new Timeline(build(zone));
  const state: CalendarState = { timeline, zone, businessDays: new BusinessDays(timeline, zone), holidaySources };
  const cal = { timeZone, definition };
  Object.defineProperty(cal, STATE, { value: state, enumerable: false, writable: false, configurable: false });
  return Object.freeze(cal);
};

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/**
 * Validates a calendar spec, collecting every issue (never throws).
 *
 * @example
 * ```ts
 * import { parseCalendar } from 'support-sla';
 * import { either } from 'fp-ts';
 * const r = parseCalendar({ timeZone: 'Mars/Olympus', week: {} });
 * either.isLeft(r) && r.left.map((i) => i.code); // ['INVALID_TIME_ZONE', 'NO_OPEN_TIME']
 * ```
 */
export const parseCalendar = (input: unknown): E.Either<Issue[], Calendar> => {
  const core = parseSpecCore(input);
  const issues: Issue[] = E.isLeft(core) ? [...core.left] : [];
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const zoneName = isValidTimeZone(raw['timeZone']) ? raw['timeZone'] : 'UTC';
  const sources: ResolvedHolidaySource[] = [];
  const holidays = raw['holidays'];
  if (holidays !== undefined) {
    if (!Array.isArray(holidays)) {
      issues.push(issue(IssueCode.NOT_AN_ARRAY, ['holidays'], "holidays must be an array of sources like { country: 'GR' } or { dates: [...] }."));
    } else {
      holidays.forEach((h: unknown, i: number) => {
        const r = parseHolidaySource(h, zoneName, ['holidays', i]);
        if (E.isLeft(r)) issues.push(...r.left);
        else sources.push(r.right);
      });
    }
  }
  if (issues.length > 0 || E.isLeft(core)) return E.left(issues);
  const spec = core.right;
  return E.right(register(spec.timeZone, { kind: 'spec', spec: freezeDeep(input) as CalendarSpec }, (zone) => specWindow(spec, sources, zone), sources));
};

/**
 * Like {@link parseCalendar}, returning `{ success, value }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeParseCalendar } from 'support-sla';
 * const r = safeParseCalendar({ timeZone: 'Europe/Athens', week: { mon: ['9:00-25:00'] } });
 * r.success; // false: r.issues[0].path is ['week', 'mon', 0]
 * ```
 */
export const safeParseCalendar = (input: unknown): SafeParseResult<Calendar> => toSafe(parseCalendar(input));

/**
 * Like {@link parseCalendar}, throwing an `InvalidInputError` (with `.issues`) on bad input.
 *
 * @example
 * ```ts
 * import { makeCalendar } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Asia/Kathmandu', week: { sun: ['10:00-17:00'] } });
 * ```
 */
export const makeCalendar = (input: CalendarSpec): Calendar => orThrow('calendar', parseCalendar(input));

/**
 * A calendar open all the time (24/7) in a zone.
 *
 * @example
 * ```ts
 * import { alwaysOpen, addBusinessTime } from 'support-sla';
 * addBusinessTime(alwaysOpen('UTC'), '2025-01-01T00:00:00Z', { hours: 1 }).toISO(); // '2025-01-01T01:00:00.000Z'
 * ```
 */
export const alwaysOpen = (timeZone: string): Calendar => {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown IANA time zone: ${JSON.stringify(timeZone)}`);
  return register(timeZone, { kind: 'alwaysOpen' }, () => (lo, hi) => [lo, hi], []);
};

/**
 * Open 00:00-24:00 on every local date on which `cal` has any open time: KliK's "48 hours,
 * extended by the hours of weekends and holidays" clock (whole days count, but only working days).
 *
 * @example
 * ```ts
 * import { makeCalendar, wholeWorkingDays, addBusinessTime } from 'support-sla';
 * const office = makeCalendar({ timeZone: 'Europe/Moscow', week: { mon: ['10:00-18:00'], fri: ['10:00-18:00'] } });
 * // Friday 15:00 + 48 h → 9 h of Friday, 24 h of Monday, then 15 h of the next Friday
 * addBusinessTime(wholeWorkingDays(office), '2025-06-06T15:00:00+03:00', { hours: 48 }).toISO();
 * ```
 */
export const wholeWorkingDays = (cal: Calendar): Calendar => {
  const base = stateOf(cal);
  return register(
    cal.timeZone,
    { kind: 'wholeWorkingDays', of: cal },
    (zone) => (lo, hi) => {
      const out: number[] = [];
      const first = zone.localDays(lo) - 1;
      const last = zone.localDays(hi - 1) + 1;
      for (let d = first; d <= last; d++) {
        if (base.businessDays.has(d)) out.push(zone.localToMillis(d, 0), zone.localToMillis(d + 1, 0));
      }
      return clip(normalize(out), lo, hi);
    },
    base.holidaySources,
  );
};

const algebra = (kind: 'union' | 'intersection' | 'difference', op: (x: Boundaries, y: Boundaries) => Boundaries) =>
  (a: Calendar, b: Calendar): Calendar => {
    const sa = stateOf(a);
    const sb = stateOf(b);
    const sources = kind === 'difference' ? sa.holidaySources : [...new Set([...sa.holidaySources, ...sb.holidaySources])];
    return register(a.timeZone, { kind, a, b }, () => (lo, hi) => op(sa.timeline.intervals(lo, hi), sb.timeline.intervals(lo, hi)), sources);
  };

/**
 * Open when either calendar is open (in `a`'s time zone).
 *
 * @example
 * ```ts
 * import { makeCalendar, union, isOpen } from 'support-sla';
 * const day = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
 * const night = makeCalendar({ timeZone: 'UTC', week: { mon: ['22:00-06:00'] } });
 * isOpen(union(day, night), '2025-06-03T05:00:00Z'); // true
 * ```
 */
export const union: (a: Calendar, b: Calendar) => Calendar = /* @__PURE__ */ algebra('union', unionOf);

/**
 * Open when both calendars are open (in `a`'s time zone).
 *
 * @example
 * ```ts
 * import { makeCalendar, intersection, alwaysOpen, isOpen } from 'support-sla';
 * const office = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'] } });
 * isOpen(intersection(office, alwaysOpen('UTC')), '2025-06-02T10:00:00+03:00'); // true
 * ```
 */
export const intersection: (a: Calendar, b: Calendar) => Calendar = /* @__PURE__ */ algebra('intersection', intersectionOf);

/**
 * Open when `a` is open and `b` is not (in `a`'s time zone).
 *
 * @example
 * ```ts
 * import { makeCalendar, difference, isOpen } from 'support-sla';
 * const office = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
 * const lunch = makeCalendar({ timeZone: 'UTC', week: { mon: ['12:00-13:00'] } });
 * isOpen(difference(office, lunch), '2025-06-02T12:30:00Z'); // false
 * ```
 */
export const difference: (a: Calendar, b: Calendar) => Calendar = /* @__PURE__ */ algebra('difference', differenceOf);

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * Per holiday source of the calendar (and of the calendars it derives from): which years are
 * backed by official data (a decree, a law) and which by date-holidays' rules only.
 *
 * @example
 * ```ts
 * import { makeCalendar, holidayCoverage } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Moscow', week: { mon: ['10:00-18:00'] }, holidays: [{ country: 'RU' }] });
 * const [ru] = holidayCoverage(cal);
 * ru.basis(2026); // 'official'
 * ru.basis(2035); // 'rules'
 * ```
 */
export const holidayCoverage = (cal: Calendar): HolidayCoverage[] => describeHolidayCoverage(stateOf(cal).holidaySources);

// ---------------------------------------------------------------------------------------------
// Internals: building a year of a spec calendar
// ---------------------------------------------------------------------------------------------

const specWindow =
  (spec: NormalizedSpec, sources: readonly ResolvedHolidaySource[], zone: ZoneRules) =>
  (lo: number, hi: number): Boundaries => {
    // local dates whose intervals can reach into [lo, hi): an interval ends < 48 h after its date
    const firstDay = zone.localDays(lo) - 2;
    const lastDay = zone.localDays(hi - 1);
    const years = new Set<number>();
    for (const d of [firstDay, lastDay]) years.add(Number(formatIsoDate(d).slice(0, 4)));
    const firstYear = Math.min(...years);
    const lastYear = Math.max(...years);
    const holidayYears: HolidayYear[] = [];
    for (const source of sources) for (let y = firstYear; y <= lastYear; y++) holidayYears.push(source.year(y));

    const transfers = new Map<string, Weekday>();
    const shortened = new Map<string, number>();
    for (const hy of holidayYears) {
      for (const w of hy.workingDays) transfers.set(w.date, w.hoursOf);
      for (const s of hy.shortenedDays) shortened.set(s.date, Math.max(s.minutes, shortened.get(s.date) ?? 0));
    }

    // intervals of overridden dates are kept apart, by date: the holidays of an overridden date
    // are not subtracted from that date's own hours (the override is the final word on its
    // date), but they still close every other date's intervals (e.g. an overnight tail)
    const open: number[] = [];
    const openByOverride = new Map<string, number[]>();
    for (let d = firstDay; d <= lastDay; d++) {
      const override = spec.overrides.get(d);
      let target = open;
      if (override !== undefined) {
        target = [];
        openByOverride.set(formatIsoDate(d), target);
      }
      for (const [s, e] of override ?? weeklyIntervals(spec, d, transfers, shortened)) {
        const start = zone.localToMillis(d + Math.floor(s / MS_PER_DAY), s % MS_PER_DAY);
        const end = zone.localToMillis(d + Math.floor(e / MS_PER_DAY), e % MS_PER_DAY);
        if (end > start) target.push(start, end);
      }
    }
    const closed: number[] = [...spec.closures];
    const closedOnOverride = new Map<string, number[]>();
    for (const hy of holidayYears) {
      for (const h of hy.holidays) {
        if (!(h.end > lo && h.start < hi)) continue;
        if (!openByOverride.has(h.date)) closed.push(h.start, h.end);
        else {
          const list = closedOnOverride.get(h.date) ?? [];
          list.push(h.start, h.end);
          closedOnOverride.set(h.date, list);
        }
      }
    }
    const closedAll = normalize(closed);
    const closedByOverrideHolidays = normalize([...closedOnOverride.values()].flat());
    let result = differenceOf(normalize(open), unionOf(closedAll, closedByOverrideHolidays));
    for (const [date, intervals] of openByOverride) {
      if (intervals.length === 0) continue;
      const others: number[] = [];
      for (const [d, list] of closedOnOverride) if (d !== date) others.push(...list);
      result = unionOf(result, differenceOf(normalize(intervals), others.length === 0 ? closedAll : unionOf(closedAll, normalize(others))));
    }
    return clip(result, lo, hi);
  };

/** A date's weekly intervals, after a working-day transfer and a pre-holiday shortening. */
const weeklyIntervals = (
  spec: NormalizedSpec,
  day: number,
  transfers: ReadonlyMap<string, Weekday>,
  shortened: ReadonlyMap<string, number>,
): DayIntervals => {
  if (transfers.size === 0 && shortened.size === 0) return spec.week[isoWeekdayOfDays(day) - 1] ?? [];
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

const isPlain = (value: unknown): value is object =>
  Array.isArray(value) ||
  (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype);

/** A deep frozen copy of plain objects and arrays (Dates and DateTimes are kept as they are). */
const freezeDeep = <T>(value: T): T => {
  if (isPlain(value)) {
    const copy = (Array.isArray(value) ? value.map(freezeDeep) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, freezeDeep(v)]))) as T;
    return Object.freeze(copy);
  }
  return value;
};
