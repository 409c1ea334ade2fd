/**
 * Invoices: itemised charge lines and their exact sum, built from work, fees and phone overage.
 */
import * as E from 'fp-ts/lib/Either.js';
import { describeValue, issue, isRecord, type Issue, type IssuePath } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { readArray, readRecord, readString } from '../internal/read.js';
import { parseMoney, readCurrency, type Money } from '../money/money.js';
import type { PhoneStatement } from '../quota/index.js';
import {
  parseFixedFee,
  parsePercentFee,
  parseWorkCharge,
  phoneOverageCharge,
  type ChargeLine,
  type FixedFee,
  type PercentFee,
  type WorkCharge,
} from './charges.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * An item of {@link buildInvoice}: work, a maintenance (percent) fee, a fixed fee, or the
 * overage of a phone statement.
 *
 * @example
 * ```ts
 * import { money, type InvoiceItem } from 'support-sla';
 * const items: InvoiceItem[] = [
 *   { kind: 'fee', description: 'Phone package', amount: money('120', 'EUR') },
 *   { kind: 'maintenance', description: 'Maintenance', baseValue: money('10000', 'EUR'), percent: 12 },
 * ];
 * ```
 * @category Billing
 */
export type InvoiceItem =
  | ({
      /** Work priced per hour. */
      readonly kind: 'work';
    } & WorkCharge)
  | ({
      /** A percent-of-value fee. */
      readonly kind: 'maintenance';
    } & PercentFee)
  | ({
      /** A fixed fee. */
      readonly kind: 'fee';
    } & FixedFee)
  | {
      /** The overage of a phone statement. */
      readonly kind: 'phone';
      /** The statement from {@link billPhoneCalls}. */
      readonly statement: PhoneStatement;
      /** Text for the line. */
      readonly description?: string;
    };

/**
 * An invoice: itemised lines and their exact sum.
 *
 * @example
 * ```ts
 * import type { Invoice } from 'support-sla';
 * const describe = (i: Invoice) => i.lines.map((l) => `${l.description}: ${l.amount.amount}`);
 * ```
 * @category Billing
 */
export interface Invoice {
  /** The itemised lines, in item order (a work item gives a work and maybe a surcharge line). */
  readonly lines: ChargeLine[];
  /** The exact sum of the lines. */
  readonly total: Money;
}

/**
 * Options of {@link buildInvoice}: the currency of an empty invoice (and of every line; a
 * line in another currency is a `CURRENCY_MISMATCH` issue).
 *
 * @example
 * ```ts
 * import type { BuildInvoiceOptions } from 'support-sla';
 * const options: BuildInvoiceOptions = { currency: 'EUR' };
 * ```
 * @category Billing
 */
