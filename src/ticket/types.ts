/**
 * Ticket types: a ticket is its event log (`TicketInput`), read against a plan into a sorted log
 * of validated events on epoch milliseconds.
 */
import type { InstantInput } from '../time/instant.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** Who wrote a message or opened a ticket. */
export type Author = 'customer' | 'agent';

/**
 * One event of a ticket's log. `at` is an instant; an unsorted log is sorted stably by `at`.
 *
 * @example
 * ```ts
 * import type { TicketEvent } from 'support-sla';
 * const log: TicketEvent[] = [
 *   { type: 'created', at: '2025-06-02T10:00:00+03:00', channel: 'email', priority: 'p1' },
 *   { type: 'message', at: '2025-06-02T10:30:00+03:00', author: 'agent' },
 *   { type: 'status', at: '2025-06-02T11:00:00+03:00', status: 'solved' },
 * ];
 * ```
 */
export type TicketEvent =
  | {
      /** The ticket was created: exactly one, the earliest event. */
      readonly type: 'created';
      /** When the ticket was created. */
      readonly at: InstantInput;
      /** The channel it came from (a key of the plan's `channels`). */
      readonly channel?: string;
      /** Its priority; default: the plan's `defaultPriority`. */
      readonly priority?: string;
      /** Its impact, for the plan's priority matrix. */
      readonly impact?: string;
      /** Its urgency, for the plan's priority matrix. */
      readonly urgency?: string;
      /** `'agent'`: opened by an agent (a phone call written down): the first response is done. */
      readonly by?: Author;
    }
  | {
      /** A message on the ticket. */
      readonly type: 'message';
      /** When it was written. */
      readonly at: InstantInput;
      /** Who wrote it. */
      readonly author: Author;
      /** Whether the customer sees it; internal messages never count. */
      readonly visibility?: 'public' | 'internal';
    }
  | {
      /** A change of the ticket's status. */
      readonly type: 'status';
      /** When the status changed. */
      readonly at: InstantInput;
      /** The new status: a key of the plan's `statuses`. */
      readonly status: string;
    }
  | {
      /** A change of the ticket's priority. */
      readonly type: 'priority';
      /** When the priority changed. */
      readonly at: InstantInput;
      /** The new priority. */
      readonly priority?: string;
      /** The new impact, for the plan's priority matrix. */
      readonly impact?: string;
      /** The new urgency, for the plan's priority matrix. */
      readonly urgency?: string;
    };

/**
 * A ticket: an optional id and its event log.
 *
 * @example
 * ```ts
 * import type { TicketInput } from 'support-sla';
 * const ticket: TicketInput = { id: 'T-1', events: [{ type: 'created', at: '2025-06-02T10:00:00+03:00' }] };
 * ```
 */
export interface TicketInput {
  /** The ticket's id, if it has one. */
  readonly id?: string;
  /** The ticket's event log; unsorted logs are sorted stably by `at`. */
  readonly events: readonly TicketEvent[];
}

/**
 * A ticket read against a plan, as of an instant: events after `asOf` are not in it. The events
 * are columns (`at[i]`, `code[i]`), sorted by `at` (stable; `created` first): arrays of numbers,
 * one object per log rather than one per event. @internal
 */
export interface TicketLog {
  /** The ticket's id; undefined when it has none. */
  readonly id: string | undefined;
  readonly createdAt: number;
  /** The channel of the created event; undefined when it names none. */
  readonly channel: string | undefined;
  readonly by: Author;
  /** The priority at creation. */
  readonly priority: string;
  /** Each event's instant, epoch ms, in order. */
  readonly at: readonly number[];
  /** Each event's code (`EVENT_…`). */
  readonly code: readonly number[];
  /** The priority changes in order: at `priorityAt[j]` the priority becomes `priorities[j]` (before the first, it is `priority`). */
  readonly priorityAt: readonly number[];
  readonly priorities: readonly string[];
  /** The plan's statuses by index: is each a solved one? */
  readonly solved: readonly boolean[];
  /** The plan's statuses by index: their names. */
  readonly statusNames: readonly string[];
}
