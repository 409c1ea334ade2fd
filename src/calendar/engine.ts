/**
 * The calendar engine as the business-time layer sees it: a calendar's year index, business-day
 * index, zone rules, holiday sources and closed-time explainer, read from its engine state. The
 * business-time layer (layer 4) is the only one that imports this file; everything above it
 * uses the public `…Millis` business-time queries (test/purity.test.ts guards both rules).
 * @internal
 */
import type { ZoneRules } from '../time/zone.js';
import type { ResolvedHolidaySource } from '../holidays/types.js';
import type { Calendar } from './calendar.js';
import type { ClosedExplainer } from './open-time.js';
import type { YearIndex } from './year-index.js';
import type { BusinessDayIndex } from './business-day-index.js';
import { stateOf } from './state.js';

export type { ClosedCause, ClosedReason } from './open-time.js';
export type { YearIndex } from './year-index.js';
export { SEARCH_HORIZON_MS, SEARCH_HORIZON_YEARS } from './year-index.js';
export type { BusinessDayIndex } from './business-day-index.js';

/**
 * The calendar's year index (its open time); throws `TypeError` for a non-calendar.
 * @category Calendars
 */
export const yearIndexOf = (cal: Calendar): YearIndex => stateOf(cal).index;

/**
 * The calendar's business-day index.
 * @category Calendars
 */
export const businessDayIndexOf = (cal: Calendar): BusinessDayIndex => stateOf(cal).businessDays;

/**
 * The calendar's zone rules.
 * @category Calendars
 */
export const zoneOf = (cal: Calendar): ZoneRules => stateOf(cal).zone;

/**
 * The holiday sources of the calendar and of the calendars it derives from.
 * @category Calendars
 */
export const holidaySourcesOf = (cal: Calendar): readonly ResolvedHolidaySource[] => stateOf(cal).holidaySources;

/**
 * Why the calendar is closed over a closed stretch `[from, to)` (precedence: closure > holiday > weekend > night).
 * @category Calendars
 */
export const closedExplainerOf = (cal: Calendar): ClosedExplainer => stateOf(cal).explainClosed;
