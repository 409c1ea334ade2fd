/**
 * Holiday sources: parsing (every issue collected, with codes and paths) and resolution to a
 * {@link ResolvedHolidaySource} bound to a calendar's time zone. The jobs behind it:
 * `source-options.ts` reads the input, `shipped.ts` holds the official data, `resolve.ts`
 * computes the years.
 */
import * as E from 'fp-ts/lib/Either.js';
import { IssueCode } from '../internal/codes.js';
import { readArray, readRecord } from '../internal/read.js';
import { describeValue, issue, isRecord, orThrow, toSafe, type Issue, type IssuePath, type SafeParseResult } from '../internal/issues.js';
import { formatIsoDate } from '../time/civil.js';
import { isValidTimeZone, zoneRules } from '../time/zone.js';
import { readYearlyDates, withYearlyDates } from './yearly.js';
import { readFrozenSource } from './frozen.js';
import { countrySource, datesSource } from './resolve.js';
import { readCountryOptions, readDates, type YearLayer } from './source-options.js';
import { RULES_LOADED } from './rules.js';
import type { ResolvedHolidaySource } from './types.js';

export { DEFAULT_SHORTENING_MINUTES, HOLIDAY_SECTORS, HOLIDAY_TYPES } from './source-options.js';

// ---------------------------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------------------------

/**
 * Parses one holiday source (`{ country, … }` or `{ dates }`) and binds it to `timeZone`.
 * Every problem is collected as an issue whose path starts with `path`; nothing throws.
 *
 * @example
 * ```ts
 * import { parseHolidaySource } from 'support-sla';
 * import { either as E } from 'fp-ts';
 *
 * const ru = parseHolidaySource({ country: 'RU' }, 'Europe/Moscow', ['holidays', 0]);
 * if (E.isRight(ru)) ru.right.year(2025).workingDays; // [{ date: '2025-11-01', hoursOf: 'mon', … }]
 * const bad = parseHolidaySource({ country: 'DE-ZZ' }, 'Europe/Berlin', ['holidays', 0]);
 * // E.left([{ code: 'UNKNOWN_STATE', path: ['holidays', 0, 'country'], … }])
 * ```
 * @category Holidays
 */
export const parseHolidaySource = (
  input: unknown,
  timeZone: string,
  path: IssuePath = [],
): E.Either<Issue[], ResolvedHolidaySource> => {
  const issues: Issue[] = [];
  const zoneOk = isValidTimeZone(timeZone);
  if (!zoneOk) {
    issues.push(issue(IssueCode.INVALID_TIME_ZONE, path, `Unknown IANA time zone ${describeValue(timeZone)} for the holiday source.`));
  }
  if (!isRecord(input)) {
    issues.push(issue(IssueCode.NOT_AN_OBJECT, path, `A holiday source is an object ({ country }, { dates } or { frozen }), got ${describeValue(input)}.`));
    return E.left(issues);
  }
  // a snapshot: every later read is of plain fields (a throwing getter or proxy trap is an issue here)
  const before = issues.length;
  const snapshot = readRecord(input, path, issues);
  if (snapshot === undefined || issues.length > before) return E.left(issues);
  const rec = snapshot;
  const hasDates = 'dates' in rec;
  const hasCountry = 'country' in rec;
  const hasFrozen = 'frozen' in rec;
  if (Number(hasDates) + Number(hasCountry) + Number(hasFrozen) > 1) {
    issues.push(issue(IssueCode.INVALID_HOLIDAY_SOURCE, path, 'A holiday source has one of `country`, `dates` or `frozen`, not several.'));
    return E.left(issues);
  }
  if (!hasDates && !hasCountry && !hasFrozen) {
    issues.push(
      issue(
        IssueCode.INVALID_HOLIDAY_SOURCE,
        path,
        'A holiday source needs `country` (date-holidays rules), `dates` (a list of local dates) or `frozen` (from freezeCalendarSpec).',
      ),
    );
    return E.left(issues);
  }
  if (hasFrozen) return readFrozenSource(rec, timeZone, path, issues);
  if (hasCountry && !RULES_LOADED) {
    // support-sla/core: never a silently empty holiday list
    issues.push(
      issue(
        IssueCode.HOLIDAY_RULES_NOT_LOADED,
        [...path, 'country'],
        `{ country: ${describeValue(rec['country'])} } needs date-holidays' rules, which 'support-sla/core' leaves out: ` +
          "import from 'support-sla' instead (or load it when needed: await import('support-sla')), or freeze the holidays " +
          "where date-holidays is loaded (freezeCalendarSpec / freezePlanSpec from 'support-sla') and pass the { frozen } source here.",
      ),
    );
    return E.left(issues);
  }
  if (hasDates) {
    const dates = readDates(rec, path, issues);
    const yearly = dates === undefined ? [] : readYearlyDates(dates.raw, [...path, 'dates'], issues);
    if (issues.length > 0 || dates === undefined) return E.left(issues);
    const zone = zoneRules(timeZone);
    return E.right(withYearlyDates(datesSource(dates.days, zone), yearly, zone));
  }
  const options = readCountryOptions(rec, path, issues);
  if (issues.length > 0 || options === undefined) return E.left(issues);
  const built = countrySource(options, timeZone);
  // a move must move something: a misspelt name or date would otherwise do nothing, silently
  options.overrides.forEach((layer, k) => {
    if (layer.moves.length === 0) return;
    for (const i of built.unmatchedMoves(layer.year)) {
      const move = layer.moves[i] as YearLayer['moves'][number];
      issues.push(
        issue(
          IssueCode.HOLIDAY_MOVE_UNMATCHED,
          [...path, 'overrides', k, 'moves', i],
          `No holiday${move.name === undefined ? '' : ` named ${JSON.stringify(move.name)}`} falls on ${formatIsoDate(move.from)} to move (the year's holidays: see holidaysBetween).`,
        ),
      );
    }
  });
  return issues.length > 0 ? E.left(issues) : E.right(built.source);
};

