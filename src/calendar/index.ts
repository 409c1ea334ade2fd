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