export interface BuildInvoiceOptions {
  /** The invoice currency; default the first line's. */
  readonly currency?: string;
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/**
 * Builds an invoice from items, collecting every issue (paths like `['items', 2, 'duration']`)
 * in a `Left`. The total is the exact sum of the lines; all lines must share one currency.
 *
 * @example
 * ```ts
 * import { buildInvoice, money } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const r = buildInvoice([
 *   { kind: 'fee', description: 'Phone package 2025', amount: money('120', 'EUR') },
 *   { kind: 'maintenance', description: 'Maintenance 2025', baseValue: money('10000', 'EUR'), percent: 12 },
 *   { kind: 'work', description: 'Urgent fix', duration: { minutes: 20 }, hourlyRate: money('60', 'EUR'), surchargePercent: 50 },
 * ]);
 * if (E.isRight(r)) r.right.total; // { amount: 136500, currency: 'EUR' }: 120 + 1200 + 30 + 15
 * ```
 * @category Billing
 */
export const buildInvoice = (items: readonly InvoiceItem[], options: BuildInvoiceOptions = {}): E.Either<Issue[], Invoice> => {
  const issues: Issue[] = [];
  const list = readArray(items, ['items'], issues);
  let currency: string | undefined;
  const opts = readRecord(options, ['options'], issues, ['currency']);
  if (opts !== undefined && opts['currency'] !== undefined) currency = readCurrency(opts['currency'], ['options', 'currency'], issues);
  // an invalid options.currency: the items are still read, their currencies compared with none
  const optionsFailed = issues.length > 0;
  const lines: ChargeLine[] = [];
  (list ?? []).forEach((item: unknown, i) => {
    const path = ['items', i];
    const r = readItem(item, path);
    if (E.isLeft(r)) {
      issues.push(...r.left);
      return;
    }
    for (const line of r.right) {
      if (currency === undefined && !optionsFailed) currency = line.amount.currency;
      if (currency !== undefined && line.amount.currency !== currency) {
        issues.push(issue(IssueCode.CURRENCY_MISMATCH, path, `This item is in ${line.amount.currency} but the invoice is in ${currency}.`));
        return;
      }
    }
    lines.push(...r.right);
  });
  if (currency === undefined && issues.length === 0) {
    issues.push(issue(IssueCode.REQUIRED, ['options', 'currency'], 'An empty invoice needs options.currency.'));
  }
  if (issues.length > 0 || currency === undefined) return E.left(issues);
  const total = lines.reduce((s, l) => s + l.amount.amount, 0);
  if (!Number.isSafeInteger(total)) return E.left([issue(IssueCode.AMOUNT_OUT_OF_RANGE, ['items'], 'The invoice total is beyond the safe-integer range of minor units.')]);
  return E.right({ lines, total: { amount: total + 0, currency } });
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const KINDS = "'work', 'maintenance', 'fee' or 'phone'";

/** One item as charge lines, or every issue of it. */
const readItem = (item: unknown, path: IssuePath): E.Either<Issue[], ChargeLine[]> => {
  if (!isRecord(item)) return E.left([issue(IssueCode.NOT_AN_OBJECT, path, `An invoice item is an object with a kind (${KINDS}), got ${describeValue(item)}.`)]);
  const issues: Issue[] = [];
  const rec = readRecord(item, path, issues);
  if (rec === undefined || issues.length > 0) return E.left(issues);
  switch (rec['kind']) {
    case 'work':
      return parseWorkCharge(rec, path, ['kind']);
    case 'maintenance':
      return parsePercentFee(rec, path, ['kind']);
    case 'fee':
      return parseFixedFee(rec, path, ['kind']);
    case 'phone':
      return readPhoneItem(rec, path);
    default:
      return E.left([issue(IssueCode.INVALID_CHARGE_ITEM, [...path, 'kind'], `kind must be ${KINDS} (with a statement), got ${describeValue(rec['kind'])}.`)]);
  }
};

/**
 * `{ kind: 'phone', statement, description? }`: the statement's overage as one line. The money
 * entering here is checked like any other: the statement's `total` is read as money (an unknown
 * currency such as `'EURO'` is `UNKNOWN_CURRENCY`), its `overageMinutes` must be a finite
 * non-negative number, and each of its lines' charges must be money in the total's currency.
 */
const readPhoneItem = (rec: Record<string, unknown>, path: IssuePath): E.Either<Issue[], ChargeLine[]> => {
  const issues: Issue[] = [];
  readRecord(rec, path, issues, ['kind', 'statement', 'description']);
  const description = rec['description'] === undefined ? undefined : readString(rec['description'], [...path, 'description'], issues);
  const sp = [...path, 'statement'];
  const statement = rec['statement'] === undefined ? undefined : readRecord(rec['statement'], sp, issues);
  if (rec['statement'] === undefined) issues.push(issue(IssueCode.REQUIRED, sp, 'A phone item needs the statement from billPhoneCalls.'));
  let total: Money | undefined;
  if (statement !== undefined) {
    const t = parseMoney(statement['total'], [...sp, 'total']);
    if (E.isLeft(t)) issues.push(...t.left);
    else if (t.right.amount < 0) issues.push(issue(IssueCode.NEGATIVE_AMOUNT, [...sp, 'total'], 'A statement total cannot be negative.'));
    else total = t.right;
    const minutes = statement['overageMinutes'];
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
      issues.push(issue(IssueCode.NOT_A_NUMBER, [...sp, 'overageMinutes'], `overageMinutes must be a finite number of minutes, zero or more, got ${describeValue(minutes)}.`));
    }
    if (statement['lines'] !== undefined) {
      const lines = readArray(statement['lines'], [...sp, 'lines'], issues);
      lines?.forEach((line, i) => {
        const lp = [...sp, 'lines', i];
        const l = readRecord(line, lp, issues);
        if (l === undefined) return;
        const c = parseMoney(l['charge'], [...lp, 'charge']);
        if (E.isLeft(c)) issues.push(...c.left);
        else if (total !== undefined && c.right.currency !== total.currency) {
          issues.push(issue(IssueCode.CURRENCY_MISMATCH, [...lp, 'charge', 'currency'], `This line is in ${c.right.currency} but the statement total is in ${total.currency}.`));
        }
      });
    }
  }
  if (issues.length > 0 || statement === undefined || total === undefined) return E.left(issues);
  return E.right([phoneOverageCharge({ ...(statement as unknown as PhoneStatement), total }, description)]);
};
