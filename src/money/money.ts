/**
 * Money: exact amounts in integer minor units of an ISO 4217 currency, with explicit rounding.
 * This module holds the type, its parsers and constructors and the currency queries;
 * arithmetic is in `arithmetic.ts`, formatting in `format.ts`.
 *
 * No binary floating point touches an amount: major-unit input is parsed digit by digit, and
 * multiplication, percentages and allocation run on BigInt decimals and round once, with the
 * {@link RoundingMode} you pass (`'halfUp'` by default).
 *
 * Misuse (mixing currencies, passing something that is not a Money, overflowing the safe-integer
 * range) throws an `Error` whose message starts with one of the {@link MoneyError} constants.
 * Bad data (a price read from a plan or a file) goes through {@link parseMoney} /
 * {@link safeParseMoney}, which return issues instead of throwing.
 */
import * as E from 'fp-ts/lib/Either.js';
import { describeValue, InvalidInputError, issue, isRecord, toSafe, type Issue, type IssuePath, type SafeParseResult } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { readRecord } from '../internal/read.js';
import { exponentOf, knownCurrencies } from './currencies.js';
import { isRoundingMode, parseDecimal, pow10, type Decimal, type RoundingMode } from './decimal.js';
import { MONEY_MESSAGES as MoneyError, moneyMessage } from '../internal/messages.js';

export type { RoundingMode } from './decimal.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * An amount of money: `amount` is an integer number of MINOR units (cents for EUR, yen for JPY,
 * fils for KWD) and `currency` an ISO 4217 code. `{ amount: 12000, currency: 'EUR' }` is 120.00 €.
 *
 * @example
 * ```ts
 * import { money, type Money } from 'support-sla';
 * const rate: Money = money('60.00', 'EUR'); // { amount: 6000, currency: 'EUR' }
 * ```
 * @category Money
 */
export interface Money {
  /** Integer number of minor units (cents for EUR); a safe integer, may be negative. */
  readonly amount: number;
  /** ISO 4217 code in upper case, e.g. `'EUR'`. */
  readonly currency: string;
}

/**
 * What {@link parseMoney} accepts: a {@link Money} in minor units, or major units as a decimal
 * string or number (`{ major: '120.00', currency: 'EUR' }`).
 *
 * @example
 * ```ts
 * import { makeMoney, type MoneyInput } from 'support-sla';
 * const input: MoneyInput = { major: '120.00', currency: 'EUR' };
 * makeMoney(input); // { amount: 12000, currency: 'EUR' }
 * ```
 * @category Money
 */
export type MoneyInput =
  | {
      /** Integer minor units. */
      readonly amount: number;
      /** ISO 4217 code. */
      readonly currency: string;
    }
  | {
      /** Major units as a decimal string (`'120.00'`) or number. */
      readonly major: number | string;
      /** ISO 4217 code. */
      readonly currency: string;
    };

export { MoneyError };

// ---------------------------------------------------------------------------------------------
// Constructors and parsers
// ---------------------------------------------------------------------------------------------

/**
 * Parses a {@link MoneyInput} (minor units, or major units as a decimal string or number),
 * collecting every issue. Major units are read digit by digit: `'0.1'` is exactly ten cents.
 * More decimals than the currency has is an issue (`TOO_MANY_DECIMALS`), never a silent
 * rounding; trailing zeros are fine (`'1.230'` EUR is 1.23 €). A number is read through its
 * shortest round-trip decimal string (`0.1` → `'0.1'`).
 *
 * @example
 * ```ts
 * import { parseMoney } from 'support-sla';
 * parseMoney({ major: '120.00', currency: 'EUR' }); // right({ amount: 12000, currency: 'EUR' })
 * parseMoney({ amount: 500, currency: 'JPY' });     // right({ amount: 500, currency: 'JPY' })
 * parseMoney({ major: '1.005', currency: 'EUR' });  // left([{ code: 'TOO_MANY_DECIMALS', path: ['major'], … }])
 * ```
 * @category Money
 */
