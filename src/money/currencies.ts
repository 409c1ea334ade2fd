/**
 * ISO 4217 currency exponents (minor-unit digits) of the active currency codes.
 *
 * A table rather than `Intl.NumberFormat(...).resolvedOptions().maximumFractionDigits`: Intl
 * reports CLDR's display digits, which differ from ISO 4217 for several currencies (IQD is 3 in
 * ISO 4217 and 0 in CLDR; some engines also vary with their ICU version). Amounts here are
 * ISO minor units, so the ISO exponent is the one that matters, and it must not depend on the
 * Node version.
 * @internal
 */

const ZERO = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF XXX';
const THREE = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR = 'CLF UYW';
const TWO =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN ' +
  'BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP ' +
  'GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK ' +
  'LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK ' +
  'NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD ' +
  'SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG ' +
  'YER ZAR ZMW ZWG ZWL';

const buildTable = (): Map<string, number> => {
  const table = new Map<string, number>();
  for (const [list, exponent] of [
    [TWO, 2],
    [ZERO, 0],
    [THREE, 3],
    [FOUR, 4],
  ] as const) {
    for (const code of list.split(' ')) table.set(code, exponent);
  }
  return table;
};
// a call marked pure, so that a bundler drops the table when no money function is used
const table = /* @__PURE__ */ buildTable();

/**
 * The ISO 4217 exponent of a currency code, or `undefined` when the code is not known.
 * @category Money
 */
export const exponentOf = (code: string): number | undefined => table.get(code);

/**
 * Every known currency code, sorted.
 * @category Money
 */
export const knownCurrencies = (): string[] => [...table.keys()].sort();
