/**
 * A plan's entitlements: what it includes, for billing. The phone allowance (validated by the
 * quota layer's own reader), the incident packs it sells (sizes and validity), and its rates
 * (man-hour, SLA surcharge, maintenance percent, annual fee). Read with every issue and its path;
 * the result holds money in minor units only and is frozen, so `plan.entitlements.phone` is a
 * `PhoneAllowance` that `billPhoneCalls` accepts as it is.
 */
import * as E from 'fp-ts/lib/Either.js';
import { Duration } from 'luxon';
import { issue, isRecord, type Issue, type IssuePath } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { finish, readArray, readEnum, readFiniteNumber, readOptional, readRecord, readRequired } from '../internal/read.js';
import { parseMoney, type Money } from '../money/money.js';
import { readPhoneAllowance, type PhoneAllowance } from '../quota/index.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * How long an incident pack bought under a plan lasts: the contract year it is bought in
 * (counted from the contract's start date, month-end clamped) or the calendar year (in the
 * contract's zone). Civiltech's packs run per calendar year.
 *
 * @example
 * ```ts
 * import type { PackValidity } from 'support-sla';
 * const civiltech: PackValidity = 'calendarYear';
 * ```
 */
export type PackValidity = 'contractYear' | 'calendarYear';

/**
 * The incident packs a plan sells: the sizes on sale (positive whole numbers, each once) and
 * their validity (default `'contractYear'`; a parsed plan always says which).
 *
 * @example
 * ```ts
 * import type { IncidentPackTerms } from 'support-sla';
 * const civiltechPremium: IncidentPackTerms = { sizes: [2, 4, 10, 25], validity: 'calendarYear' };
 * ```
 */
export interface IncidentPackTerms {
  /** The pack sizes on sale, e.g. `[2, 4, 10, 25]`. */
  readonly sizes: readonly number[];
  /** What a pack's validity is; default `'contractYear'`. */
  readonly validity?: PackValidity;
}

/**
 * A plan's rates. All money of a plan is in one currency.
 *
 * @example
 * ```ts
 * import { money, type PlanRates } from 'support-sla';
 * const clickMedia: PlanRates = {
 *   hourly: money('60.00', 'EUR'), surchargePercent: 50, maintenancePercent: 12, annualFee: money('120.00', 'EUR'),
 * };
 * ```
 */
export interface PlanRates {
  /** The man-hour rate for support work (not negative). */
  readonly hourly?: Money;
  /** The SLA surcharge on work, in percent (`50` = +50 %), zero or more. */
  readonly surchargePercent?: number;
  /** The yearly maintenance fee as a percent of the project's value, zero or more. */
  readonly maintenancePercent?: number;
  /** The plan's yearly fee (not negative). */
  readonly annualFee?: Money;
}

/**
 * What a plan includes, for billing: `PlanSpec.entitlements`. In a plan file money may be
 * written `{ major: '60.00', currency }`; the parsed plan holds `{ amount, currency }`.
 *
 * @example
 * ```ts
 * import { money, type PlanEntitlements } from 'support-sla';
 * const entitlements: PlanEntitlements = {
 *   phone: {
 *     increment: { minutes: 15 },
 *     limits: [{ per: 'month', limit: { hours: 1 } }, { per: 'year', limit: { hours: 12 } }],
 *     carryOver: 'none',
 *     overage: { hourlyRate: money('60.00', 'EUR') },
 *   },
 *   rates: { hourly: money('60.00', 'EUR'), surchargePercent: 50, maintenancePercent: 12 },
 * };
 * ```
 */
export interface PlanEntitlements {
  /** Phone time included (ClickMedia: 1 h a month, 12 h a year, in 15-minute increments). */
  readonly phone?: PhoneAllowance;
  /** Incident packs on sale (Civiltech Premium: 2, 4, 10, 25 per calendar year). */
  readonly incidentPacks?: IncidentPackTerms;
  /** Rates for work and fees. */
  readonly rates?: PlanRates;
}

// ---------------------------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------------------------

/**
 * Validates a plan's `entitlements` on their own, collecting every issue (paths from the
 * entitlements, e.g. `['incidentPacks', 'sizes', 0]`); `parsePlan` reads them the same way
 * under `['entitlements', …]`.
 *
 * @example
 * ```ts
 * import { parseEntitlements } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const ok = parseEntitlements({ rates: { hourly: { major: '60.00', currency: 'EUR' }, surchargePercent: 50 } });
 * E.isRight(ok) && ok.right.rates?.hourly; // { amount: 6000, currency: 'EUR' }
 * const bad = parseEntitlements({ incidentPacks: { sizes: [2, 0] } });
 * E.isLeft(bad) && bad.left.map((i) => [i.code, i.path]); // [['INVALID_PACK_SIZE', ['incidentPacks', 'sizes', 1]]]
 * ```
 */
export const parseEntitlements = (input: unknown): E.Either<Issue[], PlanEntitlements> => {
  const issues: Issue[] = [];
  const value = readEntitlements(input, [], issues);
  return finish(issues, () => value as PlanEntitlements);
};

/**
 * Reads a plan's `entitlements` into an issue list (the collector `parsePlan` uses): the
 * normalised, frozen entitlements, or `undefined` with every issue pushed under `path`.
 * @internal
 */
export const readEntitlements = (input: unknown, path: IssuePath, issues: Issue[]): PlanEntitlements | undefined => {
  const before = issues.length;
  const rec = readRecord(input, path, issues, ENTITLEMENT_KEYS);
  if (rec === undefined) return undefined;
  const rates = readOptional(rec, 'rates', path, issues, readRates);
  const phone = readOptional(rec, 'phone', path, issues, readPhone);
  const incidentPacks = readOptional(rec, 'incidentPacks', path, issues, readPackTerms);
  if (issues.length === before) checkOneCurrency(rates, phone, path, issues);
  if (issues.length > before) return undefined;
  return Object.freeze({
    ...(phone === undefined ? {} : { phone }),
    ...(incidentPacks === undefined ? {} : { incidentPacks }),
    ...(rates === undefined ? {} : { rates }),
  });
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const ENTITLEMENT_KEYS = ['phone', 'incidentPacks', 'rates'] as const;
const PACK_KEYS = ['sizes', 'validity'] as const;
const RATE_KEYS = ['hourly', 'surchargePercent', 'maintenancePercent', 'annualFee'] as const;
const VALIDITIES: readonly PackValidity[] = ['contractYear', 'calendarYear'];

/** Money that is not negative, its keys checked; minor units out. */
const readMoney = (input: unknown, path: IssuePath, issues: Issue[]): Money | undefined => {
  const before = issues.length;
  // parseMoney checks the keys itself (UNKNOWN_KEY)
  const r = parseMoney(input, path);
  if (E.isLeft(r)) {
    issues.push(...r.left);
    return undefined;
  }
  if (r.right.amount < 0) {
    issues.push(issue(IssueCode.NEGATIVE_AMOUNT, path, `The amount cannot be negative, got ${r.right.amount} minor units.`));
    return undefined;
  }
  return issues.length > before ? undefined : Object.freeze({ amount: r.right.amount, currency: r.right.currency });
};

const readPercent = (input: unknown, path: IssuePath, issues: Issue[]): number | undefined =>
  readFiniteNumber(input, path, issues, { min: 0, code: IssueCode.INVALID_PERCENT });

const readRates = (input: unknown, path: IssuePath, issues: Issue[]): PlanRates | undefined => {
  const before = issues.length;
  const rec = readRecord(input, path, issues, RATE_KEYS);
  if (rec === undefined) return undefined;
  const hourly = readOptional(rec, 'hourly', path, issues, readMoney);
  const surchargePercent = readOptional(rec, 'surchargePercent', path, issues, readPercent);
  const maintenancePercent = readOptional(rec, 'maintenancePercent', path, issues, readPercent);
  const annualFee = readOptional(rec, 'annualFee', path, issues, readMoney);
  if (issues.length > before) return undefined;
  return Object.freeze({
    ...(hourly === undefined ? {} : { hourly }),
    ...(surchargePercent === undefined ? {} : { surchargePercent }),
    ...(maintenancePercent === undefined ? {} : { maintenancePercent }),
    ...(annualFee === undefined ? {} : { annualFee }),
  });
};

/** A duration as plain data: a copy of a `{ minutes: 15 }` object, or a luxon Duration's units. */
const plainDuration = (d: unknown): Readonly<Record<string, number>> =>
  Object.freeze(Duration.isDuration(d) ? { milliseconds: d.toMillis() } : { ...(d as Record<string, number>) });

/** The quota layer validates the allowance; the plan keeps a frozen copy in minor units. */
const readPhone = (input: unknown, path: IssuePath, issues: Issue[]): PhoneAllowance | undefined => {
  const before = issues.length;
  const allowance = readPhoneAllowance(input, path, issues);
  // the quota reader reported the rate's issues (parseMoney checks its keys): here only its value
  const rec = readRecord(input, path, [], undefined);
  const overage = rec?.['overage'];
  let hourlyRate: Money | undefined;
  if (isRecord(overage)) {
    hourlyRate = readMoney((overage as Record<string, unknown>)['hourlyRate'], [...path, 'overage', 'hourlyRate'], []);
  }
  if (allowance === undefined || issues.length > before) return undefined;
  const o = allowance.overage;
  return Object.freeze({
    increment: plainDuration(allowance.increment),
    limits: Object.freeze(allowance.limits.map((l) => Object.freeze({ per: l.per, limit: plainDuration(l.limit) }))),
    carryOver: 'none' as const,
    overage:
      o === 'refuse'
        ? ('refuse' as const)
        : Object.freeze({ hourlyRate: hourlyRate as Money, ...(o.rounding === undefined ? {} : { rounding: o.rounding }) }),
    ...(allowance.currency === undefined ? {} : { currency: allowance.currency }),
  });
};

const readPackTerms = (input: unknown, path: IssuePath, issues: Issue[]): IncidentPackTerms | undefined => {
  const before = issues.length;
  const rec = readRecord(input, path, issues, PACK_KEYS);
  if (rec === undefined) return undefined;
  const sizes = readRequired(rec, 'sizes', path, issues, readSizes);
  const validity = readOptional(rec, 'validity', path, issues, (u, p, is) => readEnum(u, VALIDITIES, p, is)) ?? 'contractYear';
  if (issues.length > before || sizes === undefined) return undefined;
  return Object.freeze({ sizes, validity });
};

const readSizes = (input: unknown, path: IssuePath, issues: Issue[]): readonly number[] | undefined => {
  const before = issues.length;
  const arr = readArray(input, path, issues, { minLength: 1, maxLength: 1000 });
  if (arr === undefined) return undefined;
  const seen = new Set<number>();
  const sizes: number[] = [];
  arr.forEach((u, i) => {
    const size = readFiniteNumber(u, [...path, i], issues, { integer: true, min: 1, code: IssueCode.INVALID_PACK_SIZE });
    if (size === undefined) return;
    if (seen.has(size)) {
      issues.push(issue(IssueCode.DUPLICATE_PACK_SIZE, [...path, i], `The pack size ${size} is listed twice.`));
      return;
    }
    seen.add(size);
    sizes.push(size);
  });
  return issues.length > before ? undefined : Object.freeze(sizes);
};

/** Every amount of a plan is in one currency: the first one found sets it. */
const checkOneCurrency = (rates: PlanRates | undefined, phone: PhoneAllowance | undefined, path: IssuePath, issues: Issue[]): void => {
  const found: [IssuePath, string][] = [];
  if (rates?.hourly !== undefined) found.push([[...path, 'rates', 'hourly', 'currency'], rates.hourly.currency]);
  if (rates?.annualFee !== undefined) found.push([[...path, 'rates', 'annualFee', 'currency'], rates.annualFee.currency]);
  if (phone !== undefined && phone.overage !== 'refuse') found.push([[...path, 'phone', 'overage', 'hourlyRate', 'currency'], phone.overage.hourlyRate.currency]);
  else if (phone?.currency !== undefined) found.push([[...path, 'phone', 'currency'], phone.currency]);
  const first = found[0];
  if (first === undefined) return;
  for (const [p, currency] of found.slice(1)) {
    if (currency !== first[1]) {
      issues.push(issue(IssueCode.CURRENCY_MISMATCH, p, `All money of a plan is in one currency: this is ${currency}, ${first[0].slice(path.length, -1).join('.')} is ${first[1]}.`));
    }
  }
};
