import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocateIncidentsOrThrow,
  allocateIncidents,
  DEFAULT_REOPEN_WINDOW_DAYS,
  InvalidInputError,
  type Incident,
  type IncidentPack,
} from '../../src/index.js';
import { left, right } from './fixtures.js';

const year = (y: number, id: string, size: number): IncidentPack => ({
  id,
  size,
  validFrom: `${y}-01-01T00:00:00+02:00`,
  validTo: `${y + 1}-01-01T00:00:00+02:00`,
});
const at = (day: number, hour = 10) => `2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+02:00`;
const opened = (n: number): Incident[] => Array.from({ length: n }, (_, i) => ({ id: `i${i}`, openedAt: at(1 + (i % 28), 8 + Math.floor(i / 28)) }));

describe('Civiltech premium packs of 2, 4, 10 and 25 incidents', () => {
  for (const size of [2, 4, 10, 25]) {
    it(`a pack of ${size} covers ${size} incidents; the next one is uncovered`, () => {
      const a = allocateIncidentsOrThrow([year(2025, 'P', size)], opened(size + 1));
      expect(a.incidents.filter((i) => i.pack === 'P')).toHaveLength(size);
      expect(a.incidents[size]?.pack).toBe('uncovered');
      expect(a.packs).toEqual([{ id: 'P', size, used: size, remaining: 0 }]);
    });
  }
  it('each opened incident consumes one; remaining is reported per pack', () => {
    const a = allocateIncidentsOrThrow([year(2025, 'P10', 10)], opened(3));
    expect(a.packs).toEqual([{ id: 'P10', size: 10, used: 3, remaining: 7 }]);
  });
});

describe('only packs valid at openedAt, earliest expiry first', () => {
  it('uses the pack that expires first among the valid ones', () => {
    const packs: IncidentPack[] = [
      { id: 'long', size: 5, validFrom: '2025-01-01T00:00:00Z', validTo: '2026-01-01T00:00:00Z' },
      { id: 'short', size: 1, validFrom: '2025-01-01T00:00:00Z', validTo: '2025-06-01T00:00:00Z' },
    ];
    const a = allocateIncidentsOrThrow(packs, [
      { id: 'a', openedAt: '2025-02-01T10:00:00Z' },
      { id: 'b', openedAt: '2025-02-02T10:00:00Z' },
    ]);
    expect(a.incidents.map((i) => i.pack)).toEqual(['short', 'long']);
  });
  it('a pack is not used before validFrom nor at or after validTo (half-open window)', () => {
    const packs = [year(2025, 'P2025', 2)];
    const a = allocateIncidentsOrThrow(packs, [
      { id: 'before', openedAt: '2024-12-31T23:59:59+02:00' },
      { id: 'first', openedAt: '2025-01-01T00:00:00+02:00' },
      { id: 'after', openedAt: '2026-01-01T00:00:00+02:00' },
    ]);
    expect(a.incidents.map((i) => i.pack)).toEqual(['uncovered', 'P2025', 'uncovered']);
  });
  it('unused incidents expire with their pack: a renewed year starts with the new pack only', () => {
    const a = allocateIncidentsOrThrow([year(2024, 'P2024', 4), year(2025, 'P2025', 2)], [
      { id: 'x', openedAt: '2024-06-01T10:00:00Z' },
      { id: 'y', openedAt: '2025-06-01T10:00:00Z' },
      { id: 'z', openedAt: '2025-06-02T10:00:00Z' },
      { id: 'w', openedAt: '2025-06-03T10:00:00Z' },
    ]);
    expect(a.incidents.map((i) => i.pack)).toEqual(['P2024', 'P2025', 'P2025', 'uncovered']);
    expect(a.packs).toEqual([
      { id: 'P2024', size: 4, used: 1, remaining: 3 },
      { id: 'P2025', size: 2, used: 2, remaining: 0 },
    ]);
  });
  it('allocates in openedAt order even when incidents arrive unsorted; results stay in input order', () => {
    const a = allocateIncidentsOrThrow([year(2025, 'P', 1)], [
      { id: 'late', openedAt: at(20) },
      { id: 'early', openedAt: at(2) },
    ]);
    expect(a.incidents).toEqual([
      { id: 'late', pack: 'uncovered' },
      { id: 'early', pack: 'P' },
    ]);
  });
  it('with no packs everything is uncovered', () => {
    expect(allocateIncidentsOrThrow([], opened(2)).incidents.map((i) => i.pack)).toEqual(['uncovered', 'uncovered']);
  });
});

