/**
 * Issue 10: the supported range of instants (UTC years 0000-9999 with a day's margin) and local
 * dates 0000-01-01…9999-12-31 formatted and parsed in every zone. An instant outside the range
 * is an `INSTANT_OUT_OF_RANGE` issue where it comes from data and a `RangeError` in a query; a
 * duration beyond the safe-integer range of milliseconds is never read as `Infinity`.
 */
import { DateTime } from 'luxon';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatIsoDate, parseIsoDate, yearOfDays } from '../../src/time/civil.js';
import {
  assertInstantMillis,
  MAX_INSTANT_MS,
  MIN_INSTANT_MS,
  parseInstant,
  readDurationMillis,
  readInstantMillis,
  toDurationMillis,
  toMillis,
} from '../../src/time/instant.js';
import { zoneRules } from '../../src/time/zone.js';
import type { Issue } from '../../src/index.js';

const code = (r: E.Either<Issue[], number>): string => (E.isLeft(r) ? (r.left[0] as Issue).code : 'ok');
const utc = (year: number, month: number, day: number): number => {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getTime();
};

describe('the supported range of instants', () => {
  it('is -0001-12-31T00:00:00Z (inclusive) to 10000-01-02T00:00:00Z (exclusive)', () => {
    expect(new Date(MIN_INSTANT_MS).toISOString()).toBe('-000001-12-31T00:00:00.000Z');
    expect(new Date(MAX_INSTANT_MS).toISOString()).toBe('+010000-01-02T00:00:00.000Z');
  });

  it('instants from data outside it are INSTANT_OUT_OF_RANGE issues, inside it they are read', () => {
    for (const bad of [1e20, -9e15, 8.64e15, -8.64e15, MAX_INSTANT_MS, MIN_INSTANT_MS - 1, new Date(8.64e15), '+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '+010000-01-03T00:00:00Z', DateTime.fromMillis(8e15, { zone: 'UTC' })]) {
      expect(code(parseInstant(bad)), String(bad)).toBe('INSTANT_OUT_OF_RANGE');
    }
    for (const good of [MIN_INSTANT_MS, MAX_INSTANT_MS - 1, 0, '9999-12-31T23:59:59.999Z', '0000-01-01T00:00:00Z', '9999-12-31T23:00:00-12:00', new Date(utc(1, 1, 1))]) {
      expect(code(parseInstant(good)), String(good)).toBe('ok');
    }
  });

  it('non-finite epoch ms, invalid Dates and overlong strings are INVALID_INSTANT issues', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity, new Date(Number.NaN), `2025-01-01T00:00:00${'0'.repeat(100)}Z`]) {
      expect(code(parseInstant(bad)), String(bad)).toBe('INVALID_INSTANT');
    }
  });

  it('readInstantMillis collects the issue with its path', () => {
    const issues: Issue[] = [];
    expect(readInstantMillis(1e20, ['calls', 3, 'start'], issues)).toBeUndefined();
    expect(issues.map((i) => [i.code, i.path])).toEqual([['INSTANT_OUT_OF_RANGE', ['calls', 3, 'start']]]);
  });

  it('a query given an instant outside it throws a RangeError (programmer misuse); a non-instant a TypeError', () => {
    for (const bad of [1e20, -9e15, Number.NaN, Infinity, new Date(8.64e15), '+275760-09-13T00:00:00Z']) {
      expect(() => toMillis(bad as never), String(bad)).toThrow(RangeError);
    }
    expect(() => toMillis('2025-01-01' as never)).toThrow(TypeError);
    expect(() => toMillis({} as never)).toThrow(TypeError);
    expect(() => assertInstantMillis(MAX_INSTANT_MS)).toThrow(RangeError);
    expect(() => assertInstantMillis(MIN_INSTANT_MS)).not.toThrow();
  });
});

describe('durations beyond the safe-integer range of milliseconds', () => {
  it('{ hours: 1e308 } is a RangeError in a query, never Infinity ms', () => {
    expect(() => toDurationMillis({ hours: 1e308 })).toThrow(RangeError);
    expect(() => toDurationMillis({ hours: -1e308 })).toThrow(RangeError);
    expect(() => toDurationMillis({ weeks: 1e306 })).toThrow(RangeError);
    expect(() => toDurationMillis({ months: 1 } as never)).toThrow(TypeError);
    expect(toDurationMillis({ hours: 1e9 })).toBe(3.6e15);
  });

  it('from data, a DURATION_OUT_OF_RANGE issue with its path', () => {
    const issues: Issue[] = [];
    expect(readDurationMillis({ hours: 1e308 }, ['increment'], issues)).toBeUndefined();
    expect(issues.map((i) => [i.code, i.path])).toEqual([['DURATION_OUT_OF_RANGE', ['increment']]]);
  });
});

describe('local dates of the years 0000-9999', () => {
  it('every year 0000-9999 formats as four digits and parses back (Jan 1, Feb 29 of leap years, Dec 31)', () => {
    const wrong: string[] = [];
    for (let year = 0; year <= 9999; year++) {
      const y = String(year).padStart(4, '0');
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      for (const [m, d] of [[1, 1], [2, leap ? 29 : 28], [12, 31]] as const) {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const days = daysFromCivil(year, m, d);
        if (formatIsoDate(days) !== text || parseIsoDate(text) !== days || yearOfDays(days) !== year) wrong.push(text);
      }
      if (!leap && parseIsoDate(`${y}-02-29`) !== undefined) wrong.push(`${y}-02-29`);
    }
    expect(wrong).toEqual([]);
  });

  it('a day past 9999-12-31 or before 0000-01-01 is written in the expanded form, never as year 1000', () => {
    expect(formatIsoDate(daysFromCivil(9999, 12, 31) + 1)).toBe('+010000-01-01');
    expect(formatIsoDate(daysFromCivil(0, 1, 1) - 1)).toBe('-000001-12-31');
    expect(yearOfDays(daysFromCivil(9999, 12, 31) + 1)).toBe(10000);
    expect(civilFromDays(daysFromCivil(-1, 12, 31))).toEqual({ year: -1, month: 12, day: 31 });
    expect(parseIsoDate('10000-01-01')).toBeUndefined();
    expect(parseIsoDate('+10000-01-01')).toBeUndefined();
  });

  it('in every zone, local midnight of 0000-01-03, 1000-06-15, 2025-03-30 and 9999-12-31 is inside the range and reads back as that date', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    const wrong: string[] = [];
    const dates = [daysFromCivil(0, 1, 3), daysFromCivil(1000, 6, 15), daysFromCivil(2025, 3, 30), daysFromCivil(9999, 12, 31)];
    for (const zone of [...zones, 'UTC']) {
      const rules = zoneRules(zone);
      for (const days of dates) {
        for (const msOfDay of [0, 86_399_999]) {
          const ms = rules.localToMillis(days, msOfDay);
          if (!(ms >= MIN_INSTANT_MS && ms < MAX_INSTANT_MS) || rules.localDays(ms) !== days) wrong.push(`${zone} ${formatIsoDate(days)} ${msOfDay}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});
