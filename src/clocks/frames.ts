/**
 * Cycle frames: the wall-time skeleton of a clock's cycles (when each starts and ends, and the
 * pauses inside it), built from a ticket's log by the kind modules, before any priority or
 * target is applied.
 * @internal
 */
import { listOf } from '../internal/arrays.js';
import { EVENT_STATUS } from '../ticket/log.js';
import type { TicketLog } from '../ticket/types.js';
import type { ClockState, ExplanationStep } from './types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** Why a cycle started. */
export type StartCause = Extract<ExplanationStep<number>, { step: 'start' }>['cause'];

/**
 * A stretch in which the clock consumes nothing: a pausing status, or (resolution 'total') a
 * solved one. The per-ticket structures are classes, not object literals: V8 decides per literal
 * whether its objects are long-lived, and a 10,000-event ticket, whose structures live through
 * its whole evaluation, would otherwise have every later ticket's made in the old generation
 * (about 5x slower; instances of a class are not subject to that decision).
 */
export class Pause {
  declare readonly from: number;
  /** Exclusive end; the cycle's end when the pause still holds there. */
  declare readonly to: number;
  declare readonly status: string;
  /** Still holding at the cycle's end (and the cycle is open at `asOf`). */
  declare readonly ongoing: boolean;
  constructor(from: number, to: number, status: string, ongoing: boolean) {
    this.from = from;
    this.to = to;
    this.status = status;
    this.ongoing = ongoing;
  }
}

/** One cycle of a clock, in wall time. */
export class CycleFrame {
  declare readonly start: number;
  declare readonly cause: StartCause;
  /** Completion or cancellation instant, or `asOf` for an open cycle. */
  declare readonly end: number;
  declare readonly state: ClockState;
  /** Sorted, disjoint, non-empty, inside `[start, end]`. */
  declare readonly pauses: readonly Pause[];
  /**
   * The instants of the cycle's earlier completions that a reopen undid, in order (resolution
   * `'total'`): a breach at any of them stays a breach. Undefined when none.
   */
  declare readonly undone: readonly number[] | undefined;
  constructor(start: number, cause: StartCause, end: number, state: ClockState, pauses: readonly Pause[], undone?: readonly number[]) {
    this.start = start;
    this.cause = cause;
    this.end = end;
    this.state = state;
    this.pauses = pauses;
    this.undone = undone;
  }
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * The stretches of the log in which the status is one of `pausing` (by status index; or, when `solvedPauses`,
 * any solved status), up to `asOf` (a stretch still holding at `asOf` ends there, `ongoing`).
 */
export const pauseTimeline = (log: TicketLog, pausing: readonly boolean[], asOf: number, solvedPauses = false): readonly Pause[] => {
  let out: Pause[] | undefined;
  const at = log.at;
  const code = log.code;
  let from = NaN;
  let status = -1;
  for (let i = 0; i < code.length; i++) {
    const k = (code[i] as number) - EVENT_STATUS;
    if (k < 0) continue;
    const pauses = pausing[k] === true || (solvedPauses && log.solved[k] === true);
    if (!Number.isNaN(from)) {
      if (pauses && k === status) continue;
      const t = at[i] as number;
      if (t > from) out = add(out, new Pause(from, t, log.statusNames[status] as string, false));
      from = NaN;
    }
    if (pauses) {
      from = at[i] as number;
      status = k;
    }
  }
  if (!Number.isNaN(from)) out = add(out, new Pause(from, asOf, log.statusNames[status] as string, true));
  return out ?? NO_PAUSES;
};

/** Is the status at `asOf` (the end of the log) one that pauses? */
export const pausedAtEnd = (timeline: readonly Pause[]): boolean => timeline.length > 0 && (timeline[timeline.length - 1] as Pause).ongoing;

/**
 * A frame: the pauses of `timeline` clipped to `[start, end]`; an open frame (`running`) that ends
 * inside an ongoing pause is `paused`.
 */
export const frame = (timeline: readonly Pause[], start: number, end: number, state: ClockState, cause: StartCause): CycleFrame => {
  // the common case: the whole timeline inside [start, end], none ongoing, is the frame's pauses
  // as they are (no list made; what the walk below would give)
  const last = timeline[timeline.length - 1];
  if (last !== undefined && (timeline[0] as Pause).from >= start && last.to <= end && !last.ongoing) return new CycleFrame(start, cause, end, state, timeline);
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const p = timeline[mid] as Pause;
    if (p.to < start || (p.to === start && !p.ongoing)) lo = mid + 1;
    else hi = mid;
  }
  let pauses: Pause[] | undefined;
  let paused = false;
  for (let i = lo; i < timeline.length; i++) {
    const p = timeline[i] as Pause;
    if (p.from > end) break;
    const from = Math.max(p.from, start);
    let q: Pause | undefined;
    if (state === 'running' && p.ongoing) {
      // a stretch of the timeline that needs no clipping is shared, not copied
      q = from === p.from && end === p.to ? p : new Pause(from, end, p.status, true);
      paused = true;
    } else {
      const to = Math.min(p.to, end);
      if (to > from) q = from === p.from && to === p.to && !p.ongoing ? p : new Pause(from, to, p.status, false);
    }
    if (q !== undefined) pauses = add(pauses, q);
    if (paused) break;
  }
  return new CycleFrame(start, cause, end, paused ? 'paused' : state, pauses ?? NO_PAUSES);
};

const NO_PAUSES: readonly Pause[] = Object.freeze([]);


/** `list` with `p` added; a new list is a one-slot array made by `listOf` (results keep it). */
const add = (list: Pause[] | undefined, p: Pause): Pause[] => {
  if (list === undefined) return listOf(p);
  list.push(p);
  return list;
};
