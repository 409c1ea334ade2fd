/**
 * Step 1 of a calendar's data flow: parsing the whole spec (hours, overrides, closures and the
 * holiday sources) into a {@link ParsedSpec}, collecting every issue.
 *
 * spec.ts → open-time.ts → year-index.ts → business-day-index.ts → state.ts → calendar.ts
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js';
import { describeValue, issue, type Issue, type IssuePath } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { finish, readEach, readOptional, readRecord, readRequired } from '../internal/read.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, readLocalDate, WEEKDAYS, type Weekday } from '../time/civil.js';
import { readTimeZone } from '../time/zone.js';
import { readInstantMillis, type InstantInput } from '../time/instant.js';
import { parseHolidaySource } from '../holidays/source.js';
import type { ResolvedHolidaySource } from '../holidays/types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * Local wall-clock intervals of one day: `ms-of-day` pairs; an end past 24 h runs overnight.
 * @category Calendars
 */
export type DayIntervals = readonly (readonly [start: number, end: number])[];

/**
 * A validated, normalised spec ready for the engine.
 * @category Calendars
 */
export interface NormalizedSpec {
  readonly timeZone: string;
  /** Index 0 = Monday … 6 = Sunday. */
  readonly week: readonly DayIntervals[];
  /** Local day number → that date's intervals. */
  readonly overrides: ReadonlyMap<number, DayIntervals>;
  /** Closed instant intervals, flat `[start, end, …]` (not yet normalised). */
  readonly closures: readonly number[];
}

/**
 * A whole validated spec: its normalised hours and closures, and its resolved holiday sources.
 * @category Calendars
 */
export interface ParsedSpec extends NormalizedSpec {
  /** The spec's holiday sources, bound to its zone, in the spec's order. */
  readonly holidaySources: readonly ResolvedHolidaySource[];
}

// ---------------------------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------------------------

const INTERVAL = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*-\s*(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Parses `'HH:MM-HH:MM'` or `'HH:MM:SS-HH:MM:SS'` into ms-of-day `[start, end)`. The end may be
 * `24:00`; an end at or before the start runs overnight into the next day (end + 24 h).
 * @category Calendars
 */
export const parseInterval = (input: unknown, path: IssuePath): E.Either<Issue[], readonly [number, number]> => {
  const issues: Issue[] = [];
  const interval = readInterval(input, path, issues);
  return interval === undefined ? E.left(issues) : E.right(interval);
};

/**
 * {@link parseInterval} as a reader: the interval, or `undefined` with its issues pushed.
 * @category Calendars
 */
export const readInterval = (input: unknown, path: IssuePath, issues: Issue[]): readonly [number, number] | undefined => {
  if (typeof input !== 'string') {
    issues.push(issue(IssueCode.INVALID_INTERVAL, path, `Expected an interval string like '09:30-17:30', got ${describeValue(input)}.`));
    return undefined;
  }
  const m = INTERVAL.exec(input.trim());
  if (m === null) {
    issues.push(issue(IssueCode.INVALID_INTERVAL, path, `Expected 'HH:MM-HH:MM' or 'HH:MM:SS-HH:MM:SS', got ${describeValue(input)}.`));
    return undefined;
  }
  const [sh, sm, ss, eh, em, es] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? 0 : Number(x))) as [
    number, number, number, number, number, number,
  ];
  const before = issues.length;
  if (sh > 23 || sm > 59 || ss > 59) {
    issues.push(issue(IssueCode.INVALID_INTERVAL, path, `Start time out of range in ${describeValue(input)} (00:00 to 23:59:59).`));
  }
  const endIs24 = eh === 24 && em === 0 && es === 0;
  if (!endIs24 && (eh > 23 || em > 59 || es > 59)) {
    issues.push(issue(IssueCode.INVALID_INTERVAL, path, `End time out of range in ${describeValue(input)} (00:00 to 24:00).`));
  }
  if (issues.length > before) return undefined;
  const start = sh * MS_PER_HOUR + sm * MS_PER_MINUTE + ss * 1000;
  let end = eh * MS_PER_HOUR + em * MS_PER_MINUTE + es * 1000;
  if (end <= start) end += MS_PER_DAY; // overnight
  return [start, end] as const;
};

