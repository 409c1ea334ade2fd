/**
 * Issue 10: statement figures are exact for ANY increment, sub-minute ones included (7 s, 20 s,
 * 1.5 s): `billed = covered + overage + refused` holds EXACTLY (===, no tolerance) on every line
 * and on the totals, in whole milliseconds and in minutes; the totals are the exact sums of the
 * lines' milliseconds; a period's `remaining = limit - used` exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { billPhoneCalls, type Contract, type PhoneAllowance, type PhoneCall } from '../../src/index.js';
import { right } from './fixtures.js';

const START = Date.parse('2025-01-03T00:00:00Z');
const END = Date.parse('2025-12-28T00:00:00Z');

const incrementArb = fc.oneof(
  fc.constantFrom({ seconds: 7 }, { seconds: 20 }, { seconds: 1 }, { milliseconds: 1500 }, { seconds: 13 }, { minutes: 1 }, { minutes: 15 }),
  fc.integer({ min: 1, max: 3600 }).map((s) => ({ seconds: s })),
  fc.integer({ min: 1, max: 90_000 }).map((ms) => ({ milliseconds: ms })),
);

const allowanceArb: fc.Arbitrary<PhoneAllowance> = fc.record({
  increment: incrementArb,
  limits: fc.uniqueArray(
    fc.record({
      per: fc.constantFrom('month' as const, 'year' as const),
      limit: fc.oneof(fc.integer({ min: 0, max: 600 }).map((m) => ({ minutes: m })), fc.integer({ min: 0, max: 40_000 }).map((s) => ({ seconds: s }))),
    }),
    { minLength: 1, maxLength: 3, selector: (l) => l.per },
  ),
  overage: fc.oneof(fc.constant('refuse' as const), fc.record({ hourlyRate: fc.record({ amount: fc.integer({ min: 0, max: 20_000 }), currency: fc.constant('EUR') }) })),
});

const contractArb: fc.Arbitrary<Contract> = fc.record({
  start: fc.constant('2025-01-01'),
  timeZone: fc.constantFrom('Europe/Athens', 'UTC', 'Pacific/Chatham'),
  periods: fc.constantFrom('calendar' as const, 'anniversary' as const),
});

const callsArb: fc.Arbitrary<PhoneCall[]> = fc.array(
  fc.record({
    start: fc.integer({ min: START, max: END }),
    durationSeconds: fc.oneof(fc.integer({ min: 0, max: 7200 }), fc.double({ min: 0, max: 7200, noNaN: true }), fc.constantFrom(0.1, 6.9, 7, 7.0000001, 19.99, 20, 59.5)),
  }),
  { maxLength: 40 },
);

describe('phone statements are exact for any increment', () => {
  it('billed = covered + overage + refused exactly, per line and in total, in milliseconds and in minutes', () => {
    fc.assert(
      fc.property(allowanceArb, contractArb, callsArb, (a, c, calls) => {
        const s = right(billPhoneCalls(a, c, calls));
        for (const l of s.lines) {
          expect(l.billedMillis).toBe(l.coveredMillis + l.overageMillis + l.refusedMillis);
          expect(l.billedMinutes).toBe(l.coveredMinutes + l.overageMinutes + l.refusedMinutes);
          for (const ms of [l.billedMillis, l.coveredMillis, l.overageMillis, l.refusedMillis]) {
            expect(Number.isSafeInteger(ms)).toBe(true);
            expect(ms % s.incrementMillis).toBe(0);
          }
          expect(l.coveredMinutes).toBe(l.coveredMillis / 60_000);
          // at least the call, less than one increment more (compared in exact integers: ms × 1000 ≥ seconds × 1e6)
          expect(l.billedMillis / 1000).toBeGreaterThanOrEqual(l.durationSeconds);
          if (l.billedMillis > 0) expect((l.billedMillis - s.incrementMillis) / 1000).toBeLessThan(l.durationSeconds);
        }
        const total = (f: (l: (typeof s.lines)[number]) => number): number => s.lines.reduce((x, l) => x + f(l), 0);
        expect(s.billedMillis).toBe(total((l) => l.billedMillis));
        expect(s.coveredMillis).toBe(total((l) => l.coveredMillis));
        expect(s.overageMillis).toBe(total((l) => l.overageMillis));
        expect(s.refusedMillis).toBe(total((l) => l.refusedMillis));
        expect(s.billedMillis).toBe(s.coveredMillis + s.overageMillis + s.refusedMillis);
        expect(s.billedMinutes).toBe(s.coveredMinutes + s.overageMinutes + s.refusedMinutes);
        for (const p of s.periods) {
          expect(p.remainingMillis).toBe(p.limitMillis - p.usedMillis);
          expect(p.remainingMinutes).toBe(p.limitMinutes - p.usedMinutes);
          expect(p.usedMillis).toBeLessThanOrEqual(p.limitMillis);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a 20-second increment: three 20-second calls bill exactly one minute, covered and over the limit alike', () => {
    const allowance: PhoneAllowance = { increment: { seconds: 20 }, limits: [{ per: 'month', limit: { seconds: 40 } }], overage: { hourlyRate: { amount: 6000, currency: 'EUR' } } };
    const calls = [0, 1, 2].map((i) => ({ start: `2025-03-0${i + 3}T10:00:00Z`, durationSeconds: 20 }));
    const s = right(billPhoneCalls(allowance, { start: '2025-01-01', timeZone: 'UTC' }, calls));
    expect([s.billedMillis, s.coveredMillis, s.overageMillis]).toEqual([60_000, 40_000, 20_000]);
    expect(s.billedMinutes).toBe(s.coveredMinutes + s.overageMinutes + s.refusedMinutes);
    expect(s.lines.map((l) => l.status)).toEqual(['covered', 'covered', 'overage']);
    expect(s.total.amount).toBe(33); // 20 s at 60 €/h = 0.333… €, rounded half up once
  });

  it('a 7-second increment: a 7.0000001-second call bills 14 seconds, a 7-second call 7', () => {
    const allowance: PhoneAllowance = { increment: { seconds: 7 }, limits: [{ per: 'year', limit: { hours: 1 } }], overage: 'refuse' };
    const s = right(
      billPhoneCalls(allowance, { start: '2025-01-01', timeZone: 'UTC' }, [
        { start: '2025-03-03T10:00:00Z', durationSeconds: 7 },
        { start: '2025-03-03T11:00:00Z', durationSeconds: 7.0000001 },
      ]),
    );
    expect(s.lines.map((l) => l.billedMillis)).toEqual([7000, 14_000]);
    expect(s.billedMillis).toBe(21_000);
    expect(s.incrementMillis).toBe(7000);
  });
});
