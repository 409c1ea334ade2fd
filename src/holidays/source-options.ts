/**
 * Holiday sources, job 1: reading a source's input (`{ country, … }` or `{ dates }`, and yearly
 * overrides) into validated options, every issue collected with its code and path.
 * @internal
 */
import { IssueCode } from '../internal/codes.js';
import { describeValue, issue, isRecord, type Issue, type IssuePath } from '../internal/issues.js';
import { readArray, readRecord } from '../internal/read.js';
import { WEEKDAYS, civilFromDays, formatIsoDate, parseIsoDate, type Weekday } from '../time/civil.js';
import { isYearlyPattern } from './yearly.js';
import { knownCountries, knownRegions, knownStates } from './rules.js';
import type { HolidaySector, HolidayType, ShortenedDay, WorkingDayTransfer } from './types.js';

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
 * @category Holidays
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
 * @category Holidays
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
 * @category Holidays
 */
export const DEFAULT_SHORTENING_MINUTES = 60;

/**
 * A validated yearly layer (override or shipped data), dates as day numbers.
 * @category Holidays
 */
export interface YearLayer {
  readonly year: number;
  readonly replace: boolean;
  readonly daysOff: readonly { readonly days: number; readonly name: string }[];
  readonly notDaysOff: readonly number[];
  readonly moves: readonly { readonly from: number; readonly to: number; readonly name?: string }[];
  readonly workingDays: readonly WorkingDayTransfer[];
  readonly shortenedDays: readonly ShortenedDay[];
}

/**
 * A validated country source.
 * @category Holidays
 */
export interface CountryOptions {
  readonly country: string;
  readonly state?: string;
  readonly region?: string;
  readonly types: readonly HolidayType[];
  readonly sector: HolidaySector;
  readonly overrides: readonly YearLayer[];
}

// ---------------------------------------------------------------------------------------------
// Readers
// ---------------------------------------------------------------------------------------------

const COUNTRY_KEYS = ['country', 'state', 'region', 'types', 'sector', 'overrides'];
const DATES_KEYS = ['dates'];
const OVERRIDE_KEYS = ['year', 'replace', 'daysOff', 'notDaysOff', 'moves', 'workingDays', 'shortenedDays'];

/** A date string → day number, with an issue when malformed or outside `year`. */
const readLocalDate = (u: unknown, path: IssuePath, issues: Issue[], year?: number): number | undefined => {
  if (typeof u !== 'string') {
    issues.push(issue(IssueCode.NOT_A_STRING, path, `Expected a local date 'YYYY-MM-DD', got ${describeValue(u)}.`));
    return undefined;
  }
  const days = parseIsoDate(u);
  if (days === undefined) {
    issues.push(issue(IssueCode.INVALID_DATE, path, `Not a valid local date 'YYYY-MM-DD': ${describeValue(u)}.`));
    return undefined;
  }
  if (year !== undefined && civilFromDays(days).year !== year) {
    issues.push(issue(IssueCode.HOLIDAY_DATE_OUTSIDE_YEAR, path, `${u} is not in ${year}, the year of this override.`));
    return undefined;
  }
  return days;
};

/**
 * `{ dates }`: the sorted, distinct day numbers, and the list as read (a snapshot, for the
 * yearly dates).
 * @category Holidays
 */
export const readDates = (input: Record<string, unknown>, path: IssuePath, issues: Issue[]): { days: number[]; raw: unknown[] } | undefined => {
  readRecord(input, path, issues, DATES_KEYS);
  const raw = readArray(input['dates'], [...path, 'dates'], issues);
  if (raw === undefined) return undefined;
  const out = new Set<number>();
  raw.forEach((u: unknown, i) => {
    if (isYearlyPattern(u)) return; // '*-MM-DD': read by yearly.ts
    const d = readLocalDate(u, [...path, 'dates', i], issues);
    if (d !== undefined) out.add(d);
  });
  return { days: [...out].sort((a, b) => a - b), raw };
};

/** Finds `code` among `known`'s keys, case-insensitively; returns the canonical key. */
const lookup = (known: Readonly<Record<string, string>>, code: string): string | undefined => {
  if (Object.prototype.hasOwnProperty.call(known, code)) return code;
  const upper = code.toUpperCase();
  return Object.keys(known).find((k) => k.toUpperCase() === upper);
};

