/**
 * Yearly recurring dates in a `{ dates }` source: `'*-12-24'` closes 24 December of every year
 * (`'*-02-29'` only in leap years), midnight to midnight in the calendar's zone, next to the
 * one-off dates `'YYYY-MM-DD'` of the same list.
 * @internal
 */
import { IssueCode } from '../internal/codes.js';
import { describeValue, issue, type Issue, type IssuePath } from '../internal/issues.js';
import { daysFromCivil, formatIsoDate } from '../time/civil.js';
import type { ZoneRules } from '../time/zone.js';
import type { HolidayBasis, HolidayOccurrence, HolidayYear, ResolvedHolidaySource } from './types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** A month and day that recur every year. */
export interface YearlyDate {
  readonly month: number;
  readonly day: number;
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/** Is `u` written as a yearly date (`'*-MM-DD'`, valid or not)? */
export const isYearlyPattern = (u: unknown): u is string => typeof u === 'string' && u.startsWith('*-');

/** The yearly dates of a `{ dates }` list (the `'*-MM-DD'` items), each checked. */
export const readYearlyDates = (raw: readonly unknown[], path: IssuePath, issues: Issue[]): YearlyDate[] => {
  const out = new Map<number, YearlyDate>();
  raw.forEach((u, i) => {
    if (!isYearlyPattern(u)) return;
    const m = /^\*-(\d{2})-(\d{2})$/.exec(u);
    const month = m === null ? NaN : Number(m[1]);
    const day = m === null ? NaN : Number(m[2]);
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!)) {
      issues.push(
        issue(IssueCode.INVALID_DATE, [...path, i], `Expected a yearly date '*-MM-DD' (e.g. '*-12-24'), got ${describeValue(u)}.`),
      );
      return;
    }
    out.set(month * 100 + day, { month, day });
  });
  return [...out.values()].sort((a, b) => a.month - b.month || a.day - b.day);
};

/**
 * `base` (a `{ dates }` source of one-off dates) with the yearly dates added to every year: each
 * a whole local day, named `'Holiday'` like the one-off dates, never twice on one date.
 */
export const withYearlyDates = (base: ResolvedHolidaySource, yearly: readonly YearlyDate[], zone: ZoneRules): ResolvedHolidaySource => {
  if (yearly.length === 0) return base;
  const cache = new Map<number, HolidayYear>();
  const basis = (): HolidayBasis => 'official';
  return {
    key: `${base.key}+yearly(${yearly.map((d) => `${pad(d.month)}-${pad(d.day)}`).join(',')})`,
    officialYears: base.officialYears,
    year(y) {
      let result = cache.get(y);
      if (result === undefined) {
        const own = base.year(y);
        const taken = new Set(own.holidays.map((h) => h.date));
        const added: HolidayOccurrence[] = [];
        for (const { month, day } of yearly) {
          if (month === 2 && day === 29 && !isLeap(y)) continue;
          const days = daysFromCivil(y, month, day);
          const date = formatIsoDate(days);
          if (taken.has(date)) continue;
          added.push({ date, name: 'Holiday', type: 'public', start: zone.localToMillis(days, 0), end: zone.localToMillis(days + 1, 0) });
        }
        const holidays = [...own.holidays, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
        result = Object.freeze({ holidays: Object.freeze(holidays), workingDays: own.workingDays, shortenedDays: own.shortenedDays });
        cache.set(y, result);
      }
      return result;
    },
    basis,
    describeYear: (y) => ({ year: y, basis: basis(), origin: 'dates', overridden: false, citations: [] }),
  };
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const pad = (n: number): string => String(n).padStart(2, '0');
