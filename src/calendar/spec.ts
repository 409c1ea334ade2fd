/**
 * Step 1 of a calendar's data flow: parsing the whole spec (hours, overrides, closures and the
 * holiday sources) into a {@link ParsedSpec}, collecting every issue.
 *
 * spec.ts → open-time.ts → year-index.ts → business-day-index.ts → state.ts → calendar.ts
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js';
import { checkUnknownKeys, describeValue, issue, isRecord, type Issue, type IssuePath } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, parseIsoDate, WEEKDAYS, type Weekday } from '../time/civil.js';
import { isValidTimeZone } from '../time/zone.js';
import { parseInstant, type InstantInput } from '../time/instant.js';
import { parseHolidaySource } from '../holidays/source.js';
import type { ResolvedHolidaySource } from '../holidays/types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** Local wall-clock intervals of one day: `ms-of-day` pairs; an end past 24 h runs overnight. */
export type DayIntervals = readonly (readonly [start: number, end: number])[];

/** A validated, normalised spec ready for the engine. */
export interface NormalizedSpec {
  readonly timeZone: string;
  /** Index 0 = Monday … 6 = Sunday. */
  readonly week: readonly DayIntervals[];
  /** Local day number → that date's intervals. */
  readonly overrides: ReadonlyMap<number, DayIntervals>;
  /** Closed instant intervals, flat `[start, end, …]` (not yet normalised). */
  readonly closures: readonly number[];
}

/** A whole validated spec: its normalised hours and closures, and its resolved holiday sources. */
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
 */
export const parseInterval = (input: unknown, path: IssuePath): E.Either<Issue[], readonly [number, number]> => {
  if (typeof input !== 'string') {
    return E.left([issue(IssueCode.INVALID_INTERVAL, path, `Expected an interval string like '09:30-17:30', got ${describeValue(input)}.`)]);
  }
  const m = INTERVAL.exec(input.trim());
  if (m === null) {
    return E.left([issue(IssueCode.INVALID_INTERVAL, path, `Expected 'HH:MM-HH:MM' or 'HH:MM:SS-HH:MM:SS', got ${JSON.stringify(input)}.`)]);
  }
  const [sh, sm, ss, eh, em, es] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? 0 : Number(x))) as [
    number, number, number, number, number, number,
  ];
  const issues: Issue[] = [];
  if (sh > 23 || sm > 59 || ss > 59) {
    issues.push(issue(IssueCode.INVALID_INTERVAL, path, `Start time out of range in ${JSON.stringify(input)} (00:00 to 23:59:59).`));
  }
  const endIs24 = eh === 24 && em === 0 && es === 0;
  if (!endIs24 && (eh > 23 || em > 59 || es > 59)) {
    issues.push(issue(IssueCode.INVALID_INTERVAL, path, `End time out of range in ${JSON.stringify(input)} (00:00 to 24:00).`));
  }
  if (issues.length > 0) return E.left(issues);
  const start = sh * MS_PER_HOUR + sm * MS_PER_MINUTE + ss * 1000;
  let end = eh * MS_PER_HOUR + em * MS_PER_MINUTE + es * 1000;
  if (end <= start) end += MS_PER_DAY; // overnight
  return E.right([start, end] as const);
};