export const parseMoney = (value: unknown, path: IssuePath = []): E.Either<Issue[], Money> => {
  if (!isRecord(value)) {
    return E.left([issue(IssueCode.NOT_AN_OBJECT, path, 'Expected money as { amount, currency } (minor units) or { major, currency }.')]);
  }
  const issues: Issue[] = [];
  // a snapshot of the fields (a throwing getter is an issue); any other key is UNKNOWN_KEY
  const input = readRecord(value, path, issues, MONEY_KEYS);
  if (input === undefined) return E.left(issues);
  const currency = readCurrency(input['currency'], [...path, 'currency'], issues);
  const hasAmount = input['amount'] !== undefined;
  const hasMajor = input['major'] !== undefined;
  if (hasAmount === hasMajor) {
    issues.push(
      issue(
        hasAmount ? IssueCode.INVALID_AMOUNT : IssueCode.REQUIRED,
        path,
        hasAmount ? 'Give either amount (minor units) or major, not both.' : 'Money needs amount (integer minor units) or major (e.g. "120.00").',
      ),
    );
    return E.left(issues);
  }
  if (hasAmount) {
    const amount = input['amount'];
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
      issues.push(issue(IssueCode.INVALID_AMOUNT, [...path, 'amount'], `amount must be a safe integer number of minor units, got ${describeValue(amount)}.`));
    }
    return issues.length > 0 || currency === undefined ? E.left(issues) : E.right({ amount: amount as number, currency });
  }
  const major = input['major'];
  if (currency === undefined) {
    // still report a malformed major
    if (typeof major !== 'string' && typeof major !== 'number') {
      issues.push(issue(IssueCode.INVALID_AMOUNT, [...path, 'major'], `major must be a decimal string or number, got ${describeValue(major)}.`));
    }
    return E.left(issues);
  }
  const parsed = parseMajor(major, currency, [...path, 'major']);
  return E.isLeft(parsed) ? E.left([...issues, ...parsed.left]) : issues.length > 0 ? E.left(issues) : parsed;
};

/**
 * {@link parseMoney} in the `{ success, value | issues }` shape.
 *
 * @example
 * ```ts
 * import { safeParseMoney } from 'support-sla';
 * const r = safeParseMoney({ major: '9.99', currency: 'USD' });
 * if (r.success) r.value.amount; // 999
 * ```
 * @category Money
 */
export const safeParseMoney = (input: unknown): SafeParseResult<Money> => toSafe(parseMoney(input));

/**
 * {@link parseMoney} that throws an `InvalidInputError` (carrying `.issues`) on bad input.
 *
 * @example
 * ```ts
 * import { makeMoney } from 'support-sla';
 * makeMoney({ amount: 12000, currency: 'EUR' }); // { amount: 12000, currency: 'EUR' }
 * ```
 * @category Money
 */
export const makeMoney = (input: unknown): Money => {
  const r = parseMoney(input);
  if (E.isLeft(r)) throw new InvalidInputError('money', r.left);
  return r.right;
};

/**
 * Money from MAJOR units: `money('120.00', 'EUR')` is `{ amount: 12000, currency: 'EUR' }`.
 * Strings are parsed digit by digit; a number through its shortest decimal string. Throws an
 * `InvalidInputError` (carrying every issue: the currency's and the amount's) for an unknown
 * currency, a malformed number, or more decimals than the currency has (`money('0.001', 'EUR')`):
 * amounts are never silently rounded; it never throws another error. Use
 * {@link parseMoney} for untrusted input.
 *
 * @example
 * ```ts
 * import { money } from 'support-sla';
 * money('120.00', 'EUR'); // { amount: 12000, currency: 'EUR' }
 * money(0.1, 'EUR');      // { amount: 10, currency: 'EUR' }
 * money('1500', 'JPY');   // { amount: 1500, currency: 'JPY' }
 * money('1.234', 'KWD');  // { amount: 1234, currency: 'KWD' }
 * ```
 * @category Money
 */
