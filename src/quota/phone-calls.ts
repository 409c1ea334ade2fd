/**
 * Phone calls billed against a phone-time allowance: each call in whole increments against
 * several period limits at once, overage charged at an hourly rate (or refused), as a complete
 * statement. The allowance and the contract are read in `phone-allowance.ts`.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { DateTime } from 'luxon';
import { describeValue, issue, type Issue, type IssuePath } from '../internal/issues.js';
import { readArray, readRecord } from '../internal/read.js';
import { IssueCode } from '../internal/codes.js';
import { parseInstant, toDateTime, type InstantInput } from '../time/instant.js';
import type { Money } from '../money/money.js';
import { divideRounded, hourlyChargeMinor, parseDecimal, pow10, type Decimal } from '../money/decimal.js';
import { periodContaining, type Period, type PeriodUnit } from './periods.js';
import { readAllowanceTerms, readContract, type Contract, type PhoneAllowance, type ReadContract, type ReadLimit } from './phone-allowance.js';


// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * One phone call: when it started and how long it lasted, in seconds (fractions allowed).
 *
 * @example
 * ```ts
 * import type { PhoneCall } from 'support-sla';
 * const call: PhoneCall = { id: 'c1', start: '2025-03-04T10:00:00+02:00', durationSeconds: 7 * 60 };
 * ```
 * @category Quotas
 */
export interface PhoneCall {
  /** Your reference, copied to the statement line. */
  readonly id?: string;
  /** When the call started; it belongs to the periods this instant falls in. */
  readonly start: InstantInput;
  /** Length in seconds: finite, zero or more (fractions allowed). */
  readonly durationSeconds: number;
}

/**
 * One line of a {@link PhoneStatement}, for one call. `billedMinutes = coveredMinutes +
 * overageMinutes + refusedMinutes` (refused is 0 unless the allowance refuses overage), exactly
 * for any increment: the same identity holds on the exact whole milliseconds (`billedMillis =
 * coveredMillis + overageMillis + refusedMillis`), the minutes are those milliseconds / 60,000
 * (the nearest double: a 20-second increment is 1/3 minute) with `billedMinutes` computed as
 * `coveredMinutes + overageMinutes + refusedMinutes`, so the identity holds in JS arithmetic too;
 * `charge` is the overage at the hourly rate. `periods` are the labels of the periods the call
 * counted against (one per limit). `status`: `'covered'` (all billed time covered, including a
 * 0-second call), `'partial'` (some covered, the rest overage or refused), `'overage'` (none
 * covered, all charged), `'refused'` (none covered, all refused).
 *
 * @example
 * ```ts
 * import type { PhoneStatementLine } from 'support-sla';
 * const covered = (l: PhoneStatementLine) => l.status === 'covered';
 * ```
 * @category Quotas
 */
export interface PhoneStatementLine {
  /** Position of the call in the input. */
  readonly index: number;
  /** The call's id, when it had one. */
  readonly id?: string;
  /** The call's start, in the contract's zone. */
  readonly start: DateTime<true>;
  /** The call's length as given. */
  readonly durationSeconds: number;
  /** The call rounded UP to whole increments. */
  readonly billedMinutes: number;
  /** The part within every limit (whole increments). */
  readonly coveredMinutes: number;
  /** The part beyond a limit, charged at the hourly rate. */
  readonly overageMinutes: number;
  /** The part beyond a limit with `overage: 'refuse'` (not charged). */
  readonly refusedMinutes: number;
  /** `billedMinutes` exactly, in whole milliseconds (a safe integer). */
  readonly billedMillis: number;
  /** `coveredMinutes` exactly, in whole milliseconds. */
  readonly coveredMillis: number;
  /** `overageMinutes` exactly, in whole milliseconds. */
  readonly overageMillis: number;
  /** `refusedMinutes` exactly, in whole milliseconds. */
  readonly refusedMillis: number;
  /** How the call was covered (see above). */
  readonly status: 'covered' | 'partial' | 'overage' | 'refused';
  /** The overage charge of this call, rounded once. */
  readonly charge: Money;
  /** Labels of the periods the call counted against, one per limit, in the allowance's order. */
  readonly periods: string[];
}

