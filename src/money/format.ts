/**
 * Money as text: an exact decimal string, and a locale's currency format through `Intl`.
 */
import { checkMoney, type Money } from './money.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link formatMoney}, passed to `Intl.NumberFormat`.
 *
 * @example
 * ```ts
 * import { formatMoney, money } from 'support-sla';
 * formatMoney(money('120', 'EUR'), 'en-US', { currencyDisplay: 'code' }); // 'EUR 120.00'
 * ```
 * @category Money
 */
export interface FormatMoneyOptions {
  /** How the currency is shown; default `'symbol'`. */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** Thousands separators; default `true`. */
  readonly useGrouping?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------------------------

/**
 * The amount in major units as a plain decimal string with exactly the currency's digits
 * (`'120.00'`, `'-0.05'`, `'1500'` for JPY). `money(moneyToDecimal(m), m.currency)` is `m`.
 *
 * @example
 * ```ts
 * import { moneyToDecimal, money } from 'support-sla';
 * moneyToDecimal(money('120', 'EUR'));  // '120.00'
 * moneyToDecimal({ amount: -5, currency: 'EUR' }); // '-0.05'
 * moneyToDecimal(money('1.5', 'KWD'));  // '1.500'
 * ```
 * @category Money
 */
export const moneyToDecimal = (m: Money): string => {
  const exponent = checkMoney(m);
  const negative = m.amount < 0;
  const digits = String(Math.abs(m.amount)).padStart(exponent + 1, '0');
  const body = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return negative ? `-${body}` : body;
};

/**
 * Formats money for people with `Intl.NumberFormat` in a locale, always with the currency's
 * ISO digits. The number is handed to Intl as an exact decimal string, so large amounts keep
 * every cent.
 *
 * @example
 * ```ts
 * import { formatMoney, money } from 'support-sla';
 * formatMoney(money('1234.5', 'EUR'), 'el-GR'); // '1.234,50 €'
 * formatMoney(money('1234.5', 'EUR'), 'en-US'); // '€1,234.50'
 * formatMoney(money('1500', 'JPY'), 'ja-JP');   // '￥1,500'
 * ```
 * @category Money
 */
export const formatMoney = (m: Money, locale: string | readonly string[], options: FormatMoneyOptions = {}): string => {
  const exponent = checkMoney(m);
  const nf = new Intl.NumberFormat(locale as string | string[], {
    style: 'currency',
    currency: m.currency,
    currencyDisplay: options.currencyDisplay ?? 'symbol',
    useGrouping: options.useGrouping ?? true,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Intl.NumberFormat formats decimal strings exactly (ECMA-402 NumberFormat v3, Node >= 19)
  return nf.format(moneyToDecimal(m) as unknown as number);
};