export const money = (major: number | string, currency: string): Money => {
  const issues: Issue[] = [];
  const code = readCurrency(currency, ['currency'], issues);
  // an unknown currency: the amount is still read (in a currency of 4 decimals, the most there is) so that both are reported
  const r = parseMajor(major, code ?? 'CLF', ['major']);
  if (E.isLeft(r)) issues.push(...(code === undefined ? r.left.filter((i) => i.code === IssueCode.INVALID_AMOUNT) : r.left));
  if (issues.length > 0 || E.isLeft(r)) throw new InvalidInputError('money', issues);
  return r.right;
};

/**
 * Zero in a currency.
 *
 * @example
 * ```ts
 * import { zeroMoney } from 'support-sla';
 * zeroMoney('EUR'); // { amount: 0, currency: 'EUR' }
 * ```
 * @category Money
 */
export const zeroMoney = (currency: string): Money => {
  exponentOrThrow(currency);
  return { amount: 0, currency };
};

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * The ISO 4217 exponent (number of minor-unit digits) of a currency: EUR 2, JPY 0, KWD 3.
 * Throws for an unknown code. The library ships its own table of active ISO 4217 codes (plus
 * `XXX`, "no currency", exponent 0) instead of asking `Intl`, whose CLDR digits differ from
 * ISO 4217 for some currencies (IQD: ISO 3, CLDR 0).
 *
 * @example
 * ```ts
 * import { currencyExponent } from 'support-sla';
 * currencyExponent('EUR'); // 2
 * currencyExponent('JPY'); // 0
 * currencyExponent('KWD'); // 3
 * ```
 * @category Money
 */
export const currencyExponent = (currency: string): number => exponentOrThrow(currency);

/**
 * Is `code` a currency this library knows (an active ISO 4217 code, upper case)?
 *
 * @example
 * ```ts
 * import { isKnownCurrency } from 'support-sla';
 * isKnownCurrency('EUR'); // true
 * isKnownCurrency('EURO'); // false
 * ```
 * @category Money
 */
export const isKnownCurrency = (code: unknown): code is string => typeof code === 'string' && exponentOf(code) !== undefined;

/**
 * The currency codes this library knows, sorted.
 *
 * @example
 * ```ts
 * import { supportedCurrencies } from 'support-sla';
 * supportedCurrencies().includes('GBP'); // true
 * ```
 * @category Money
 */
export const supportedCurrencies = (): string[] => knownCurrencies();

/**
 * Is a value a well-formed {@link Money} (safe-integer amount, known currency)?
 *
 * @example
 * ```ts
 * import { isMoney } from 'support-sla';
 * isMoney({ amount: 100, currency: 'EUR' }); // true
 * isMoney({ amount: 1.5, currency: 'EUR' }); // false
 * ```
 * @category Money
 */
export const isMoney = (u: unknown): u is Money =>
  isRecord(u) && typeof u['amount'] === 'number' && Number.isSafeInteger(u['amount']) && isKnownCurrency(u['currency']);

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const MONEY_KEYS = ['amount', 'major', 'currency'];

/**
 * Parses major units in a known currency to minor units, as an Either. @internal
 * @category Money
 */
