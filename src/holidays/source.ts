/**
 * Holiday sources: parsing (every issue collected, with codes and paths) and resolution to a
 * {@link ResolvedHolidaySource} bound to a calendar's time zone.
 *
 * A country source is date-holidays' rules, corrected by the official data the library ships
 * (`official/`), then by the user's own yearly overrides; each year is computed once and cached.
 */
import * as E from 'fp-ts/lib/Either.js';
import { IssueCode } from '../internal/codes.js';
import { checkUnknownKeys, describeValue, issue, isRecord, orThrow, toSafe, type Issue, type IssuePath, type SafeParseResult } from '../internal/issues.js';
import { WEEKDAYS, civilFromDays, formatIsoDate, parseIsoDate, type Weekday } from '../time/civil.js';
import { isValidTimeZone, zoneRules, type ZoneRules } from '../time/zone.js';
import { OFFICIAL_DATA } from './official/index.js';
import type { OfficialCountryData, OfficialYear } from './official/shape.js';
import { knownCountries, knownRegions, knownStates, rulesEngine, type RuleOccurrence } from './rules.js';
import type {
  HolidayBasis,
  HolidayOccurrence,
  HolidaySector,
  HolidayType,
  HolidayYear,
  HolidayYearCoverage,
  HolidayYearOverride,
  ResolvedHolidaySource,
  ShortenedDay,
  WorkingDayTransfer,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * The holiday types date-holidays knows.
 *
 * @example
 * ```ts
 * import { HOLIDAY_TYPES } from 'support-sla';
 * HOLIDAY_TYPES; // ['public', 'bank', 'school', 'optional', 'observance']
 * ```
 */
export const HOLIDAY_TYPES: readonly HolidayType[] = ['public', 'bank', 'school', 'optional', 'observance'];

/**
 * The sectors a country source can follow.
 *
 * @example
 * ```ts
 * import { HOLIDAY_SECTORS } from 'support-sla';
 * HOLIDAY_SECTORS; // ['public', 'private']
 * ```
 */
export const HOLIDAY_SECTORS: readonly HolidaySector[] = ['public', 'private'];

/**
 * Minutes a shortened day loses when the data does not say (Russian Labour Code art. 95).
 *
 * @example
 * ```ts
 * import { DEFAULT_SHORTENING_MINUTES, makeHolidaySource } from 'support-sla';
 * const src = makeHolidaySource({ country: 'SK', overrides: [{ year: 2027, shortenedDays: ['2027-12-23'] }] }, 'Europe/Bratislava');
 * src.year(2027).shortenedDays[0]?.minutes === DEFAULT_SHORTENING_MINUTES; // true (60)
 * ```
 */
export const DEFAULT_SHORTENING_MINUTES = 60;

/** A validated yearly layer (override or shipped data), dates as day numbers. */
interface YearLayer {
  readonly year: number;
  readonly replace: boolean;
  readonly daysOff: readonly { readonly days: number; readonly name: string }[];
  readonly notDaysOff: readonly number[];
  readonly moves: readonly { readonly from: number; readonly to: number; readonly name?: string }[];
  readonly workingDays: readonly WorkingDayTransfer[];
  readonly shortenedDays: readonly ShortenedDay[];
}

interface ShippedYear {
  readonly layer: YearLayer;
  readonly sector?: HolidaySector;
  readonly sources: readonly string[];
}

interface CountryOptions {
  readonly country: string;
  readonly state?: string;
  readonly region?: string;
  readonly types: readonly HolidayType[];
  readonly sector: HolidaySector;
  readonly overrides: readonly YearLayer[];
}

// ---------------------------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------------------------

const COUNTRY_KEYS = new Set(['country', 'state', 'region', 'types', 'sector', 'overrides']);
const DATES_KEYS = new Set(['dates']);
const OVERRIDE_KEYS = new Set(['year', 'replace', 'daysOff', 'notDaysOff', 'moves', 'workingDays', 'shortenedDays']);

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
    issues.push(issue(IssueCode.NOT_AN_OBJECT, path, `A holiday source is an object ({ country } or { dates }), got ${describeValue(input)}.`));
    return E.left(issues);
  }
  const hasDates = 'dates' in input;
  const hasCountry = 'country' in input;
  if (hasDates && hasCountry) {
    issues.push(issue(IssueCode.INVALID_HOLIDAY_SOURCE, path, 'A holiday source has either `country` or `dates`, not both.'));
    return E.left(issues);
  }
  if (!hasDates && !hasCountry) {
    issues.push(issue(IssueCode.INVALID_HOLIDAY_SOURCE, path, 'A holiday source needs `country` (date-holidays rules) or `dates` (a list of local dates).'));
    return E.left(issues);
  }
  if (hasDates) {
    const dates = parseDates(input, path, issues);
    return issues.length > 0 || dates === undefined ? E.left(issues) : E.right(datesSource(dates, zoneRules(timeZone)));
  }
  const options = parseCountry(input, path, issues);
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
 */