describe('merged duplicates and reopens within the window consume nothing', () => {
  it('a merged duplicate gets pack null', () => {
    const a = allocateIncidentsOrThrow([year(2025, 'P', 2)], [
      { id: 'a', openedAt: at(1) },
      { id: 'a-dup', openedAt: at(1, 11), mergedInto: 'a' },
      { id: 'b', openedAt: at(2) },
    ]);
    expect(a.incidents.map((i) => i.pack)).toEqual(['P', null, 'P']);
    expect(a.packs[0]?.remaining).toBe(0);
  });
  it(`a reopen within ${DEFAULT_REOPEN_WINDOW_DAYS} days (the default) of closedAt consumes nothing; later it is a new incident`, () => {
    const a = allocateIncidentsOrThrow([year(2025, 'P', 4)], [
      { id: 'a', openedAt: at(1) },
      { id: 'a-again', openedAt: at(8, 10), reopens: { id: 'a', closedAt: at(1, 10) } }, // exactly 7 days: inside
      { id: 'a-late', openedAt: at(8, 11), reopens: { id: 'a', closedAt: at(1, 10) } }, // 7 days + 1 h: new
    ]);
    expect(a.incidents.map((i) => i.pack)).toEqual(['P', null, 'P']);
  });
  it('the window is configurable (0 days: every reopen is new)', () => {
    const incidents: Incident[] = [
      { id: 'a', openedAt: at(1) },
      { id: 'r', openedAt: at(3), reopens: { id: 'a', closedAt: at(2) } },
    ];
    expect(allocateIncidentsOrThrow([year(2025, 'P', 4)], incidents, { reopenWindowDays: 0 }).incidents[1]?.pack).toBe('P');
    expect(allocateIncidentsOrThrow([year(2025, 'P', 4)], incidents, { reopenWindowDays: 30 }).incidents[1]?.pack).toBeNull();
  });
});

describe('bad input: Issues in a Left from allocateIncidents, InvalidInputError from allocateIncidentsOrThrow', () => {
  it('a pack of size 0 is INVALID_PACK_SIZE at packs[i].size', () => {
    const issues = left(allocateIncidents([year(2025, 'P', 0)], []));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['INVALID_PACK_SIZE', ['packs', 0, 'size']]]);
    expect(() => allocateIncidentsOrThrow([year(2025, 'P', 0)], [])).toThrow(InvalidInputError);
  });
  it('collects fractional sizes, empty windows, duplicate ids, self-merges, early reopens and bad instants', () => {
    const issues = left(
      allocateIncidents(
        [
          { id: 'P', size: 2.5, validFrom: '2025-01-01T00:00:00Z', validTo: '2025-01-01T00:00:00Z' },
          { id: 'P', size: 2, validFrom: 'soon', validTo: '2026-01-01T00:00:00Z' },
        ],
        [
          { id: 'a', openedAt: at(1), mergedInto: 'a' },
          { id: 'a', openedAt: at(1), reopens: { id: 'x', closedAt: at(2) } },
        ],
        { reopenWindowDays: -1 },
      ),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['INVALID_PACK_SIZE', 'packs.0.size'],
      ['INVALID_VALIDITY', 'packs.0.validTo'],
      ['DUPLICATE_ID', 'packs.1.id'],
      ['INSTANT_WITHOUT_OFFSET', 'packs.1.validFrom'],
      ['SELF_MERGE', 'incidents.0.mergedInto'],
      ['DUPLICATE_ID', 'incidents.1.id'],
      ['REOPEN_BEFORE_CLOSE', 'incidents.1.openedAt'],
      ['INVALID_WINDOW', 'options.reopenWindowDays'],
    ]);
  });
  it('options that are not an object (null from JSON) are an issue, not a TypeError', () => {
    const issues = left(allocateIncidents([year(2025, 'P', 2)], [], null as never));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['NOT_AN_OBJECT', ['options']]]);
  });
});

