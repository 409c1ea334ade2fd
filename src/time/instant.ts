/**
 * Instant and duration inputs: normalisation to epoch milliseconds, and back to luxon values.
 */
import { DateTime, Duration, type DurationLikeObject } from 'luxon';
import * as E from 'fp-ts/lib/Either.js';
import { describeValue, issue, isRecord, type Issue, type IssuePath } from '../internal/issues.js';
import { errorText } from '../internal/read.js';
import { IssueCode } from '../internal/codes.js';
import { zoneRules } from './zone.js';
import { daysFromCivil } from './civil.js';
import { badQueryArgument, durationOutOfRange, instantOutOfRange } from '../internal/messages.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * An instant: a luxon `DateTime`, a JS `Date`, epoch milliseconds, or an ISO-8601 string WITH an
 * offset or `Z` (`'2025-04-18T09:30:00+03:00'`). A string without an offset is rejected: it does
 * not name an instant.
 * @category Time
 */
export type InstantInput = Date | DateTime | number | string;

/**
 * A duration: a luxon `Duration` or a duration-like object such as `{ hours: 4 }`.
 * @category Time
 */
export type DurationInput = Duration | DurationLikeObject;

// ---------------------------------------------------------------------------------------------
// The supported range
// ---------------------------------------------------------------------------------------------

/**
 * The first supported instant, `-0001-12-31T00:00:00Z` (inclusive). The library supports the
 * UTC years 0000-9999 with one day of margin on each side, so that every local date from
 * 0000-01-01 to 9999-12-31 lies inside the range in every zone (offsets, local mean time
 * included, stay within ±16 h). Outside it, an instant from data is an `INSTANT_OUT_OF_RANGE`
 * issue and an instant passed to a query is a `RangeError`.
 * @category Time
 */
export const MIN_INSTANT_MS = -62_167_305_600_000;
/**
 * The end of the supported range, `10000-01-02T00:00:00Z` (exclusive): see {@link MIN_INSTANT_MS}.
 * @category Time
 */
export const MAX_INSTANT_MS = 253_402_387_200_000;

/**
 * Is `ms` a supported instant (finite, within `[MIN_INSTANT_MS, MAX_INSTANT_MS)`)?
 * @category Time
 */
export const isSupportedInstant = (ms: number): boolean => ms >= MIN_INSTANT_MS && ms < MAX_INSTANT_MS;

/**
 * Throws a `RangeError` unless `ms` is a supported instant (NaN and ±Infinity included): the
 * check of the `…Millis` queries, for which such an instant is programmer misuse.
 * @category Time
 */
export const assertInstantMillis = (ms: number, name = 'instant'): void => {
  if (!(ms >= MIN_INSTANT_MS && ms < MAX_INSTANT_MS)) throw new RangeError(outOfRangeText(ms, name));
};

/** The longest ISO instant string read (a longer one is an issue, not a regex over megabytes). */
const MAX_INSTANT_TEXT = 64;

const outOfRangeText = (ms: unknown, name: string): string =>
  `${name}: ${typeof ms === 'number' && Number.isFinite(ms) ? `epoch ms ${ms}` : String(ms)} is outside the supported range of instants, -0001-12-31T00:00:00Z to 10000-01-02T00:00:00Z (the years 0000-9999).`;

// ---------------------------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------------------------

// an ISO date-time whose last component is an offset or Z
const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;
const HAS_TIME = /T/;

/**
 * Normalises an {@link InstantInput} to epoch milliseconds, collecting an issue on bad input.
 * @category Time
 */
export const parseInstant = (input: unknown, path: IssuePath = []): E.Either<Issue[], number> => {
  try {
    return parseInstantUnguarded(input, path);
  } catch (e) {
    // a proxy whose traps throw (`instanceof`, luxon's type tests read fields): an issue, never a throw
    return E.left([issue(IssueCode.UNREADABLE_VALUE, path, `The instant cannot be read: ${errorText(e)}.`)]);
  }
};