/**
 * Parses a list of holiday sources (a calendar's `holidays`), collecting the issues of all.
 *
 * @example
 * ```ts
 * import { parseHolidaySources } from 'support-sla';
 *
 * parseHolidaySources([{ country: 'GR', sector: 'private' }, { dates: ['2025-12-24'] }], 'Europe/Athens', ['holidays']);
 * // E.right([GR/private, dates(1)])
 * ```
 * @category Holidays
 */
export const parseHolidaySources = (
  input: unknown,
  timeZone: string,
  path: IssuePath = [],
): E.Either<Issue[], ResolvedHolidaySource[]> => {
  const issues: Issue[] = [];
  const list = readArray(input, path, issues);
  if (list === undefined) return E.left(issues);
  const out: ResolvedHolidaySource[] = [];
  list.forEach((item: unknown, i) => {
    const r = parseHolidaySource(item, timeZone, [...path, i]);
    if (E.isLeft(r)) issues.push(...r.left);
    else out.push(r.right);
  });
  return issues.length > 0 ? E.left(issues) : E.right(out);
};

/**
 * {@link parseHolidaySource} in the `safeParse` shape.
 *
 * @example
 * ```ts
 * import { safeParseHolidaySource } from 'support-sla';
 *
 * const r = safeParseHolidaySource({ country: 'XX' }, 'UTC');
 * if (!r.success) r.issues[0].code; // 'UNKNOWN_COUNTRY'
 * ```
 * @category Holidays
 */
export const safeParseHolidaySource = (input: unknown, timeZone: string): SafeParseResult<ResolvedHolidaySource> =>
  toSafe(parseHolidaySource(input, timeZone));

/**
 * {@link parseHolidaySource} that throws `InvalidInputError` (with every issue) on bad input.
 *
 * @example
 * ```ts
 * import { makeHolidaySource } from 'support-sla';
 *
 * const sk = makeHolidaySource({ country: 'SK' }, 'Europe/Bratislava');
 * sk.year(2026).holidays.some((h) => h.date === '2026-05-08'); // false: suspended for 2026
 * sk.year(2027).holidays.some((h) => h.date === '2027-05-08'); // true
 * ```
 * @category Holidays
 */
export const makeHolidaySource = (input: unknown, timeZone: string): ResolvedHolidaySource =>
  orThrow('holiday source', parseHolidaySource(input, timeZone));
