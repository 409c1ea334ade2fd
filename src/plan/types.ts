/**
 * Plan types: what a support plan says as plain JSON (`PlanSpec`), and the pieces of it the
 * clocks, compliance and explanations read. The parser and the validated `Plan` live beside
 * this file.
 */
import type { DurationInput } from '../time/instant.js';
import type { Calendar, CalendarSpec } from '../calendar/calendar.js';
import type { PlanEntitlements } from './entitlements.js';

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
  | {
      /** Open time of the calendar. */
      readonly businessTime: DurationInput;
      /** The calendar (a key of the plan's `calendars`); default: the plan's `defaultCalendar`. */
      readonly calendar?: string;
    }
  | {
      /** Real time, 24/7. */
      readonly elapsedTime: DurationInput;
    }
  | {
      /** Whole hours of the calendar's business days (`wholeWorkingDays`). */
      readonly workingDayHours: DurationInput;
      /** The calendar (a key of the plan's `calendars`); default: the plan's `defaultCalendar`. */
      readonly calendar?: string;
    }
  | {
      /** The close of the nth business day from the start; 0 = the same business day. */
      readonly endOfBusinessDay: number;
      /** The calendar (a key of the plan's `calendars`); default: the plan's `defaultCalendar`. */
      readonly calendar?: string;
    }
  | {
      /** This many business days from the start (`addBusinessDays`). */
      readonly businessDays: number;
      /** The calendar (a key of the plan's `calendars`); default: the plan's `defaultCalendar`. */
      readonly calendar?: string;
    }
  | {
      /** Due at the earliest of these targets' `dueAt`, each with its own budget, calendar and pauses. */
      readonly earliestOf: readonly Target[];
    }
  | {
      /** Due at the latest of these targets' `dueAt`, each with its own budget, calendar and pauses. */
      readonly latestOf: readonly Target[];
    };

/**
 * Why a ticket is or is not entitled to clocks (rule 7).
 *
 * @example
 * ```ts
 * import type { Entitlement } from 'support-sla';
 * const e: Entitlement = { entitled: false, reason: 'outsideChannelHours' };
 * ```
 */
export type Entitlement =
  | {
      /** The ticket is entitled: it gets the plan's clocks. */
      readonly entitled: true;
    }
  | {
      /** The ticket is not entitled: it gets no clocks. */
      readonly entitled: false;
      /** Why: channel not in the plan, priority not served on the channel, or created outside the channel's hours. */
      readonly reason: 'channelNotInPlan' | 'priorityNotOnChannel' | 'outsideChannelHours';
    };

/** A warning threshold of a clock. */
export type WarningSpec =
  | {
      /** Reached when elapsed is this percentage of the budget. */
      readonly percent: number;
    }
  | {
      /** Reached when this much of the budget remains. */
      readonly remaining: DurationInput;
    };

/** A priority class of a plan. */
export interface PrioritySpec {
  /** The id tickets and targets name, e.g. `'p1'`. */
  readonly id: string;
  /** A label for people. */
  readonly name?: string;
}

/**
 * An ITIL impact × urgency matrix: `priority[i][u]` is the class for `impact[i]` and `urgency[u]`.
 *
 * @example
 * ```ts
 * import type { PriorityMatrix } from 'support-sla';
 * const itil: PriorityMatrix = {
 *   impact: ['high', 'low'], urgency: ['high', 'low'],
 *   priority: [['critical', 'high'], ['high', 'low']],
 * };
 * ```
 */
export interface PriorityMatrix {
  /** Impact levels, most severe first. */
  readonly impact: readonly string[];
  /** Urgency levels, most urgent first. */
  readonly urgency: readonly string[];
  /** `priority[i][u]`: a priority id for every cell. */
  readonly priority: readonly (readonly string[])[];
}

/** A channel the plan serves. */
export interface ChannelSpec {
  /** The calendar (a key of the plan's `calendars`) in which the channel takes contacts; default: always. */
  readonly calendar?: string;
  /** The priority classes the channel serves; default: all. */
  readonly priorities?: readonly string[];
}

/** One SLA clock of a plan. */
export interface ClockSpec {
  /** Unique in the plan, e.g. `'firstResponse'`. */
  readonly id: string;
  /** What starts and stops it (rule 4). */
  readonly kind: ClockKind;
  /** Targets by priority id; a priority without a target has no such clock. */
  readonly targets: Readonly<Record<string, Target>>;
  /** Only tickets from these channels (default: all). */
  readonly channels?: readonly string[];
  /** Statuses that pause this clock (default: every status mapped to `'paused'`; `[]` never pauses). */
  readonly pauseOn?: readonly string[];
  /** Resolution only (default `'total'`). */
  readonly cycles?: CycleMode;
  /** What a priority change does (default `'keepElapsed'`). */
  readonly onPriorityChange?: PriorityChangePolicy;
  /** Warning thresholds. */
  readonly warnings?: readonly WarningSpec[];
  /** Exact fill at a closing instant: due at the close (`'earliest'`, default) or the next opening. */
  readonly boundary?: DueBoundary;
}

