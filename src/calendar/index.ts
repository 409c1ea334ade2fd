export {
  parseCalendar,
  safeParseCalendar,
  makeCalendar,
  alwaysOpen,
  wholeWorkingDays,
  union,
  intersection,
  difference,
} from './calendar.js';
export type { Calendar, CalendarSpec, CalendarDefinition } from './calendar.js';
