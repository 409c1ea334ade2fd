export {
  isOpen,
  isOpenMillis,
  nextOpening,
  nextOpeningMillis,
  nextClosing,
  nextClosingMillis,
  openIntervals,
  addBusinessTime,
  addBusinessMillis,
  subtractBusinessTime,
  subtractBusinessMillis,
  businessTimeBetween,
  businessMillisBetween,
  isBusinessDay,
  endOfBusinessDay,
  endOfBusinessDayMillis,
  addBusinessDays,
  addBusinessDaysMillis,
  holidaysBetween,
} from './queries.js';
export type { AddBusinessTimeOptions, HolidayInfo } from './queries.js';
export { closedStretches, closedStretchesMillis } from './closed-stretches.js';
export type { ClosedDay, ClosedStretch, ClosedStretchMillis } from './closed-stretches.js';
