import { describe, expect, it } from 'vitest';
import { either as E } from 'fp-ts';
import {
  addMoney,
  allocateMoney,
  compareMoney,
  currencyExponent,
  formatMoney,
  InvalidInputError,
  isKnownCurrency,
  isMoney,
  makeMoney,
  money,
  MoneyError,
  moneyToDecimal,
  multiplyMoney,
  parseMoney,
  percentOf,
  safeParseMoney,
  subtractMoney,
  sumMoney,
  supportedCurrencies,
  zeroMoney,
  type Money,
} from '../../src/index.js';

const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

describe('currency exponents come from ISO 4217', () => {
  it('EUR has 2 digits, JPY 0, KWD 3, CLF 4', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
    expect(currencyExponent('CLF')).toBe(4);
  });
  it('uses ISO 4217 where CLDR/Intl differ (IQD has 3 digits)', () => {
    expect(currencyExponent('IQD')).toBe(3);
  });
  it('throws on an unknown or lower-case code', () => {
    expect(() => currencyExponent('EURO')).toThrow(MoneyError.UNKNOWN_CURRENCY);
    expect(() => currencyExponent('eur')).toThrow(MoneyError.UNKNOWN_CURRENCY);
    expect(isKnownCurrency('eur')).toBe(false);
    expect(isKnownCurrency('GBP')).toBe(true);
  });
  it('lists the supported codes sorted', () => {
    const list = supportedCurrencies();
    expect(list).toEqual([...list].sort());
    expect(list).toContain('EUR');
    expect(list.length).toBeGreaterThan(150);
  });
});

