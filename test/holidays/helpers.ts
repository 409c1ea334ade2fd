import { daysFromCivil, formatIsoDate, isoWeekdayOfDays, parseIsoDate } from '../../src/time/civil.js';
import type { HolidayYear } from '../../src/holidays/types.js';

/** The distinct local dates closed (in full or in part) in a holiday year, ascending. */
export const closedDates = (y: HolidayYear): string[] => [...new Set(y.holidays.map((h) => h.date))].sort();

/** ISO weekday (1 = Monday) of a `YYYY-MM-DD` date. */
export const weekdayOf = (date: string): number => isoWeekdayOfDays(parseIsoDate(date) as number);

/** Working days of a five-day Mon-Fri week: weekdays minus weekday days off plus working weekend days. */
export const fiveDayWorkingDays = (year: number, y: HolidayYear): number => {
  const off = new Set(closedDates(y));
  const working = new Set(y.workingDays.map((w) => w.date));
  let count = 0;
  for (let d = daysFromCivil(year, 1, 1); d < daysFromCivil(year + 1, 1, 1); d++) {
    const date = formatIsoDate(d);
    const weekday = isoWeekdayOfDays(d) <= 5;
    if (working.has(date) || (weekday && !off.has(date))) count++;
  }
  return count;
};
