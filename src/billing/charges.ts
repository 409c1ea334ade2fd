/**
 * Charges for work and fees as itemised lines (invoices are in `invoice.ts`).
 *
 * ClickMedia's terms as data: work billed per man-hour (60-90 EUR) in 15-minute increments; an
 * SLA contract adds +50% on the man-hour cost for first-priority or out-of-hours handling; a
 * maintenance contract costs 12% of the project's value a year; the phone package 120 EUR a year.
 */
import * as E from 'fp-ts/lib/Either.js';
import { describeValue, InvalidInputError, issue, isRecord, type Issue, type IssuePath } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { readRecord } from '../internal/read.js';
import type { DurationInput } from '../time/instant.js';
import { parseMoney, type Money } from '../money/money.js';
import { hourlyChargeMinor, isRoundingMode, parseDecimal, percentOfMinor, stepsCovering, type Decimal, type RoundingMode } from '../money/decimal.js';
import { readExactDurationMillis } from '../time/instant.js';
import type { PhoneStatement } from '../quota/index.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * What a charge line is for.
 *
 * @example
 * ```ts
 * import type { ChargeKind } from 'support-sla';
 * const kinds: ChargeKind[] = ['work', 'surcharge', 'maintenance', 'fee', 'phoneOverage'];
 * ```
 * @category Billing
 */
export type ChargeKind = 'work' | 'surcharge' | 'maintenance' | 'fee' | 'phoneOverage';

/**
 * One itemised line. `amount` is what the line costs; `quantity`/`unit`/`unitPrice` say how it
 * was computed (work: billed hours × hourly rate; surcharge and maintenance: a percent of a
 * base amount; phone overage: overage hours).
 *
 * @example
 * ```ts
 * import { priceWork, money } from 'support-sla';
 * const [work] = priceWork({ description: 'Fix checkout', duration: { minutes: 70 }, hourlyRate: money('60', 'EUR') });
 * work?.quantity; // 1.25 (hours: 70 minutes rounded up to 75)
 * ```
 * @category Billing
 */
export interface ChargeLine {
  /** What the line is for. */
  readonly kind: ChargeKind;
  /** Text for the invoice. */
  readonly description: string;
  /** What the line costs. */
  readonly amount: Money;
  /** Billed hours (work, phone overage) or the percent (surcharge, maintenance). */
  readonly quantity?: number;
  /** The unit of `quantity`. */
  readonly unit?: 'hour' | 'percent';
  /** The hourly rate (work), or the base the percent applies to (surcharge, maintenance). */
  readonly unitPrice?: Money;
}

/**
 * Work priced per hour. `duration` is rounded UP to whole `increment`s (default 15 minutes);
 * `surchargePercent` (e.g. ClickMedia's SLA +50%) adds a separate surcharge line worth that
 * percent of the work line. `rounding` (default `'halfUp'`) rounds each line once.
 *
 * @example
 * ```ts
 * import { money, type WorkCharge } from 'support-sla';
 * const urgentFix: WorkCharge = {
 *   description: 'Site down: restore', duration: { minutes: 95 }, hourlyRate: money('60', 'EUR'),
 *   surchargePercent: 50, surchargeDescription: 'SLA: first priority, out of hours',
 * };
 * ```
 * @category Billing
 */
export interface WorkCharge {
  /** Text for the work line. */
  readonly description: string;
  /** Time worked (zero or more). */
  readonly duration: DurationInput;
  /** The man-hour rate. */
  readonly hourlyRate: Money;
  /** Billing increment; default `{ minutes: 15 }`. */
  readonly increment?: DurationInput;
  /** Surcharge percent of the work line, e.g. `50` for ClickMedia's SLA; none when omitted. */
  readonly surchargePercent?: number | string;
  /** Text for the surcharge line; default `'Surcharge on <description>'`. */
  readonly surchargeDescription?: string;
  /** Rounding of each line; default `'halfUp'`. */
  readonly rounding?: RoundingMode;
}