const parseDayIntervals = (input: unknown, path: IssuePath): E.Either<Issue[], DayIntervals> => {
  if (!Array.isArray(input)) {
    return E.left([issue(IssueCode.NOT_AN_ARRAY, path, `Expected an array of intervals like ['09:30-17:30'].`)]);
  }
  const issues: Issue[] = [];
  const out: [number, number][] = [];
  input.forEach((raw, i) => {
    const r = parseInterval(raw, [...path, i]);
    if (E.isLeft(r)) issues.push(...r.left);
    else out.push([r.right[0], r.right[1]]);
  });
  if (issues.length > 0) return E.left(issues);
  out.sort((a, b) => a[0] - b[0]);
  // merge overlapping or touching intervals of the same day
  const merged: [number, number][] = [];
  for (const iv of out) {
    const last = merged[merged.length - 1];
    if (last !== undefined && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  return E.right(merged);
};

const SPEC_KEYS = new Set(['timeZone', 'week', 'holidays', 'overrides', 'closures']);

/**
 * Validates a calendar spec (everything but its holiday sources, which the holiday layer
 * validates), collecting every issue.
 */
const parseSpecCore = (input: unknown): E.Either<Issue[], NormalizedSpec> => {
  if (!isRecord(input)) {
    return E.left([issue(IssueCode.NOT_AN_OBJECT, [], 'A calendar spec must be an object like { timeZone, week }.')]);
  }
  const issues: Issue[] = [];
  checkUnknownKeys(input, SPEC_KEYS, [], issues);

  const { timeZone } = input;
  if (timeZone === undefined) issues.push(issue(IssueCode.REQUIRED, ['timeZone'], 'timeZone is required (an IANA name like Europe/Athens).'));
  else if (!isValidTimeZone(timeZone)) {
    issues.push(issue(IssueCode.INVALID_TIME_ZONE, ['timeZone'], `Unknown IANA time zone ${JSON.stringify(timeZone)}.`));
  }

  const week: DayIntervals[] = WEEKDAYS.map(() => []);
  if (input['week'] === undefined) {
    issues.push(issue(IssueCode.REQUIRED, ['week'], "week is required, e.g. { mon: ['09:00-17:00'] }."));
  } else if (!isRecord(input['week'])) {
    issues.push(issue(IssueCode.NOT_AN_OBJECT, ['week'], "week must be an object like { mon: ['09:00-17:00'] }."));
  } else {
    for (const [key, value] of Object.entries(input['week'])) {
      const index = WEEKDAYS.indexOf(key as Weekday);
      if (index < 0) {
        issues.push(issue(IssueCode.UNKNOWN_WEEKDAY, ['week', key], `Unknown weekday '${key}': use ${WEEKDAYS.join(', ')}.`));
        continue;
      }
      if (value === undefined) continue;
      const r = parseDayIntervals(value, ['week', key]);
      if (E.isLeft(r)) issues.push(...r.left);
      else week[index] = r.right;
    }
    if (issues.every((i) => i.path[0] !== 'week') && week.every((d) => d.length === 0)) {
      issues.push(issue(IssueCode.NO_OPEN_TIME, ['week'], 'The week has no open time: a calendar must be open some time.'));
    }
  }

  const overrides = new Map<number, DayIntervals>();
  if (input['overrides'] !== undefined) {
    if (!Array.isArray(input['overrides'])) {
      issues.push(issue(IssueCode.NOT_AN_ARRAY, ['overrides'], "overrides must be an array of { date: 'YYYY-MM-DD', hours: [...] }."));
    } else {
      input['overrides'].forEach((o: unknown, i: number) => {
        const path = ['overrides', i];
        if (!isRecord(o)) {
          issues.push(issue(IssueCode.NOT_AN_OBJECT, path, "An override must be { date: 'YYYY-MM-DD', hours: [...] }."));
          return;
        }
        const day = typeof o['date'] === 'string' ? parseIsoDate(o['date']) : undefined;
        if (day === undefined) {
          issues.push(issue(IssueCode.INVALID_DATE, [...path, 'date'], `Expected a local date 'YYYY-MM-DD', got ${JSON.stringify(o['date'])}.`));
        } else if (overrides.has(day)) {
          issues.push(issue(IssueCode.DUPLICATE_OVERRIDE, [...path, 'date'], `The date ${String(o['date'])} is overridden twice.`));
        }
        const hours = parseDayIntervals(o['hours'], [...path, 'hours']);
        if (E.isLeft(hours)) issues.push(...hours.left);
        else if (day !== undefined && !overrides.has(day)) overrides.set(day, hours.right);
      });
    }
  }

  const closures: number[] = [];
  if (input['closures'] !== undefined) {
    if (!Array.isArray(input['closures'])) {
      issues.push(issue(IssueCode.NOT_AN_ARRAY, ['closures'], 'closures must be an array of { start, end } instants.'));
    } else {
      input['closures'].forEach((c: unknown, i: number) => {
        const path = ['closures', i];
        if (!isRecord(c)) {
          issues.push(issue(IssueCode.NOT_AN_OBJECT, path, 'A closure must be { start, end } with instants (ISO strings with offset, Dates, epoch ms).'));
          return;
        }
        const start = parseInstant(c['start'], [...path, 'start']);
        const end = parseInstant(c['end'], [...path, 'end']);
        if (E.isLeft(start)) issues.push(...start.left);
        if (E.isLeft(end)) issues.push(...end.left);
        if (E.isRight(start) && E.isRight(end)) {
          if (end.right < start.right) {
            issues.push(issue(IssueCode.CLOSURE_END_BEFORE_START, path, 'A closure must not end before it starts.'));
          } else closures.push(start.right, end.right);
        }
      });
    }
  }

  if (issues.length > 0) return E.left(issues);
  return E.right({ timeZone: timeZone as string, week, overrides, closures });
};

/**
 * Validates a whole calendar spec, holiday sources included, collecting every issue: the spec's
 * own issues first, then those of its holiday sources (validated in the spec's zone, or UTC when
 * the zone is invalid).
 */
export const parseSpec = (input: unknown): E.Either<Issue[], ParsedSpec> => {
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
  return E.right({ ...core.right, holidaySources: sources });
};

/** Re-export for spec typing. */
export type { InstantInput };
