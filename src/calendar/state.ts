/**
 * Step 5 of a calendar's data flow: the engine state behind a calendar (its year index, zone
 * rules, business-day index, holiday sources and closed-time explainer), attached to the
 * calendar object. Only the calendar's own modules (`src/calendar/`) import this file; other
 * layers reach a calendar's engine through `engine.ts` (test/purity.test.ts guards it).
 * @internal
 */
import { zoneRules, type ZoneRules } from '../time/zone.js';
import type { ResolvedHolidaySource } from '../holidays/types.js';
import type { ClosedExplainer, OpenTimeBuilder } from './open-time.js';
import { YearIndex } from './year-index.js';
import { BusinessDayIndex } from './business-day-index.js';
import { NOT_A_CALENDAR } from '../internal/messages.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * The engine state behind a calendar.
 * @category Calendars
 */
export interface CalendarState {
  readonly index: YearIndex;
  readonly zone: ZoneRules;
  /** Local dates with open time. */
  readonly businessDays: BusinessDayIndex;
  /** Holiday sources of this calendar and of the calendars it derives from. */
  readonly holidaySources: readonly ResolvedHolidaySource[];
  /** Why the calendar is closed over a closed stretch. */
  readonly explainClosed: ClosedExplainer;
}

/**
 * The engine state lives on the calendar under a registered symbol (non-enumerable, so specs and
 * JSON stay clean): a calendar made by the ESM build still works with the CJS build of the same
 * version when an application loads both (the dual-package hazard).
 */
const STATE: unique symbol = Symbol.for('support-sla.calendar-state') as never;
type WithState = { readonly [STATE]?: CalendarState };

// ---------------------------------------------------------------------------------------------
// Constructors and queries
// ---------------------------------------------------------------------------------------------

/**
 * Builds the engine state of open time `build(zone)` in `timeZone` and attaches it to `cal`,
 * which it freezes and returns.
 * @category Calendars
 */
export const attachState = <T extends object>(
  cal: T,
  timeZone: string,
  build: (zone: ZoneRules) => { readonly openTime: OpenTimeBuilder; readonly explainClosed: ClosedExplainer },
  holidaySources: readonly ResolvedHolidaySource[],
): Readonly<T> => {
  const zone = zoneRules(timeZone);
  const { openTime, explainClosed } = build(zone);
  const index = new YearIndex(openTime);
  const state: CalendarState = { index, zone, businessDays: new BusinessDayIndex(index, zone), holidaySources, explainClosed };
  Object.defineProperty(cal, STATE, { value: state, enumerable: false, writable: false, configurable: false });
  return Object.freeze(cal);
};

/**
 * The engine state of a calendar; throws `TypeError` for an object that is not a Calendar.
 * @category Calendars
 */
export const stateOf = (cal: object): CalendarState => {
  const state = typeof cal === 'object' && cal !== null ? (cal as WithState)[STATE] : undefined;
  if (state === undefined) {
    throw new TypeError(NOT_A_CALENDAR);
  }
  return state;
};
