/**
 * The fast reader of ISO instant strings (`parseInstant`, `readInstantMillis`, the ticket reader's
 * fast path) against the reading it replaces: trim, "needs a time and an offset", then luxon's
 * `DateTime.fromISO(s, { setZone: true })` and the supported range. Every string gives exactly
 * the same epoch ms, or exactly the same issue.
 */
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isSupportedInstant, MAX_INSTANT_MS, MIN_INSTANT_MS, parseInstant, parseInstantMillisOrNaN, readInstantMillis } from '../../src/time/instant.js';
import { IssueCode } from '../../src/internal/codes.js';
import type { Issue } from '../../src/index.js';
import { runs } from '../support/runs.js';

/** The reading before the fast path: luxon for every string. */
const reference = (input: string): E.Either<Issue[], number> => {
  const path: (string | number)[] = ['at'];
  if (input.length > 64) return E.left([{ code: IssueCode.INVALID_INSTANT, path, message: `An instant string has at most 64 characters, got ${input.length}.` }]);
  const s = input.trim();
  if (!/T/.test(s) || !/(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/.test(s)) {
    return E.left([
      {
        code: IssueCode.INSTANT_WITHOUT_OFFSET,
        path,
        message: `An instant string needs a time and an offset or Z (e.g. '2025-04-18T09:30:00+03:00'), got ${JSON.stringify(input)}.`,
      },
    ]);
  }
  const dt = DateTime.fromISO(s, { setZone: true });
  if (!dt.isValid) return E.left([{ code: IssueCode.INVALID_INSTANT, path, message: `Not an ISO-8601 instant: ${JSON.stringify(input)}.` }]);
  const ms = dt.toMillis();
  if (!(ms >= MIN_INSTANT_MS && ms < MAX_INSTANT_MS)) return E.left([{ code: IssueCode.INSTANT_OUT_OF_RANGE, path, message: expect.any(String) as unknown as string }]);
  return E.right(ms);
};

const same = (input: string): void => {
  const expected = reference(input);
  expect(parseInstant(input, ['at']), JSON.stringify(input)).toEqual(expected);
  const issues: Issue[] = [];
  const ms = readInstantMillis(input, ['at'], issues);
  expect(E.isRight(expected) ? ms : issues, JSON.stringify(input)).toEqual(E.isRight(expected) ? expected.right : expected.left);
  expect(parseInstantMillisOrNaN(input), JSON.stringify(input)).toBe(E.isRight(expected) ? expected.right : NaN);
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const digits = (min: number, max: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));

/** ISO-like strings around the fast path's form: every part sometimes out of range or malformed. */
const isoLike: fc.Arbitrary<string> = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 99, 100, 1600, 1900, 2000, 2024, 2100, 9999)),
    month: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 99 }) }),
    day: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 28 }) }, { weight: 2, arbitrary: fc.integer({ min: 28, max: 32 }) }, { weight: 1, arbitrary: fc.constant(0) }),
    hour: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 23 }) }, { weight: 1, arbitrary: fc.integer({ min: 23, max: 99 }) }),
    minute: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 59 }) }, { weight: 1, arbitrary: fc.integer({ min: 59, max: 99 }) }),
    second: fc.option(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 59 }) }, { weight: 1, arbitrary: fc.integer({ min: 59, max: 99 }) }), { nil: undefined }),
    fraction: fc.option(fc.tuple(fc.constantFrom('.', ','), fc.oneof(digits(0, 4), digits(5, 32))), { nil: undefined, freq: 2 }),
    t: fc.oneof({ weight: 8, arbitrary: fc.constant('T') }, { weight: 1, arbitrary: fc.constantFrom('t', ' ', '') }),
    offset: fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom('Z', 'z', '', '+00:00', '-00:00', '+05:45', '-03:30', '+14:00', '-12:00', '+0545', '+05', '-00') },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 }), fc.constantFrom(':', '', 'none'))
          .map(([sign, h, m, sep]) => (sep === 'none' ? `${sign}${pad(h, 2)}` : `${sign}${pad(h, 2)}${sep}${pad(m, 2)}`)),
      },
    ),
    dateSep: fc.oneof({ weight: 9, arbitrary: fc.constant('-') }, { weight: 1, arbitrary: fc.constantFrom('', '/') }),
    space: fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '\u00a0') }),
  })
  .map(({ year, month, day, hour, minute, second, fraction, t, offset, dateSep, space }) => {
    const time = `${pad(hour, 2)}:${pad(minute, 2)}${second === undefined ? '' : `:${pad(second, 2)}${fraction === undefined ? '' : fraction.join('')}`}`;
    return `${space}${pad(year, 4)}${dateSep}${pad(month, 2)}${dateSep}${pad(day, 2)}${t}${time}${offset}${space}`;
  });

