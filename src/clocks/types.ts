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
  | { readonly step: 'start'; readonly at: I; readonly cause: 'created' | 'customerMessage' | 'agentMessage' | 'reopened' | 'priorityChange' }
  | { readonly step: 'target'; readonly priority: string; readonly target: Target; readonly calendar: string; readonly timeZone: string; readonly budgetMs: number }
  | { readonly step: 'closed'; readonly from: I; readonly to: I; readonly calendar: string; readonly days: readonly ClosedDay[] }
  | { readonly step: 'pause'; readonly from: I; readonly to: I | null; readonly status: string; readonly openMs: number }
  | { readonly step: 'priorityChange'; readonly at: I; readonly from: string; readonly to: string; readonly policy: PriorityChangePolicy }
  | { readonly step: 'completed'; readonly at: I }
  | { readonly step: 'due'; readonly at: I | null };

/** The figures of one clock or one cycle. `I` is the instant type, `D` the duration type. */
export interface CycleFigures<I, D> {
  readonly state: ClockState;
  /** Completed after `dueAt`, or still open past `dueAt` as of `asOf`. */
  readonly breached: boolean;
  readonly startedAt: I;
  /** `null` while paused (the deadline is not defined until the clock runs again). */
  readonly dueAt: I | null;
  readonly completedAt: I | null;
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
  readonly warnings: readonly {
    readonly threshold: { readonly percent: number } | { readonly remaining: D };
    readonly at: I;
  }[];
  /** Why `dueAt` is what it is. */
  readonly explanation: readonly ExplanationStep<I>[];
}

/** One clock of a ticket: the figures of its last cycle, and every cycle. */
export interface ClockFigures<I, D> extends CycleFigures<I, D> {
  readonly clock: string;
  readonly kind: ClockKind;
  readonly priority: string;
  readonly target: Target;
  /** Every cycle, for `nextReply`, `periodicUpdate` and `perCycle` resolution (else one). */
  readonly cycles: readonly CycleFigures<I, D>[];
}

/** A ticket's SLA figures. */
export interface TicketFigures<I, D> {
  readonly id?: string;
  readonly priority: string;
  readonly channel?: string;
  readonly createdAt: I;
  readonly asOf: I;
  /** Not entitled: no clocks. */
  readonly entitlement: Entitlement;
  /** The calendar zone the results are shown in (the plan's default calendar's). */
  readonly timeZone: string;
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
