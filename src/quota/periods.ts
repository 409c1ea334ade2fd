/**
 * Quota periods: calendar or anniversary months and years in a contract's time zone.
 *
 * Boundaries are local midnights turned into instants with the library's DST rule (a midnight in
 * a spring-forward gap moves forward by the gap). Anniversary periods run from the contract's
 * start date, clamped to the end of short months (an anniversary on Jan 31 gives Feb 28/29,
 * Mar 31, Apr 30, …), each period computed from the anchor, not from the previous period.
 * @internal
 */
import { civilFromDays, daysFromCivil, formatIsoDate } from '../time/civil.js';
import type { ZoneRules } from '../time/zone.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * The length of a quota period.
 *
 * @example
 * ```ts
 * import type { PeriodUnit } from 'support-sla';
 * const monthly: PeriodUnit = 'month';
 * ```
 * @category Quotas
 */
export type PeriodUnit = 'month' | 'year';

/**
 * How quota periods are anchored: `'calendar'` months and years in the contract's zone, or
 * `'anniversary'` periods counted from the contract's start date (month-end clamped: a start on
 * Jan 31 gives periods starting Feb 28/29, Mar 31, Apr 30, …).
 *
 * @example
 * ```ts
 * import type { PeriodAnchor } from 'support-sla';
 * const anchor: PeriodAnchor = 'anniversary';
 * ```
 * @category Quotas
 */
export type PeriodAnchor = 'calendar' | 'anniversary';

/**
 * One period: local start and end dates (end exclusive), instants, and a stable label.
 * @category Quotas
 */
export interface Period {
  readonly per: PeriodUnit;
  readonly label: string;
  readonly startDays: number;
  readonly endDays: number;
  readonly startMs: number;
  readonly endMs: number;
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * The period of `per` that contains the local date `days`.
 * Labels: calendar months `'2025-02'`, calendar years `'2025'`, anniversary periods the ISO
 * interval of their local dates, end exclusive (`'2025-01-31/2025-02-28'`).
 * @category Quotas
 */
export const periodContaining = (
  rules: ZoneRules,
  per: PeriodUnit,
  anchor: PeriodAnchor,
  anchorDays: number,
  days: number,
): Period => {
  const { year, month } = civilFromDays(days);
  let startDays: number;
  let endDays: number;
  let label: string;
  if (anchor === 'calendar') {
    if (per === 'month') {
      startDays = daysFromCivil(year, month, 1);
      endDays = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
      label = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    } else {
      startDays = daysFromCivil(year, 1, 1);
      endDays = daysFromCivil(year + 1, 1, 1);
      label = String(year).padStart(4, '0');
    }
  } else {
    const a = civilFromDays(anchorDays);
    const step = per === 'month' ? 1 : 12;
    let k = Math.floor(((year - a.year) * 12 + (month - a.month)) / step);
    if (days < anniversaryStart(a.year, a.month, a.day, k * step)) k--;
    startDays = anniversaryStart(a.year, a.month, a.day, k * step);
    endDays = anniversaryStart(a.year, a.month, a.day, (k + 1) * step);
    label = `${formatIsoDate(startDays)}/${formatIsoDate(endDays)}`;
  }
  return {
    per,
    label,
    startDays,
    endDays,
    startMs: rules.localToMillis(startDays, 0),
    endMs: rules.localToMillis(endDays, 0),
  };
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/** Day number of the anchor date plus `months` months, the day clamped to the month's end. */
const anniversaryStart = (year: number, month: number, day: number, months: number): number => {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const nextMonthFirst = m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
  const lastDay = nextMonthFirst - daysFromCivil(y, m, 1);
  return daysFromCivil(y, m, Math.min(day, lastDay));
};