export const parseHolidaySources = (
  input: unknown,
  timeZone: string,
  path: IssuePath = [],
): E.Either<Issue[], ResolvedHolidaySource[]> => {
  if (!Array.isArray(input)) {
    return E.left([issue(IssueCode.NOT_AN_ARRAY, path, `Holiday sources are an array, got ${describeValue(input)}.`)]);
  }
  const issues: Issue[] = [];
  const out: ResolvedHolidaySource[] = [];
  input.forEach((item: unknown, i) => {
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
 */
export const makeHolidaySource = (input: unknown, timeZone: string): ResolvedHolidaySource =>
  orThrow('holiday source', parseHolidaySource(input, timeZone));

// ---------------------------------------------------------------------------------------------
// Parser internals
// ---------------------------------------------------------------------------------------------


/** A date string → day number, with an issue when malformed or outside `year`. */
const parseDate = (u: unknown, path: IssuePath, issues: Issue[], year?: number): number | undefined => {
  if (typeof u !== 'string') {
    issues.push(issue(IssueCode.NOT_A_STRING, path, `Expected a local date 'YYYY-MM-DD', got ${describeValue(u)}.`));
    return undefined;
  }
  const days = parseIsoDate(u);
  if (days === undefined) {
    issues.push(issue(IssueCode.INVALID_DATE, path, `Not a valid local date 'YYYY-MM-DD': ${JSON.stringify(u)}.`));
    return undefined;
  }
  if (year !== undefined && civilFromDays(days).year !== year) {
    issues.push(issue(IssueCode.HOLIDAY_DATE_OUTSIDE_YEAR, path, `${u} is not in ${year}, the year of this override.`));
    return undefined;
  }
  return days;
};

const parseDates = (input: Record<string, unknown>, path: IssuePath, issues: Issue[]): number[] | undefined => {
  checkUnknownKeys(input, DATES_KEYS, path, issues);
  const raw = input['dates'];
  if (!Array.isArray(raw)) {
    issues.push(issue(IssueCode.NOT_AN_ARRAY, [...path, 'dates'], `\`dates\` is an array of local dates 'YYYY-MM-DD', got ${describeValue(raw)}.`));
    return undefined;
  }
  const out = new Set<number>();
  raw.forEach((u: unknown, i) => {
    const d = parseDate(u, [...path, 'dates', i], issues);
    if (d !== undefined) out.add(d);
  });
  return [...out].sort((a, b) => a - b);
};

/** Finds `code` among `known`'s keys, case-insensitively; returns the canonical key. */
const lookup = (known: Readonly<Record<string, string>>, code: string): string | undefined => {
  if (Object.prototype.hasOwnProperty.call(known, code)) return code;
  const upper = code.toUpperCase();
  return Object.keys(known).find((k) => k.toUpperCase() === upper);
};

const parseCountry = (input: Record<string, unknown>, path: IssuePath, issues: Issue[]): CountryOptions | undefined => {
  const before = issues.length;
  checkUnknownKeys(input, COUNTRY_KEYS, path, issues);

  // country, optionally 'DE-BY' / 'DE-BY-A' (or with dots)
  const rawCountry = input['country'];
  let country: string | undefined;
  let state: string | undefined;
  let region: string | undefined;
  let statePath: IssuePath = [...path, 'state'];
  let regionPath: IssuePath = [...path, 'region'];
  if (typeof rawCountry !== 'string' || rawCountry.trim() === '') {
    issues.push(issue(IssueCode.NOT_A_STRING, [...path, 'country'], `\`country\` is an ISO 3166-1 code such as 'RU' or 'DE-BY', got ${describeValue(rawCountry)}.`));
  } else {
    const parts = rawCountry.trim().split(/[-.]/);
    if (parts.length > 3 || parts.some((p) => p === '')) {
      issues.push(issue(IssueCode.UNKNOWN_COUNTRY, [...path, 'country'], `Not a country code: ${JSON.stringify(rawCountry)}.`));
    } else {
      const found = lookup(knownCountries(), parts[0] as string);
      if (found === undefined) {
        issues.push(issue(IssueCode.UNKNOWN_COUNTRY, [...path, 'country'], `Unknown country code ${JSON.stringify(parts[0])} (date-holidays knows ${Object.keys(knownCountries()).length} countries, e.g. 'GR', 'RU', 'SK').`));
      } else {
        country = found;
      }
      if (parts[1] !== undefined) {
        state = parts[1];
        statePath = [...path, 'country'];
      }
      if (parts[2] !== undefined) {
        region = parts[2];
        regionPath = [...path, 'country'];
      }
    }
  }
  for (const [key, current] of [['state', state], ['region', region]] as const) {
    const v = input[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.trim() === '') {
      issues.push(issue(IssueCode.NOT_A_STRING, [...path, key], `\`${key}\` is a code string, got ${describeValue(v)}.`));
    } else if (current !== undefined) {
      issues.push(issue(IssueCode.INVALID_HOLIDAY_SOURCE, [...path, key], `The ${key} is given twice: in \`country\` and in \`${key}\`.`));
    } else if (key === 'state') {
      state = v.trim();
    } else {
      region = v.trim();
    }
  }
  if (country !== undefined && state !== undefined) {
    const found = lookup(knownStates(country), state);
    if (found === undefined) {
      const known = Object.keys(knownStates(country));
      issues.push(issue(IssueCode.UNKNOWN_STATE, statePath, `Unknown state ${JSON.stringify(state)} of ${country}` + (known.length > 0 ? ` (known: ${known.join(', ')}).` : `: date-holidays has no states for ${country}.`)));
      state = undefined;
      region = undefined;
    } else {
      state = found;
    }
  }
  if (region !== undefined) {
    if (state === undefined) {
      if (country !== undefined && issues.every((i) => i.code !== IssueCode.UNKNOWN_STATE)) {
        issues.push(issue(IssueCode.REQUIRED, [...path, 'state'], 'A region needs its state.'));
      }
    } else if (country !== undefined) {
      const found = lookup(knownRegions(country, state), region);
      if (found === undefined) {
        const known = Object.keys(knownRegions(country, state));
        issues.push(issue(IssueCode.UNKNOWN_REGION, regionPath, `Unknown region ${JSON.stringify(region)} of ${country}-${state}` + (known.length > 0 ? ` (known: ${known.join(', ')}).` : '.')));
      } else {
        region = found;
      }
    }
  }

  // types
  let types: HolidayType[] = ['public'];
  const rawTypes = input['types'];
  if (rawTypes !== undefined) {
    if (!Array.isArray(rawTypes)) {
      issues.push(issue(IssueCode.NOT_AN_ARRAY, [...path, 'types'], `\`types\` is an array of ${HOLIDAY_TYPES.join(', ')}, got ${describeValue(rawTypes)}.`));
    } else if (rawTypes.length === 0) {
      issues.push(issue(IssueCode.REQUIRED, [...path, 'types'], '`types` needs at least one holiday type (default: [\'public\']).'));
    } else {
      const seen = new Set<HolidayType>();
      rawTypes.forEach((t: unknown, i) => {
        if (typeof t === 'string' && (HOLIDAY_TYPES as readonly string[]).includes(t)) seen.add(t as HolidayType);
        else issues.push(issue(IssueCode.UNKNOWN_HOLIDAY_TYPE, [...path, 'types', i], `Unknown holiday type ${describeValue(t)}; expected one of ${HOLIDAY_TYPES.join(', ')}.`));
      });
      types = HOLIDAY_TYPES.filter((t) => seen.has(t));
    }
  }

  // sector
  let sector: HolidaySector = 'public';
  const rawSector = input['sector'];
  if (rawSector !== undefined) {
    if (typeof rawSector === 'string' && (HOLIDAY_SECTORS as readonly string[]).includes(rawSector)) sector = rawSector as HolidaySector;
    else issues.push(issue(IssueCode.UNKNOWN_HOLIDAY_SECTOR, [...path, 'sector'], `Unknown sector ${describeValue(rawSector)}; expected 'public' or 'private'.`));
  }

  // overrides
  const overrides: YearLayer[] = [];
  const rawOverrides = input['overrides'];
  if (rawOverrides !== undefined) {
    if (!Array.isArray(rawOverrides)) {
      issues.push(issue(IssueCode.NOT_AN_ARRAY, [...path, 'overrides'], `\`overrides\` is an array of yearly overrides, got ${describeValue(rawOverrides)}.`));
    } else {
      const years = new Map<number, number>();
      rawOverrides.forEach((u: unknown, i) => {
        const layer = parseYearLayer(u, [...path, 'overrides', i], issues);
        if (layer === undefined) return;
        const prev = years.get(layer.year);
        if (prev !== undefined) {
          issues.push(issue(IssueCode.DUPLICATE_HOLIDAY_OVERRIDE, [...path, 'overrides', i, 'year'], `Year ${layer.year} is already overridden at overrides[${prev}]; give one entry per year.`));
          return;
        }
        years.set(layer.year, i);
        overrides.push(layer);
      });
    }
  }

  if (issues.length > before || country === undefined) return undefined;
  return {
    country,
    ...(state !== undefined ? { state } : {}),
    ...(region !== undefined ? { region } : {}),
    types,
    sector,
    overrides: overrides.sort((a, b) => a.year - b.year),
  };
};

/** Validates one yearly layer (a user override, or an entry of the shipped data). */
const parseYearLayer = (u: unknown, path: IssuePath, issues: Issue[]): YearLayer | undefined => {
  if (!isRecord(u)) {
    issues.push(issue(IssueCode.NOT_AN_OBJECT, path, `A yearly override is an object { year, daysOff?, … }, got ${describeValue(u)}.`));
    return undefined;
  }
  const before = issues.length;
  checkUnknownKeys(u, OVERRIDE_KEYS, path, issues);
  const year = u['year'];
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
    issues.push(issue(IssueCode.INVALID_YEAR, [...path, 'year'], `\`year\` is a four-digit integer year, got ${describeValue(year)}${typeof year === 'number' ? ` ${year}` : ''}.`));
    return undefined;
  }
  const replace = u['replace'];
  if (replace !== undefined && typeof replace !== 'boolean') {
    issues.push(issue(IssueCode.NOT_A_BOOLEAN, [...path, 'replace'], `\`replace\` is true or false, got ${describeValue(replace)}.`));
  }
  const list = (key: string): unknown[] => {
    const v = u[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      issues.push(issue(IssueCode.NOT_AN_ARRAY, [...path, key], `\`${key}\` is an array, got ${describeValue(v)}.`));
      return [];
    }
    return v;
  };

  const daysOff: { days: number; name: string }[] = [];
  list('daysOff').forEach((item, i) => {
    const p = [...path, 'daysOff', i];
    const obj = isRecord(item) ? item : undefined;
    if (obj !== undefined) checkUnknownKeys(obj, new Set(['date', 'name']), p, issues);
    const name = obj?.['name'];
    if (name !== undefined && typeof name !== 'string') issues.push(issue(IssueCode.NOT_A_STRING, [...p, 'name'], `\`name\` is a string, got ${describeValue(name)}.`));
    const days = parseDate(obj !== undefined ? obj['date'] : item, obj !== undefined ? [...p, 'date'] : p, issues, year);
    if (days !== undefined) daysOff.push({ days, name: typeof name === 'string' && name !== '' ? name : 'Day off' });
  });

  const notDaysOff: number[] = [];
  list('notDaysOff').forEach((item, i) => {
    const days = parseDate(item, [...path, 'notDaysOff', i], issues, year);
    if (days !== undefined) notDaysOff.push(days);
  });

  const moves: { from: number; to: number; name?: string }[] = [];
  list('moves').forEach((item, i) => {
    const p = [...path, 'moves', i];
    if (!isRecord(item)) {
      issues.push(issue(IssueCode.NOT_AN_OBJECT, p, `A move is { from, to, name? }, got ${describeValue(item)}.`));
      return;
    }
    checkUnknownKeys(item, new Set(['from', 'to', 'name']), p, issues);
    const from = parseDate(item['from'], [...p, 'from'], issues, year);
    const to = parseDate(item['to'], [...p, 'to'], issues, year);
    const name = item['name'];
    if (name !== undefined && typeof name !== 'string') issues.push(issue(IssueCode.NOT_A_STRING, [...p, 'name'], `\`name\` is a string, got ${describeValue(name)}.`));
    if (from !== undefined && to !== undefined) moves.push({ from, to, ...(typeof name === 'string' ? { name } : {}) });
  });

  const workingDays: WorkingDayTransfer[] = [];
  list('workingDays').forEach((item, i) => {
    const p = [...path, 'workingDays', i];
    if (!isRecord(item)) {
      issues.push(issue(IssueCode.NOT_AN_OBJECT, p, `A working day is { date, hoursOf, name? }, got ${describeValue(item)}.`));
      return;
    }
    checkUnknownKeys(item, new Set(['date', 'hoursOf', 'name']), p, issues);
    const days = parseDate(item['date'], [...p, 'date'], issues, year);
    const hoursOf = item['hoursOf'];
    const okWeekday = typeof hoursOf === 'string' && (WEEKDAYS as readonly string[]).includes(hoursOf);
    if (!okWeekday) issues.push(issue(IssueCode.UNKNOWN_WEEKDAY, [...p, 'hoursOf'], `\`hoursOf\` is the weekday whose hours the date takes (${WEEKDAYS.join(', ')}), got ${describeValue(hoursOf)}.`));
    const name = item['name'];
    if (name !== undefined && typeof name !== 'string') issues.push(issue(IssueCode.NOT_A_STRING, [...p, 'name'], `\`name\` is a string, got ${describeValue(name)}.`));
    if (days !== undefined && okWeekday) {
      workingDays.push({ date: formatIsoDate(days), hoursOf: hoursOf as Weekday, ...(typeof name === 'string' ? { name } : {}) });
    }
  });

  const shortenedDays: ShortenedDay[] = [];
  list('shortenedDays').forEach((item, i) => {
    const p = [...path, 'shortenedDays', i];
    const obj = isRecord(item) ? item : undefined;
    if (obj !== undefined) checkUnknownKeys(obj, new Set(['date', 'minutes']), p, issues);
    const days = parseDate(obj !== undefined ? obj['date'] : item, obj !== undefined ? [...p, 'date'] : p, issues, year);
    const minutes = obj?.['minutes'] ?? DEFAULT_SHORTENING_MINUTES;
    const okMinutes = typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 && minutes < 1440;
    if (!okMinutes) issues.push(issue(IssueCode.INVALID_SHORTENING, [...p, 'minutes'], `\`minutes\` is a whole number of minutes between 1 and 1439, got ${describeValue(minutes)}${typeof minutes === 'number' ? ` ${minutes}` : ''}.`));
    if (days !== undefined && okMinutes) shortenedDays.push({ date: formatIsoDate(days), minutes: minutes as number });
  });

  // contradictions within the layer
  const offDates = new Set(daysOff.map((d) => formatIsoDate(d.days)));
  workingDays.forEach((w, i) => {
    if (offDates.has(w.date)) {
      issues.push(issue(IssueCode.CONFLICTING_HOLIDAY_OVERRIDE, [...path, 'workingDays', i, 'date'], `${w.date} is both a day off and a working day.`));
    }
  });
  if (replace === true && notDaysOff.length > 0) {
    issues.push(issue(IssueCode.CONFLICTING_HOLIDAY_OVERRIDE, [...path, 'notDaysOff'], '`notDaysOff` has no effect with `replace: true`: the days off are the `daysOff` list.'));
  }
  if (replace === true && moves.length > 0) {
    issues.push(issue(IssueCode.CONFLICTING_HOLIDAY_OVERRIDE, [...path, 'moves'], '`moves` has no effect with `replace: true`: list the days off where they fall.'));
  }

  if (issues.length > before) return undefined;
  return { year, replace: replace === true, daysOff, notDaysOff, moves, workingDays, shortenedDays };
};

// ---------------------------------------------------------------------------------------------
// Shipped data (validated with the same parser; invalid shipped data is a bug and throws)
// ---------------------------------------------------------------------------------------------

const shippedCache = new Map<string, readonly ShippedYear[]>();

const shippedYears = (data: OfficialCountryData): readonly ShippedYear[] => {
  let years = shippedCache.get(data.country);
  if (years === undefined) {
    const issues: Issue[] = [];
    years = data.years.map((entry: OfficialYear, i) => {
      const { sector, sources, ...override } = entry;
      const layer = parseYearLayer(override satisfies HolidayYearOverride, ['official', data.country, i], issues);
      if (layer === undefined) throw new Error(`Invalid shipped holiday data: ${JSON.stringify(issues)}`);
      return { layer, sources, ...(sector !== undefined ? { sector } : {}) };
    });
    shippedCache.set(data.country, years);
  }
  return years;
};

// ---------------------------------------------------------------------------------------------
// Resolved sources
// ---------------------------------------------------------------------------------------------

const freezeYear = (holidays: HolidayOccurrence[], workingDays: WorkingDayTransfer[], shortenedDays: ShortenedDay[]): HolidayYear =>
  Object.freeze({
    holidays: Object.freeze(holidays.sort((a, b) => a.start - b.start || a.end - b.end)),
    workingDays: Object.freeze(workingDays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))),
    shortenedDays: Object.freeze(shortenedDays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))),
  });

