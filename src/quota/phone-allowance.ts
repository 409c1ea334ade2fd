/**
 * Phone-time allowances and the contracts they belong to: their types and their readers (a plan
 * validates its phone entitlement with {@link readPhoneAllowance}).
 */
import * as E from 'fp-ts/lib/Either.js';
import { describeValue, issue, isRecord, orThrow, toSafe, type Issue, type IssuePath, type SafeParseResult } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { parseInstant, readExactDurationMillis, type DurationInput } from '../time/instant.js';
import { parseIsoDate } from '../time/civil.js';
import { readTimeZone, zoneRules, type ZoneRules } from '../time/zone.js';
import { readArray, readEnum, readRecord } from '../internal/read.js';
import { parseMoney, type Money } from '../money/money.js';
import { isRoundingMode, type RoundingMode } from '../money/decimal.js';
import type { PeriodAnchor, PeriodUnit } from './periods.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * A phone-time allowance. ClickMedia's phone package: 15-minute increments, at most 1 hour a
 * month and 12 hours a year, no carry-over, time beyond the caps billed at the man-hour rate.
 *
 * - `increment`: every call is rounded UP to whole increments, call by call.
 * - `limits`: all apply at once; a call is covered only as far as EVERY limit has room.
 * - `carryOver`: only `'none'` (unused time is lost at each period end); may be omitted.
 * - `overage`: `{ hourlyRate }` bills time beyond any limit at that rate, in the same
 *   increments (charge rounded per call with `rounding`, default `'halfUp'`); `'refuse'` bills
 *   nothing beyond the limits and reports that time as `refusedMinutes`.
 * - `currency`: the statement's currency when `overage` is `'refuse'` (default `'XXX'`,
 *   ISO 4217 "no currency"); with an hourly rate it must match the rate's currency if given.
 *
 * @example
 * ```ts
 * import { money, type PhoneAllowance } from 'support-sla';
 * const clickMedia: PhoneAllowance = {
 *   increment: { minutes: 15 },
 *   limits: [{ per: 'month', limit: { hours: 1 } }, { per: 'year', limit: { hours: 12 } }],
 *   carryOver: 'none',
 *   overage: { hourlyRate: money('60.00', 'EUR') },
 * };
 * ```
 * @category Quotas
 */
export interface PhoneAllowance {
  /** Every call is rounded UP to whole increments of this, call by call (e.g. `{ minutes: 15 }`). */
  readonly increment: DurationInput;
  /** The limits; all apply at once (at least one). */
  readonly limits: readonly {
    /** The period the limit applies to. */
    readonly per: PeriodUnit;
    /** The covered time per period (zero or more). */
    readonly limit: DurationInput;
  }[];
  /** Only `'none'`: unused time is lost at each period end. Optional. */
  readonly carryOver?: 'none';
  /** What happens to time beyond a limit: charged at an hourly rate, or refused. */
  readonly overage:
    | {
        /** The rate per hour of overage (ClickMedia: the man-hour rate). */
        readonly hourlyRate: Money;
        /** Rounding of each line's charge; default `'halfUp'`. */
        readonly rounding?: RoundingMode;
      }
    | 'refuse';
  /** The statement currency when `overage` is `'refuse'` (default `'XXX'`). */
  readonly currency?: string;
}

/**
 * The contract the allowance belongs to. `start` and `end` are local dates `'YYYY-MM-DD'` in
 * `timeZone` (the contract runs from local midnight of `start` up to, NOT including, local
 * midnight of `end`: a one-year contract from 2025-01-01 has `end: '2026-01-01'`), or ISO
 * instants with an offset. `periods`: `'calendar'` (default) counts calendar months and years
 * in `timeZone`; `'anniversary'` counts them from the start date, month-end clamped.
 *
 * @example
 * ```ts
 * import type { Contract } from 'support-sla';
 * const contract: Contract = { start: '2025-01-01', end: '2026-01-01', timeZone: 'Europe/Athens' };
 * ```
 * @category Quotas
 */
export interface Contract {
  /** First local date `'YYYY-MM-DD'` (from local midnight), or an ISO instant with an offset. */
  readonly start: string;
  /** Local date (or instant) the contract ends at, EXCLUSIVE; open-ended when omitted. */
  readonly end?: string;
  /** IANA zone of the periods, e.g. `'Europe/Athens'`. */
  readonly timeZone: string;
  /** Period anchoring; default `'calendar'`. */
  readonly periods?: PeriodAnchor;
}

// ---------------------------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------------------------

/**
 * Reads a phone-time allowance into an issue list (paths under `path`): the allowance when it
 * is valid, else `undefined` with every issue pushed. The collector a larger parser (a plan's
 * phone entitlement) uses; {@link parsePhoneAllowance} is the same on its own.
 *
 * @example
 * ```ts
 * import { readPhoneAllowance, type Issue } from 'support-sla';
 * const issues: Issue[] = [];
 * readPhoneAllowance({ increment: { minutes: 0 }, limits: [], overage: 'refuse' }, ['phone'], issues);
 * issues.map((i) => i.code); // ['INVALID_INCREMENT', 'NO_LIMITS']
 * ```
 * @category Quotas
 */