export const parseMajor = (major: unknown, currency: string, path: IssuePath): E.Either<Issue[], Money> => {
  const exponent = exponentOf(currency) as number;
  if (typeof major !== 'string' && typeof major !== 'number') {
    return E.left([issue(IssueCode.INVALID_AMOUNT, path, `Expected a decimal string or number, got ${describeValue(major)}.`)]);
  }
  const d = parseDecimal(major);
  if (d === undefined) {
    return E.left([issue(IssueCode.INVALID_AMOUNT, path, `Not a decimal amount: ${describeValue(major)} (use digits with an optional '.' and sign, e.g. "120.00").`)]);
  }
  if (d.scale > exponent) {
    return E.left([
      issue(IssueCode.TOO_MANY_DECIMALS, path, `${describeValue(major)} has ${d.scale} decimals but ${currency} has ${exponent}: amounts are never rounded silently.`),
    ]);
  }
  const minor = d.digits * pow10(exponent - d.scale);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) {
    return E.left([issue(IssueCode.AMOUNT_OUT_OF_RANGE, path, `${describeValue(major)} ${currency} is beyond the safe-integer range of minor units.`)]);
  }
  return E.right({ amount: Number(minor) + 0, currency });
};

/**
 * Validates a currency code, pushing an issue; returns it when known. @internal
 * @category Money
 */
export const readCurrency = (u: unknown, path: IssuePath, issues: Issue[]): string | undefined => {
  if (typeof u !== 'string') {
    issues.push(issue(u === undefined ? IssueCode.REQUIRED : IssueCode.NOT_A_STRING, path, 'A currency needs an ISO 4217 code such as "EUR".'));
    return undefined;
  }
  if (exponentOf(u) === undefined) {
    issues.push(issue(IssueCode.UNKNOWN_CURRENCY, path, `Unknown currency ${describeValue(u)}: expected an active ISO 4217 code in upper case, such as "EUR".`));
    return undefined;
  }
  return u;
};

/**
 * Throws unless `m` is a Money; returns its currency's exponent. @internal
 * @category Money
 */
export const assertMoney = (m: Money): number => {
  if (!isRecord(m) || typeof m.amount !== 'number' || !Number.isSafeInteger(m.amount) || typeof m.currency !== 'string') {
    throw new TypeError(moneyMessage(MoneyError.NOT_MONEY, `got ${describeValue(m)}`));
  }
  return exponentOrThrow(m.currency);
};

/**
 * Throws unless both are Money in the same currency. @internal
 * @category Money
 */
export const assertSameCurrency = (a: Money, b: Money): void => {
  assertMoney(a);
  assertMoney(b);
  if (a.currency !== b.currency) throw new Error(moneyMessage(MoneyError.CURRENCY_MISMATCH, `${a.currency} and ${b.currency}`));
};

/**
 * Throws unless `mode` is a rounding mode. @internal
 * @category Money
 */
export const assertRounding = (mode: unknown): RoundingMode => {
  if (!isRoundingMode(mode)) throw new TypeError(moneyMessage(MoneyError.INVALID_ROUNDING, `got ${describeValue(mode)}`));
  return mode;
};

/**
 * A BigInt number of minor units as a safe-integer number; throws `RangeError` beyond. @internal
 * @category Money
 */
export const toSafeNumber = (n: bigint): number => {
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER)) throw new RangeError(MoneyError.OVERFLOW);
  return Number(n) + 0; // + 0 turns -0 into 0
};

const exponentOrThrow = (currency: string): number => {
  const exponent = exponentOf(currency);
  if (exponent === undefined) throw new RangeError(moneyMessage(MoneyError.UNKNOWN_CURRENCY, `got ${describeValue(currency)}`));
  return exponent;
};

/**
 * `n` when it is a safe integer (−0 read as 0); throws `RangeError` beyond. @internal
 * @category Money
 */
export const safeAmount = (n: number): number => {
  if (!Number.isSafeInteger(n)) throw new RangeError(MoneyError.OVERFLOW);
  return n + 0;
};

/**
 * A decimal of a number or string; throws `TypeError` with `message` otherwise. @internal
 * @category Money
 */
export const decimalOrThrow = (u: number | string, message: string): Decimal => {
  const d = typeof u === 'number' || typeof u === 'string' ? parseDecimal(u) : undefined;
  if (d === undefined) throw new TypeError(moneyMessage(message, `got ${describeValue(u)}`));
  return d;
};
