/**
 * Freezing a plan spec: the `{ country }` holiday sources of each of its calendars resolved once,
 * for a range of years, into self-contained `{ frozen }` sources (see `freezeCalendarSpec`), so
 * that a browser, an edge function or `support-sla/core` evaluates tickets without
 * date-holidays, and a contract pins the holiday list it was signed with.
 */
import * as E from 'fp-ts/lib/Either.js';
import { IssueCode } from '../internal/codes.js';
import { atPath, describeValue, issue, isRecord, orThrow, type Issue } from '../internal/issues.js';
import { freezeCalendarSpec, type FreezeCalendarSpecOptions } from '../calendar/freeze.js';
import { readRecord } from '../internal/read.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link freezePlanSpec}: the years to freeze, inclusive (the same as
 * {@link FreezeCalendarSpecOptions}).
 *
 * @example
 * ```ts
 * import type { FreezePlanSpecOptions } from 'support-sla';
 * const contractYears: FreezePlanSpecOptions = { from: 2025, to: 2027 };
 * ```
 */
export type FreezePlanSpecOptions = FreezeCalendarSpecOptions;

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/**
 * The plan spec with every calendar frozen for the years `from..to` (`freezeCalendarSpec` on
 * each calendar of `calendars`; `{ alwaysOpen }` calendars and every other field kept as
 * written). Every issue of every calendar is returned, with paths under `['calendars', name]`.
 * The rest of the plan is not validated here (`parsePlan` does that, frozen or not). Needs
 * date-holidays: the `support-sla` entry. The frozen plan evaluates tickets as the live one
 * inside `from..to`.
 *
 * @example
 * ```ts
 * import { freezePlanSpec } from 'support-sla';
 * import { either as E } from 'fp-ts';
 *
 * const h = ['09:30-17:30'];
 * const plan = {
 *   calendars: { athens: { timeZone: 'Europe/Athens', week: { mon: h, tue: h, wed: h, thu: h, fri: h }, holidays: [{ country: 'GR' }] } },
 *   defaultCalendar: 'athens',
 *   // … priorities, channels, clocks as usual
 * };
 * const frozen = freezePlanSpec(plan, { from: 2025, to: 2027 });
 * if (E.isRight(frozen)) JSON.stringify(frozen.right); // the plan, evaluable without date-holidays
 * ```
 */
export const freezePlanSpec = (spec: unknown, options: FreezePlanSpecOptions): E.Either<Issue[], Record<string, unknown>> => {
  if (!isRecord(spec)) return E.left([issue(IssueCode.NOT_AN_OBJECT, [], `A plan spec is an object, got ${describeValue(spec)}.`)]);
  // snapshots (a throwing getter or proxy trap is an issue); the plan's own keys are parsePlan's to check
  const read: Issue[] = [];
  const rec = readRecord(spec, [], read);
  const calendars = rec?.['calendars'];
  if (rec === undefined || read.length > 0) return E.left(read);
  if (!isRecord(calendars)) {
    return E.left([issue(IssueCode.NOT_AN_OBJECT, ['calendars'], `A plan's calendars are an object of calendar specs, got ${describeValue(calendars)}.`)]);
  }
  const cals = readRecord(calendars, ['calendars'], read);
  if (cals === undefined || read.length > 0) return E.left(read);
  const issues: Issue[] = [];
  const frozen: Record<string, unknown> = {};
  for (const [name, calendar] of Object.entries(cals)) {
    if (isRecord(calendar) && 'alwaysOpen' in calendar) {
      frozen[name] = calendar;
      continue;
    }
    const r = freezeCalendarSpec(calendar, options);
    if (E.isLeft(r)) {
      // the years' issues (path ['options', …]) are the same for every calendar: report them once
      for (const i of r.left) {
        if (i.path[0] === 'options') {
          if (!issues.some((j) => j.code === i.code && j.path.join('.') === i.path.join('.'))) issues.push(i);
        } else issues.push(...atPath(['calendars', name], [i]));
      }
    } else frozen[name] = r.right;
  }
  return issues.length > 0 ? E.left(issues) : E.right({ ...rec, calendars: frozen });
};

/**
 * {@link freezePlanSpec} that throws `InvalidInputError` (with every issue) instead.
 *
 * @example
 * ```ts
 * import { freezePlanSpecOrThrow } from 'support-sla';
 * const plan = freezePlanSpecOrThrow({ calendars: { moscow: { timeZone: 'Europe/Moscow', week: { mon: ['09:00-18:00'] }, holidays: [{ country: 'RU' }] } }, defaultCalendar: 'moscow' }, { from: 2025, to: 2026 });
 * ```
 */
export const freezePlanSpecOrThrow = (spec: unknown, options: FreezePlanSpecOptions): Record<string, unknown> =>
  orThrow('plan spec to freeze', freezePlanSpec(spec, options));