export const readPhoneAllowance = (input: unknown, path: IssuePath, issues: Issue[]): PhoneAllowance | undefined =>
  readAllowanceTerms(input, path, issues) === undefined ? undefined : (input as PhoneAllowance);

/**
 * Validates a phone-time allowance, collecting every issue (never throws).
 *
 * @example
 * ```ts
 * import { parsePhoneAllowance, money } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const r = parsePhoneAllowance({ increment: { minutes: 15 }, limits: [{ per: 'month', limit: { hours: 1 } }], overage: { hourlyRate: money('60', 'EUR') } });
 * E.isRight(r); // true
 * ```
 * @category Quotas
 */
export const parsePhoneAllowance = (input: unknown): E.Either<Issue[], PhoneAllowance> => {
  const issues: Issue[] = [];
  const allowance = readPhoneAllowance(input, [], issues);
  return allowance === undefined ? E.left(issues) : E.right(allowance);
};

/**
 * Like {@link parsePhoneAllowance}, returning `{ success, value }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeParsePhoneAllowance } from 'support-sla';
 * const r = safeParsePhoneAllowance({ increment: { minutes: 15 }, limits: [{ per: 'week', limit: { hours: 1 } }], overage: 'refuse' });
 * r.success; // false: r.issues[0].code is 'INVALID_PERIODS'
 * ```
 * @category Quotas
 */
export const safeParsePhoneAllowance = (input: unknown): SafeParseResult<PhoneAllowance> => toSafe(parsePhoneAllowance(input));

/**
 * Like {@link parsePhoneAllowance}, throwing an `InvalidInputError` (with `.issues`) on bad input.
 *
 * @example
 * ```ts
 * import { makePhoneAllowance } from 'support-sla';
 * const refuseBeyond = makePhoneAllowance({ increment: { minutes: 15 }, limits: [{ per: 'year', limit: { hours: 12 } }], overage: 'refuse' });
 * ```
 * @category Quotas
 */
export const makePhoneAllowance = (input: PhoneAllowance): PhoneAllowance => orThrow('phone allowance', parsePhoneAllowance(input));

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/**
 * A validated limit. @internal
 * @category Quotas
 */
export interface ReadLimit {
  readonly per: PeriodUnit;
  readonly limitMs: number;
}
/**
 * A validated allowance, as the billing needs it. @internal
 * @category Quotas
 */
export interface ReadAllowance {
  readonly incrementMs: number;
  readonly limits: ReadLimit[];
  readonly rate: Money | undefined;
  readonly rounding: RoundingMode;
  readonly currency: string;
}
/**
 * A validated contract. @internal
 * @category Quotas
 */
export interface ReadContract {
  readonly zone: string;
  readonly rules: ZoneRules;
  readonly startMs: number;
  readonly endMs: number;
  readonly anchor: PeriodAnchor;
  readonly anchorDays: number;
}

const ALLOWANCE_KEYS = ['increment', 'limits', 'carryOver', 'overage', 'currency'];
const PERIOD_UNITS: readonly PeriodUnit[] = ['month', 'year'];
const CONTRACT_KEYS = ['start', 'end', 'timeZone', 'periods'];
const PERIOD_ANCHORS: readonly PeriodAnchor[] = ['calendar', 'anniversary'];

/**
 * Validates an allowance into its terms (shared with the phone billing). @internal
 * @category Quotas
 */
