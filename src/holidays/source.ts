// TEMPORARY SHIM written by the lead so the calendar compiles while the holiday layer is being
// written. The holidays engineer owns this file: REPLACE IT ENTIRELY with the real
// implementation (keep the export names `parseHolidaySource` and `HolidaySource`).
import { either as E } from 'fp-ts';
import { issue, type Issue, type IssuePath } from '../internal/issues.js';
import type { HolidayYear, ResolvedHolidaySource } from './types.js';
import { formatIsoDate, parseIsoDate } from '../time/civil.js';
import { zoneRules } from '../time/zone.js';

export type HolidaySource = { dates: string[] } | { country: string; state?: string; region?: string };

export const parseHolidaySource = (input: unknown, timeZone: string, path: IssuePath): E.Either<Issue[], ResolvedHolidaySource> => {
  const dates = (input as { dates?: unknown }).dates;
  if (!Array.isArray(dates)) return E.left([issue('INVALID_HOLIDAY_SOURCE', path, 'shim: only { dates }')]);
  const zone = zoneRules(timeZone);
  const days = dates.map((d) => parseIsoDate(String(d)) as number);
  const year = (y: number): HolidayYear => ({
    holidays: days
      .filter((d) => formatIsoDate(d).startsWith(String(y)))
      .map((d) => ({ date: formatIsoDate(d), name: 'Holiday', type: 'public', start: zone.localToMillis(d, 0), end: zone.localToMillis(d + 1, 0) })),
    workingDays: [],
    shortenedDays: [],
  });
  return E.right({ key: `dates(${days.length})`, year, basis: () => 'rules', officialYears: [] });
};
