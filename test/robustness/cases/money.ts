/**
 * Timed cases for money parsing on untrusted input (issue 10): parsing is linear in the length
 * of the text (200,000 trailing zeros used to take 11 s), and a decimal with more significant
 * digits than the library reads is rejected, never parsed in quadratic time.
 */
import { allocateMoney, money, multiplyMoney, parseMoney, percentOf } from '../../../src/index.js';
import type { BudgetCase } from '../budget.js';

export type Expectation = 'returns' | 'RangeError' | 'TypeError' | 'InvalidInputError';
export type MoneyCase = BudgetCase<undefined> & { readonly expect: Expectation; readonly want?: string };

const ZEROS = '0'.repeat(200_000);
const c = (expect: Expectation, run: () => unknown, want?: string): MoneyCase => ({ expect, run: () => run(), ...(want === undefined ? {} : { want }) });
const codes = (r: ReturnType<typeof parseMoney>): string => (r._tag === 'Left' ? `Left(${r.left.map((i) => i.code).join(',')})` : `Right(${r.right.amount})`);

export const cases: Record<string, MoneyCase> = {
  'parseMoney 1.(200,000 zeros) EUR': c('returns', () => codes(parseMoney({ major: `1.${ZEROS}`, currency: 'EUR' })), 'Right(100)'),
  'parseMoney 0.(200,000 zeros)1 EUR': c('returns', () => codes(parseMoney({ major: `0.${ZEROS}1`, currency: 'EUR' })), 'Left(TOO_MANY_DECIMALS)'),
  'parseMoney (200,000 zeros)5 EUR': c('returns', () => codes(parseMoney({ major: `${ZEROS}5`, currency: 'EUR' })), 'Right(500)'),
  'parseMoney 1(200,000 zeros) EUR': c('returns', () => codes(parseMoney({ major: `1${ZEROS}`, currency: 'EUR' })), 'Left(INVALID_AMOUNT)'),
  'parseMoney 200,000 nines': c('returns', () => codes(parseMoney({ major: '9'.repeat(200_000), currency: 'EUR' })), 'Left(INVALID_AMOUNT)'),
  'parseMoney 1(200,000 zeros)e-400': c('returns', () => codes(parseMoney({ major: `1${ZEROS}e-400`, currency: 'EUR' })), 'Left(INVALID_AMOUNT)'),
  'parseMoney a 1,000,000-character string': c('returns', () => codes(parseMoney({ major: '1'.repeat(1_000_000), currency: 'EUR' })), 'Left(INVALID_AMOUNT)'),
  'money 1.(200,000 zeros)': c('returns', () => money(`1.${ZEROS}`, 'EUR').amount, '100'),
  'multiplyMoney by 1.(200,000 zeros)': c('returns', () => multiplyMoney(money('10', 'EUR'), `1.${ZEROS}`).amount, '1000'),
  'multiplyMoney by 200,000 nines': c('TypeError', () => multiplyMoney(money('10', 'EUR'), '9'.repeat(200_000))),
  'percentOf 12.(200,000 zeros)': c('returns', () => percentOf(money('10000', 'EUR'), `12.${ZEROS}`).amount, '120000'),
  'allocateMoney by 1,000 ratios of 200 digits': c('returns', () => allocateMoney(money('100', 'EUR'), Array.from({ length: 1000 }, (_, i) => `${i + 1}.${'3'.repeat(200)}`)).length, '1000'),
};
