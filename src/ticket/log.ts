/**
 * The validated log as columns: each event an instant (`at`) and a code (`code`), with the
 * priority as a step function beside them. The readers build it (`makeLog`); the clock kinds
 * read it.
 * @internal
 */
import type { PlanState } from '../plan/plan.js';
import type { Author, TicketLog } from './types.js';

// ---------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------

/** The created event. */
export const EVENT_CREATED = 0;
/** A priority change (the log's `priorityAt` / `priorities` say to what). */
export const EVENT_PRIORITY = 1;
/** Messages: `EVENT_MESSAGE + (agent ? 1 : 0) + (public ? 2 : 0)`. */
export const EVENT_CUSTOMER_INTERNAL = 2;
export const EVENT_AGENT_INTERNAL = 3;
export const EVENT_CUSTOMER_PUBLIC = 4;
export const EVENT_AGENT_PUBLIC = 5;
/** A status change: `EVENT_STATUS + statusIndex` (the status's index in `PlanState.statusIndex`). */
export const EVENT_STATUS = 8;

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/** The code of a message. */
export const messageCode = (author: Author, isPublic: boolean): number =>
  EVENT_CUSTOMER_INTERNAL + (author === 'agent' ? 1 : 0) + (isPublic ? 2 : 0);

/** A status's index in the plan, or undefined when the plan has no such status. */
export const statusIndexOf = (state: PlanState, status: string): number | undefined => {
  const names = state.statusNames;
  // a handful of statuses (the default plan has 6): a scan beats hashing the string
  if (names.length > 8) return state.statusIndex.get(status);
  for (let k = 0; k < names.length; k++) if (names[k] === status) return k;
  return undefined;
};

/**
 * A log from the validated events, in input order, up to `asOf` and none before `createdAt`:
 * `at` and `code` the columns, `names[i]` the priority of a priority event (undefined when the
 * log has none); `inOrder`: already sorted (by `at`, `created` first). Unsorted columns are
 * sorted stably by `at`, `created` first (they are the caller's, and may be reordered in place).
 */
export const makeLog = (
  state: PlanState,
  id: string | undefined,
  createdAt: number,
  channel: string | undefined,
  by: Author,
  priority: string,
  at: number[],
  code: number[],
  names: (string | undefined)[] | undefined,
  inOrder: boolean,
): TicketLog => {
  if (!inOrder) sortColumns(at, code, names);
  let priorityAt: readonly number[] = NO_NUMBERS;
  let priorities: readonly string[] = NO_STRINGS;
  if (names !== undefined) {
    const changeAt: number[] = [];
    const changeTo: string[] = [];
    for (let i = 0; i < code.length; i++) {
      if (code[i] === EVENT_PRIORITY) {
        changeAt.push(at[i] as number);
        changeTo.push(names[i] as string);
      }
    }
    priorityAt = changeAt;
    priorities = changeTo;
  }
  return new Log(id, createdAt, channel, by, priority, at, code, priorityAt, priorities, state.solved, state.statusNames);
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/**
 * A log: a class, like the clocks' per-ticket structures (a literal's objects may be made in the
 * old generation once a 10,000-event ticket's have lived long; see the clocks' `Pause`).
 */
class Log implements TicketLog {
  declare readonly id: string | undefined;
  declare readonly createdAt: number;
  declare readonly channel: string | undefined;
  declare readonly by: Author;
  declare readonly priority: string;
  declare readonly at: readonly number[];
  declare readonly code: readonly number[];
  declare readonly priorityAt: readonly number[];
  declare readonly priorities: readonly string[];
  declare readonly solved: readonly boolean[];
  declare readonly statusNames: readonly string[];
  constructor(
    id: string | undefined,
    createdAt: number,
    channel: string | undefined,
    by: Author,
    priority: string,
    at: readonly number[],
    code: readonly number[],
    priorityAt: readonly number[],
    priorities: readonly string[],
    solved: readonly boolean[],
    statusNames: readonly string[],
  ) {
    this.id = id;
    this.createdAt = createdAt;
    this.channel = channel;
    this.by = by;
    this.priority = priority;
    this.at = at;
    this.code = code;
    this.priorityAt = priorityAt;
    this.priorities = priorities;
    this.solved = solved;
    this.statusNames = statusNames;
  }
}

const NO_NUMBERS: readonly number[] = Object.freeze([]);
const NO_STRINGS: readonly string[] = Object.freeze([]);

/** Sorts the columns stably by `at`, the created event first among equal instants. */
const sortColumns = (at: number[], code: number[], names: (string | undefined)[] | undefined): void => {
  const order = Array.from({ length: at.length }, (_, i) => i);
  order.sort((a, b) => (at[a] as number) - (at[b] as number) || (code[a] === EVENT_CREATED ? -1 : code[b] === EVENT_CREATED ? 1 : a - b));
  const at0 = at.slice();
  const code0 = code.slice();
  const names0 = names?.slice();
  for (let i = 0; i < order.length; i++) {
    const j = order[i] as number;
    at[i] = at0[j] as number;
    code[i] = code0[j] as number;
    if (names !== undefined) names[i] = (names0 as (string | undefined)[])[j];
  }
};
