/**
 * Frozen holiday sources: the years of a `{ country }` source resolved once (where date-holidays
 * is loaded: a server, a build step) into self-contained JSON, and read back without
 * date-holidays (a browser widget, an edge function, `support-sla/core`), or kept to pin the
 * holiday list a contract was signed with. Dates, names, types, partial days (as instants),
 * working-day transfers, shortened days and each year's basis and citations are kept.
 *
 * The rule outside the frozen years: a frozen source has no holidays there and says so:
 * `holidayCoverage(cal)` reports those years with `basis: 'none'` and `origin: 'none'`.
 */
import * as E from 'fp-ts/lib/Either.js';
import { IssueCode } from '../internal/codes.js';
import { issue, type Issue, type IssuePath } from '../internal/issues.js';
import { readEach, readEnum, readFiniteNumber, readRecord, readRequired, readString, readOptional } from '../internal/read.js';
import { formatIsoDate, parseIsoDate, WEEKDAYS, type Weekday } from '../time/civil.js';
import { readInstantMillis } from '../time/instant.js';
import { zoneRules } from '../time/zone.js';
import type {
  FrozenHolidaySource,
  FrozenHolidayYear,
  HolidayBasis,
  HolidayOccurrence,
  HolidayYear,
  HolidayYearCoverage,
  ResolvedHolidaySource,
  ShortenedDay,
  WorkingDayTransfer,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** A frozen year read back. @internal */
export interface FrozenYearData {
  readonly year: number;
  readonly basis: 'official' | 'rules';
  readonly citations: readonly string[];
  readonly data: HolidayYear;
}

/** A frozen source read back. @internal */
export interface FrozenData {
  readonly from: number;
  readonly to: number;
  readonly years: readonly FrozenYearData[];
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/** The largest span of years one source may be frozen for. */
export const MAX_FROZEN_YEARS = 200;

/**
 * Freezes the years `from..to` of a resolved source into JSON (`source` is what was written, kept
 * for the record). Throws `RangeError` for a range that is not `from <= to` integers within
 * {@link MAX_FROZEN_YEARS} years.
 * @internal
 */
export const freezeResolvedSource = (
  resolved: ResolvedHolidaySource,
  source: Readonly<Record<string, unknown>>,
  timeZone: string,
  from: number,
  to: number,
): FrozenHolidaySource => {
  const zone = zoneRules(timeZone);
  const iso = (ms: number): string => {
    const { days, msOfDay } = zone.toLocal(ms);
    const offset = zone.offsetAt(ms);
    return localIso(days, msOfDay, offset);
  };
  const years: FrozenHolidayYear[] = [];
  for (let y = from; y <= to; y++) {
    const data = resolved.year(y);
    const coverage = resolved.describeYear?.(y);
    const basis = coverage?.basis ?? resolved.basis(y);
    years.push({
      year: y,
      basis: basis === 'official' ? 'official' : 'rules',
      citations: [...(coverage?.citations ?? [])],
      holidays: data.holidays.map((h) => ({
        date: h.date,
        name: h.name,
        ...(h.names === undefined ? {} : { names: { ...h.names } }),
        type: h.type,
        start: iso(h.start),
        end: iso(h.end),
      })),
      workingDays: data.workingDays.map((w) => ({ ...w })),
      shortenedDays: data.shortenedDays.map((s) => ({ ...s })),
    });
  }
  return { frozen: { from, to, timeZone, source: structuredCloneJson(source), years } };
};

/**
 * Reads the body of a `{ frozen }` source (every issue collected, paths under `path`), for a
 * calendar in `timeZone`.
 * @internal
 */
export const readFrozen = (input: unknown, timeZone: string, path: IssuePath, issues: Issue[]): FrozenData | undefined => {
  const before = issues.length;
  const rec = readRecord(input, path, issues, ['from', 'to', 'timeZone', 'source', 'years']);
  if (rec === undefined) return undefined;
  const year = { integer: true, min: 1, max: 9999 } as const;
  const from = readRequired(rec, 'from', path, issues, (u, p, is) => readFiniteNumber(u, p, is, year));
  const to = readRequired(rec, 'to', path, issues, (u, p, is) => readFiniteNumber(u, p, is, year));
  const zone = readRequired(rec, 'timeZone', path, issues, readString);
  readRequired(rec, 'source', path, issues, (u, p, is) => readRecord(u, p, is));
  if (zone !== undefined && zone !== timeZone) {
    issues.push(
      issue(
        IssueCode.FROZEN_HOLIDAYS_ZONE_MISMATCH,
        [...path, 'timeZone'],
        `These holidays were frozen for ${JSON.stringify(zone)}, the calendar is in ${JSON.stringify(timeZone)}: freeze the source again for the calendar's zone.`,
      ),
    );
  }
  const years = readRequired(rec, 'years', path, issues, (u, p, is) => readEach(u, p, is, readFrozenYear, { maxLength: MAX_FROZEN_YEARS }));
  if (from !== undefined && to !== undefined && years !== undefined) {
    const expected = to - from + 1;
    const inOrder = years.every((y, i) => y.year === from + i);
    if (to < from || years.length !== expected || !inOrder) {
      issues.push(
        issue(
          IssueCode.FROZEN_HOLIDAYS_RANGE,
          [...path, 'years'],
          `The frozen years must be ${from}..${to}, each once and in order, got ${years.map((y) => y.year).join(', ') || 'none'}.`,
        ),
      );
    }
  }
  if (issues.length > before || from === undefined || to === undefined || years === undefined) return undefined;
  return { from, to, years };
};

/**
 * A `{ frozen }` holiday source (the whole input object) for a calendar in `timeZone`: read,
 * validated (every issue, under `path`) and bound.
 * @internal
 */
export const readFrozenSource = (
  input: Readonly<Record<string, unknown>>,
  timeZone: string,
  path: IssuePath,
  issues: Issue[],
): E.Either<Issue[], ResolvedHolidaySource> => {
  readRecord(input, path, issues, ['frozen']);
  const data = readFrozen(input['frozen'], timeZone, [...path, 'frozen'], issues);
  // `issues` may already hold the caller's (an unknown time zone): any issue is a Left
  return issues.length > 0 || data === undefined ? E.left(issues) : E.right(frozenSource(data));
};

/** A frozen source read back: the years as the calendar engine wants them. @internal */
export const frozenSource = (data: FrozenData): ResolvedHolidaySource => {
  const byYear = new Map(data.years.map((y) => [y.year, y] as const));
  const inRange = (y: number): boolean => y >= data.from && y <= data.to;
  const basis = (y: number): HolidayBasis => byYear.get(y)?.basis ?? 'none';
  return {
    key: `frozen(${data.from}-${data.to})`,
    officialYears: Object.freeze(data.years.filter((y) => y.basis === 'official').map((y) => y.year)),
    year(y) {
      if (!Number.isInteger(y)) throw new RangeError(`A holiday year is an integer, got ${String(y)}.`);
      return byYear.get(y)?.data ?? EMPTY_YEAR;
    },
    basis,
    describeYear: (y): HolidayYearCoverage => ({
      year: y,
      basis: basis(y),
      origin: inRange(y) ? 'frozen' : 'none',
      overridden: false,
      citations: byYear.get(y)?.citations ?? [],
    }),
  };
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const EMPTY_YEAR: HolidayYear = Object.freeze({ holidays: Object.freeze([]), workingDays: Object.freeze([]), shortenedDays: Object.freeze([]) });

const readFrozenYear = (input: unknown, path: IssuePath, issues: Issue[]): FrozenYearData | undefined => {
  const before = issues.length;
  const rec = readRecord(input, path, issues, ['year', 'basis', 'citations', 'holidays', 'workingDays', 'shortenedDays']);
  if (rec === undefined) return undefined;
  const year = readRequired(rec, 'year', path, issues, (u, p, is) => readFiniteNumber(u, p, is, { integer: true, min: 1, max: 9999 }));
  const basis = readRequired(rec, 'basis', path, issues, (u, p, is) => readEnum(u, ['official', 'rules'] as const, p, is));
  const citations = readOptional(rec, 'citations', path, issues, (u, p, is) => readEach(u, p, is, (c, cp, cis) => readString(c, cp, cis))) ?? [];
  const holidays = readRequired(rec, 'holidays', path, issues, (u, p, is) => readEach(u, p, is, readFrozenHoliday));
  const workingDays = readOptional(rec, 'workingDays', path, issues, (u, p, is) => readEach(u, p, is, readTransfer)) ?? [];
  const shortenedDays = readOptional(rec, 'shortenedDays', path, issues, (u, p, is) => readEach(u, p, is, readShortened)) ?? [];
  if (issues.length > before || year === undefined || basis === undefined || holidays === undefined) return undefined;
  for (const [i, h] of holidays.entries()) {
    if (!h.date.startsWith(`${String(year).padStart(4, '0')}-`)) {
      issues.push(issue(IssueCode.FROZEN_HOLIDAYS_RANGE, [...path, 'holidays', i, 'date'], `${h.date} is not in ${year}.`));
    }
  }
  if (issues.length > before) return undefined;
  const sorted = [...holidays].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    year,
    basis,
    citations: Object.freeze(citations),
    data: Object.freeze({ holidays: Object.freeze(sorted), workingDays: Object.freeze(workingDays), shortenedDays: Object.freeze(shortenedDays) }),
  };
};

const readLocalDate = (input: unknown, path: IssuePath, issues: Issue[]): string | undefined => {
  const s = readString(input, path, issues);
  if (s === undefined) return undefined;
  if (parseIsoDate(s) === undefined) {
    issues.push(issue(IssueCode.INVALID_DATE, path, `Expected a local date 'YYYY-MM-DD', got ${JSON.stringify(s)}.`));
    return undefined;
  }
  return s;
};

const readFrozenHoliday = (input: unknown, path: IssuePath, issues: Issue[]): HolidayOccurrence | undefined => {
  const before = issues.length;
  const rec = readRecord(input, path, issues, ['date', 'name', 'names', 'type', 'start', 'end']);
  if (rec === undefined) return undefined;
  const date = readRequired(rec, 'date', path, issues, readLocalDate);
  const name = readRequired(rec, 'name', path, issues, readString);
  const names = readOptional(rec, 'names', path, issues, readNames);
  const type = readRequired(rec, 'type', path, issues, readString);
  const start = readRequired(rec, 'start', path, issues, readInstantMillis);
  const end = readRequired(rec, 'end', path, issues, readInstantMillis);
  if (start !== undefined && end !== undefined && !(end > start)) {
    issues.push(issue(IssueCode.INVALID_INTERVAL, [...path, 'end'], 'A holiday ends after it starts.'));
  }
  if (issues.length > before || date === undefined || name === undefined || type === undefined || start === undefined || end === undefined) return undefined;
  return names === undefined ? { date, name, type, start, end } : { date, name, names, type, start, end };
};

/** `{ [language]: name }`, every name a string. */
const readNames = (input: unknown, path: IssuePath, issues: Issue[]): Readonly<Record<string, string>> | undefined => {
  const rec = readRecord(input, path, issues);
  if (rec === undefined) return undefined;
  const out: Record<string, string> = {};
  const before = issues.length;
  for (const [lang, n] of Object.entries(rec)) {
    const v = readString(n, [...path, lang], issues);
    if (v !== undefined) out[lang] = v;
  }
  return issues.length > before ? undefined : Object.freeze(out);
};

const readTransfer = (input: unknown, path: IssuePath, issues: Issue[]): WorkingDayTransfer | undefined => {
  const before = issues.length;
  const rec = readRecord(input, path, issues, ['date', 'hoursOf', 'name']);
  if (rec === undefined) return undefined;
  const date = readRequired(rec, 'date', path, issues, readLocalDate);
  const hoursOf = readRequired(rec, 'hoursOf', path, issues, (u, p, is) => readEnum<Weekday>(u, WEEKDAYS, p, is));
  const name = readOptional(rec, 'name', path, issues, readString);
  if (issues.length > before || date === undefined || hoursOf === undefined) return undefined;
  return name === undefined ? { date, hoursOf } : { date, hoursOf, name };
};

const readShortened = (input: unknown, path: IssuePath, issues: Issue[]): ShortenedDay | undefined => {
  const before = issues.length;
  const rec = readRecord(input, path, issues, ['date', 'minutes']);
  if (rec === undefined) return undefined;
  const date = readRequired(rec, 'date', path, issues, readLocalDate);
  const minutes = readRequired(rec, 'minutes', path, issues, (u, p, is) => readFiniteNumber(u, p, is, { integer: true, min: 1, max: 1440 }));
  if (issues.length > before || date === undefined || minutes === undefined) return undefined;
  return { date, minutes };
};

/** `YYYY-MM-DDTHH:MM:SS.mmm±HH:MM` of a local day number, time of day and offset (ms). */
const localIso = (days: number, msOfDay: number, offsetMs: number): string => {
  const date = formatIsoDate(days);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const h = Math.floor(msOfDay / 3_600_000);
  const m = Math.floor((msOfDay % 3_600_000) / 60_000);
  const s = Math.floor((msOfDay % 60_000) / 1000);
  const ms = msOfDay % 1000;
  const sign = offsetMs < 0 ? '-' : '+';
  const abs = Math.abs(offsetMs);
  const offset = `${sign}${pad(Math.floor(abs / 3_600_000))}:${pad(Math.floor((abs % 3_600_000) / 60_000))}`;
  return `${date}T${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms, 3)}${offset}`;
};

/** A deep copy of plain JSON data (what a source was written as). */
const structuredCloneJson = (u: Readonly<Record<string, unknown>>): Record<string, unknown> => JSON.parse(JSON.stringify(u)) as Record<string, unknown>;