const checkYear = (y: number): void => {
  if (!Number.isInteger(y)) throw new RangeError(`A holiday year is an integer, got ${String(y)}.`);
};

const fullDay = (zone: ZoneRules, days: number, name: string, rule = ''): RuleOccurrence => ({
  date: formatIsoDate(days),
  name,
  type: 'public',
  start: zone.localToMillis(days, 0),
  end: zone.localToMillis(days + 1, 0),
  rule,
});

/** `{ dates }`: every listed local date closed midnight to midnight. */
const datesSource = (days: readonly number[], zone: ZoneRules): ResolvedHolidaySource => {
  const byYear = new Map<number, number[]>();
  for (const d of days) {
    const y = civilFromDays(d).year;
    const list = byYear.get(y);
    if (list === undefined) byYear.set(y, [d]);
    else list.push(d);
  }
  const officialYears = Object.freeze([...byYear.keys()].sort((a, b) => a - b));
  const cache = new Map<number, HolidayYear>();
  const basis = (y: number): HolidayBasis => (byYear.has(y) ? 'official' : 'rules');
  return {
    key: `dates(${days.length})`,
    officialYears,
    year(y) {
      checkYear(y);
      let result = cache.get(y);
      if (result === undefined) {
        const holidays = (byYear.get(y) ?? []).map((d): HolidayOccurrence => {
          const { rule: _rule, ...occ } = fullDay(zone, d, 'Holiday');
          return occ;
        });
        result = freezeYear(holidays, [], []);
        cache.set(y, result);
      }
      return result;
    },
    basis,
    describeYear: (y) => ({ year: y, basis: basis(y), origin: 'dates', overridden: false, citations: [] }),
  };
};