/**
 * A fee that is a percent of a base value, e.g. ClickMedia's yearly maintenance contract at 12%
 * of the project's value.
 *
 * @example
 * ```ts
 * import { money, type PercentFee } from 'support-sla';
 * const maintenance: PercentFee = { description: 'Maintenance 2025', baseValue: money('8500', 'EUR'), percent: 12 };
 * ```
 * @category Billing
 */
export interface PercentFee {
  /** Text for the line. */
  readonly description: string;
  /** The value the percent applies to (the project's value). */
  readonly baseValue: Money;
  /** The percent, a non-negative decimal (ClickMedia: 12). */
  readonly percent: number | string;
  /** Rounding; default `'halfUp'`. */
  readonly rounding?: RoundingMode;
}

/**
 * A fixed fee, e.g. ClickMedia's phone support package at 120 EUR a year.
 *
 * @example
 * ```ts
 * import { money, type FixedFee } from 'support-sla';
 * const phonePackage: FixedFee = { description: 'Phone support package 2025', amount: money('120', 'EUR') };
 * ```
 * @category Billing
 */
export interface FixedFee {
  /** Text for the line. */
  readonly description: string;
  /** The fee (not negative). */
  readonly amount: Money;
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/**
 * Prices work: the duration rounded UP to whole increments (default 15 minutes) × the hourly
 * rate, rounded once; plus, with `surchargePercent`, a surcharge line of that percent of the
 * work line. Throws an `InvalidInputError` carrying every issue on bad input (negative duration,
 * unknown currency, a misspelt key such as `surchargePercnt`…), never another error;
 * {@link buildInvoice} returns such issues instead.
 *
 * @example
 * ```ts
 * import { priceWork, money } from 'support-sla';
 * const lines = priceWork({
 *   description: 'Out-of-hours fix', duration: { minutes: 50 }, hourlyRate: money('60', 'EUR'), surchargePercent: 50,
 * });
 * lines.map((l) => [l.kind, l.amount.amount]); // [['work', 6000], ['surcharge', 3000]]
 * ```
 * @category Billing
 */
export const priceWork = (work: WorkCharge): ChargeLine[] => orThrowCharge(parseWorkCharge(work, []));

/**
 * A percent-of-value fee line (a maintenance contract: 12% of the project's value). Throws an
 * `InvalidInputError` carrying every issue on bad input (a negative base, a bad percent, an
 * unknown key…), never another error; {@link buildInvoice} returns such issues instead.
 *
 * @example
 * ```ts
 * import { maintenanceFee, money } from 'support-sla';
 * maintenanceFee({ description: 'Maintenance 2025', baseValue: money('8500', 'EUR'), percent: 12 }).amount;
 * // { amount: 102000, currency: 'EUR' } (1 020.00 €)
 * ```
 * @category Billing
 */
export const maintenanceFee = (fee: PercentFee): ChargeLine => orThrowCharge(parsePercentFee(fee, []))[0] as ChargeLine;

/**
 * A fixed fee line (a package: ClickMedia's phone support, 120 EUR a year). Throws an
 * `InvalidInputError` carrying every issue on bad input (a negative amount, an unknown
 * currency, an unknown key…), never another error; {@link buildInvoice} returns such issues instead.
 *
 * @example
 * ```ts
 * import { fixedFee, money } from 'support-sla';
 * fixedFee({ description: 'Phone package 2025', amount: money('120', 'EUR') }).amount.amount; // 12000
 * ```
 * @category Billing
 */
export const fixedFee = (fee: FixedFee): ChargeLine => orThrowCharge(parseFixedFee(fee, []))[0] as ChargeLine;

/**
 * The overage of a phone statement as one line (its `total`), with the overage hours as quantity.
 *
 * @example
 * ```ts
 * import { billPhoneCalls, phoneOverageCharge, money } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const s = billPhoneCalls(
 *   { increment: { minutes: 15 }, limits: [{ per: 'month', limit: { hours: 1 } }], overage: { hourlyRate: money('60', 'EUR') } },
 *   { start: '2025-01-01', timeZone: 'Europe/Athens' },
 *   [{ start: '2025-01-10T10:00:00+02:00', durationSeconds: 75 * 60 }],
 * );
 * if (E.isRight(s)) phoneOverageCharge(s.right).amount.amount; // 1500 (15 minutes at 60 €/h)
 * ```
 * @category Billing
 */
export const phoneOverageCharge = (statement: PhoneStatement, description = 'Phone support beyond the allowance'): ChargeLine => ({
  kind: 'phoneOverage',
  description,
  amount: statement.total,
  // hours from the exact milliseconds when the statement has them (1/3 minute has no exact double)
  quantity: typeof statement.overageMillis === 'number' ? statement.overageMillis / 3_600_000 : statement.overageMinutes / 60,
  unit: 'hour',
});

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const WORK_KEYS = ['description', 'duration', 'hourlyRate', 'increment', 'surchargePercent', 'surchargeDescription', 'rounding'];
const PERCENT_FEE_KEYS = ['description', 'baseValue', 'percent', 'rounding'];
const FIXED_FEE_KEYS = ['description', 'amount'];

const outOfRange = (path: IssuePath): Issue =>
  issue(IssueCode.AMOUNT_OUT_OF_RANGE, path, 'The charge is beyond the safe-integer range of minor units.');

const orThrowCharge = (r: E.Either<Issue[], ChargeLine[]>): ChargeLine[] => {
  if (E.isLeft(r)) throw new InvalidInputError('charge', r.left);
  return r.right;
};

const readDescription = (u: unknown, path: IssuePath, issues: Issue[]): string => {
  if (typeof u !== 'string') {
    issues.push(issue(u === undefined ? IssueCode.REQUIRED : IssueCode.NOT_A_STRING, [...path, 'description'], 'A charge needs a description string.'));
    return '';
  }
  return u;
};

const readRounding = (u: unknown, path: IssuePath, issues: Issue[]): RoundingMode => {
  if (u === undefined) return 'halfUp';
  if (isRoundingMode(u)) return u;
  issues.push(issue(IssueCode.INVALID_ROUNDING, [...path, 'rounding'], "rounding must be 'halfUp', 'halfEven', 'up' or 'down'."));
  return 'halfUp';
};

const readNonNegativeMoney = (u: unknown, path: IssuePath, issues: Issue[]): Money | undefined => {
  const r = parseMoney(u, path);
  if (E.isLeft(r)) {
    issues.push(...r.left);
    return undefined;
  }
  if (r.right.amount < 0) {
    issues.push(issue(IssueCode.NEGATIVE_AMOUNT, path, 'The amount cannot be negative.'));
    return undefined;
  }
  return r.right;
};

const readPercent = (u: unknown, path: IssuePath, issues: Issue[]) => {
  const d = typeof u === 'number' || typeof u === 'string' ? parseDecimal(u) : undefined;
  if (d === undefined || d.digits < 0n) {
    issues.push(issue(IssueCode.INVALID_PERCENT, path, `A percent must be a non-negative decimal number or string, got ${describeValue(u)}.`));
    return undefined;
  }
  return d;
};

/** `base × percent / 100`, rounded once (-0 read as 0). */
const percentAmount = (base: Money, percent: Decimal, rounding: RoundingMode): number => Number(percentOfMinor(base.amount, percent, rounding)) + 0;

/**
 * Work as charge lines (a work line, and a surcharge line with `surchargePercent`). @internal
 * @category Billing
 */
export const parseWorkCharge = (input: unknown, path: IssuePath, extraKeys: readonly string[] = []): E.Either<Issue[], ChargeLine[]> => {
  if (!isRecord(input)) return E.left([issue(IssueCode.NOT_AN_OBJECT, path, 'Work is { description, duration, hourlyRate, … }.')]);
  const issues: Issue[] = [];
  const u = readRecord(input, path, issues, [...WORK_KEYS, ...extraKeys]);
  if (u === undefined) return E.left(issues);
  const description = readDescription(u['description'], path, issues);
  const durationMs = readExactDurationMillis(u['duration'], [...path, 'duration'], issues, IssueCode.NEGATIVE_DURATION, true);
  const incrementMs =
    u['increment'] === undefined ? 900_000 : readExactDurationMillis(u['increment'], [...path, 'increment'], issues, IssueCode.INVALID_INCREMENT, false);
  const rate = readNonNegativeMoney(u['hourlyRate'], [...path, 'hourlyRate'], issues);
  const rounding = readRounding(u['rounding'], path, issues);
  const pct = u['surchargePercent'] === undefined ? undefined : readPercent(u['surchargePercent'], [...path, 'surchargePercent'], issues);
  const surchargeDescription = u['surchargeDescription'];
  if (surchargeDescription !== undefined && typeof surchargeDescription !== 'string') {
    issues.push(issue(IssueCode.NOT_A_STRING, [...path, 'surchargeDescription'], 'surchargeDescription must be a string.'));
  }
  if (issues.length > 0 || durationMs === undefined || incrementMs === undefined || rate === undefined) return E.left(issues);
  const billedMs = stepsCovering(durationMs, incrementMs) * incrementMs;
  const amount = Number(hourlyChargeMinor(billedMs, rate.amount, rounding)) + 0;
  const surcharge = pct === undefined ? 0 : percentAmount({ amount, currency: rate.currency }, pct, rounding);
  if (!Number.isSafeInteger(billedMs) || !Number.isSafeInteger(amount) || !Number.isSafeInteger(surcharge)) {
    return E.left([outOfRange(path)]);
  }
  const workLine: ChargeLine = {
    kind: 'work',
    description,
    amount: { amount, currency: rate.currency },
    quantity: billedMs / 3_600_000,
    unit: 'hour',
    unitPrice: rate,
  };
  const lines = [workLine];
  if (pct !== undefined) {
    lines.push({
      kind: 'surcharge',
      description: typeof surchargeDescription === 'string' ? surchargeDescription : `Surcharge on ${description}`,
      amount: { amount: surcharge, currency: rate.currency },
      quantity: Number(u['surchargePercent']),
      unit: 'percent',
      unitPrice: workLine.amount,
    });
  }
  return E.right(lines);
};

/**
 * A percent-of-value fee as a charge line. @internal
 * @category Billing
 */
export const parsePercentFee = (input: unknown, path: IssuePath, extraKeys: readonly string[] = []): E.Either<Issue[], ChargeLine[]> => {
  if (!isRecord(input)) return E.left([issue(IssueCode.NOT_AN_OBJECT, path, 'A percent fee is { description, baseValue, percent }.')]);
  const issues: Issue[] = [];
  const u = readRecord(input, path, issues, [...PERCENT_FEE_KEYS, ...extraKeys]);
  if (u === undefined) return E.left(issues);
  const description = readDescription(u['description'], path, issues);
  const base = readNonNegativeMoney(u['baseValue'], [...path, 'baseValue'], issues);
  const pct = readPercent(u['percent'], [...path, 'percent'], issues);
  const rounding = readRounding(u['rounding'], path, issues);
  if (issues.length > 0 || base === undefined || pct === undefined) return E.left(issues);
  const amount = percentAmount(base, pct, rounding);
  if (!Number.isSafeInteger(amount)) return E.left([outOfRange(path)]);
  return E.right([
    {
      kind: 'maintenance',
      description,
      amount: { amount, currency: base.currency },
      quantity: Number(u['percent']),
      unit: 'percent',
      unitPrice: base,
    },
  ]);
};

/**
 * A fixed fee as a charge line. @internal
 * @category Billing
 */
export const parseFixedFee = (input: unknown, path: IssuePath, extraKeys: readonly string[] = []): E.Either<Issue[], ChargeLine[]> => {
  if (!isRecord(input)) return E.left([issue(IssueCode.NOT_AN_OBJECT, path, 'A fee is { description, amount }.')]);
  const issues: Issue[] = [];
  const u = readRecord(input, path, issues, [...FIXED_FEE_KEYS, ...extraKeys]);
  if (u === undefined) return E.left(issues);
  const description = readDescription(u['description'], path, issues);
  const amount = readNonNegativeMoney(u['amount'], [...path, 'amount'], issues);
  if (issues.length > 0 || amount === undefined) return E.left(issues);
  return E.right([{ kind: 'fee', description, amount }]);
};