export const readAllowanceTerms = (input: unknown, path: IssuePath, issues: Issue[]): ReadAllowance | undefined => {
  const before = issues.length;
  const u = readRecord(input, path, issues, ALLOWANCE_KEYS);
  if (u === undefined) return undefined;
  const incrementMs = readExactDurationMillis(u['increment'], [...path, 'increment'], issues, IssueCode.INVALID_INCREMENT, false);
  const limits: ReadLimit[] = [];
  const rawLimits = readArray(u['limits'], [...path, 'limits'], issues);
  if (rawLimits !== undefined && rawLimits.length === 0) {
    issues.push(issue(IssueCode.NO_LIMITS, [...path, 'limits'], 'An allowance needs at least one limit.'));
  } else if (rawLimits !== undefined) {
    rawLimits.forEach((item: unknown, i) => {
      const lp = [...path, 'limits', i];
      const l = readRecord(item, lp, issues, ['per', 'limit']);
      if (l === undefined) return;
      const per = readEnum(l['per'], PERIOD_UNITS, [...lp, 'per'], issues, IssueCode.INVALID_PERIODS);
      const limitMs = readExactDurationMillis(l['limit'], [...lp, 'limit'], issues, IssueCode.INVALID_LIMIT, true);
      if (per !== undefined && limitMs !== undefined) limits.push({ per, limitMs });
    });
  }
  const carry = u['carryOver'];
  if (carry !== undefined && carry !== 'none') {
    issues.push(issue(IssueCode.UNSUPPORTED_CARRY_OVER, [...path, 'carryOver'], `Only carryOver: 'none' is supported (unused time is lost at each period end), got ${describeValue(carry)}.`));
  }
  let rate: Money | undefined;
  let rounding: RoundingMode = 'halfUp';
  const overage = u['overage'];
  if (overage === 'refuse') {
    rate = undefined;
  } else if (isRecord(overage)) {
    // a misspelt key (`roundng`) is UNKNOWN_KEY: it would otherwise change the bill silently
    const o = readRecord(overage, [...path, 'overage'], issues, ['hourlyRate', 'rounding']) ?? {};
    const r = parseMoney(o['hourlyRate'], [...path, 'overage', 'hourlyRate']);
    if (E.isLeft(r)) issues.push(...r.left);
    else if (r.right.amount < 0) issues.push(issue(IssueCode.NEGATIVE_AMOUNT, [...path, 'overage', 'hourlyRate', 'amount'], 'The hourly rate cannot be negative.'));
    else rate = r.right;
    if (o['rounding'] !== undefined) {
      const mode = o['rounding'];
      if (isRoundingMode(mode)) rounding = mode;
      else issues.push(issue(IssueCode.INVALID_ROUNDING, [...path, 'overage', 'rounding'], "rounding must be 'halfUp', 'halfEven', 'up' or 'down'."));
    }
  } else {
    issues.push(issue(IssueCode.INVALID_OVERAGE, [...path, 'overage'], "overage must be { hourlyRate: Money } or 'refuse'."));
  }
  let currency = rate?.currency ?? 'XXX';
  const cur = u['currency'];
  if (cur !== undefined) {
    const r = parseMoney({ amount: 0, currency: cur }, path);
    if (E.isLeft(r)) issues.push(...r.left);
    else if (rate !== undefined && rate.currency !== r.right.currency) {
      issues.push(issue(IssueCode.CURRENCY_MISMATCH, [...path, 'currency'], `currency ${r.right.currency} differs from the hourly rate's ${rate.currency}.`));
    } else currency = r.right.currency;
  }
  if (issues.length > before || incrementMs === undefined) return undefined;
  return { incrementMs, limits, rate, rounding, currency };
};

/**
 * Validates a contract (shared with other quota functions). @internal
 * @category Quotas
 */
export const readContract = (input: unknown, path: IssuePath, issues: Issue[]): ReadContract | undefined => {
  const before = issues.length;
  const u = readRecord(input, path, issues, CONTRACT_KEYS);
  if (u === undefined) return undefined;
  // keep validating the dates with UTC to collect every issue
  const zone = readTimeZone(u['timeZone'], [...path, 'timeZone'], issues) ?? 'UTC';
  const rules = zoneRules(zone);
  const anchorRaw = u['periods'] ?? 'calendar';
  readEnum(anchorRaw, PERIOD_ANCHORS, [...path, 'periods'], issues, IssueCode.INVALID_PERIODS);
  const start = readBoundary(u['start'], rules, [...path, 'start'], issues, true);
  const end = u['end'] === undefined ? undefined : readBoundary(u['end'], rules, [...path, 'end'], issues, false);
  if (start !== undefined && end !== undefined && end <= start) {
    issues.push(issue(IssueCode.CONTRACT_END_BEFORE_START, [...path, 'end'], 'The contract end must be after its start (end is exclusive).'));
  }
  if (issues.length > before || start === undefined) return undefined;
  return {
    zone,
    rules,
    startMs: start,
    endMs: end ?? Number.POSITIVE_INFINITY,
    anchor: anchorRaw as PeriodAnchor,
    anchorDays: rules.localDays(start),
  };
};

const readBoundary = (u: unknown, rules: ZoneRules, path: IssuePath, issues: Issue[], required: boolean): number | undefined => {
  if (u === undefined && required) {
    issues.push(issue(IssueCode.REQUIRED, path, "Required: a local date 'YYYY-MM-DD' or an ISO instant with an offset."));
    return undefined;
  }
  if (typeof u !== 'string') {
    issues.push(issue(IssueCode.NOT_A_STRING, path, "Expected a local date 'YYYY-MM-DD' or an ISO instant with an offset."));
    return undefined;
  }
  const days = parseIsoDate(u);
  if (days !== undefined) return rules.localToMillis(days, 0);
  if (/^\d{4}-\d{2}-\d{2}$/.test(u)) {
    issues.push(issue(IssueCode.INVALID_DATE, path, `Not a real date: ${describeValue(u)}.`));
    return undefined;
  }
  const r = parseInstant(u, path);
  if (E.isLeft(r)) {
    issues.push(...r.left);
    return undefined;
  }
  return r.right;
};
