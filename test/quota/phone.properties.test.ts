import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { billPhoneCalls, type Contract, type PhoneAllowance, type PhoneCall, type PhoneStatement } from '../../src/index.js';
import { right } from './fixtures.js';

const NUM_RUNS = 300;
const START = Date.parse('2025-01-01T00:00:00Z');
const END = Date.parse('2026-06-30T00:00:00Z');

const allowanceArb: fc.Arbitrary<PhoneAllowance> = fc.record({
  increment: fc.constantFrom({ minutes: 1 }, { minutes: 6 }, { minutes: 15 }, { minutes: 30 }, { seconds: 30 }),
  limits: fc.uniqueArray(
    fc.record({ per: fc.constantFrom('month' as const, 'year' as const), limit: fc.integer({ min: 0, max: 600 }).map((m) => ({ minutes: m })) }),
    { minLength: 1, maxLength: 3 },
  ),
  overage: fc.oneof(
    fc.constant('refuse' as const),
    fc.record({
      hourlyRate: fc.record({ amount: fc.integer({ min: 0, max: 20_000 }), currency: fc.constantFrom('EUR', 'JPY', 'KWD') }),
      rounding: fc.constantFrom('halfUp' as const, 'halfEven' as const, 'up' as const, 'down' as const),
    }),
  ),
});

const contractArb: fc.Arbitrary<Contract> = fc.record({
  start: fc.constant('2025-01-01'),
  timeZone: fc.constantFrom('Europe/Athens', 'UTC', 'America/New_York', 'Pacific/Kiritimati', 'Australia/Lord_Howe'),
  periods: fc.constantFrom('calendar' as const, 'anniversary' as const),
});

const callsArb: fc.Arbitrary<PhoneCall[]> = fc.array(
  fc.record({
    start: fc.integer({ min: START + 2 * 86_400_000, max: END }),
    durationSeconds: fc.oneof(fc.integer({ min: 0, max: 7200 }), fc.double({ min: 0, max: 7200, noNaN: true })),
  }),
  { maxLength: 60 },
);

const incrementMinutes = (s: PhoneStatement) => s.incrementMinutes;
const isMultiple = (x: number, step: number) => Math.abs(x / step - Math.round(x / step)) < 1e-9;

describe('phone statement properties', () => {
  it('billed minutes are a whole number of increments, never less than the call, less than one increment more', () => {
    fc.assert(
      fc.property(allowanceArb, contractArb, callsArb, (a, c, calls) => {
        const s = right(billPhoneCalls(a, c, calls));
        const inc = incrementMinutes(s);
        s.lines.forEach((l, i) => {
          // compared in seconds (a call of 1e-320 s would underflow to 0 minutes)
          const callSeconds = (calls[i] as PhoneCall).durationSeconds;
          const billedSeconds = Math.round(l.billedMinutes * 60 * 1000) / 1000;
          expect(isMultiple(l.billedMinutes, inc)).toBe(true);
          expect(billedSeconds).toBeGreaterThanOrEqual(callSeconds);
          if (billedSeconds > 0) expect(billedSeconds - inc * 60).toBeLessThan(callSeconds);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('covered + overage (+ refused) = billed; covered is whole increments; refused only when refusing', () => {
    fc.assert(
      fc.property(allowanceArb, contractArb, callsArb, (a, c, calls) => {
        const s = right(billPhoneCalls(a, c, calls));
        for (const l of s.lines) {
          expect(l.coveredMinutes + l.overageMinutes + l.refusedMinutes).toBeCloseTo(l.billedMinutes, 9);
          expect(isMultiple(l.coveredMinutes, s.incrementMinutes)).toBe(true);
          if (a.overage === 'refuse') expect(l.overageMinutes).toBe(0);
          else expect(l.refusedMinutes).toBe(0);
        }
        expect(s.coveredMinutes + s.overageMinutes + s.refusedMinutes).toBeCloseTo(s.billedMinutes, 6);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("no period's used exceeds its limit, and used is the covered time of its calls", () => {
    fc.assert(
      fc.property(allowanceArb, contractArb, callsArb, (a, c, calls) => {
        const s = right(billPhoneCalls(a, c, calls));
        s.periods.forEach((p) => {
          expect(p.usedMinutes).toBeLessThanOrEqual(p.limitMinutes);
          expect(p.remainingMinutes).toBeCloseTo(p.limitMinutes - p.usedMinutes, 9);
          expect(p.start.toMillis()).toBeLessThan(p.end.toMillis());
        });
        // per limit, used = sum of the covered minutes of the lines labelled with the period
        a.limits.forEach((_, li) => {
          const periodsOfLimit = new Map<string, number>();
          for (const l of s.lines) {
            const label = l.periods[li] as string;
            periodsOfLimit.set(label, (periodsOfLimit.get(label) ?? 0) + l.coveredMinutes);
          }
          for (const [label, used] of periodsOfLimit) {
            const p = s.periods.find((x) => x.label === label && x.per === a.limits[li]?.per && x.limitMinutes === (a.limits[li]?.limit as { minutes: number }).minutes);
            expect(p?.usedMinutes).toBeCloseTo(used, 9);
          }
        });
        // a call lies inside each period it is labelled with
        for (const l of s.lines) {
          for (const label of l.periods) {
            const p = s.periods.find((x) => x.label === label);
            expect(p !== undefined && p.start.toMillis() <= l.start.toMillis() && l.start.toMillis() < p.end.toMillis()).toBe(true);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('the sum of the lines equals the total to the cent, and each charge is the rounded overage', () => {
    fc.assert(
      fc.property(allowanceArb, contractArb, callsArb, (a, c, calls) => {
        const s = right(billPhoneCalls(a, c, calls));
        expect(s.lines.reduce((sum, l) => sum + l.charge.amount, 0)).toBe(s.total.amount);
        expect(Number.isSafeInteger(s.total.amount)).toBe(true);
        if (a.overage !== 'refuse') {
          const rate = a.overage.hourlyRate.amount;
          for (const l of s.lines) {
            expect(l.charge.currency).toBe(a.overage.hourlyRate.currency);
            expect(Math.abs(l.charge.amount - (l.overageMinutes * rate) / 60)).toBeLessThan(1);
          }
        } else expect(s.total.amount).toBe(0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('the order the calls arrive in does not change any line', () => {
    fc.assert(
      fc.property(allowanceArb, contractArb, callsArb, fc.infiniteStream(fc.integer()), (a, c, calls, seeds) => {
        const withIds = calls.map((call, i) => ({ ...call, id: `c${i}` }));
        // distinct start instants so that time order is total
        const distinct = withIds.filter((x, i) => withIds.findIndex((y) => y.start === x.start) === i);
        const it = seeds[Symbol.iterator]();
        const shuffled = [...distinct].sort(() => ((it.next().value as number) % 2 === 0 ? -1 : 1));
        const s1 = right(billPhoneCalls(a, c, distinct));
        const s2 = right(billPhoneCalls(a, c, shuffled));
        const key = (s: PhoneStatement) =>
          Object.fromEntries(s.lines.map((l) => [l.id, [l.billedMinutes, l.coveredMinutes, l.overageMinutes, l.refusedMinutes, l.charge.amount]]));
        expect(key(s2)).toEqual(key(s1));
        expect(s2.lines.map((l) => l.id)).toEqual(shuffled.map((x) => x.id));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
