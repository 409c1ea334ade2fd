import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import {
  makeHolidaySource,
  parseHolidaySource,
  parseHolidaySources,
  safeParseHolidaySource,
} from '../../src/holidays/index.js';
import { InvalidInputError } from '../../src/internal/issues.js';

const issuesOf = (input: unknown, zone = 'Europe/Berlin'): [string, (string | number)[]][] => {
  const r = parseHolidaySource(input, zone, ['holidays', 0]);
  return E.isLeft(r) ? r.left.map((i) => [i.code, i.path]) : [];
};

describe('holiday source validation', () => {
  it('rejects an unknown country code (date-holidays silently accepts it)', () => {
    expect(issuesOf({ country: 'XX' })).toEqual([['UNKNOWN_COUNTRY', ['holidays', 0, 'country']]]);
  });

  it("rejects an unknown state written in the country code ('DE-ZZ')", () => {
    expect(issuesOf({ country: 'DE-ZZ' })).toEqual([['UNKNOWN_STATE', ['holidays', 0, 'country']]]);
  });

  it('rejects an unknown state given apart', () => {
    expect(issuesOf({ country: 'DE', state: 'ZZ' })).toEqual([['UNKNOWN_STATE', ['holidays', 0, 'state']]]);
    expect(issuesOf({ country: 'GR', state: 'ZZ' })).toEqual([['UNKNOWN_STATE', ['holidays', 0, 'state']]]);
  });

  it('rejects an unknown region, and a region without its state', () => {
    expect(issuesOf({ country: 'DE', state: 'BY', region: 'ZZ' })).toEqual([['UNKNOWN_REGION', ['holidays', 0, 'region']]]);
    expect(issuesOf({ country: 'DE-BY-ZZ' })).toEqual([['UNKNOWN_REGION', ['holidays', 0, 'country']]]);
    expect(issuesOf({ country: 'DE', region: 'A' })).toEqual([['REQUIRED', ['holidays', 0, 'state']]]);
  });

  it('accepts known codes in any case and with a state and region in the code', () => {
    expect(makeHolidaySource({ country: 'de-by-a' }, 'Europe/Berlin').key).toBe('DE-BY-A');
    expect(makeHolidaySource({ country: 'DE', state: 'by' }, 'Europe/Berlin').key).toBe('DE-BY');
    expect(makeHolidaySource({ country: 'ru' }, 'Europe/Moscow').key).toBe('RU');
  });

  it('rejects a state given twice', () => {
    expect(issuesOf({ country: 'DE-BY', state: 'BE' })).toEqual([['INVALID_HOLIDAY_SOURCE', ['holidays', 0, 'state']]]);
  });

  it('rejects unknown holiday types and an empty list; defaults to public', () => {
    expect(issuesOf({ country: 'DE', types: ['public', 'holy', 3] })).toEqual([
      ['UNKNOWN_HOLIDAY_TYPE', ['holidays', 0, 'types', 1]],
      ['UNKNOWN_HOLIDAY_TYPE', ['holidays', 0, 'types', 2]],
    ]);
    expect(issuesOf({ country: 'DE', types: [] })).toEqual([['REQUIRED', ['holidays', 0, 'types']]]);
    expect(issuesOf({ country: 'DE', types: 'public' })).toEqual([['NOT_AN_ARRAY', ['holidays', 0, 'types']]]);
    expect(makeHolidaySource({ country: 'DE', types: ['bank', 'public'] }, 'Europe/Berlin').key).toBe('DE[public,bank]');
  });

  it('rejects an unknown sector', () => {
    expect(issuesOf({ country: 'GR', sector: 'military' })).toEqual([['UNKNOWN_HOLIDAY_SECTOR', ['holidays', 0, 'sector']]]);
  });

  it('collects every issue at once, with codes and paths', () => {
    expect(issuesOf({ country: 'XX', types: ['x'], sector: 1, extra: true, overrides: [{ year: 'next' }] })).toEqual([
      ['UNKNOWN_KEY', ['holidays', 0, 'extra']],
      ['UNKNOWN_COUNTRY', ['holidays', 0, 'country']],
      ['UNKNOWN_HOLIDAY_TYPE', ['holidays', 0, 'types', 0]],
      ['UNKNOWN_HOLIDAY_SECTOR', ['holidays', 0, 'sector']],
      ['INVALID_YEAR', ['holidays', 0, 'overrides', 0, 'year']],
    ]);
  });

  it('turns garbage into issues, never exceptions', () => {
    expect(issuesOf(null)).toEqual([['NOT_AN_OBJECT', ['holidays', 0]]]);
    expect(issuesOf(42)).toEqual([['NOT_AN_OBJECT', ['holidays', 0]]]);
    expect(issuesOf('RU')).toEqual([['NOT_AN_OBJECT', ['holidays', 0]]]);
    expect(issuesOf([{ country: 'RU' }])).toEqual([['NOT_AN_OBJECT', ['holidays', 0]]]);
    expect(issuesOf({})).toEqual([['INVALID_HOLIDAY_SOURCE', ['holidays', 0]]]);
    expect(issuesOf({ country: 'RU', dates: [] })).toEqual([['INVALID_HOLIDAY_SOURCE', ['holidays', 0]]]);
    expect(issuesOf({ country: 7 })).toEqual([['NOT_A_STRING', ['holidays', 0, 'country']]]);
    expect(issuesOf({ country: '' })).toEqual([['EMPTY_STRING', ['holidays', 0, 'country']]]);
    expect(issuesOf({ country: 'DE--BY' })).toEqual([['UNKNOWN_COUNTRY', ['holidays', 0, 'country']]]);
    expect(issuesOf({ country: 'RU' }, 'Mars/Olympus')).toEqual([['INVALID_TIME_ZONE', ['holidays', 0]]]);
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        const r = parseHolidaySource(u, 'Europe/Athens', []);
        expect(E.isLeft(r) || E.isRight(r)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.record({ country: fc.oneof(fc.constantFrom('RU', 'GR', 'SK', 'XX', 'DE-BY', 'DE-ZZ'), fc.string()), overrides: fc.anything() }, { requiredKeys: ['country'] }),
        (u) => {
          const r = parseHolidaySource(u, 'Europe/Athens', []);
          if (E.isRight(r)) expect(r.right.year(2025).holidays.length).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('parses a list of sources and collects the issues of all', () => {
    const r = parseHolidaySources([{ country: 'XX' }, { dates: ['nope'] }, { country: 'GR' }], 'Europe/Athens', ['holidays']);
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_COUNTRY', ['holidays', 0, 'country']],
      ['INVALID_DATE', ['holidays', 1, 'dates', 0]],
    ]);
    expect(E.isLeft(parseHolidaySources({ country: 'GR' }, 'UTC'))).toBe(true);
    const ok = parseHolidaySources([{ country: 'GR' }, { dates: [] }], 'Europe/Athens');
    expect(E.isRight(ok) && ok.right.map((s) => s.key)).toEqual(['GR', 'dates(0)']);
  });

  it('offers the safeParse and make shapes', () => {
    const r = safeParseHolidaySource({ country: 'XX' }, 'UTC');
    expect(r.success).toBe(false);
    expect(!r.success && r.issues[0]?.code).toBe('UNKNOWN_COUNTRY');
    expect(safeParseHolidaySource({ country: 'SK' }, 'Europe/Bratislava').success).toBe(true);
    expect(() => makeHolidaySource({ country: 'DE-ZZ' }, 'Europe/Berlin')).toThrow(InvalidInputError);
    expect(() => makeHolidaySource({ country: 'DE-ZZ' }, 'Europe/Berlin')).toThrow(/UNKNOWN_STATE/);
  });
});
