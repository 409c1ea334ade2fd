/**
 * Money: integer minor units, explicit rounding, allocation, formatting.
 * @module
 */
export type { Money, MoneyInput, RoundingMode } from './money.js';
export type { FormatMoneyOptions } from './format.js';
export {
  MoneyError,
  money,
  parseMoney,
  safeParseMoney,
  makeMoney,
  zeroMoney,
  currencyExponent,
  isKnownCurrency,
  supportedCurrencies,
  isMoney,
} from './money.js';
export { addMoney, subtractMoney, multiplyMoney, percentOf, sumMoney, allocateMoney, compareMoney } from './arithmetic.js';
export { moneyToDecimal, formatMoney } from './format.js';
