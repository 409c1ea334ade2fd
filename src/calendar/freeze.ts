/**
 * Freezing a calendar spec: its `{ country }` holiday sources resolved once, for a range of
 * years, into self-contained `{ frozen }` sources (plain JSON), so that a browser, an edge
 * function or `support-sla/core` evaluates the calendar without date-holidays, and so that a
 * contract can pin the holiday list it was signed with.
 */
import * as E from 'fp-ts/lib/Either.js';
import { IssueCode } from '../internal/codes.js';
import { describeValue, issue, isRecord, orThrow, type Issue } from '../internal/issues.js';
import { readRecord } from '../internal/read.js';
import { freezeResolvedSource, MAX_FROZEN_YEARS } from '../holidays/frozen.js';
import type { CalendarSpec } from './calendar.js';
import { parseSpec } from './spec.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link freezeCalendarSpec}: the years to freeze, inclusive (local dates of the
 * calendar's zone), at most 200 of them.
 *
 * @example
 * ```ts
 * import type { FreezeCalendarSpecOptions } from 'support-sla';
 * const contractYears: FreezeCalendarSpecOptions = { from: 2025, to: 2027 };
 * ```

 * @category Calendars */
export interface FreezeCalendarSpecOptions {
  /** First year to freeze. */
  readonly from: number;
  /** Last year to freeze (inclusive). */
  readonly to: number;
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/**
 * The calendar spec with each `{ country }` holiday source replaced by a `{ frozen }` source
 * holding the years `from..to`: every holiday with its date, name, type and closed instants
 * (partial days kept), working-day transfers and shortened days, each year's basis and
 * citations. Everything else is kept as written. The spec is validated first (a `Left` with
 * every issue when it is not a calendar), and needs date-holidays (the `support-sla` entry, not
 * `support-sla/core`). Inside `from..to` the frozen calendar answers every query as the live one;
 * outside, a frozen source has no holidays and `holidayCoverage(cal)` says so (`basis: 'none'`).
 *
 * @example
 * ```ts
 * import { freezeCalendarSpec, makeCalendar, addBusinessTime } from 'support-sla';
 * import { either as E } from 'fp-ts';
 *
 * const h = ['09:30-17:30'];
 * const spec = { timeZone: 'Europe/Athens', week: { mon: h, tue: h, wed: h, thu: h, fri: h }, holidays: [{ country: 'GR' }] };
 * const frozen = freezeCalendarSpec(spec, { from: 2025, to: 2027 });
 * if (E.isRight(frozen)) {
 *   const json = JSON.stringify(frozen.right); // store it, send it to a browser
 *   const cal = makeCalendar(JSON.parse(json)); // works with 'support-sla/core' too
 *   addBusinessTime(cal, '2025-04-17T16:00:00+03:00', { hours: 4 }).toISO(); // '2025-04-22T12:00:00.000+03:00'
 * }
 * ```

 * @category Calendars */
export const freezeCalendarSpec = (spec: unknown, options: FreezeCalendarSpecOptions): E.Either<Issue[], CalendarSpec> => {
  const issues = readYears(options);
  const parsed = parseSpec(spec);
  if (E.isLeft(parsed)) issues.push(...parsed.left);
  if (issues.length > 0 || E.isLeft(parsed) || !isRecord(spec)) return E.left(issues);
  const { from, to } = options;
  const timeZone = parsed.right.timeZone;
  const written = Array.isArray(spec['holidays']) ? (spec['holidays'] as unknown[]) : [];
  const holidays = written.map((source, i) => {
    if (!isRecord(source) || !('country' in source)) return source;
    const resolved = parsed.right.holidaySources[i];
    if (resolved === undefined) throw new Error(`freezeCalendarSpec: holiday source ${i} was not resolved`);
    return freezeResolvedSource(resolved, source, timeZone, from, to);
  });
  return E.right({ ...(spec as unknown as CalendarSpec), holidays } as CalendarSpec);
};

/**
 * {@link freezeCalendarSpec} that throws `InvalidInputError` (with every issue) instead.
 *
 * @example
 * ```ts
 * import { freezeCalendarSpecOrThrow } from 'support-sla';
 * const spec = freezeCalendarSpecOrThrow({ timeZone: 'Europe/Moscow', week: { mon: ['09:00-18:00'] }, holidays: [{ country: 'RU' }] }, { from: 2025, to: 2026 });
 * JSON.stringify(spec).includes('2025-11-01'); // true: the working Saturday is kept
 * ```

 * @category Calendars */
export const freezeCalendarSpecOrThrow = (spec: unknown, options: FreezeCalendarSpecOptions): CalendarSpec =>
  orThrow('calendar spec to freeze', freezeCalendarSpec(spec, options));

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const readYears = (options: FreezeCalendarSpecOptions): Issue[] => {
  const issues: Issue[] = [];
  const { from, to } = (readRecord(options, ['options'], issues, ['from', 'to']) ?? {}) as Partial<FreezeCalendarSpecOptions>;
  const isYear = (y: unknown): y is number => typeof y === 'number' && Number.isInteger(y) && y >= 1 && y <= 9999;
  if (!isYear(from)) issues.push(issue(IssueCode.FROZEN_HOLIDAYS_RANGE, ['options', 'from'], `from is a year (an integer 1..9999), got ${describeValue(from)}.`));
  if (!isYear(to)) issues.push(issue(IssueCode.FROZEN_HOLIDAYS_RANGE, ['options', 'to'], `to is a year (an integer 1..9999), got ${describeValue(to)}.`));
  if (isYear(from) && isYear(to) && (to < from || to - from + 1 > MAX_FROZEN_YEARS)) {
    issues.push(issue(IssueCode.FROZEN_HOLIDAYS_RANGE, ['options'], `Freeze from <= to, at most ${MAX_FROZEN_YEARS} years, got ${from}..${to}.`));
  }
  return issues;
};