describe('money(major, currency) parses major units without floats', () => {
  it("reads '120.00' EUR as 12000 cents", () => {
    expect(money('120.00', 'EUR')).toEqual(eur(12000));
  });
  it('reads numbers through their shortest decimal string (0.1 is ten cents, 0.29 is 29)', () => {
    expect(money(0.1, 'EUR')).toEqual(eur(10));
    expect(money(0.29, 'EUR')).toEqual(eur(29)); // 0.29 * 100 = 28.999999999999996 in floats
    expect(money(1.005, 'KWD')).toEqual({ amount: 1005, currency: 'KWD' });
  });
  it('scales by the currency exponent (JPY 0, KWD 3)', () => {
    expect(money('1500', 'JPY')).toEqual({ amount: 1500, currency: 'JPY' });
    expect(money('1.5', 'KWD')).toEqual({ amount: 1500, currency: 'KWD' });
  });
  it('accepts signs, a missing integer part, trailing zeros and exponents', () => {
    expect(money('-0.05', 'EUR')).toEqual(eur(-5));
    expect(money('+1', 'EUR')).toEqual(eur(100));
    expect(money('.5', 'EUR')).toEqual(eur(50));
    expect(money('1.2300', 'EUR')).toEqual(eur(123));
    expect(money(1e3, 'EUR')).toEqual(eur(100000));
    expect(money('1.5e2', 'EUR')).toEqual(eur(15000));
  });
  it('never produces -0', () => {
    expect(Object.is(money('-0', 'EUR').amount, 0)).toBe(true);
  });
  it('rejects more decimals than the currency has instead of rounding', () => {
    expect(() => money('0.001', 'EUR')).toThrow(InvalidInputError);
    expect(() => money(0.001, 'EUR')).toThrow(/TOO_MANY_DECIMALS/);
    expect(() => money('1.5', 'JPY')).toThrow(/TOO_MANY_DECIMALS/);
  });
  it('rejects malformed numbers, non-finite numbers and unknown currencies', () => {
    for (const bad of ['', '1,50', '1.2.3', 'abc', '1 000', '0x10']) expect(() => money(bad, 'EUR')).toThrow(/INVALID_AMOUNT/);
    expect(() => money(Number.NaN, 'EUR')).toThrow(/INVALID_AMOUNT/);
    expect(() => money(Number.POSITIVE_INFINITY, 'EUR')).toThrow(/INVALID_AMOUNT/);
    expect(() => money('1', 'XYZ')).toThrow(/UNKNOWN_CURRENCY/);
  });
  it('rejects amounts beyond the safe-integer range of minor units', () => {
    expect(() => money('90071992547409.92', 'EUR')).toThrow(/AMOUNT_OUT_OF_RANGE/);
    expect(money('90071992547409.91', 'EUR').amount).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('parseMoney / safeParseMoney / makeMoney', () => {
  it('accepts minor units { amount, currency }', () => {
    expect(parseMoney({ amount: 500, currency: 'JPY' })).toEqual(E.right({ amount: 500, currency: 'JPY' }));
  });
  it('accepts major units { major, currency }', () => {
    expect(parseMoney({ major: '9.99', currency: 'USD' })).toEqual(E.right({ amount: 999, currency: 'USD' }));
  });
  it('returns every issue with its path instead of throwing', () => {
    const r = parseMoney({ major: '1.005', currency: 'EURO' });
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([['UNKNOWN_CURRENCY', ['currency']]]);
    const r2 = parseMoney({ amount: 1.5, currency: 'EUR' });
    expect(E.isLeft(r2) && r2.left.map((i) => [i.code, i.path])).toEqual([['INVALID_AMOUNT', ['amount']]]);
    const r3 = parseMoney({ major: '1.005', currency: 'EUR' });
    expect(E.isLeft(r3) && r3.left.map((i) => [i.code, i.path])).toEqual([['TOO_MANY_DECIMALS', ['major']]]);
    expect(E.isLeft(parseMoney(null))).toBe(true);
    expect(E.isLeft(parseMoney({ amount: 1, major: '1', currency: 'EUR' }))).toBe(true);
    expect(E.isLeft(parseMoney({ currency: 'EUR' }))).toBe(true);
  });
  it('safeParseMoney gives { success, value | issues }', () => {
    expect(safeParseMoney({ major: '1', currency: 'EUR' })).toEqual({ success: true, value: eur(100) });
    const bad = safeParseMoney({ major: 'x', currency: 'EUR' });
    expect(bad.success).toBe(false);
  });
  it('makeMoney throws InvalidInputError carrying the issues', () => {
    try {
      makeMoney({ amount: 1, currency: 'XYZ' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues[0]?.code).toBe('UNKNOWN_CURRENCY');
    }
  });
});

describe('arithmetic is exact in minor units', () => {
  it('0.10 + 0.20 is exactly 0.30', () => {
    expect(addMoney(money('0.10', 'EUR'), money('0.20', 'EUR'))).toEqual(eur(30));
  });
  it('subtracts to negative amounts', () => {
    expect(subtractMoney(eur(100), eur(250))).toEqual(eur(-150));
  });
  it('sums a list, and an empty list in a given currency to zero', () => {
    expect(sumMoney([eur(110), eur(220), eur(-30)])).toEqual(eur(300));
    expect(sumMoney([], 'JPY')).toEqual({ amount: 0, currency: 'JPY' });
    expect(() => sumMoney([])).toThrow(MoneyError.EMPTY_SUM);
    expect(zeroMoney('EUR')).toEqual(eur(0));
  });
  it('multiplies by decimal factors given as numbers or strings, exactly', () => {
    expect(multiplyMoney(money('60.00', 'EUR'), 1.5)).toEqual(eur(9000));
    expect(multiplyMoney(money('0.10', 'EUR'), 3)).toEqual(eur(30));
    expect(multiplyMoney(money('19.99', 'EUR'), '0.07')).toEqual(eur(140)); // 139.93 cents → 140
    expect(multiplyMoney(money('1.15', 'EUR'), 100)).toEqual(eur(11500));
    expect(multiplyMoney(eur(1), 1e-7, 'up')).toEqual(eur(1));
  });
  it('percentOf gives a percent of an amount, 12% of 10 000 EUR is 1 200 EUR', () => {
    expect(percentOf(money('10000', 'EUR'), 12)).toEqual(money('1200', 'EUR'));
    expect(percentOf(money('0.01', 'EUR'), '50')).toEqual(eur(1));
    expect(percentOf(money('0.01', 'EUR'), 50, 'down')).toEqual(eur(0));
    expect(percentOf(money('33.33', 'EUR'), '12.5')).toEqual(eur(417)); // 416.625
  });
  it('throws on a non-decimal factor, an unknown rounding mode and on overflow', () => {
    expect(() => multiplyMoney(eur(1), 'abc')).toThrow(MoneyError.INVALID_FACTOR);
    expect(() => multiplyMoney(eur(1), Number.NaN)).toThrow(MoneyError.INVALID_FACTOR);
    expect(() => multiplyMoney(eur(1), 2, 'nearest' as never)).toThrow(MoneyError.INVALID_ROUNDING);
    expect(() => multiplyMoney(eur(Number.MAX_SAFE_INTEGER), 2)).toThrow(MoneyError.OVERFLOW);
    expect(() => addMoney(eur(Number.MAX_SAFE_INTEGER), eur(1))).toThrow(MoneyError.OVERFLOW);
  });
  it('compares amounts', () => {
    expect(compareMoney(eur(1), eur(2))).toBe(-1);
    expect(compareMoney(eur(2), eur(2))).toBe(0);
    expect(compareMoney(eur(3), eur(2))).toBe(1);
  });
});

describe('rounding modes are defined on the magnitude (symmetric around zero)', () => {
  // factor 0.5 on odd cents and 0.1 / 0.9 fractions: value → expected per mode
  const cases: [number, string, Record<string, number>][] = [
    [5, '0.5', { halfUp: 3, halfEven: 2, up: 3, down: 2 }], // 2.5
    [7, '0.5', { halfUp: 4, halfEven: 4, up: 4, down: 3 }], // 3.5
    [-5, '0.5', { halfUp: -3, halfEven: -2, up: -3, down: -2 }], // -2.5
    [-7, '0.5', { halfUp: -4, halfEven: -4, up: -4, down: -3 }], // -3.5
    [21, '0.1', { halfUp: 2, halfEven: 2, up: 3, down: 2 }], // 2.1
    [-21, '0.1', { halfUp: -2, halfEven: -2, up: -3, down: -2 }], // -2.1
    [29, '0.1', { halfUp: 3, halfEven: 3, up: 3, down: 2 }], // 2.9
    [-29, '0.1', { halfUp: -3, halfEven: -3, up: -3, down: -2 }], // -2.9
    [20, '0.1', { halfUp: 2, halfEven: 2, up: 2, down: 2 }], // exact
  ];
  for (const [amount, factor, expected] of cases) {
    for (const [mode, want] of Object.entries(expected)) {
      it(`${amount} × ${factor} with ${mode} is ${want}`, () => {
        expect(multiplyMoney(eur(amount), factor, mode as never).amount).toBe(want);
      });
    }
  }
  it("'halfUp' is the default", () => {
    expect(multiplyMoney(eur(5), '0.5')).toEqual(eur(3));
    expect(multiplyMoney(eur(-5), '0.5')).toEqual(eur(-3));
  });
});

describe('mixing currencies is a programmer error with a clear message', () => {
  it('add, subtract, compare and sum throw CURRENCY_MISMATCH naming both currencies', () => {
    const usd = money('1', 'USD');
    expect(() => addMoney(eur(1), usd)).toThrow(MoneyError.CURRENCY_MISMATCH);
    expect(() => addMoney(eur(1), usd)).toThrow(/EUR and USD/);
    expect(() => subtractMoney(eur(1), usd)).toThrow(MoneyError.CURRENCY_MISMATCH);
    expect(() => compareMoney(eur(1), usd)).toThrow(MoneyError.CURRENCY_MISMATCH);
    expect(() => sumMoney([eur(1), usd])).toThrow(MoneyError.CURRENCY_MISMATCH);
    expect(() => sumMoney([usd], 'EUR')).toThrow(MoneyError.CURRENCY_MISMATCH);
  });
  it('a malformed Money value throws NOT_MONEY', () => {
    expect(() => addMoney({ amount: 1.5, currency: 'EUR' }, eur(1))).toThrow(MoneyError.NOT_MONEY);
    expect(isMoney({ amount: 1.5, currency: 'EUR' })).toBe(false);
    expect(isMoney(eur(1))).toBe(true);
  });
});

describe('allocateMoney splits by ratios without losing a cent (largest remainder)', () => {
  it('100 EUR in three equal parts is 33.34 + 33.33 + 33.33', () => {
    expect(allocateMoney(money('100', 'EUR'), [1, 1, 1]).map((m) => m.amount)).toEqual([3334, 3333, 3333]);
  });
  it('gives left-over cents to the largest remainders, not to the first share', () => {
    // 0.05 by 70/30: 3.5 and 1.5 → tie on remainder: the earlier share gets the cent
    expect(allocateMoney(eur(5), [70, 30]).map((m) => m.amount)).toEqual([4, 1]);
    // 10 by 1/2/3 (weights sum 6): 1.67, 3.33, 5 → [2, 3, 5]
    expect(allocateMoney(eur(10), [1, 2, 3]).map((m) => m.amount)).toEqual([2, 3, 5]);
  });
  it('accepts decimal ratios and gives zero ratios nothing', () => {
    expect(allocateMoney(eur(100), ['0.5', 0, '0.25', 0.25]).map((m) => m.amount)).toEqual([50, 0, 25, 25]);
  });
  it('allocates negative amounts symmetrically', () => {
    expect(allocateMoney(eur(-100), [1, 1, 1]).map((m) => m.amount)).toEqual([-34, -33, -33]);
  });
  it('throws on negative ratios, all-zero ratios or none', () => {
    expect(() => allocateMoney(eur(1), [1, -1])).toThrow(MoneyError.INVALID_RATIOS);
    expect(() => allocateMoney(eur(1), [0, 0])).toThrow(MoneyError.INVALID_RATIOS);
    expect(() => allocateMoney(eur(1), [])).toThrow(MoneyError.INVALID_RATIOS);
  });
});

describe('formatMoney formats through Intl.NumberFormat with ISO digits', () => {
  const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  it('formats EUR in Greek and US English', () => {
    expect(nbsp(formatMoney(money('1234.5', 'EUR'), 'el-GR'))).toBe('1.234,50 €');
    expect(formatMoney(money('1234.5', 'EUR'), 'en-US')).toBe('€1,234.50');
  });
  it('formats JPY without and KWD with three decimals', () => {
    expect(formatMoney(money('1500', 'JPY'), 'en-US')).toBe('¥1,500');
    expect(formatMoney(money('1.5', 'KWD'), 'en-US', { currencyDisplay: 'code' })).toMatch(/KWD\s1\.500/);
  });
  it('keeps every cent of amounts beyond float precision', () => {
    expect(formatMoney(eur(Number.MAX_SAFE_INTEGER), 'en-US', { useGrouping: false })).toBe('€90071992547409.91');
  });
  it('formats negative amounts', () => {
    expect(formatMoney(eur(-5), 'en-US')).toBe('-€0.05');
  });
  it('moneyToDecimal gives the plain decimal with the currency digits', () => {
    expect(moneyToDecimal(money('120', 'EUR'))).toBe('120.00');
    expect(moneyToDecimal(eur(-5))).toBe('-0.05');
    expect(moneyToDecimal(money('1500', 'JPY'))).toBe('1500');
    expect(moneyToDecimal(money('1.5', 'KWD'))).toBe('1.500');
  });
});