const parseInstantUnguarded = (input: unknown, path: IssuePath): E.Either<Issue[], number> => {
  if (typeof input === 'number') {
    return Number.isFinite(input)
      ? inRangeEither(input, path)
      : E.left([issue(IssueCode.INVALID_INSTANT, path, `Expected finite epoch milliseconds, got ${String(input)}.`)]);
  }
  if (input instanceof Date) {
    const ms = input.getTime();
    return Number.isFinite(ms) ? inRangeEither(ms, path) : E.left([issue(IssueCode.INVALID_INSTANT, path, 'Invalid Date.')]);
  }
  if (DateTime.isDateTime(input)) {
    return input.isValid
      ? inRangeEither(input.toMillis(), path)
      : E.left([issue(IssueCode.INVALID_INSTANT, path, `Invalid DateTime: ${input.invalidExplanation ?? 'invalid'}.`)]);
  }
  if (typeof input === 'string') {
    if (input.length > MAX_INSTANT_TEXT) {
      return E.left([issue(IssueCode.INVALID_INSTANT, path, `An instant string has at most ${MAX_INSTANT_TEXT} characters, got ${input.length}.`)]);
    }
    // the common form, read without luxon (the same result as luxon's, see fastIsoMillis)
    const fast = fastIsoMillis(input);
    if (!Number.isNaN(fast)) return inRangeEither(fast, path);
    return parseIsoWithLuxon(input, path);
  }
  return E.left([
    issue(IssueCode.INVALID_INSTANT, path, `Expected a Date, a luxon DateTime, epoch milliseconds or an ISO string with offset, got ${describeValue(input)}.`),
  ]);
};

/**
 * Epoch ms of an ISO instant string, or NaN when it is not a valid instant in the supported
 * range (the fast path of the ticket reader; `parseInstant` says why). @internal
 */
export const parseInstantMillisOrNaN = (input: string): number => {
  if (input.length > MAX_INSTANT_TEXT) return NaN;
  const fast = fastIsoMillis(input);
  if (!Number.isNaN(fast)) return isSupportedInstant(fast) ? fast : NaN;
  const r = parseIsoWithLuxon(input, []);
  return E.isRight(r) ? r.right : NaN;
};

/** A number of epoch ms as a Right, or an INSTANT_OUT_OF_RANGE issue. */
const inRangeEither = (ms: number, path: IssuePath): E.Either<Issue[], number> =>
  isSupportedInstant(ms) ? E.right(ms) : E.left([issue(IssueCode.INSTANT_OUT_OF_RANGE, path, outOfRangeText(ms, 'The instant'))]);

/** Any ISO string (at most MAX_INSTANT_TEXT long) by luxon: the reference reading. */
const parseIsoWithLuxon = (input: string, path: IssuePath): E.Either<Issue[], number> => {
  const s = input.trim();
  if (!HAS_TIME.test(s) || !HAS_OFFSET.test(s)) {
    return E.left([
      issue(
        IssueCode.INSTANT_WITHOUT_OFFSET,
        path,
        `An instant string needs a time and an offset or Z (e.g. '2025-04-18T09:30:00+03:00'), got ${JSON.stringify(input)}.`,
      ),
    ]);
  }
  const dt = DateTime.fromISO(s, { setZone: true });
  return dt.isValid ? inRangeEither(dt.toMillis(), path) : E.left([issue(IssueCode.INVALID_INSTANT, path, `Not an ISO-8601 instant: ${JSON.stringify(input)}.`)]);
};

const MS_PER_DAY = 86_400_000;
/** The digit at `i`, or -100 (so that any sum with a non-digit is negative). */
const digitAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100;
};
const twoDigits = (s: string, i: number): number => digitAt(s, i) * 10 + digitAt(s, i + 1);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Epoch ms of `YYYY-MM-DDTHH:mm[:ss[(.|,)f…]]` followed by `Z`, `z`, `±HH`, `±HH:mm` or
 * `±HHmm`, exactly as `DateTime.fromISO(s, { setZone: true })` reads it (fraction digits beyond
 * the ms are cut, the way luxon cuts them); NaN for anything else, including every invalid date or
 * time, the hour 24, years before 0100 and offsets beyond ±23:59, which take the luxon path.
 */