/** A day's intervals, sorted, overlapping or touching ones merged. */
const readDayIntervals = (input: unknown, path: IssuePath, issues: Issue[]): DayIntervals | undefined => {
  const read = readEach(input, path, issues, readInterval);
  if (read === undefined) return undefined;
  const out = read.map(([s, e]) => [s, e] as [number, number]).sort((a, b) => a[0] - b[0]);
  // merge overlapping or touching intervals of the same day
  const merged: [number, number][] = [];
  for (const iv of out) {
    const last = merged[merged.length - 1];
    if (last !== undefined && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  return merged;
};

const SPEC_KEYS = ['timeZone', 'week', 'holidays', 'overrides', 'closures'];

/** `week`: each weekday's intervals (index 0 = Monday); a week with no open time is an issue. */
const readWeek = (input: unknown, path: IssuePath, issues: Issue[]): DayIntervals[] | undefined => {
  const record = readRecord(input, path, issues);
  if (record === undefined) return undefined;
  const before = issues.length;
  const week: DayIntervals[] = WEEKDAYS.map(() => []);
  for (const key of Object.keys(record)) {
    const index = WEEKDAYS.indexOf(key as Weekday);
    if (index < 0) {
      issues.push(issue(IssueCode.UNKNOWN_WEEKDAY, [...path, key], `Unknown weekday '${key}': use ${WEEKDAYS.join(', ')}.`));
      continue;
    }
    const intervals = readOptional(record, key, path, issues, readDayIntervals);
    if (intervals !== undefined) week[index] = intervals;
  }
  if (issues.length > before) return undefined;
  if (week.every((d) => d.length === 0)) {
    issues.push(issue(IssueCode.NO_OPEN_TIME, path, 'The week has no open time: a calendar must be open some time.'));
    return undefined;
  }
  return week;
};

/** `overrides`: local day number → that date's intervals; a date overridden twice is an issue. */
const readOverrides = (input: unknown, path: IssuePath, issues: Issue[]): Map<number, DayIntervals> => {
  const overrides = new Map<number, DayIntervals>();
  readEach(input, path, issues, (o, itemPath) => {
    const record = readRecord(o, itemPath, issues, ['date', 'hours']);
    if (record === undefined) return undefined;
    const day = readLocalDate(record['date'], [...itemPath, 'date'], issues);
    if (day !== undefined && overrides.has(day)) {
      issues.push(issue(IssueCode.DUPLICATE_OVERRIDE, [...itemPath, 'date'], `The date ${describeValue(record['date'])} is overridden twice.`));
    }
    const hours = readDayIntervals(record['hours'], [...itemPath, 'hours'], issues);
    if (hours !== undefined && day !== undefined && !overrides.has(day)) overrides.set(day, hours);
    return hours;
  });
  return overrides;
};

/** `closures`: closed instant intervals, flat `[start, end, …]`. */
const readClosures = (input: unknown, path: IssuePath, issues: Issue[]): number[] => {
  const closures: number[] = [];
  readEach(input, path, issues, (c, itemPath) => {
    const record = readRecord(c, itemPath, issues, ['start', 'end']);
    if (record === undefined) return undefined;
    const start = readInstantMillis(record['start'], [...itemPath, 'start'], issues);
    const end = readInstantMillis(record['end'], [...itemPath, 'end'], issues);
    if (start === undefined || end === undefined) return undefined;
    if (end < start) {
      issues.push(issue(IssueCode.CLOSURE_END_BEFORE_START, itemPath, 'A closure must not end before it starts.'));
      return undefined;
    }
    closures.push(start, end);
    return start;
  });
  return closures;
};

/** `holidays`: the spec's holiday sources, bound to `timeZone`. */
const readHolidaySources = (input: unknown, timeZone: string, path: IssuePath, issues: Issue[]): ResolvedHolidaySource[] =>
  readEach(input, path, issues, (h, itemPath) => {
    const r = parseHolidaySource(h, timeZone, itemPath);
    if (E.isLeft(r)) {
      issues.push(...r.left);
      return undefined;
    }
    return r.right;
  }) ?? [];

/**
 * Validates a whole calendar spec, holiday sources included, collecting every issue in the
 * spec's order (unknown keys, timeZone, week, overrides, closures, then the holiday sources,
 * validated in the spec's zone, or UTC when the zone is invalid).
 * @category Calendars
 */
export const parseSpec = (input: unknown): E.Either<Issue[], ParsedSpec> => {
  const issues: Issue[] = [];
  const record = readRecord(input, [], issues, SPEC_KEYS);
  if (record === undefined) return E.left(issues);
  const timeZone = readRequired(record, 'timeZone', [], issues, readTimeZone);
  const week = readRequired(record, 'week', [], issues, readWeek);
  const overrides = record['overrides'] === undefined ? new Map<number, DayIntervals>() : readOverrides(record['overrides'], ['overrides'], issues);
  const closures = record['closures'] === undefined ? [] : readClosures(record['closures'], ['closures'], issues);
  const holidaySources =
    record['holidays'] === undefined ? [] : readHolidaySources(record['holidays'], timeZone ?? 'UTC', ['holidays'], issues);
  return finish(issues, () => ({ timeZone: timeZone as string, week: week as DayIntervals[], overrides, closures, holidaySources }));
};

/**
 * Re-export for spec typing.
 * @category Calendars
 */
export type { InstantInput };
