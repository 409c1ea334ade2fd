export {
  parseCalendar,
  safeParseCalendar,
  makeCalendar,
  alwaysOpen,
  wholeWorkingDays,
  union,
  intersection,
  difference,
  holidayCoverage,
} from './calendar.js';
export type { Calendar, CalendarSpec, CalendarDefinition } from './calendar.js';
export { freezeCalendarSpec, freezeCalendarSpecOrThrow } from './freeze.js';
export type { FreezeCalendarSpecOptions } from './freeze.js';