const fastIsoMillis = (s: string): number => {
  const n = s.length;
  if (n < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return NaN;
  const century = twoDigits(s, 0);
  const yy = twoDigits(s, 2);
  if (century < 1 || yy < 0) return NaN;
  const year = century * 100 + yy;
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (DAYS_IN_MONTH[month - 1] as number) + (leap ? 1 : 0)) return NaN;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (s.charCodeAt(i) === 58) {
    second = twoDigits(s, i + 1);
    if (second < 0 || second > 59) return NaN;
    i += 3;
    const sep = s.charCodeAt(i);
    if (sep === 46 || sep === 44) {
      const from = ++i;
      while (i < n && digitAt(s, i) >= 0) i++;
      const k = i - from;
      if (k === 0 || k > 30) return NaN;
      // up to 3 digits: the ms themselves (luxon's floor(parseFloat('0.' + f) * 1000) gives the
      // same, checked for all 1,110 of them by a test); more: luxon's own expression
      if (k === 1) ms = digitAt(s, from) * 100;
      else if (k === 2) ms = twoDigits(s, from) * 10;
      else if (k === 3) ms = twoDigits(s, from) * 10 + digitAt(s, from + 2);
      else ms = Math.floor(parseFloat(`0.${s.slice(from, i)}`) * 1000);
      // .9999999999999999999 is read as 1 s, which luxon rejects (1000 ms): so does this
      if (ms > 999) return NaN;
    }
  }
  let offset: number;
  const c = s.charCodeAt(i);
  if (c === 90 || c === 122) {
    if (i + 1 !== n) return NaN;
    offset = 0;
  } else if (c === 43 || c === 45) {
    const oh = twoDigits(s, i + 1);
    let om = 0;
    if (i + 3 === n) om = 0;
    else if (i + 6 === n && s.charCodeAt(i + 3) === 58) om = twoDigits(s, i + 4);
    else if (i + 5 === n) om = twoDigits(s, i + 3);
    else return NaN;
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offset = (c === 45 ? -1 : 1) * (oh * 60 + om);
  } else return NaN;
  return daysFromCivil(year, month, day) * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms - offset * 60_000;
};

const DURATION_RANGE_TEXT = `The duration is beyond ±${Number.MAX_SAFE_INTEGER} ms (about 285,000 years).`;
const outOfRangeDuration = (path: IssuePath): Issue => issue(IssueCode.DURATION_OUT_OF_RANGE, path, DURATION_RANGE_TEXT);

const DURATION_UNITS = ['weeks', 'days', 'hours', 'minutes', 'seconds', 'milliseconds'] as const;
const DURATION_UNIT_ALIASES: Record<string, (typeof DURATION_UNITS)[number]> = {
  week: 'weeks', weeks: 'weeks', day: 'days', days: 'days', hour: 'hours', hours: 'hours',
  minute: 'minutes', minutes: 'minutes', second: 'seconds', seconds: 'seconds',
  millisecond: 'milliseconds', milliseconds: 'milliseconds',
};
const UNIT_MS: Record<(typeof DURATION_UNITS)[number], number> = {
  weeks: 604_800_000, days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1,
};

/**
 * Normalises a {@link DurationInput} to milliseconds. Days are 24 hours and weeks 7 days of
 * elapsed (or business) time; months, quarters and years have no fixed length and are rejected.
 * @category Time
 */
export const parseDuration = (input: unknown, path: IssuePath = []): E.Either<Issue[], number> => {
  try {
    return parseDurationUnguarded(input, path);
  } catch (e) {
    // a throwing getter or proxy trap: an issue, never a throw
    return E.left([issue(IssueCode.UNREADABLE_VALUE, path, `The duration cannot be read: ${errorText(e)}.`)]);
  }
};

