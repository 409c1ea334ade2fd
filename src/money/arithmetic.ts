/**
 * Money arithmetic: sums, differences, products, percentages, allocation and comparison, exact
 * on integer minor units (BigInt decimals where a factor is involved), rounded once with an
 * explicit mode. Misuse (mixing currencies, overflow) throws with a {@link MoneyError} message.
 */
import { divideRounded, parseDecimal, percentOfMinor, pow10, type Decimal, type RoundingMode } from './decimal.js';
import { checkMoney, checkRounding, decimalOrThrow, MoneyError, safeAmount, sameCurrency, toSafeNumber, zeroMoney, type Money } from './money.js';

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

/**
 * `a + b`. Throws when the currencies differ ({@link MoneyError}.CURRENCY_MISMATCH).
 *
 * @example
 * ```ts
 * import { addMoney, money } from 'support-sla';
 * addMoney(money('0.10', 'EUR'), money('0.20', 'EUR')); // { amount: 30, currency: 'EUR' }
 * ```
 * @category Money
 */
export const addMoney = (a: Money, b: Money): Money => {
  sameCurrency(a, b);
  return { amount: safeAmount(a.amount + b.amount), currency: a.currency };
};

/**
 * `a - b`. Throws when the currencies differ.
 *
 * @example
 * ```ts
 * import { subtractMoney, money } from 'support-sla';
 * subtractMoney(money('1.00', 'EUR'), money('2.50', 'EUR')); // { amount: -150, currency: 'EUR' }
 * ```
 * @category Money
 */
export const subtractMoney = (a: Money, b: Money): Money => {
  sameCurrency(a, b);
  return { amount: safeAmount(a.amount - b.amount), currency: a.currency };
};

/**
 * `m × factor`, computed exactly and rounded once to minor units. The factor is a decimal
 * number or string (`1.5`, `'0.125'`); it is read as its decimal digits, never as a binary
 * float, so `multiplyMoney(money('0.10','EUR'), 3)` is exactly 0.30 €.
 *
 * @example
 * ```ts
 * import { multiplyMoney, money } from 'support-sla';
 * multiplyMoney(money('60.00', 'EUR'), 1.5);               // { amount: 9000, currency: 'EUR' }
 * multiplyMoney(money('0.05', 'EUR'), '0.5');              // { amount: 3, … } (2.5 cents, halfUp)
 * multiplyMoney(money('0.05', 'EUR'), '0.5', 'halfEven');  // { amount: 2, … }
 * ```
 * @category Money
 */
export const multiplyMoney = (m: Money, factor: number | string, rounding: RoundingMode = 'halfUp'): Money => {
  checkMoney(m);
  checkRounding(rounding);
  const f = decimalOrThrow(factor, MoneyError.INVALID_FACTOR);
  return { amount: toSafeNumber(divideRounded(BigInt(m.amount) * f.digits, pow10(f.scale), rounding)), currency: m.currency };
};

/**
 * `pct` percent of `m`, exact and rounded once: `percentOf(money('10000','EUR'), 12)` is
 * 1 200.00 € (a 12% maintenance fee).
 *
 * @example
 * ```ts
 * import { percentOf, money } from 'support-sla';
 * percentOf(money('10000.00', 'EUR'), 12);    // { amount: 120000, currency: 'EUR' }
 * percentOf(money('0.01', 'EUR'), 50);        // { amount: 1, … } (0.5 cent, halfUp)
 * percentOf(money('0.01', 'EUR'), 50, 'down'); // { amount: 0, … }
 * ```
 * @category Money
 */
export const percentOf = (m: Money, pct: number | string, rounding: RoundingMode = 'halfUp'): Money => {
  checkMoney(m);
  checkRounding(rounding);
  const p = decimalOrThrow(pct, MoneyError.INVALID_FACTOR);
  return { amount: toSafeNumber(percentOfMinor(m.amount, p, rounding)), currency: m.currency };
};

/**
 * The sum of a list of amounts in one currency. An empty list needs the `currency` argument
 * (it sums to zero in it); every element must be in that currency.
 *
 * @example
 * ```ts
 * import { sumMoney, money } from 'support-sla';
 * sumMoney([money('1.10', 'EUR'), money('2.20', 'EUR')]); // { amount: 330, currency: 'EUR' }
 * sumMoney([], 'EUR');                                     // { amount: 0, currency: 'EUR' }
 * ```
 * @category Money
 */
export const sumMoney = (list: readonly Money[], currency?: string): Money => {
  const code = currency ?? list[0]?.currency;
  if (code === undefined) throw new Error(MoneyError.EMPTY_SUM);
  let total: Money = zeroMoney(code);
  for (const m of list) total = addMoney(total, m);
  return total;
};

/**
 * Splits `m` by ratios without losing or creating a minor unit (largest-remainder method):
 * each share is first rounded toward zero, then the left-over units go one each to the shares
 * with the largest remainders (ties: the earlier share). The shares always sum to `m`; a zero
 * ratio gets zero. Ratios are non-negative decimals (numbers or strings) with a positive sum.
 *
 * @example
 * ```ts
 * import { allocateMoney, money } from 'support-sla';
 * allocateMoney(money('100.00', 'EUR'), [1, 1, 1]).map((m) => m.amount); // [3334, 3333, 3333]
 * allocateMoney(money('0.05', 'EUR'), [70, 30]).map((m) => m.amount);    // [4, 1]
 * ```
 * @category Money
 */
export const allocateMoney = (m: Money, ratios: readonly (number | string)[]): Money[] => {
  checkMoney(m);
  const parsed = ratios.map((r) => parseDecimal(r));
  if (parsed.length === 0 || parsed.some((d) => d === undefined || d.digits < 0n)) throw new RangeError(MoneyError.INVALID_RATIOS);
  const decimals = parsed as Decimal[];
  const scale = Math.max(...decimals.map((d) => d.scale));
  const weights = decimals.map((d) => d.digits * pow10(scale - d.scale));
  const totalWeight = weights.reduce((s, w) => s + w, 0n);
  if (totalWeight === 0n) throw new RangeError(MoneyError.INVALID_RATIOS);
  const sign = m.amount < 0 ? -1n : 1n;
  const amount = BigInt(Math.abs(m.amount));
  const shares = weights.map((w) => (amount * w) / totalWeight);
  const remainders = weights.map((w, i) => ({ i, r: (amount * w) % totalWeight }));
  let leftOver = amount - shares.reduce((s, x) => s + x, 0n);
  remainders.sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (const { i } of remainders) {
    if (leftOver === 0n) break;
    shares[i] = (shares[i] as bigint) + 1n;
    leftOver--;
  }
  return shares.map((s) => ({ amount: Number(s * sign) + 0, currency: m.currency }));
};

/**
 * Compares two amounts in one currency: negative when `a < b`, 0 when equal, positive when
 * `a > b`. Throws when the currencies differ.
 *
 * @example
 * ```ts
 * import { compareMoney, money } from 'support-sla';
 * compareMoney(money('1', 'EUR'), money('2', 'EUR')); // -1
 * ```
 * @category Money
 */
export const compareMoney = (a: Money, b: Money): -1 | 0 | 1 => {
  sameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
};
