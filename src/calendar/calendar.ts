/**
 * Step 6 of a calendar's data flow, the public `Calendar` module: what a calendar is, how one is
 * made (from a spec, or by an operation on other calendars) and what it says about its holidays.
 *
 * spec.ts → open-time.ts → year-index.ts → business-day-index.ts → state.ts → calendar.ts
 */
import * as E from 'fp-ts/lib/Either.js';
import { issue, orThrow, toSafe, type Issue, type SafeParseResult } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { errorText } from '../internal/read.js';
import { clip, differenceOf, intersectionOf, normalize, unionOf, type Boundaries } from '../internal/intervals.js';
import { isValidTimeZone, type ZoneRules } from '../time/zone.js';
import type { InstantInput } from '../time/instant.js';
import type { Weekday } from '../time/civil.js';
import type { HolidaySource } from '../holidays/types.js';
import { describeHolidayCoverage, type HolidayCoverage } from '../holidays/coverage.js';
import { parseSpec } from './spec.js';
import { specClosedExplainer, specOpenTime, type ClosedCause, type ClosedExplainer } from './open-time.js';
import { attachState, stateOf, type CalendarState } from './state.js';
import { unknownTimeZone } from '../internal/messages.js';

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
 * @category Calendars
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
 * @category Calendars
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
 * @category Calendars
 */
export interface Calendar {
  /** The IANA zone that local dates and returned `DateTime`s are in. */
  readonly timeZone: string;
  /** How the calendar was made. */
  readonly definition: CalendarDefinition;
}

const register = (
  timeZone: string,
  definition: CalendarDefinition,
  build: (zone: ZoneRules) => { readonly openTime: (lo: number, hi: number) => Boundaries; readonly explainClosed: ClosedExplainer },
  holidaySources: CalendarState['holidaySources'],
): Calendar => attachState({ timeZone, definition }, timeZone, build, holidaySources);

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
 * @category Calendars
 */
export const parseCalendar = (input: unknown): E.Either<Issue[], Calendar> => {
  const parsed = parseSpec(input);
  if (E.isLeft(parsed)) return parsed;
  const spec = parsed.right;
  let frozen: CalendarSpec;
  try {
    frozen = freezeDeep(input) as CalendarSpec;
  } catch (e) {
    // a value the parser did not need (under an ignored key) that cannot be copied: an issue, never a throw
    return E.left([issue(IssueCode.UNREADABLE_VALUE, [], `The calendar spec cannot be copied: ${errorText(e)}.`)]);
  }
  return E.right(
    register(
      spec.timeZone,
      { kind: 'spec', spec: frozen },
      (zone) => ({ openTime: specOpenTime(spec, zone), explainClosed: specClosedExplainer(spec, zone) }),
      spec.holidaySources,
    ),
  );
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
 * @category Calendars
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
 * @category Calendars
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
 * @category Calendars
 */
export const alwaysOpen = (timeZone: string): Calendar => {
  if (!isValidTimeZone(timeZone)) throw new RangeError(unknownTimeZone(timeZone));
  return register(timeZone, { kind: 'alwaysOpen' }, () => ({ openTime: (lo, hi) => [lo, hi], explainClosed: () => ({ reason: 'night' }) }), []);
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
 * @category Calendars
 */
export const wholeWorkingDays = (cal: Calendar): Calendar => {
  const base = stateOf(cal);
  return register(
    cal.timeZone,
    { kind: 'wholeWorkingDays', of: cal },
    (zone) => ({
      openTime: (lo, hi) => {
        const out: number[] = [];
        const first = zone.localDays(lo) - 1;
        const last = zone.localDays(hi - 1) + 1;
        for (let d = first; d <= last; d++) {
          if (base.businessDays.has(d)) out.push(zone.localToMillis(d, 0), zone.localToMillis(d + 1, 0));
        }
        return clip(normalize(out), lo, hi);
      },
      // a closed date here has no open time on `cal`: `cal` says why
      explainClosed: base.explainClosed,
    }),
    base.holidaySources,
  );
};

const algebra = (kind: 'union' | 'intersection' | 'difference', op: (x: Boundaries, y: Boundaries) => Boundaries) =>
  (a: Calendar, b: Calendar): Calendar => {
    const sa = stateOf(a);
    const sb = stateOf(b);
    const sources = kind === 'difference' ? sa.holidaySources : [...new Set([...sa.holidaySources, ...sb.holidaySources])];
    return register(
      a.timeZone,
      { kind, a, b },
      () => ({ openTime: (lo, hi) => op(sa.index.intervals(lo, hi), sb.index.intervals(lo, hi)), explainClosed: algebraExplainer(kind, sa, sb) }),
      sources,
    );
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
 * @category Calendars
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
 * @category Calendars
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
 * @category Calendars
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
 * @category Calendars
 */
export const holidayCoverage = (cal: Calendar): HolidayCoverage[] => describeHolidayCoverage(stateOf(cal).holidaySources);

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const RANK: Readonly<Record<ClosedCause['reason'], number>> = { night: 0, weekend: 1, holiday: 2, closure: 3 };

/** The cause of highest precedence (closure > holiday > weekend > night); the earlier one on a tie. */
const strongest = (causes: readonly ClosedCause[]): ClosedCause =>
  causes.reduce((best, c) => (RANK[c.reason] > RANK[best.reason] ? c : best), { reason: 'night' } as ClosedCause);

/** The causes of the closed stretches of a calendar within `[from, to)`. */
const closedCauses = (state: CalendarState, from: number, to: number): ClosedCause[] => {
  const open = state.index.intervals(from, to);
  const out: ClosedCause[] = [];
  let at = from;
  for (let i = 0; i <= open.length; i += 2) {
    const end = i < open.length ? (open[i] as number) : to;
    if (end > at) out.push(state.explainClosed(at, end));
    if (i < open.length) at = open[i + 1] as number;
  }
  return out;
};

/**
 * Why a calendar made by an operation is closed: a union is closed where both operands are
 * (the first one says why); an intersection where either is (the strongest cause); a difference
 * where `a` is (its cause) or `b` is open (a `'closure'`: `b` removes that time).
 */
const algebraExplainer =
  (kind: 'union' | 'intersection' | 'difference', sa: CalendarState, sb: CalendarState): ClosedExplainer =>
  (from, to) => {
    if (kind === 'union') return strongest(closedCauses(sa, from, to));
    if (kind === 'intersection') return strongest([...closedCauses(sa, from, to), ...closedCauses(sb, from, to)]);
    const removed: ClosedCause[] = sb.index.intervals(from, to).length > 0 ? [{ reason: 'closure' }] : [];
    return strongest([...closedCauses(sa, from, to), ...removed]);
  };

const isPlain = (value: unknown): value is object =>
  Array.isArray(value) ||
  (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype);

/** Nesting deeper than a spec has (a cycle under a key the parser ignores) is not copied further. */
const MAX_FREEZE_DEPTH = 32;

/**
 * A deep frozen copy of plain objects and arrays (Dates and DateTimes are kept as they are).
 * Throws when a value cannot be read (a revoked proxy): the caller turns that into an issue.
 */
const freezeDeep = <T>(value: T, depth = 0): T => {
  if (depth < MAX_FREEZE_DEPTH && isPlain(value)) {
    const copy = (
      Array.isArray(value)
        ? value.map((v) => freezeDeep(v, depth + 1))
        : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, freezeDeep(v, depth + 1)]))
    ) as T;
    return Object.freeze(copy);
  }
  return value;
};