/** A plan's calendar: a calendar spec, or `{ alwaysOpen: zone }` for 24/7. */
export type PlanCalendarSpec =
  | CalendarSpec
  | {
      /** The IANA time zone of an always-open (24/7) calendar. */
      readonly alwaysOpen: string;
    };

/**
 * A support plan as plain JSON (see `parsePlan`).
 *
 * @example
 * ```ts
 * import { makePlan, type PlanSpec } from 'support-sla';
 * const spec: PlanSpec = {
 *   id: 'basic',
 *   calendars: { office: { timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'], fri: ['09:30-17:30'] } } },
 *   defaultCalendar: 'office',
 *   priorities: [{ id: 'p1' }, { id: 'p2' }],
 *   defaultPriority: 'p2',
 *   clocks: [{ id: 'firstResponse', kind: 'firstResponse', targets: { p1: { businessTime: { hours: 1 } }, p2: { businessTime: { hours: 4 } } } }],
 * };
 * const plan = makePlan(spec);
 * ```
 */
export interface PlanSpec {
  /** The plan's id. */
  readonly id: string;
  /** A label for people. */
  readonly name?: string;
  /** What the plan says in words (vendors' terms, readings of vague text). */
  readonly description?: string;
  /** The plan's calendars by name: calendar specs, or `{ alwaysOpen: zone }` for 24/7. */
  readonly calendars: Readonly<Record<string, PlanCalendarSpec>>;
  /** A key of `calendars`: the calendar targets use by default, and the zone results are shown in. */
  readonly defaultCalendar: string;
  /** Most urgent first. */
  readonly priorities: readonly PrioritySpec[];
  /** Used when a ticket names no priority. */
  readonly defaultPriority?: string;
  /** An ITIL impact × urgency matrix, so a ticket may give `{ impact, urgency }` instead of a priority. */
  readonly priorityMatrix?: PriorityMatrix;
  /** Status → meaning; replaces {@link DEFAULT_STATUSES} when given. */
  readonly statuses?: Readonly<Record<string, StatusKind>>;
  /** The channels the plan serves; none: any channel. */
  readonly channels?: Readonly<Record<string, ChannelSpec>>;
  /** The plan's SLA clocks. */
  readonly clocks: readonly ClockSpec[];
  /** What the plan includes, for billing (phone time, incident packs, rates). */
  readonly entitlements?: PlanEntitlements;
  /** Where editors find the JSON Schema (`support-sla/plan.schema.json`); checked, not kept. */
  readonly $schema?: string;
}

/**
 * A validated plan: the spec's fields, normalised (statuses filled in) and frozen, with its
 * calendars built once.
 *
 * @example
 * ```ts
 * import { makePlan, isOpen } from 'support-sla';
 * const plan = makePlan({ id: 'x', calendars: { always: { alwaysOpen: 'UTC' } }, defaultCalendar: 'always', priorities: [{ id: 'p1' }], clocks: [] });
 * isOpen(plan.calendars.always!, '2025-06-01T03:00:00Z'); // true
 * ```
 */
export interface Plan {
  /** The plan's id. */
  readonly id: string;
  /** A label for people. */
  readonly name?: string;
  /** What the plan says in words. */
  readonly description?: string;
  /** The calendars, built. */
  readonly calendars: Readonly<Record<string, Calendar>>;
  /** A key of `calendars`: the calendar targets use by default, and the zone results are shown in. */
  readonly defaultCalendar: string;
  /** Most urgent first. */
  readonly priorities: readonly PrioritySpec[];
  /** Used when a ticket names no priority. */
  readonly defaultPriority?: string;
  /** The ITIL impact × urgency matrix, if the plan has one. */
  readonly priorityMatrix?: PriorityMatrix;
  /** The plan's status map, or the default one. */
  readonly statuses: Readonly<Record<string, StatusKind>>;
  /** The channels the plan serves; none: any channel. */
  readonly channels?: Readonly<Record<string, ChannelSpec>>;
  /** The plan's SLA clocks. */
  readonly clocks: readonly ClockSpec[];
  /** What the plan includes, normalised (money in minor units) and frozen. */
  readonly entitlements?: PlanEntitlements;
}

/**
 * The statuses a plan has when it gives none.
 *
 * @example
 * ```ts
 * import { DEFAULT_STATUSES } from 'support-sla';
 * DEFAULT_STATUSES.pending; // 'paused'
 * ```
 */
export const DEFAULT_STATUSES: Readonly<Record<string, StatusKind>> = Object.freeze({
  new: 'active',
  open: 'active',
  pending: 'paused',
  onHold: 'paused',
  solved: 'solved',
  closed: 'solved',
});