/**
 * `{ country, … }`: the validated options of a country source.
 * @category Holidays
 */
export const readCountryOptions = (input: Record<string, unknown>, path: IssuePath, issues: Issue[]): CountryOptions | undefined => {
  const before = issues.length;
  readRecord(input, path, issues, COUNTRY_KEYS);

  // country, optionally 'DE-BY' / 'DE-BY-A' (or with dots)
  const rawCountry = input['country'];
  let country: string | undefined;
  let state: string | undefined;
  let region: string | undefined;
  let statePath: IssuePath = [...path, 'state'];
  let regionPath: IssuePath = [...path, 'region'];
  if (typeof rawCountry !== 'string' || rawCountry.trim() === '') {
    issues.push(issue(typeof rawCountry === 'string' ? IssueCode.EMPTY_STRING : IssueCode.NOT_A_STRING, [...path, 'country'], `\`country\` is an ISO 3166-1 code such as 'RU' or 'DE-BY', got ${describeValue(rawCountry)}.`));
  } else {
    const parts = rawCountry.trim().split(/[-.]/);
    if (parts.length > 3 || parts.some((p) => p === '')) {
      issues.push(issue(IssueCode.UNKNOWN_COUNTRY, [...path, 'country'], `Not a country code: ${describeValue(rawCountry)}.`));
    } else {
      const found = lookup(knownCountries(), parts[0] as string);
      if (found === undefined) {
        issues.push(issue(IssueCode.UNKNOWN_COUNTRY, [...path, 'country'], `Unknown country code ${describeValue(parts[0])} (date-holidays knows ${Object.keys(knownCountries()).length} countries, e.g. 'GR', 'RU', 'SK').`));
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
      issues.push(issue(typeof v === 'string' ? IssueCode.EMPTY_STRING : IssueCode.NOT_A_STRING, [...path, key], `\`${key}\` is a code string, got ${describeValue(v)}.`));
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
      issues.push(issue(IssueCode.UNKNOWN_STATE, statePath, `Unknown state ${describeValue(state)} of ${country}` + (known.length > 0 ? ` (known: ${known.join(', ')}).` : `: date-holidays has no states for ${country}.`)));
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
        issues.push(issue(IssueCode.UNKNOWN_REGION, regionPath, `Unknown region ${describeValue(region)} of ${country}-${state}` + (known.length > 0 ? ` (known: ${known.join(', ')}).` : '.')));
      } else {
        region = found;
      }
    }
  }

  // types
  let types: HolidayType[] = ['public'];
  const rawTypes = input['types'] === undefined ? undefined : readArray(input['types'], [...path, 'types'], issues);
  if (rawTypes !== undefined) {
    if (rawTypes.length === 0) {
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
  const rawOverrides = input['overrides'] === undefined ? undefined : readArray(input['overrides'], [...path, 'overrides'], issues);
  if (rawOverrides !== undefined) {
    {
      const years = new Map<number, number>();
      rawOverrides.forEach((u: unknown, i) => {
        const layer = readYearLayer(u, [...path, 'overrides', i], issues);
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

/**
 * Validates one yearly layer (a user override, or an entry of the shipped data).
 * @category Holidays
 */
export const readYearLayer = (input: unknown, path: IssuePath, issues: Issue[]): YearLayer | undefined => {
  if (!isRecord(input)) {
    issues.push(issue(IssueCode.NOT_AN_OBJECT, path, `A yearly override is an object { year, daysOff?, … }, got ${describeValue(input)}.`));
    return undefined;
  }
  const before = issues.length;
  const u = readRecord(input, path, issues, OVERRIDE_KEYS);
  if (u === undefined) return undefined;
  const rawYear = u['year'];
  // a bad year is reported with the layer's other issues (its dates are then not checked against it)
  let year: number | undefined;
  if (typeof rawYear !== 'number' || !Number.isInteger(rawYear) || rawYear < 1000 || rawYear > 9999) {
    issues.push(issue(IssueCode.INVALID_YEAR, [...path, 'year'], `\`year\` is a four-digit integer year, got ${describeValue(rawYear)}.`));
  } else year = rawYear;
  const replace = u['replace'];
  if (replace !== undefined && typeof replace !== 'boolean') {
    issues.push(issue(IssueCode.NOT_A_BOOLEAN, [...path, 'replace'], `\`replace\` is true or false, got ${describeValue(replace)}.`));
  }
  const list = (key: string): unknown[] => {
    const v = u[key];
    return v === undefined ? [] : (readArray(v, [...path, key], issues) ?? []);
  };
  /** An item that is a record: its snapshot with its keys checked; else `undefined`, no issue. */
  const recordOf = (item: unknown, p: IssuePath, keys: readonly string[]): Record<string, unknown> | undefined =>
    isRecord(item) ? (readRecord(item, p, issues, keys) ?? {}) : undefined;

  const daysOff: { days: number; name: string }[] = [];
  list('daysOff').forEach((item, i) => {
    const p = [...path, 'daysOff', i];
    const obj = recordOf(item, p, ['date', 'name']);
    const name = obj?.['name'];
    if (name !== undefined && typeof name !== 'string') issues.push(issue(IssueCode.NOT_A_STRING, [...p, 'name'], `\`name\` is a string, got ${describeValue(name)}.`));
    const days = readLocalDate(obj !== undefined ? obj['date'] : item, obj !== undefined ? [...p, 'date'] : p, issues, year);
    if (days !== undefined) daysOff.push({ days, name: typeof name === 'string' && name !== '' ? name : 'Day off' });
  });

  const notDaysOff: number[] = [];
  list('notDaysOff').forEach((item, i) => {
    const days = readLocalDate(item, [...path, 'notDaysOff', i], issues, year);
    if (days !== undefined) notDaysOff.push(days);
  });

  const moves: { from: number; to: number; name?: string }[] = [];
  list('moves').forEach((item, i) => {
    const p = [...path, 'moves', i];
    const rec = recordOf(item, p, ['from', 'to', 'name']);
    if (rec === undefined) {
      issues.push(issue(IssueCode.NOT_AN_OBJECT, p, `A move is { from, to, name? }, got ${describeValue(item)}.`));
      return;
    }
    const from = readLocalDate(rec['from'], [...p, 'from'], issues, year);
    const to = readLocalDate(rec['to'], [...p, 'to'], issues, year);
    const name = rec['name'];
    if (name !== undefined && typeof name !== 'string') issues.push(issue(IssueCode.NOT_A_STRING, [...p, 'name'], `\`name\` is a string, got ${describeValue(name)}.`));
    if (from !== undefined && to !== undefined) moves.push({ from, to, ...(typeof name === 'string' ? { name } : {}) });
  });

  const workingDays: WorkingDayTransfer[] = [];
  list('workingDays').forEach((item, i) => {
    const p = [...path, 'workingDays', i];
    const rec = recordOf(item, p, ['date', 'hoursOf', 'name']);
    if (rec === undefined) {
      issues.push(issue(IssueCode.NOT_AN_OBJECT, p, `A working day is { date, hoursOf, name? }, got ${describeValue(item)}.`));
      return;
    }
    const days = readLocalDate(rec['date'], [...p, 'date'], issues, year);
    const hoursOf = rec['hoursOf'];
    const okWeekday = typeof hoursOf === 'string' && (WEEKDAYS as readonly string[]).includes(hoursOf);
    if (!okWeekday) issues.push(issue(IssueCode.UNKNOWN_WEEKDAY, [...p, 'hoursOf'], `\`hoursOf\` is the weekday whose hours the date takes (${WEEKDAYS.join(', ')}), got ${describeValue(hoursOf)}.`));
    const name = rec['name'];
    if (name !== undefined && typeof name !== 'string') issues.push(issue(IssueCode.NOT_A_STRING, [...p, 'name'], `\`name\` is a string, got ${describeValue(name)}.`));
    if (days !== undefined && okWeekday) {
      workingDays.push({ date: formatIsoDate(days), hoursOf: hoursOf as Weekday, ...(typeof name === 'string' ? { name } : {}) });
    }
  });

  const shortenedDays: ShortenedDay[] = [];
  list('shortenedDays').forEach((item, i) => {
    const p = [...path, 'shortenedDays', i];
    const obj = recordOf(item, p, ['date', 'minutes']);
    const days = readLocalDate(obj !== undefined ? obj['date'] : item, obj !== undefined ? [...p, 'date'] : p, issues, year);
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

  if (issues.length > before || year === undefined) return undefined;
  return { year, replace: replace === true, daysOff, notDaysOff, moves, workingDays, shortenedDays };
};