describe('incident allocation properties', () => {
  const packArb = fc.record({
    size: fc.constantFrom(2, 4, 10, 25, 1, 3),
    fromDay: fc.integer({ min: 0, max: 400 }),
    days: fc.integer({ min: 1, max: 400 }),
  });
  const incidentArb = fc.record({
    day: fc.integer({ min: 0, max: 800 }),
    kind: fc.constantFrom('new', 'new', 'new', 'merged', 'reopen'),
    closedDaysBefore: fc.integer({ min: 0, max: 20 }),
  });
  const DAY = 86_400_000;
  it('never over-consumes a pack, only uses valid packs, and counts match', () => {
    fc.assert(
      fc.property(fc.array(packArb, { maxLength: 6 }), fc.array(incidentArb, { maxLength: 80 }), (ps, is) => {
        const packs: IncidentPack[] = ps.map((p, i) => ({ id: `P${i}`, size: p.size, validFrom: p.fromDay * DAY, validTo: (p.fromDay + p.days) * DAY }));
        const incidents: Incident[] = is.map((x, i) => ({
          id: `I${i}`,
          openedAt: x.day * DAY + i,
          ...(x.kind === 'merged' ? { mergedInto: 'I0' === `I${i}` ? 'other' : 'I0' } : {}),
          ...(x.kind === 'reopen' ? { reopens: { id: 'I0', closedAt: x.day * DAY + i - x.closedDaysBefore * DAY } } : {}),
        }));
        const a = right(allocateIncidents(packs, incidents));
        a.packs.forEach((p, i) => {
          expect(p.used).toBeGreaterThanOrEqual(0);
          expect(p.used).toBeLessThanOrEqual(p.size);
          expect(p.remaining).toBe(p.size - p.used);
          expect(a.incidents.filter((x) => x.pack === `P${i}`)).toHaveLength(p.used);
        });
        a.incidents.forEach((x, i) => {
          const inc = incidents[i] as Incident;
          const t = inc.openedAt as number;
          if (inc.mergedInto !== undefined) expect(x.pack).toBeNull();
          if (x.pack !== null && x.pack !== 'uncovered') {
            const p = packs.find((q) => q.id === x.pack) as IncidentPack;
            expect((p.validFrom as number) <= t && t < (p.validTo as number)).toBe(true);
          }
          if (x.pack === 'uncovered') {
            // every pack valid at t is full at the end
            for (const [j, p] of packs.entries()) {
              if ((p.validFrom as number) <= t && t < (p.validTo as number)) expect(a.packs[j]?.remaining).toBe(0);
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the Civiltech worked example of docs/quotas-and-billing.md', () => {
  it('renewal, merge, reopen and an exhausted pack', () => {
    const packs: IncidentPack[] = [
      { id: 'premium-2024', size: 4, validFrom: '2024-01-01T00:00:00+02:00', validTo: '2025-01-01T00:00:00+02:00' },
      { id: 'premium-2025', size: 2, validFrom: '2025-01-01T00:00:00+02:00', validTo: '2026-01-01T00:00:00+02:00' },
    ];
    const a = allocateIncidentsOrThrow(packs, [
      { id: 'Q1', openedAt: '2024-11-05T10:00:00+02:00' },
      { id: 'Q2', openedAt: '2025-02-03T09:30:00+02:00' },
      { id: 'Q2b', openedAt: '2025-02-03T09:45:00+02:00', mergedInto: 'Q2' },
      { id: 'Q3', openedAt: '2025-02-10T11:00:00+02:00', reopens: { id: 'Q2', closedAt: '2025-02-05T12:00:00+02:00' } },
      { id: 'Q4', openedAt: '2025-03-01T10:00:00+02:00' },
      { id: 'Q5', openedAt: '2025-03-02T10:00:00+02:00' },
    ]);
    expect(a.incidents.map((i) => i.pack)).toEqual(['premium-2024', 'premium-2025', null, null, 'premium-2025', 'uncovered']);
    expect(a.packs).toEqual([
      { id: 'premium-2024', size: 4, used: 1, remaining: 3 },
      { id: 'premium-2025', size: 2, used: 2, remaining: 0 },
    ]);
  });
});
