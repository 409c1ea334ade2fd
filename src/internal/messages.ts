/**
 * The messages of the errors thrown on programmer misuse (bad data is never thrown: it is an
 * `Issue` in a `Left`). One module, so the wording is consistent and tests can match on it:
 * fixed messages are constants, messages with details are built by the functions here, each
 * starting with a fixed text.
 * @internal
 */

// ---------------------------------------------------------------------------------------------
// Money (public as `MoneyError`: messages START with one of these, details follow in parentheses)
// ---------------------------------------------------------------------------------------------

/**
 * The messages of the errors money operations throw on misuse. Errors' messages START with
 * one of these (details follow in parentheses), so tests and callers can match on them.
 *
 * @example
 * ```ts
 * import { addMoney, money, MoneyError } from 'support-sla';
 * try {
 *   addMoney(money('1', 'EUR'), money('1', 'USD'));
 * } catch (e) {
 *   (e as Error).message.startsWith(MoneyError.CURRENCY_MISMATCH); // true
 * }
 * ```
 * @category Money
 */
export const MONEY_MESSAGES = {
  /** Two amounts in different currencies were combined. */
  CURRENCY_MISMATCH: 'Currency mismatch: amounts in different currencies cannot be combined',
  /** An argument is not a well-formed Money. */
  NOT_MONEY: 'Not a Money value: expected { amount: integer minor units, currency: ISO 4217 code }',
  /** A currency code the library does not know. */
  UNKNOWN_CURRENCY: 'Unknown currency code: expected an active ISO 4217 code such as EUR',
  /** A result beyond `Number.MAX_SAFE_INTEGER` minor units. */
  OVERFLOW: 'Amount out of range: the result is not a safe integer number of minor units',
  /** A factor or percent that is not a finite decimal. */
  INVALID_FACTOR: 'Invalid factor: expected a finite decimal number or decimal string',
  /** Allocation ratios that are negative, missing or all zero. */
  INVALID_RATIOS: 'Invalid ratios: expected non-negative decimals with a positive sum',
  /** A rounding mode that is not one of the four. */
  INVALID_ROUNDING: "Invalid rounding mode: expected 'halfUp', 'halfEven', 'up' or 'down'",
  /** `sumMoney([])` without a currency. */
  EMPTY_SUM: 'Cannot sum an empty list without a currency',
} as const;

/**
 * A money misuse message with its details in parentheses.
 * @category Errors
 */
export const moneyMessage = (message: string, details: string): string => `${message} (${details})`;

// ---------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------

/**
 * An unknown zone passed where a valid one is required (`alwaysOpen`, zone tables).
 * @category Errors
 */
export const unknownTimeZone = (zone: unknown): string => `Unknown IANA time zone: ${JSON.stringify(zone)}`;

/**
 * A query argument that is not an instant or a duration: `name: why`.
 * @category Errors
 */
export const badQueryArgument = (name: string, why: string): string => `${name}: ${why}`;

/**
 * Epoch ms outside what luxon can represent.
 * @category Errors
 */
export const instantOutOfRange = (ms: number): string => `${ms} ms is outside the range of instants luxon represents.`;

/**
 * Milliseconds luxon cannot represent as a Duration.
 * @category Errors
 */
export const durationOutOfRange = (ms: number): string => `${ms} ms is not a duration luxon represents.`;

/**
 * A non-finite instant given to an index.
 * @category Errors
 */
export const notAFiniteInstant = (ms: number): string => `Not a finite instant: ${ms}`;

// ---------------------------------------------------------------------------------------------
// Calendars and queries
// ---------------------------------------------------------------------------------------------

/**
 * Something that is not a calendar passed as one.
 * @category Errors
 */
export const NOT_A_CALENDAR = 'Expected a Calendar made by parseCalendar, makeCalendar, alwaysOpen or a calendar operation.';

/**
 * A search for open time that gave up after the horizon.
 * @category Errors
 */
export const noOpenTime = (horizonYears: number, direction: 'after' | 'before', from: string): string =>
  `No open time within ${horizonYears} years ${direction} ${from}: the calendar is closed for good there.`;

/**
 * A search for a closing that gave up after the horizon.
 * @category Errors
 */
export const noClosing = (horizonYears: number, from: string): string =>
  `No closing within ${horizonYears} years after ${from}: the calendar is open for good there.`;

/**
 * A search for a business day that gave up after the horizon.
 * @category Errors
 */
export const noBusinessDay = (horizonYears: number, direction: 'after' | 'before', day: number): string =>
  `No business day within ${horizonYears} years ${direction} local day ${day}: the calendar is closed for good there.`;

/**
 * A day count that is not an integer (or is negative where it may not be).
 * @category Errors
 */
export const badDayCount = (name: string, allowNegative: boolean, n: number): string =>
  `${name} must be a${allowNegative ? 'n' : ' non-negative'} integer, got ${n}.`;

/**
 * A date argument that is neither a local date nor an instant.
 * @category Errors
 */
export const badLocalDate = (date: unknown): string => `Expected a local date 'YYYY-MM-DD' or an instant, got ${JSON.stringify(date)}.`;

// ---------------------------------------------------------------------------------------------
// Holidays and arithmetic internals
// ---------------------------------------------------------------------------------------------

/**
 * A holiday year that is not an integer.
 * @category Errors
 */
export const badHolidayYear = (y: unknown): string => `A holiday year is an integer, got ${String(y)}.`;

/**
 * Shipped holiday data that does not validate (a bug of the library).
 * @category Errors
 */
export const invalidShippedData = (issues: unknown): string => `Invalid shipped holiday data: ${JSON.stringify(issues)}`;

/**
 * A non-positive denominator given to exact division.
 * @category Errors
 */
export const NON_POSITIVE_DENOMINATOR = 'divideRounded: the denominator must be positive.';
