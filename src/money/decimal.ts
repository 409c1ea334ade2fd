/**
 * Exact decimals and rounding on BigInt: the arithmetic core of the money module.
 *
 * A decimal is `digits / 10^scale` with `digits` a BigInt, so '0.1' is exactly one tenth and no
 * binary floating point is ever involved. Numbers enter through their shortest round-trip
 * decimal string (`String(0.1)` is `'0.1'`), which is the decimal the author of the number wrote.
 * @internal
 */
import { NON_POSITIVE_DENOMINATOR } from '../internal/messages.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * How a value that falls between two integers is rounded. Defined on the magnitude, so that
 * rounding is symmetric around zero (`-x` rounds to minus what `x` rounds to):
 * - `'halfUp'` (default): to the nearest integer, a tie (…​.5) away from zero: 2.5 → 3, −2.5 → −3.
 * - `'halfEven'`: to the nearest integer, a tie to the even neighbour (banker's rounding):
 *   2.5 → 2, 3.5 → 4, −2.5 → −2.
 * - `'up'`: away from zero: 2.1 → 3, −2.1 → −3.
 * - `'down'`: toward zero (truncation): 2.9 → 2, −2.9 → −2.
 *
 * @example
 * ```ts
 * import { multiplyMoney, type RoundingMode } from 'support-sla';
 * const mode: RoundingMode = 'halfEven';
 * multiplyMoney({ amount: 5, currency: 'EUR' }, '0.5', mode); // { amount: 2, currency: 'EUR' }
 * ```
 * @category Money
 */
export type RoundingMode = 'halfUp' | 'halfEven' | 'up' | 'down';

/**
 * The rounding modes, for validation and iteration.
 * @category Money
 */
export const ROUNDING_MODES: readonly RoundingMode[] = ['halfUp', 'halfEven', 'up', 'down'];

/**
 * An exact decimal: `digits / 10^scale`, `scale >= 0`.
 * @category Money
 */
export interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

// ---------------------------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------------------------

// sign, integer digits, optional fraction, optional exponent; at least one digit somewhere
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;
const MAX_EXPONENT = 400;
/**
 * The most significant digits a decimal may have (leading zeros and trailing zeros of the
 * fraction do not count). A safe integer has 16; BigInt parsing is quadratic in the digits, so
 * a bound keeps untrusted input linear: '1.' followed by 200,000 zeros is fine, 200,000 nines
 * are not a decimal this library reads.
 * @category Money
 */
export const MAX_SIGNIFICANT_DIGITS = 400;

/**
 * Parses a decimal number or string exactly. A number is read through its shortest round-trip
 * decimal string. Returns `undefined` for anything that is not a finite decimal, and for more
 * than {@link MAX_SIGNIFICANT_DIGITS} significant digits. Linear in the length of the text.
 * @category Money
 */
export const parseDecimal = (input: number | string | bigint): Decimal | undefined => {
  if (typeof input === 'bigint') return { digits: input, scale: 0 };
  if (typeof input === 'number' && !Number.isFinite(input)) return undefined;
  const text = typeof input === 'number' ? String(input) : input.trim();
  const m = DECIMAL.exec(text);
  if (m === null) return undefined;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  if (intPart.length + fracPart.length === 0) return undefined;
  const exponent = m[4] === undefined ? 0 : Number(m[4]);
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
  // normalise on the text (a loop of BigInt divisions would be quadratic): drop trailing zeros
  // of the digits while they are fraction digits, and leading zeros
  const all = intPart + fracPart;
  let scale = fracPart.length - exponent;
  let end = all.length;
  while (scale > 0 && end > 0 && all.charCodeAt(end - 1) === 48) {
    end--;
    scale--;
  }
  let start = 0;
  while (start < end && all.charCodeAt(start) === 48) start++;
  if (end - start > MAX_SIGNIFICANT_DIGITS) return undefined;
  if (start === end) return { digits: 0n, scale: 0 };
  let digits = BigInt(all.slice(start, end));
  if (m[1] === '-') digits = -digits;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
};

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

/**
 * Drops trailing zeros of the fraction: 1.2300 → 1.23 (scale 2).
 * @category Money
 */
export const normalise = (d: Decimal): Decimal => {
  let { digits, scale } = d;
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  return { digits, scale };
};

/**
 * `10^n` as a BigInt.
 * @category Money
 */
export const pow10 = (n: number): bigint => 10n ** BigInt(n);

/**
 * `numerator / denominator` rounded to an integer with a {@link RoundingMode}.
 * `denominator` must be positive.
 * @category Money
 */
export const divideRounded = (numerator: bigint, denominator: bigint, mode: RoundingMode): bigint => {
  if (denominator <= 0n) throw new RangeError(NON_POSITIVE_DENOMINATOR);
  const q = numerator / denominator; // truncates toward zero
  const r = numerator % denominator; // same sign as the numerator
  if (r === 0n) return q;
  const away = numerator < 0n ? q - 1n : q + 1n;
  const twice = 2n * (r < 0n ? -r : r);
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return away;
    case 'halfUp':
      return twice >= denominator ? away : q;
    case 'halfEven':
      if (twice > denominator) return away;
      if (twice < denominator) return q;
      return q % 2n === 0n ? q : away;
  }
};

/** Is a value one of the {@link RoundingMode}s? */
/**
 * `amount × pct / 100` in minor units, rounded once.
 * @category Money
 */
export const percentOfMinor = (amount: number, pct: Decimal, mode: RoundingMode): bigint =>
  divideRounded(BigInt(amount) * pct.digits, 100n * pow10(pct.scale), mode);

/**
 * The charge for `ms` milliseconds at `ratePerHour` minor units an hour, rounded once.
 * @category Money
 */
export const hourlyChargeMinor = (ms: number, ratePerHour: number, mode: RoundingMode): bigint =>
  divideRounded(BigInt(ms) * BigInt(ratePerHour), 3_600_000n, mode);

/**
 * The smallest whole number of `step`s that covers `value` (both non-negative integers).
 * @category Money
 */
export const stepsCovering = (value: number, step: number): number => Number(divideRounded(BigInt(value), BigInt(step), 'up'));

export const isRoundingMode = (u: unknown): u is RoundingMode =>
  typeof u === 'string' && (ROUNDING_MODES as readonly string[]).includes(u);