const sourceKey = (o: CountryOptions): string => {
  let key = [o.country, o.state, o.region].filter((p) => p !== undefined).join('-');
  if (o.types.length !== 1 || o.types[0] !== 'public') key += `[${o.types.join(',')}]`;
  if (o.sector !== 'public') key += `/${o.sector}`;
  if (o.overrides.length > 0) key += `+overrides(${o.overrides.map((l) => l.year).join(',')})`;
  return key;
};

interface YearState {
  occurrences: RuleOccurrence[];
  readonly working: Map<string, WorkingDayTransfer>;
  readonly shortened: Map<string, ShortenedDay>;
}

/** Applies one yearly layer. `national` tells whether a rule occurrence is country-wide. */
/** Applies one yearly layer; returns the indexes of its moves that found no holiday to move. */
const applyLayer = (state: YearState, layer: YearLayer, zone: ZoneRules, national: (o: RuleOccurrence) => boolean): number[] => {
  const unmatched: number[] = [];
  if (layer.replace) {
    state.occurrences = state.occurrences.filter((o) => !(o.type === 'public' && national(o)));
    state.working.clear();
    state.shortened.clear();
  }
  if (layer.notDaysOff.length > 0) {
    const drop = new Set(layer.notDaysOff.map(formatIsoDate));
    state.occurrences = state.occurrences.filter((o) => !drop.has(o.date));
  }
  layer.moves.forEach((move, index) => {
    const from = formatIsoDate(move.from);
    const moved = state.occurrences.filter((o) => o.date === from && (move.name === undefined || o.name === move.name));
    if (moved.length === 0) {
      unmatched.push(index);
      return;
    }
    state.occurrences = state.occurrences.filter((o) => !moved.includes(o));
    const first = moved[0] as RuleOccurrence;
    state.occurrences.push({ ...fullDay(zone, move.to, `${first.name} (moved from ${from})`, first.rule), type: first.type });
  });
  for (const off of layer.daysOff) {
    const occ = fullDay(zone, off.days, off.name);
    const covered = state.occurrences.some((o) => o.date === occ.date && o.type === 'public' && o.start <= occ.start && o.end >= occ.end);
    if (!covered) state.occurrences.push(occ);
  }
  for (const w of layer.workingDays) {
    state.occurrences = state.occurrences.filter((o) => o.date !== w.date);
    state.working.set(w.date, w);
  }
  for (const s of layer.shortenedDays) state.shortened.set(s.date, s);
  return unmatched;
};