/**
 * Usage of one period of one limit. `start`/`end` are the period's bounds in the contract's
 * zone (end exclusive), `label` matches the lines' `periods`. `remainingMinutes = limitMinutes -
 * usedMinutes` exactly (and `remainingMillis = limitMillis - usedMillis` in whole milliseconds). A calendar period is the whole
 * calendar month or year even when the contract starts or ends inside it (no pro-rating).
 *
 * @example
 * ```ts
 * import type { PhoneStatementPeriod } from 'support-sla';
 * const full = (p: PhoneStatementPeriod) => p.remainingMinutes === 0;
 * ```
 * @category Quotas
 */
export interface PhoneStatementPeriod {
  /** Month or year. */
  readonly per: PeriodUnit;
  /** `'2025-03'`, `'2025'`, or for anniversary periods `'2025-01-31/2025-02-28'` (end exclusive). */
  readonly label: string;
  /** First instant of the period (local midnight in the contract's zone). */
  readonly start: DateTime<true>;
  /** First instant after the period. */
  readonly end: DateTime<true>;
  /** The limit of the period. */
  readonly limitMinutes: number;
  /** Covered minutes counted against it. */
  readonly usedMinutes: number;
  /** `limitMinutes - usedMinutes`: lost at the period end (no carry-over). */
  readonly remainingMinutes: number;
  /** `limitMinutes` exactly, in whole milliseconds. */
  readonly limitMillis: number;
  /** `usedMinutes` exactly, in whole milliseconds. */
  readonly usedMillis: number;
  /** `remainingMinutes` exactly, in whole milliseconds. */
  readonly remainingMillis: number;
}

/**
 * The complete result of {@link billPhoneCalls}: lines in call (input) order, the periods any
 * call touched (grouped by limit in the allowance's order, then by start), totals, and
 * `total` = the sum of the lines' charges. The totals are exact sums in whole milliseconds
 * (`billedMillis = coveredMillis + overageMillis + refusedMillis`, each the sum of the lines'),
 * and their minutes are those / 60,000 with `billedMinutes = coveredMinutes + overageMinutes +
 * refusedMinutes` exactly, as on a line.
 *
 * @example
 * ```ts
 * import type { PhoneStatement } from 'support-sla';
 * const overageCalls = (s: PhoneStatement) => s.lines.filter((l) => l.overageMinutes > 0);
 * ```
 * @category Quotas
 */
