/**
 * Money: integer minor units, explicit rounding, allocation, formatting.
 * @module
 */
export type { Money, MoneyInput, FormatMoneyOptions, RoundingMode } from './money.js';
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
  addMoney,
  subtractMoney,
  multiplyMoney,
  percentOf,
  sumMoney,
  allocateMoney,
  compareMoney,
  moneyToDecimal,
  formatMoney,
  isMoney,
} from './money.js';
