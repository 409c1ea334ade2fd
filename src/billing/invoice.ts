/**
 * Invoices: itemised charge lines and their exact sum, built from work, fees and phone overage.
 */
import * as E from 'fp-ts/lib/Either.js';
import { issue, isRecord, type Issue } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { parseMoney, type Money } from '../money/money.js';
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
  if (!Array.isArray(items)) return E.left([issue(IssueCode.NOT_AN_ARRAY, ['items'], 'items must be an array.')]);
  let currency: string | undefined;
  if (options.currency !== undefined) {
    const c = parseMoney({ amount: 0, currency: options.currency }, ['options']);
    if (E.isLeft(c)) issues.push(...c.left);
    else currency = c.right.currency;
  }
  const lines: ChargeLine[] = [];
  items.forEach((item: unknown, i) => {
    const path = ['items', i];
    let r: E.Either<Issue[], ChargeLine[]>;
    if (!isRecord(item)) r = E.left([issue(IssueCode.NOT_AN_OBJECT, path, 'An invoice item is an object with a kind.')]);
    else if (item['kind'] === 'work') r = parseWorkCharge(item, path);
    else if (item['kind'] === 'maintenance') r = parsePercentFee(item, path);
    else if (item['kind'] === 'fee') r = parseFixedFee(item, path);
    else if (item['kind'] === 'phone' && isRecord(item['statement']) && isRecord(item['statement']['total'])) {
      const desc = item['description'];
      r = E.right([phoneOverageCharge(item['statement'] as unknown as PhoneStatement, typeof desc === 'string' ? desc : undefined)]);
    } else {
      r = E.left([issue(IssueCode.INVALID_CHARGE_ITEM, [...path, 'kind'], "kind must be 'work', 'maintenance', 'fee' or 'phone' (with a statement).")]);
    }
    if (E.isLeft(r)) {
      issues.push(...r.left);
      return;
    }
    for (const line of r.right) {
      if (currency === undefined) currency = line.amount.currency;
      if (line.amount.currency !== currency) {
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
