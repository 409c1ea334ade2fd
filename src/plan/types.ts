/**
 * Plan types: what a support plan says as plain JSON (`PlanSpec`), and the pieces of it the
 * clocks, compliance and explanations read. The parser and the validated `Plan` live beside
 * this file.
 */
import type { DurationInput } from '../time/instant.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** What a ticket status means to the clocks. */
export type StatusKind = 'active' | 'paused' | 'solved';

/** The four kinds of SLA clock. */
export type ClockKind = 'firstResponse' | 'nextReply' | 'periodicUpdate' | 'resolution';

/** How a resolution clock treats reopens. */
export type CycleMode = 'first' | 'perCycle' | 'total';

/** What a priority change does to a running clock. */
export type PriorityChangePolicy = 'keepElapsed' | 'restart' | 'earlierOf';

/** On an exact fill at a closing instant: due at the close (`'earliest'`) or at the next opening. */
export type DueBoundary = 'earliest' | 'latest';

/** A clock's target for one priority; `calendar` defaults to the plan's `defaultCalendar`. */
export type Target =
  | { readonly businessTime: DurationInput; readonly calendar?: string }
  | { readonly elapsedTime: DurationInput }
  | { readonly workingDayHours: DurationInput; readonly calendar?: string }
  | { readonly endOfBusinessDay: number; readonly calendar?: string }
  | { readonly businessDays: number; readonly calendar?: string }
  | { readonly earliestOf: readonly Target[] }
  | { readonly latestOf: readonly Target[] };

/** A warning threshold of a clock. */
export type WarningSpec = { readonly percent: number } | { readonly remaining: DurationInput };
