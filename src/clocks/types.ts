/**
 * Clock results: what `evaluateTicket` (luxon values) and `evaluateTicketMillis` (epoch ms and
 * ms durations) return. One generic shape, two instantiations, so the field lists cannot drift.
 */
import type { DateTime, Duration } from 'luxon';
import type { ClockKind, Entitlement, PriorityChangePolicy, Target } from '../plan/types.js';
import type { ClosedDay } from '../business-time/index.js';

/** Declared by the business-time layer (closedStretchesMillis); re-exported for the clocks. */
export type { ClosedDay };

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** The state of a clock (or cycle) as of `asOf`. */
export type ClockState = 'running' | 'paused' | 'completed' | 'cancelled';

/** Why a ticket is or is not entitled to clocks (rule 7); defined beside the plan. */
export type { Entitlement } from '../plan/types.js';

/** One step of the reason behind a clock's `dueAt`, in time order. `I` is the instant type. */
export type ExplanationStep<I> =
  | {
      /** The clock (or cycle) started. */
      readonly step: 'start';
      /** When it started. */
      readonly at: I;
      /** What started it. */
      readonly cause: 'created' | 'customerMessage' | 'agentMessage' | 'reopened' | 'priorityChange';
    }
  | {
      /** The target in force and the budget it gives. */
      readonly step: 'target';
      /** The priority whose target applies. */
      readonly priority: string;
      /** The target, as the plan gives it. */
      readonly target: Target;
      /** The calendar (a key of the plan's `calendars`) the budget is measured on. */
      readonly calendar: string;
      /** That calendar's IANA time zone. */
      readonly timeZone: string;
      /** The budget, in ms of open time on that calendar. */
      readonly budgetMs: number;
    }
  | {
      /** A closed stretch of the calendar that the clock skipped. */
      readonly step: 'closed';
      /** Start of the closed stretch. */
      readonly from: I;
      /** End of the closed stretch. */
      readonly to: I;
      /** The calendar that was closed. */
      readonly calendar: string;
      /** Why it was closed, day by day (night, weekend, named holiday, closure). */
      readonly days: readonly ClosedDay[];
    }
  | {
      /** A pause of the clock. */
      readonly step: 'pause';
      /** When the pause began. */
      readonly from: I;
      /** When it ended; `null` if still paused as of `asOf`. */
      readonly to: I | null;
      /** The status that paused the clock. */
      readonly status: string;
      /** The calendar's open time inside the pause, in ms. */
      readonly openMs: number;
    }
  | {
      /** A change of the ticket's priority. */
      readonly step: 'priorityChange';
      /** When the priority changed. */
      readonly at: I;
      /** The priority before the change. */
      readonly from: string;
      /** The priority after the change. */
      readonly to: string;
      /** How the clock treated the change (the clock's `onPriorityChange`). */
      readonly policy: PriorityChangePolicy;
    }
  | {
      /** The clock (or cycle) was completed. */
      readonly step: 'completed';
      /** When it was completed. */
      readonly at: I;
    }
  | {
      /** Where the budget runs out. */
      readonly step: 'due';
      /** The due instant; `null` while paused. */
      readonly at: I | null;
    };

/** The figures of one clock or one cycle. `I` is the instant type, `D` the duration type. */
export interface CycleFigures<I, D> {
  /** Running, paused, completed or cancelled, as of `asOf`. */
  readonly state: ClockState;
  /** Completed after `dueAt`, or still open past `dueAt` as of `asOf`. */
  readonly breached: boolean;
  /** When the clock (or cycle) started. */
  readonly startedAt: I;
  /** `null` while paused (the deadline is not defined until the clock runs again). */
  readonly dueAt: I | null;
  /** When it was completed; `null` if not (yet) completed. */
  readonly completedAt: I | null;
  /** `dueAt` when breached, else `null`. */
  readonly breachedAt: I | null;
  /** The target as time on its calendar. */
  readonly budget: D;
  /** Consumed open time of the target's calendar, pauses excluded. */
  readonly elapsed: D;
  /** `budget - elapsed`: negative when overdue. */
  readonly remaining: D;
  /** Open time inside pauses. */
  readonly paused: D;
  /** Real time from start to completion (or `asOf`). */
  readonly elapsedWall: D;
  /** Real duration of the pauses. */
  readonly pausedWall: D;
  /** `elapsed / budget × 100` (100 for a budget of 0 once started). */
  readonly percent: number;
  /** The clock's warning thresholds, each with the instant it is (or is projected to be) reached. */
  readonly warnings: readonly {
    /** The threshold: a percentage of the budget consumed, or a time remaining. */
    readonly threshold:
      | {
          /** Reached when elapsed is this percentage of the budget. */
          readonly percent: number;
        }
      | {
          /** Reached when this much of the budget remains. */
          readonly remaining: D;
        };
    /** When the threshold is reached, projected from the current state (no further pause assumed). */
    readonly at: I;
  }[];
  /** Why `dueAt` is what it is. */
  readonly explanation: readonly ExplanationStep<I>[];
}

/** One clock of a ticket: the figures of its last cycle, and every cycle. */
export interface ClockFigures<I, D> extends CycleFigures<I, D> {
  /** The id of the plan's clock. */
  readonly clock: string;
  /** The clock's kind. */
  readonly kind: ClockKind;
  /** The ticket's priority the target was taken from. */
  readonly priority: string;
  /** The target in force for that priority. */
  readonly target: Target;
  /** Every cycle, for `nextReply`, `periodicUpdate` and `perCycle` resolution (else one). */
  readonly cycles: readonly CycleFigures<I, D>[];
}

/** A ticket's SLA figures. */
export interface TicketFigures<I, D> {
  /** The ticket's id, if it has one. */
  readonly id?: string;
  /** The ticket's priority as of `asOf`. */
  readonly priority: string;
  /** The channel the ticket came from, if given. */
  readonly channel?: string;
  /** When the ticket was created. */
  readonly createdAt: I;
  /** The instant the figures are computed as of. */
  readonly asOf: I;
  /** Not entitled: no clocks. */
  readonly entitlement: Entitlement;
  /** The calendar zone the results are shown in (the plan's default calendar's). */
  readonly timeZone: string;
  /** One per plan clock that applies to the ticket. */
  readonly clocks: readonly ClockFigures<I, D>[];
}

/** A clock's result with luxon values (instants in the calendar's zone, durations in ms). */
export type ClockResult = ClockFigures<DateTime<true>, Duration<true>>;
/** A cycle's result with luxon values. */
export type CycleResult = CycleFigures<DateTime<true>, Duration<true>>;
/** A ticket's result with luxon values. */
export type TicketSla = TicketFigures<DateTime<true>, Duration<true>>;

/** A clock's result on epoch ms and ms durations. */
export type ClockResultMillis = ClockFigures<number, number>;
/** A cycle's result on epoch ms and ms durations. */
export type CycleResultMillis = CycleFigures<number, number>;
/** A ticket's result on epoch ms and ms durations. */
export type TicketSlaMillis = TicketFigures<number, number>;
