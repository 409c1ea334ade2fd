/**
 * Ticket types: a ticket is its event log (`TicketInput`), read against a plan into a sorted log
 * of validated events on epoch milliseconds.
 */
import type { InstantInput } from '../time/instant.js';
import type { StatusKind } from '../plan/types.js';

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
      readonly type: 'created';
      readonly at: InstantInput;
      readonly channel?: string;
      readonly priority?: string;
      readonly impact?: string;
      readonly urgency?: string;
      /** `'agent'`: opened by an agent (a phone call written down): the first response is done. */
      readonly by?: Author;
    }
  | { readonly type: 'message'; readonly at: InstantInput; readonly author: Author; readonly visibility?: 'public' | 'internal' }
  | { readonly type: 'status'; readonly at: InstantInput; readonly status: string }
  | { readonly type: 'priority'; readonly at: InstantInput; readonly priority?: string; readonly impact?: string; readonly urgency?: string };

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
  readonly id?: string;
  readonly events: readonly TicketEvent[];
}

/** A validated event: epoch ms, the index it had in the input, what it means. @internal */
export type LogEvent =
  | { readonly type: 'created'; readonly at: number; readonly index: number }
  | { readonly type: 'message'; readonly at: number; readonly index: number; readonly author: Author; readonly isPublic: boolean }
  | { readonly type: 'status'; readonly at: number; readonly index: number; readonly status: string; readonly kind: StatusKind }
  | { readonly type: 'priority'; readonly at: number; readonly index: number; readonly priority: string };

/** A ticket read against a plan, as of an instant: events after `asOf` are not in it. @internal */
export interface TicketLog {
  readonly id?: string;
  readonly createdAt: number;
  readonly channel?: string;
  readonly by: Author;
  /** The priority at creation. */
  readonly priority: string;
  /** Sorted by `at` (stable; `created` first), up to `asOf`. */
  readonly events: readonly LogEvent[];
}