/** A country source: rules, shipped corrections, user overrides; cached per year. */
const countrySource = (
  options: CountryOptions,
  timeZone: string,
): { readonly source: ResolvedHolidaySource; readonly unmatchedMoves: (y: number) => number[] } => {
  const zone = zoneRules(timeZone);
  const { country, state, region, types, sector } = options;
  const engine = rulesEngine({ country, state, region, types, timeZone });
  const data = OFFICIAL_DATA[country];
  const closesPublic = types.includes('public');
  const shipped = data !== undefined && closesPublic
    ? shippedYears(data).filter((s) => s.sector === undefined || s.sector === sector)
    : [];
  const shippedByYear = new Map<number, ShippedYear[]>();
  for (const s of shipped) {
    const list = shippedByYear.get(s.layer.year);
    if (list === undefined) shippedByYear.set(s.layer.year, [s]);
    else list.push(s);
  }
  const overrideByYear = new Map(options.overrides.map((l) => [l.year, l] as const));
  const replaced = new Set(options.overrides.filter((l) => l.replace).map((l) => l.year));
  const officialYears = Object.freeze([...new Set([...shippedByYear.keys(), ...replaced])].sort((a, b) => a - b));
  const publicOnly = new Set(data?.publicSectorOnly ?? []);
  const names = data?.names ?? {};

  // which rule occurrences are national (only differs when a state is chosen)
  const nationalFor = (y: number): ((o: RuleOccurrence) => boolean) => {
    if (state === undefined) return () => true;
    let national: Set<string> | undefined;
    return (o) => {
      if (o.rule === '') return true;
      national ??= new Set(rulesEngine({ country, types, timeZone }).year(y).map((n) => `${n.date}|${n.rule}`));
      return national.has(`${o.date}|${o.rule}`);
    };
  };

  const unmatchedMoves = new Map<number, number[]>();
  const build = (y: number): HolidayYear => {
    const st: YearState = { occurrences: [], working: new Map(), shortened: new Map() };
    // a year fully replaced by a national list needs no rules when only public days close
    // (with other types, e.g. ['bank'], the rules still give those days)
    const layers = [...(shippedByYear.get(y) ?? []).map((s) => s.layer), ...(overrideByYear.has(y) ? [overrideByYear.get(y) as YearLayer] : [])];
    const skipRules = state === undefined && types.length === 1 && types[0] === 'public' && layers.some((l) => l.replace);
    for (const o of skipRules ? [] : engine.year(y)) {
      if (sector === 'private' && publicOnly.has(o.rule)) continue;
      const name = names[o.rule];
      st.occurrences.push(name !== undefined ? { ...o, name } : o);
    }
    if (closesPublic) {
      for (const r of data?.restored ?? []) {
        if (y < r.since) continue;
        const days = parseIsoDate(`${y}-${r.monthDay}`);
        if (days === undefined) continue;
        const date = formatIsoDate(days);
        if (st.occurrences.some((o) => o.date === date && o.type === 'public')) continue;
        st.occurrences = st.occurrences.filter((o) => o.date !== date);
        st.occurrences.push(fullDay(zone, days, r.name));
      }
    }
    const national = nationalFor(y);
    for (const layer of layers) {
      const missed = applyLayer(st, layer, zone, national);
      if (layer === overrideByYear.get(y)) unmatchedMoves.set(y, missed);
    }
    const holidays = st.occurrences.map(({ rule: _rule, ...occ }): HolidayOccurrence => occ);
    return freezeYear(holidays, [...st.working.values()], [...st.shortened.values()]);
  };

  const cache = new Map<number, HolidayYear>();
  const describeYear = (y: number): HolidayYearCoverage => {
    const origin = replaced.has(y) ? 'override' : shippedByYear.has(y) ? 'shipped' : 'rules';
    const citations = [
      ...(shippedByYear.get(y) ?? []).flatMap((s) => s.sources),
      ...(closesPublic ? (data?.restored ?? []).filter((r) => y >= r.since).map((r) => `${r.source} (${r.name}, ${r.monthDay}, restored from ${r.since})`) : []),
    ];
    return {
      year: y,
      basis: origin === 'rules' ? 'rules' : 'official',
      origin,
      overridden: overrideByYear.has(y),
      citations: [...new Set(citations)],
    };
  };
  const source: ResolvedHolidaySource = {
    key: sourceKey(options),
    officialYears,
    year(y) {
      checkYear(y);
      let result = cache.get(y);
      if (result === undefined) {
        result = build(y);
        cache.set(y, result);
      }
      return result;
    },
    basis: (y) => (replaced.has(y) || shippedByYear.has(y) ? 'official' : 'rules'),
    describeYear,
  };
  return {
    source,
    unmatchedMoves: (y) => {
      source.year(y);
      return unmatchedMoves.get(y) ?? [];
    },
  };
};
