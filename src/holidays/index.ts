/**
 * The holiday layer: date-holidays' rules, corrected by official data (the Russian production
 * calendar, Greek Labour Day moves and sectors, the Slovak 2026 suspension), with your own yearly
 * overrides, and the coverage of each year (official or rules-only).
 * @packageDocumentation
 */
export type {
  CountryHolidaySource,
  DatesHolidaySource,
  DayOffInput,
  FrozenHoliday,
  FrozenHolidays,
  FrozenHolidaySource,
  FrozenHolidayYear,
  HolidayBasis,
  HolidayDataOrigin,
  HolidayMove,
  HolidayOccurrence,
  HolidaySector,
  HolidaySource,
  HolidayType,
  HolidayYear,
  HolidayYearCoverage,
  HolidayYearOverride,
  ResolvedHolidaySource,
  ShortenedDay,
  ShortenedDayInput,
  WorkingDayTransfer,
} from './types.js';
export {
  DEFAULT_SHORTENING_MINUTES,
  HOLIDAY_SECTORS,
  HOLIDAY_TYPES,
  makeHolidaySource,
  parseHolidaySource,
  parseHolidaySources,
  safeParseHolidaySource,
} from './source.js';
export { describeHolidayCoverage, type HolidayCoverage } from './coverage.js';