const parseDurationUnguarded = (input: unknown, path: IssuePath): E.Either<Issue[], number> => {
  let obj: Record<string, unknown>;
  if (Duration.isDuration(input)) {
    if (!input.isValid) return E.left([issue(IssueCode.INVALID_DURATION, path, 'Invalid luxon Duration.')]);
    obj = input.toObject() as Record<string, unknown>;
  } else if (isRecord(input)) {
    obj = input;
  } else {
    return E.left([issue(IssueCode.INVALID_DURATION, path, `Expected a luxon Duration or an object like { hours: 4 }, got ${describeValue(input)}.`)]);
  }
  const issues: Issue[] = [];
  let total = 0;
  let units = 0;
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    const unit = DURATION_UNIT_ALIASES[key];
    if (unit === undefined) {
      issues.push(issue(IssueCode.INVALID_DURATION, [...path, key], `Unsupported duration unit '${key}': use weeks, days, hours, minutes, seconds or milliseconds (months and years have no fixed length).`));
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push(issue(IssueCode.INVALID_DURATION, [...path, key], `Duration ${key} must be a finite number, got ${describeValue(value)}.`));
      continue;
    }
    total += value * UNIT_MS[unit];
    units++;
  }
  if (issues.length > 0) return E.left(issues);
  // { hours: 1e308 } is finite hours but not a number of milliseconds: out of range, never Infinity
  if (!(Math.abs(total) <= Number.MAX_SAFE_INTEGER)) {
    return E.left([outOfRangeDuration(path)]);
  }
  if (units === 0 && !Duration.isDuration(input)) {
    return E.left([issue(IssueCode.INVALID_DURATION, path, 'A duration needs at least one unit, e.g. { hours: 4 }.')]);
  }
  return E.right(Math.round(total));
};

// ---------------------------------------------------------------------------------------------
// Readers (collect into an issue list; see internal/read.ts)
// ---------------------------------------------------------------------------------------------

/**
 * The largest duration accepted from data: 200 years of milliseconds.
 * @category Time
 */
export const MAX_DURATION_MS = 200 * 365.25 * 86_400_000;

/**
 * A non-negative {@link DurationInput} in milliseconds, at most {@link MAX_DURATION_MS}.
 * @category Time
 */
export const readDurationMillis = (input: unknown, path: IssuePath, issues: Issue[]): number | undefined => {
  let r: E.Either<Issue[], number>;
  try {
    r = parseDuration(input, path);
  } catch (e) {
    issues.push(issue(IssueCode.INVALID_DURATION, path, `The duration cannot be read: ${errorText(e)}.`));
    return undefined;
  }
  if (E.isLeft(r)) {
    issues.push(...r.left);
    return undefined;
  }
  if (r.right < 0) {
    issues.push(issue(IssueCode.NEGATIVE_DURATION, path, `A duration here must not be negative, got ${r.right} ms.`));
    return undefined;
  }
  if (r.right > MAX_DURATION_MS) {
    issues.push(issue(IssueCode.DURATION_OUT_OF_RANGE, path, `A duration here must be at most 200 years, got ${r.right} ms.`));
    return undefined;
  }
  return r.right;
};

/**
 * A required duration for exact arithmetic (increments, limits, billed work), in milliseconds: a
 * safe integer, positive, or zero too with `allowZero`; a negative (or zero) one is an issue
 * with `code`.
 * @category Time
 */