export interface PhoneStatement {
  /** One line per call, in input order. */
  readonly lines: PhoneStatementLine[];
  /** Every period a call touched: by limit (allowance order), then by start. */
  readonly periods: PhoneStatementPeriod[];
  /** The increment, in minutes. */
  readonly incrementMinutes: number;
  /** Sum of the lines' billed minutes. */
  readonly billedMinutes: number;
  /** Sum of the lines' covered minutes. */
  readonly coveredMinutes: number;
  /** Sum of the lines' overage minutes. */
  readonly overageMinutes: number;
  /** Sum of the lines' refused minutes. */
  readonly refusedMinutes: number;
  /** The increment, in milliseconds. */
  readonly incrementMillis: number;
  /** Sum of the lines' billed milliseconds, exactly. */
  readonly billedMillis: number;
  /** Sum of the lines' covered milliseconds, exactly. */
  readonly coveredMillis: number;
  /** Sum of the lines' overage milliseconds, exactly. */
  readonly overageMillis: number;
  /** Sum of the lines' refused milliseconds, exactly. */
  readonly refusedMillis: number;
  /** Sum of the lines' charges, exactly. */
  readonly total: Money;
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * Bills phone calls against an allowance and returns the complete statement, or every issue
 * of the input in a `Left` (never throws on bad data).
 *
 * Rules: each call is rounded UP to whole increments on its own (a 7-minute call uses 15
 * minutes, a 16-minute call 30); a call belongs to the periods it STARTS in (in the contract's
 * zone), even when it runs past midnight; calls are allocated in time order (ties: input
 * order), whatever order they come in; a call is covered in whole increments as far as every
 * limit has room, and the rest is overage charged at `hourlyRate` (or refused); unused time is
 * lost at each period end.
 *
 * Issues (with paths like `['calls', 3, 'durationSeconds']`): a negative or non-finite
 * duration (`NEGATIVE_DURATION` / `NOT_A_NUMBER`), a bad instant, a call outside the contract
 * `[start, end)` (`CALL_OUTSIDE_CONTRACT`), an unknown currency, a non-positive increment, a
 * negative limit, no limits, an unknown time zone.
 *
 * @example
 * ```ts
 * import { billPhoneCalls, money } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const r = billPhoneCalls(
 *   {
 *     increment: { minutes: 15 },
 *     limits: [{ per: 'month', limit: { hours: 1 } }, { per: 'year', limit: { hours: 12 } }],
 *     carryOver: 'none',
 *     overage: { hourlyRate: money('60.00', 'EUR') },
 *   },
 *   { start: '2025-01-01', timeZone: 'Europe/Athens' },
 *   [
 *     { id: 'a', start: '2025-03-03T10:00:00+02:00', durationSeconds: 7 * 60 },  // bills 15
 *     { id: 'b', start: '2025-03-04T10:00:00+02:00', durationSeconds: 40 * 60 }, // bills 45
 *     { id: 'c', start: '2025-03-05T10:00:00+02:00', durationSeconds: 16 * 60 }, // bills 30: 0 covered
 *   ],
 * );
 * if (E.isRight(r)) {
 *   r.right.lines.map((l) => [l.coveredMinutes, l.overageMinutes]); // [[15, 0], [45, 0], [0, 30]]
 *   r.right.total; // { amount: 3000, currency: 'EUR' }
 * }
 * ```
 * @category Quotas
 */
export const billPhoneCalls = (
  allowance: PhoneAllowance,
  contract: Contract,
  calls: readonly PhoneCall[],
): E.Either<Issue[], PhoneStatement> => {
  const issues: Issue[] = [];
  const a = readAllowanceTerms(allowance, ['allowance'], issues);
  const c = readContract(contract, ['contract'], issues);
  const list = readCalls(calls, c, ['calls'], issues);
  if (issues.length > 0 || a === undefined || c === undefined || list === undefined) return E.left(issues);

  const incMs = a.incrementMs;
  // every call rounded up to whole increments, once; a billed time beyond the safe-integer range
  // of milliseconds (a call of 1e300 s) cannot be billed exactly: an issue, not nonsense minutes
  const billed = list.map((call) => incrementsCovering(call.durationSeconds, incMs));
  billed.forEach((inc, i) => {
    if (!Number.isSafeInteger(inc * incMs)) {
      issues.push(issue(IssueCode.DURATION_OUT_OF_RANGE, ['calls', i, 'durationSeconds'], `A call of ${(list[i] as ReadCall).durationSeconds} seconds is out of range.`));
    }
  });
  if (issues.length > 0) return E.left(issues);
  const used = new Map<string, { period: Period; limitIndex: number; usedMs: number }>();
  const lines: PhoneStatementLine[] = new Array(list.length);
  const order = list.map((_, i) => i).sort((x, y) => (list[x] as ReadCall).startMs - (list[y] as ReadCall).startMs || x - y);
  for (const i of order) {
    const call = list[i] as ReadCall;
    const billedInc = billed[i] as number;
    const localDays = c.rules.localDays(call.startMs);
    let availableInc = Number.POSITIVE_INFINITY;
    const slots = a.limits.map((limit, li) => {
      const period = periodContaining(c.rules, limit.per, c.anchor, c.anchorDays, localDays);
      const key = `${li}|${period.label}`;
      let slot = used.get(key);
      if (slot === undefined) {
        slot = { period, limitIndex: li, usedMs: 0 };
        used.set(key, slot);
      }
      availableInc = Math.min(availableInc, Math.floor((limit.limitMs - slot.usedMs) / incMs));
      return slot;
    });
    const coveredInc = Math.max(0, Math.min(billedInc, availableInc));
    for (const slot of slots) slot.usedMs += coveredInc * incMs;
    const restMs = (billedInc - coveredInc) * incMs;
    const overageMs = a.rate === undefined ? 0 : restMs;
    const refusedMs = a.rate === undefined ? restMs : 0;
    const charge: Money = {
      amount: a.rate === undefined ? 0 : Number(hourlyChargeMinor(overageMs, a.rate.amount, a.rounding)) + 0,
      currency: a.currency,
    };
    const coveredMs = coveredInc * incMs;
    const line: PhoneStatementLine = {
      index: i,
      ...(call.id === undefined ? {} : { id: call.id }),
      start: toDateTime(call.startMs, c.zone),
      durationSeconds: call.durationSeconds,
      ...figures(coveredMs, overageMs, refusedMs),
      status:
        coveredInc === billedInc ? 'covered' : coveredInc > 0 ? 'partial' : a.rate === undefined ? 'refused' : 'overage',
      charge,
      periods: slots.map((s) => s.period.label),
    };
    lines[i] = line;
  }

  const periods = [...used.values()]
    .sort((x, y) => x.limitIndex - y.limitIndex || x.period.startMs - y.period.startMs)
    .map(({ period, limitIndex, usedMs }): PhoneStatementPeriod => {
      const limitMs = (a.limits[limitIndex] as ReadLimit).limitMs;
      return {
        per: period.per,
        label: period.label,
        start: toDateTime(period.startMs, c.zone),
        end: toDateTime(period.endMs, c.zone),
        limitMinutes: minutes(limitMs),
        usedMinutes: minutes(usedMs),
        remainingMinutes: minutes(limitMs) - minutes(usedMs),
        limitMillis: limitMs,
        usedMillis: usedMs,
        remainingMillis: limitMs - usedMs,
      };
    });

  // integer sums: exact while within the safe-integer range, checked
  const sum = (f: (l: PhoneStatementLine) => number): number => lines.reduce((s, l) => s + f(l), 0);
  if (!Number.isSafeInteger(sum((l) => l.billedMillis))) {
    return E.left([issue(IssueCode.DURATION_OUT_OF_RANGE, ['calls'], 'The total billed time of the calls is beyond the safe-integer range of milliseconds.')]);
  }
  const totalAmount = lines.reduce((s, l) => s + l.charge.amount, 0);
  if (!Number.isSafeInteger(totalAmount)) {
    return E.left([issue(IssueCode.AMOUNT_OUT_OF_RANGE, ['calls'], 'The statement total is beyond the safe-integer range of minor units.')]);
  }
  return E.right({
    lines,
    periods,
    incrementMinutes: minutes(incMs),
    incrementMillis: incMs,
    ...figures(sum((l) => l.coveredMillis), sum((l) => l.overageMillis), sum((l) => l.refusedMillis)),
    total: { amount: totalAmount, currency: a.currency },
  });
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

interface ReadCall {
  readonly id: string | undefined;
  readonly startMs: number;
  readonly durationSeconds: number;
}

const MS_PER_MINUTE = 60_000;
const CALL_KEYS = ['id', 'start', 'durationSeconds'];

/**
 * The number of whole increments a call of `seconds` needs: ceil(seconds / increment), exactly.
 * The duration is read as the decimal it prints as (no float division that could drop a call of
 * 900.0000000000001 s to one 15-minute increment or a tiny call to zero).
 */
const incrementsCovering = (seconds: number, incrementMs: number): number => {
  if (seconds === 0) return 0;
  const d = parseDecimal(seconds) as Decimal; // finite and non-negative: validated
  const numerator = d.digits * 1000n;
  const denominator = pow10(d.scale) * BigInt(incrementMs);
  return Number(divideRounded(numerator, denominator, 'up'));
};
const minutes = (ms: number): number => ms / MS_PER_MINUTE;

/**
 * The billed/covered/overage/refused figures of a line or a statement: exact whole
 * milliseconds, and minutes whose `billed` is computed as `covered + overage + refused` so that
 * the documented identity holds exactly in JS arithmetic too (1/3 minute has no exact double).
 */
const figures = (coveredMs: number, overageMs: number, refusedMs: number) => {
  const coveredMinutes = minutes(coveredMs);
  const overageMinutes = minutes(overageMs);
  const refusedMinutes = minutes(refusedMs);
  return {
    billedMinutes: coveredMinutes + overageMinutes + refusedMinutes,
    coveredMinutes,
    overageMinutes,
    refusedMinutes,
    billedMillis: coveredMs + overageMs + refusedMs,
    coveredMillis: coveredMs,
    overageMillis: overageMs,
    refusedMillis: refusedMs,
  };
};

const readCalls = (u: unknown, contract: ReadContract | undefined, path: IssuePath, issues: Issue[]): ReadCall[] | undefined => {
  const list = readArray(u, path, issues);
  if (list === undefined) return undefined;
  const out: ReadCall[] = [];
  list.forEach((item: unknown, i) => {
    const cp = [...path, i];
    const call = readRecord(item, cp, issues, CALL_KEYS);
    if (call === undefined) return;
    const id = call['id'];
    if (id !== undefined && typeof id !== 'string') issues.push(issue(IssueCode.NOT_A_STRING, [...cp, 'id'], 'A call id must be a string.'));
    const d = call['durationSeconds'];
    let durationOk = false;
    if (typeof d !== 'number' || !Number.isFinite(d)) {
      issues.push(
        issue(d === undefined ? IssueCode.REQUIRED : IssueCode.NOT_A_NUMBER, [...cp, 'durationSeconds'], `durationSeconds must be a finite number of seconds, got ${describeValue(d)}.`),
      );
    } else if (d < 0) {
      issues.push(issue(IssueCode.NEGATIVE_DURATION, [...cp, 'durationSeconds'], `A call cannot last ${d} seconds.`));
    } else if (d * 1000 > Number.MAX_SAFE_INTEGER) {
      // reported with every other issue (the exact check, after rounding to increments, is in billPhoneCalls)
      issues.push(issue(IssueCode.DURATION_OUT_OF_RANGE, [...cp, 'durationSeconds'], `A call of ${d} seconds is beyond the safe-integer range of milliseconds.`));
    } else durationOk = true;
    const s = parseInstant(call['start'], [...cp, 'start']);
    if (E.isLeft(s)) {
      issues.push(...s.left);
      return;
    }
    if (contract !== undefined && (s.right < contract.startMs || s.right >= contract.endMs)) {
      issues.push(
        issue(
          IssueCode.CALL_OUTSIDE_CONTRACT,
          [...cp, 'start'],
          `The call starts at ${toDateTime(s.right, contract.zone).toISO()}, outside the contract [${toDateTime(contract.startMs, contract.zone).toISO()}, ${
            Number.isFinite(contract.endMs) ? toDateTime(contract.endMs, contract.zone).toISO() : '∞'
          }).`,
        ),
      );
      return;
    }
    if (durationOk && (id === undefined || typeof id === 'string')) out.push({ id: id as string | undefined, startMs: s.right, durationSeconds: d as number });
  });
  return out;
};