/** One character of an ISO-like string replaced, inserted or removed. */
const mutated: fc.Arbitrary<string> = fc
  .tuple(isoLike, fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), fc.constantFrom('0', '9', ':', '-', '+', 'T', 'Z', '.', ' ', 'a', '\u0660'))
  .map(([s, i, op, ch]) => {
    const k = i % (s.length + 1);
    return op === 'insert' ? s.slice(0, k) + ch + s.slice(k) : op === 'delete' ? s.slice(0, k) + s.slice(k + 1) : s.slice(0, k) + ch + s.slice(k + 1);
  });

describe('ISO instant strings: the fast reader gives what luxon gives (the same ms or the same issue)', () => {
  it('common, edge and invalid forms, by example', () => {
    for (const s of [
      '2025-04-17T16:00:00+03:00',
      '2025-04-17T16:00:00.000Z',
      '2025-04-17T16:00:00.5Z',
      '2025-04-17T16:00:00,25+01:00',
      '2025-04-17T16:00:00.123456789Z',
      '2025-04-17T16:00:00.9999999999999999999999999999Z',
      '2025-04-17T16:00Z',
      '2025-04-17T16:00z',
      '2025-04-17t16:00:00Z',
      '2025-04-17T16:00:00+0545',
      '2025-04-17T16:00:00+05',
      '2025-04-17T16:00:00-00:00',
      '2025-04-17T16:00:00-00:30',
      '2025-04-17T16:00:00+23:59',
      '2025-04-17T16:00:00+24:00',
      '2025-04-17T16:00:00+99:99',
      '2025-04-17T24:00:00Z',
      '2025-04-17T24:00:01Z',
      '2025-04-17T23:60:00Z',
      '2025-04-17T23:59:60Z',
      '2024-02-29T12:00:00Z',
      '2025-02-29T12:00:00Z',
      '2000-02-29T12:00:00Z',
      '1900-02-29T12:00:00Z',
      '2100-02-29T12:00:00Z',
      '0000-01-01T00:00:00Z',
      '0000-01-01T00:00:00+23:59',
      '0099-12-31T24:00Z',
      '0100-03-01T00:00Z',
      '9999-12-31T23:59:59.999-23:59',
      '2025-04-17T16:00:00',
      '2025-04-17',
      ' 2025-04-17T16:00:00Z ',
      '2025-04-17T16:00:00Z ',
      '20250417T160000Z',
      '2025-W16-4T16:00:00Z',
      '2025-107T16:00:00Z',
      '+002025-04-17T16:00:00Z',
      '2025-04-17T16:00:00.Z',
      '2025-04-17T16:00:00Z[Europe/Athens]',
      '2025-13-01T00:00:00Z',
      '2025-04-31T00:00:00Z',
      '2025-04-00T00:00:00Z',
      '20ab-04-17T16:00:00Z',
      '٢٠٢٥-04-17T16:00:00Z',
      '',
      'T',
      'Z',
      'x'.repeat(65),
    ]) {
      same(s);
    }
  });

  it('every fraction of up to 3 digits is the ms luxon reads', () => {
    for (let k = 1; k <= 3; k++) {
      for (let v = 0; v < 10 ** k; v++) same(`2025-04-17T16:00:00.${pad(v, k)}Z`);
    }
  });

  it('random ISO-like strings (years 0000-9999, leap days, offsets, fractions, bad parts)', () => {
    fc.assert(fc.property(isoLike, (s) => same(s)), runs(3000));
  });

  it('random ISO-like strings with one character changed', () => {
    fc.assert(fc.property(mutated, (s) => same(s)), runs(3000));
  });

  it('any string at all', () => {
    fc.assert(fc.property(fc.string({ maxLength: 70 }), (s) => same(s)), runs(1000));
  });

  it('every valid instant of the range, written in any offset, reads back exactly', () => {
    const instant = fc.integer({ min: MIN_INSTANT_MS + 86_400_000, max: MAX_INSTANT_MS - 86_400_001 });
    const offset = fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 });
    fc.assert(
      fc.property(instant, offset, fc.constantFrom(0, 1, 3, 9), (ms, off, fractionDigits) => {
        const dt = DateTime.fromMillis(ms, { zone: `UTC${off < 0 ? '-' : '+'}${Math.floor(Math.abs(off) / 60)}:${pad(Math.abs(off) % 60, 2)}` });
        const text = dt.toISO({ suppressMilliseconds: fractionDigits === 0, extendedZone: false }) as string | null;
        if (text === null || text.startsWith('-') || text.startsWith('+')) return; // six-digit years: not this form
        const written = fractionDigits === 9 ? text.replace(/\.(\d{3})/, '.$1456789') : fractionDigits === 1 ? text.replace(/\.(\d)\d\d/, '.$1') : text;
        same(written);
        if (fractionDigits !== 1 && isSupportedInstant(ms)) expect(E.isRight(parseInstant(written)) && parseInstant(written)).toEqual(E.right(ms));
      }),
      runs(2000),
    );
  });
});