export const readExactDurationMillis = (
  input: unknown,
  path: IssuePath,
  issues: Issue[],
  code: IssueCode,
  allowZero: boolean,
): number | undefined => {
  if (input === undefined) {
    issues.push(issue(IssueCode.REQUIRED, path, 'A duration is required, e.g. { minutes: 15 }.'));
    return undefined;
  }
  const r = parseDuration(input, path);
  if (E.isLeft(r)) {
    issues.push(...r.left);
    return undefined;
  }
  if (!Number.isSafeInteger(r.right)) {
    // e.g. { weeks: 1e306 }: Infinity ms would break the exact increment arithmetic
    issues.push(issue(IssueCode.DURATION_OUT_OF_RANGE, path, `The duration is out of range: ${r.right} ms is not a safe integer number of milliseconds.`));
    return undefined;
  }
  if (r.right < 0 || (!allowZero && r.right === 0)) {
    issues.push(issue(code, path, `The duration must be ${allowZero ? 'zero or positive' : 'positive'}, got ${r.right} ms.`));
    return undefined;
  }
  return r.right;
};

/**
 * An {@link InstantInput} in epoch milliseconds (a string needs an offset).
 * @category Time
 */
export const readInstantMillis = (input: unknown, path: IssuePath, issues: Issue[]): number | undefined => {
  let r: E.Either<Issue[], number>;
  try {
    r = parseInstant(input, path);
  } catch (e) {
    issues.push(issue(IssueCode.INVALID_INSTANT, path, `The instant cannot be read: ${errorText(e)}.`));
    return undefined;
  }
  if (E.isLeft(r)) {
    issues.push(...r.left);
    return undefined;
  }
  return r.right;
};

// ---------------------------------------------------------------------------------------------
// Conversions for query arguments (bad input there is programmer misuse: it throws)
// ---------------------------------------------------------------------------------------------

/**
 * Epoch milliseconds of an {@link InstantInput}; throws `TypeError` when it is not an instant,
 * and `RangeError` when it is outside the supported range (NaN and ±Infinity epoch ms included).
 * @category Time
 */
export const toMillis = (input: InstantInput, name = 'instant'): number => {
  // fast paths for the common valid inputs: no Either allocated on a query's way in
  if (typeof input === 'number') {
    assertInstantMillis(input, name);
    return input;
  }
  if (DateTime.isDateTime(input) && input.isValid) {
    const ms = input.toMillis();
    assertInstantMillis(ms, name);
    return ms;
  }
  const r = parseInstant(input);
  if (E.isLeft(r)) {
    const text = badQueryArgument(name, r.left.map((i) => i.message).join(' '));
    throw r.left.every((i) => i.code === IssueCode.INSTANT_OUT_OF_RANGE) ? new RangeError(text) : new TypeError(text);
  }
  return r.right;
};

/**
 * Milliseconds of a {@link DurationInput}; throws `TypeError` when it is not a duration, and
 * `RangeError` when it is beyond the safe-integer range of milliseconds (`{ hours: 1e308 }`).
 * @category Time
 */
export const toDurationMillis = (input: DurationInput, name = 'duration'): number => {
  const r = parseDuration(input);
  if (E.isLeft(r)) {
    const text = badQueryArgument(name, r.left.map((i) => i.message).join(' '));
    throw r.left.every((i) => i.code === IssueCode.DURATION_OUT_OF_RANGE) ? new RangeError(text) : new TypeError(text);
  }
  return r.right;
};

/**
 * A valid luxon `DateTime` of epoch milliseconds in a (valid) zone, typed `DateTime<true>` (so
 * `.toISO()` is a `string`). Throws `RangeError` beyond luxon's range (±100,000,000 days).
 * @category Time
 */
export const toDateTime = (ms: number, zone: string): DateTime<true> => {
  const dt = DateTime.fromMillis(ms, { zone: zoneRules(zone).luxonZone });
  if (!dt.isValid) throw new RangeError(instantOutOfRange(ms));
  return dt;
};

/**
 * A valid luxon `Duration` of milliseconds, typed `Duration<true>` (so `.as('minutes')` works).
 * @category Time
 */
export const toDuration = (ms: number): Duration<true> => {
  const d = Duration.fromMillis(ms);
  if (!d.isValid) throw new RangeError(durationOutOfRange(ms));
  return d;
};
