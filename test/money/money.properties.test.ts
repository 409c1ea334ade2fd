import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMoney,
  allocateMoney,
  currencyExponent,
  formatMoney,
  money,
  moneyToDecimal,
  multiplyMoney,
  percentOf,
  subtractMoney,
  sumMoney,
  type Money,
  type RoundingMode,
} from '../../src/index.js';

const NUM_RUNS = 500;
const CURRENCIES = ['EUR', 'USD', 'JPY', 'KWD', 'CLF', 'GBP'] as const;
const MODES: RoundingMode[] = ['halfUp', 'halfEven', 'up', 'down'];

const amount = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
const moneyArb = fc.record({ amount, currency: fc.constantFrom(...CURRENCIES) });
const decimalString = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([neg, digits, scale]) => {
    const s = digits.toString().padStart(scale + 1, '0');
    return `${neg ? '-' : ''}${scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`}`;
  });

/** Reference rounding on exact rationals with plain BigInt, written independently. */
const refRound = (num: bigint, den: bigint, mode: RoundingMode): bigint => {
  const neg = num < 0n;
  const a = neg ? -num : num;
  const floor = a / den;
  const rem = a - floor * den;
  let mag: bigint;
  if (rem === 0n) mag = floor;
  else if (mode === 'down') mag = floor;
  else if (mode === 'up') mag = floor + 1n;
  else if (2n * rem > den) mag = floor + 1n;
  else if (2n * rem < den) mag = floor;
  else mag = mode === 'halfUp' ? floor + 1n : floor % 2n === 0n ? floor : floor + 1n;
  return neg ? -mag : mag;
};

describe('money properties', () => {
  it('money(moneyToDecimal(m)) round-trips every amount in every currency', () => {
    fc.assert(
      fc.property(moneyArb, (m) => {
        expect(money(moneyToDecimal(m), m.currency)).toEqual(m);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('money(major) round-trips with formatMoney (en-US, no grouping, code display)', () => {
    fc.assert(
      fc.property(moneyArb, (m) => {
        const text = formatMoney(m, 'en-US', { currencyDisplay: 'code', useGrouping: false });
        const decimal = text.replace(m.currency, '').replace(/[\s\u00a0]/g, '');
        expect(money(decimal, m.currency)).toEqual(m);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a major-unit number parses to its exact decimal (never a float product)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (cents) => {
        const major = cents / 100; // a float like 0.29
        expect(money(major, 'EUR').amount).toBe(cents);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('add and subtract are inverse and sumMoney equals repeated addition', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 20 }), (amounts) => {
        const list: Money[] = amounts.map((a) => ({ amount: a, currency: 'EUR' }));
        const total = sumMoney(list);
        expect(total.amount).toBe(amounts.reduce((s, a) => s + a, 0));
        const first = list[0] as Money;
        expect(subtractMoney(addMoney(total, first), first)).toEqual(total);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('multiplyMoney equals exact rational rounding for every mode', () => {
    fc.assert(
      fc.property(moneyArb, decimalString, fc.constantFrom(...MODES), (m, factor, mode) => {
        const [intPart, frac = ''] = factor.replace('-', '').split('.');
        const digits = BigInt(`${intPart}${frac}`) * (factor.startsWith('-') ? -1n : 1n);
        const want = refRound(BigInt(m.amount) * digits, 10n ** BigInt(frac.length), mode);
        if (want > BigInt(Number.MAX_SAFE_INTEGER) || want < BigInt(Number.MIN_SAFE_INTEGER)) return;
        expect(multiplyMoney(m, factor, mode).amount).toBe(Number(want));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('rounding is symmetric around zero: f(-m) = -f(m)', () => {
    fc.assert(
      fc.property(amount, decimalString.filter((d) => Math.abs(Number(d)) < 1000), fc.constantFrom(...MODES), (a, pct, mode) => {
        const pos = percentOf({ amount: a, currency: 'EUR' }, pct, mode).amount;
        const neg = percentOf({ amount: -a, currency: 'EUR' }, pct, mode).amount;
        expect(neg).toBe(pos === 0 ? 0 : -pos);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('allocation never creates or loses a minor unit, and shares differ from exact by < 1', () => {
    fc.assert(
      fc.property(
        moneyArb,
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }).filter((r) => r.some((x) => x > 0)),
        (m, ratios) => {
          const shares = allocateMoney(m, ratios);
          expect(shares).toHaveLength(ratios.length);
          expect(sumMoney(shares).amount).toBe(m.amount);
          const total = ratios.reduce((s, r) => s + r, 0);
          shares.forEach((s, i) => {
            expect(s.currency).toBe(m.currency);
            expect(Number.isSafeInteger(s.amount)).toBe(true);
            const exact = (m.amount * (ratios[i] as number)) / total;
            expect(Math.abs(s.amount - exact)).toBeLessThan(1 + 1e-6 * Math.abs(exact));
            if (ratios[i] === 0) expect(s.amount).toBe(0);
          });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('the exponent table agrees with Intl where ISO 4217 and CLDR agree (EUR, USD, JPY, KWD)', () => {
    for (const c of ['EUR', 'USD', 'JPY', 'KWD', 'GBP', 'CHF']) {
      const digits = new Intl.NumberFormat('en', { style: 'currency', currency: c }).resolvedOptions().maximumFractionDigits;
      expect(currencyExponent(c)).toBe(digits);
    }
  });
});
