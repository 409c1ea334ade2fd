/**
 * A target as a budget (rule 1) and its consumption (rules 2 and 3): the budget is time on the
 * target's calendar, consumed while the calendar is open and the clock is not paused; `dueAt` is
 * where the consumption reaches the budget. Everything here is built on the public `…Millis`
 * business-time queries.
 * @internal
 */
import {
  addBusinessDaysMillis,
  addBusinessMillis,
  businessMillisBetween,
  endOfBusinessDayMillis,
} from '../business-time/queries.js';
import type { CompiledLeaf, CompiledTarget } from '../plan/plan.js';
import type { DueBoundary } from '../plan/types.js';
import type { Pause } from './frames.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** The consumption of one leaf target over one run (a cycle, or its part after a restart). */
export class LeafRun {
  declare readonly leaf: CompiledLeaf;
  declare readonly start: number;
  declare readonly budget: number;
  /** Consumed open time up to the run's end, pauses excluded. */
  declare readonly elapsed: number;
  /** Open time inside the pauses. */
  declare readonly paused: number;
  /** Real duration of the pauses. */
  declare readonly pausedWall: number;
  /** Where the budget runs out; NaN while paused with budget left. */
  declare readonly due: number;
  /** The pauses the run went around (for warnings). */
  declare readonly pauses: readonly Pause[];
  /** Consumption continues after `end` (the run is not paused there). */
  declare readonly projects: boolean;
  declare readonly end: number;
  constructor(leaf: CompiledLeaf, start: number, budget: number, elapsed: number, paused: number, pausedWall: number, due: number, pauses: readonly Pause[], projects: boolean, end: number) {
    this.leaf = leaf;
    this.start = start;
    this.budget = budget;
    this.elapsed = elapsed;
    this.paused = paused;
    this.pausedWall = pausedWall;
    this.due = due;
    this.pauses = pauses;
    this.projects = projects;
    this.end = end;
  }
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** Rule 1: the budget of a leaf target started at `start`, in ms of its calendar's open time. */
export const budgetOf = (leaf: CompiledLeaf, start: number): number => {
  switch (leaf.unit) {
    case 'endOfBusinessDay':
      return businessMillisBetween(leaf.cal, start, endOfBusinessDayMillis(leaf.cal, start, leaf.amount));
    case 'businessDays':
      return businessMillisBetween(leaf.cal, start, addBusinessDaysMillis(leaf.cal, start, leaf.amount));
    default:
      return leaf.amount;
  }
};

/**
 * Consumes a leaf's budget from `start` to `end` around `pauses` (sorted, disjoint, inside
 * `[start, end]`); `projects`: the clock keeps consuming after `end` (not paused there), so a
 * budget not yet used up gives a projected `due`.
 */
export const runLeaf = (
  leaf: CompiledLeaf,
  start: number,
  end: number,
  pauses: readonly Pause[],
  projects: boolean,
  boundary: DueBoundary,
): LeafRun => {
  const cal = leaf.cal;
  const budget = budgetOf(leaf, start);
  const earliest = boundary === 'earliest';
  const options = earliest ? EARLIEST : undefined;
  const n = pauses.length;
  let paused = 0;
  let pausedWall = 0;
  // the pauses and the stretches between them tile [start, end] when the pauses are in order,
  // disjoint and inside it (as frames make them): then the consumed time is the open time of
  // [start, end] less that of the pauses (open time is additive), one query per stretch saved
  let tiled = true;
  let prev = start;
  // the open time of each pause, kept for finding the due (one number: most runs have 0 or 1 pause)
  let firstPaused = 0;
  let eachPaused: number[] | undefined;
  for (let i = 0; i < n; i++) {
    const p = pauses[i] as Pause;
    pausedWall += p.to - p.from;
    const q = p.to > p.from ? businessMillisBetween(cal, p.from, p.to) : 0;
    paused += q;
    if (i === 0) firstPaused = q;
    else (eachPaused ??= [firstPaused]).push(q);
    if (p.from < prev || p.to < p.from) tiled = false;
    prev = p.to;
  }
  if (prev > end) tiled = false;
  let used: number;
  let due = NaN;
  if (tiled) {
    used = (end > start ? businessMillisBetween(cal, start, end) : 0) - paused;
    // the budget runs out inside [start, end]: find where
    if (earliest ? used >= budget : used > budget) {
      due = dueFromStart(cal, start, end, pauses, budget, earliest, firstPaused, eachPaused);
    }
  } else {
    used = 0;
    let a = start;
    for (let i = 0; i <= n; i++) {
      const b = i < n ? Math.max(a, (pauses[i] as Pause).from) : end;
      const q = b > a ? businessMillisBetween(cal, a, b) : 0;
      if (Number.isNaN(due) && (earliest ? used + q >= budget : used + q > budget)) {
        due = addBusinessMillis(cal, a, budget - used, options);
      }
      used += q;
      if (i < n) a = Math.max(a, (pauses[i] as Pause).to);
    }
  }
  if (Number.isNaN(due) && projects) due = addBusinessMillis(cal, end, budget - used, options);
  return new LeafRun(leaf, start, budget, used, paused, pausedWall, due, pauses, projects, end);
};

/**
 * Could a run of `target` from `start` have used up its budget, when its consumption is at most
 * `consumed(leaf)` on each leaf's calendar? No when the leaves that decide are below their
 * budgets from `start`: any leaf of an `earliestOf`, every leaf of a `latestOf`.
 */
export const mayReachBudget = (target: CompiledTarget, start: number, consumed: (leaf: CompiledLeaf) => number): boolean => {
  if (target.kind !== 'leaf') {
    const reaches = (p: CompiledTarget): boolean => mayReachBudget(p, start, consumed);
    return target.kind === 'earliestOf' ? target.parts.some(reaches) : target.parts.every(reaches);
  }
  return consumed(target) >= budgetOf(target, start);
};

/**
 * The consumption of `[start, end]` around `pauses` (sorted, disjoint, inside `[start, …]`) on one
 * calendar, for ends that never decrease: `runLeaf`'s `elapsed` (the open time of `[start, end]`
 * less that of the pauses), kept as running sums. Each pause's open time is asked once, so a
 * cycle's consumption at each of many instants costs two queries an instant.
 */
export class Consumption {
  readonly cal: CompiledLeaf['cal'];
  readonly #start: number;
  readonly #pauses: readonly Pause[];
  /** The first pause that does not end by the last `end`, and the open time of those before it. */
  #next = 0;
  #pausedBefore = 0;
  constructor(cal: CompiledLeaf['cal'], start: number, pauses: readonly Pause[]) {
    this.cal = cal;
    this.#start = start;
    this.#pauses = pauses;
  }
  /** The consumption of `[start, end]`; `end` at least the last one asked. */
  upTo(end: number): number {
    const cal = this.cal;
    const pauses = this.#pauses;
    while (this.#next < pauses.length && (pauses[this.#next] as Pause).to <= end) {
      const p = pauses[this.#next++] as Pause;
      if (p.to > p.from) this.#pausedBefore += businessMillisBetween(cal, p.from, p.to);
    }
    const p = pauses[this.#next];
    const partly = p !== undefined && p.from < end ? businessMillisBetween(cal, p.from, end) : 0;
    return (end > this.#start ? businessMillisBetween(cal, this.#start, end) : 0) - this.#pausedBefore - partly;
  }
}

/**
 * The earliest instant at which the run's consumption reaches `amount` (for warnings): in the
 * past when reached by `end`, projected when the run still consumes, else NaN.
 */
export const reachMillis = (run: LeafRun, amount: number): number => {
  const cal = run.leaf.cal;
  // not reached by the end (the consumption up to the end is the run's elapsed): projected
  if (amount > run.elapsed) return run.projects ? addBusinessMillis(cal, run.end, amount - run.elapsed, EARLIEST) : NaN;
  // reached by the end: where the run's consumption first reaches it, stretch by stretch
  const at = dueWithin(cal, run.start, run.end, run.pauses, amount, true);
  return Number.isNaN(at) && run.projects ? addBusinessMillis(cal, run.end, amount - run.elapsed, EARLIEST) : at;
};

/**
 * Where the consumption of `[start, end]` around `pauses` (tiled: in order, disjoint, inside it)
 * reaches `budget`, known to be inside `[start, end]`; `paused0` and `paused` the open time of the
 * first pause and of each. The due lies in the stretch after the pauses that come before it, so
 * the open time from `start` to it is the budget plus those pauses' open time: one query per
 * stretch tried, and the first stretch usually holds it. The queries from `start` search no
 * further than `end`, whose open time from `start` was already found (within the search horizon).
 */
const dueFromStart = (
  cal: CompiledLeaf['cal'],
  start: number,
  end: number,
  pauses: readonly Pause[],
  budget: number,
  earliest: boolean,
  paused0: number,
  paused: readonly number[] | undefined,
): number => {
  const options = earliest ? EARLIEST : undefined;
  const n = pauses.length;
  let extra = 0;
  for (let i = 0; i <= n; i++) {
    const b = i < n ? (pauses[i] as Pause).from : end;
    // latest: the last instant the consumption has not passed the budget, inside the stretch
    // when before its end; earliest: the first instant it reaches the budget, at or before the end
    const d = addBusinessMillis(cal, start, budget + extra, options);
    if (earliest ? d <= b : d < b) return d;
    if (i < n) extra += paused === undefined ? paused0 : (paused[i] as number);
  }
  // not reached: at the last stretch the query gives an instant inside it, since the caller
  // checked that the consumption of [start, end] reaches the budget; the stretch walk answers
  // should that reasoning ever be wrong
  return dueWithin(cal, start, end, pauses, budget, earliest);
};

/** Where the consumption of `[start, end]` around `pauses` first reaches (or passes) `budget`; NaN if it does not. */
const dueWithin = (cal: CompiledLeaf['cal'], start: number, end: number, pauses: readonly Pause[], budget: number, earliest: boolean): number => {
  const n = pauses.length;
  let used = 0;
  let a = start;
  for (let i = 0; i <= n; i++) {
    const b = i < n ? Math.max(a, (pauses[i] as Pause).from) : end;
    const q = b > a ? businessMillisBetween(cal, a, b) : 0;
    if (earliest ? used + q >= budget : used + q > budget) return addBusinessMillis(cal, a, budget - used, earliest ? EARLIEST : undefined);
    used += q;
    if (i < n) a = Math.max(a, (pauses[i] as Pause).to);
  }
  return NaN;
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const EARLIEST = { boundary: 'earliest' } as const;
