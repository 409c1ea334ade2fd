/**
 * One cycle of a clock as figures: the priority changes inside it (rule 5), the target in effect
 * as a budget (rule 1), its consumption and due (rules 2 and 3), warnings (rule 6).
 *
 * Pauses and priority changes are one mechanism: a priority change only changes WHICH budgets
 * are consumed from WHERE (`keepElapsed`: the new target from the cycle's start; `restart`: a
 * fresh budget from the change; `earlierOf`: both, the earlier due wins); the consumption itself
 * is always the same walk around the pauses.
 * @internal
 */
import type { CompiledClock, CompiledLeaf, CompiledTarget } from '../plan/plan.js';
import type { PriorityChangePolicy, Target } from '../plan/types.js';
import { reachMillis, runLeaf, type LeafRun } from './budget.js';
import { Pause, type CycleFrame } from './frames.js';
import type { TicketLog } from '../ticket/types.js';
import type { CycleResultMillis } from './types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** A priority change inside a cycle. */
export class PriorityChange {
  declare readonly at: number;
  declare readonly from: string;
  declare readonly to: string;
  declare readonly policy: PriorityChangePolicy;
  constructor(at: number, from: string, to: string, policy: PriorityChangePolicy) {
    this.at = at;
    this.from = from;
    this.to = to;
    this.policy = policy;
  }
}

/**
 * A cycle evaluated: its frame, the run that decides `dueAt`, and the facts behind it. A class,
 * like the other per-ticket structures (see `Pause`).
 */
export class CycleRun {
  declare readonly frame: CycleFrame;
  /** The priority in effect at the end of the cycle (or when its target was lost). */
  declare readonly priority: string;
  declare readonly target: Target;
  /**
   * The run of the target in effect: from where its budget started (`run.start`: the cycle's
   * start, or a `restart`) to where the cycle ended (`run.end`: its completion, cancellation or
   * `asOf`).
   */
  declare readonly run: LeafRun;
  declare readonly state: CycleFrame['state'];
  declare readonly changes: readonly PriorityChange[];
  /** The last priority lost its target: cancelled at this instant. */
  declare readonly cancelledAt: number;
  /** The earliest due at which an earlier completion of the cycle, undone by a reopen, was breached; NaN if none. */
  declare readonly earlierBreach: number;
  constructor(frame: CycleFrame, priority: string, target: Target, run: LeafRun, state: CycleFrame['state'], changes: readonly PriorityChange[], cancelledAt: number, earlierBreach: number) {
    this.frame = frame;
    this.priority = priority;
    this.target = target;
    this.run = run;
    this.state = state;
    this.changes = changes;
    this.cancelledAt = cancelledAt;
    this.earlierBreach = earlierBreach;
  }
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** Evaluates one cycle frame of a clock; undefined when no priority in it had a target. */
export const runCycle = (clock: CompiledClock, frame: CycleFrame, log: TicketLog): CycleRun | undefined => {
  // the ticket's priority changes: at `changeAt[j]` it becomes `changeTo[j]` (before the first, `log.priority`)
  const changeAt = log.priorityAt;
  const changeTo = log.priorities;
  // changes AT the start count as from the start
  const k = changesUpTo(changeAt, frame.start);
  const current = k === 0 ? log.priority : (changeTo[k - 1] as string);
  const open = frame.state === 'running' || frame.state === 'paused';
  const next = k < changeAt.length ? (changeAt[k] as number) : Infinity;
  if (next > frame.end || (next === frame.end && !open)) {
    // the common case: no priority change inside the cycle
    const t = clock.targets.get(current);
    if (t === undefined) return undefined;
    const run = decide(t, frame.start, frame.end, frame.pauses, frame.state !== 'paused', clock);
    return new CycleRun(frame, current, t.target, run, frame.state, NO_CHANGES, NaN, NaN);
  }
  const walk = new PriorityWalk(clock, current, frame.start);
  const changes: PriorityChange[] = [];
  for (let i = k; i < changeAt.length; i++) {
    const at = changeAt[i] as number;
    if (at > frame.end || (at === frame.end && !open)) break;
    const from = walk.current;
    if (walk.apply(at, changeTo[i] as string)) changes.push(new PriorityChange(at, from, walk.current, clock.policy));
  }
  if (!walk.everHad) return undefined;
  const cancelled = walk.cancelled;
  const runStart = walk.runStart;
  const end = cancelled ? Math.max(walk.cancelledAt, runStart) : frame.end;
  const state = cancelled ? 'cancelled' : frame.state;
  let pauses = cancelled ? clip(frame.pauses, end) : frame.pauses;
  if (runStart > frame.start) pauses = clip(pauses, Infinity, runStart);
  const projects = state !== 'paused';
  const priority = cancelled ? walk.lastPriority : walk.current;
  const targets = walk.used.map((p) => clock.targets.get(p) as CompiledTarget);
  const tree: CompiledTarget =
    targets.length === 1 ? (targets[0] as CompiledTarget) : { kind: 'earliestOf', parts: targets, target: { earliestOf: targets.map((t) => t.target) } };
  const run = decide(tree, runStart, end, pauses, projects, clock);
  return new CycleRun(frame, priority, (clock.targets.get(priority) as CompiledTarget).target, run, state, changes, walk.cancelledAt, NaN);
};

/**
 * Rule 5 applied change by change, from a cycle's start: the priorities whose targets a run
 * uses and where it starts. `keepElapsed` keeps the new priority's target from the start;
 * `restart` starts a fresh budget at the change; `earlierOf` keeps every target since the start
 * (the earliest due wins). A change to a priority without a target cancels the clock (`alts`
 * empty: a run then ends there on the targets it had, `lastAlts`); one to a priority with a
 * target starts it again (`restart`: from the change; otherwise from the start).
 */
export class PriorityWalk {
  /** The priority in force. */
  current: string;
  /** The priorities whose targets the run uses; empty when cancelled. */
  alts: readonly string[];
  /** `alts` before the last cancellation. */
  lastAlts: readonly string[];
  /** The last priority with a target. */
  lastPriority: string;
  /** Where the run's budget starts. */
  runStart: number;
  /** When the clock was cancelled (NaN unless `alts` is empty after having had a target). */
  cancelledAt = NaN;
  /** Some priority so far had a target. */
  everHad: boolean;
  readonly #clock: CompiledClock;
  constructor(clock: CompiledClock, priority: string, start: number) {
    this.#clock = clock;
    this.current = priority;
    this.lastPriority = priority;
    this.alts = clock.targets.has(priority) ? [priority] : NO_PRIORITIES;
    this.lastAlts = this.alts;
    this.everHad = this.alts.length > 0;
    this.runStart = start;
  }
  /** The change to `to` at `at`; false when `to` is already in force (no change). */
  apply(at: number, to: string): boolean {
    if (to === this.current) return false;
    const clock = this.#clock;
    this.current = to;
    if (!clock.targets.has(to)) {
      if (this.alts.length > 0) {
        this.lastAlts = this.alts;
        this.cancelledAt = at;
      }
      this.alts = NO_PRIORITIES;
      return true;
    }
    if (this.alts.length === 0) {
      // the clock gains a target: keepElapsed / earlierOf retroactively, restart from the change
      if (clock.policy === 'restart') this.runStart = at;
      this.alts = [to];
    } else if (clock.policy === 'keepElapsed') this.alts = [to];
    else if (clock.policy === 'restart') {
      this.runStart = at;
      this.alts = [to];
    } else if (!this.alts.includes(to)) this.alts = [...this.alts, to];
    this.everHad = true;
    this.cancelledAt = NaN;
    this.lastPriority = to;
    return true;
  }
  /** Cancelled: the priority in force has no target (after one that had). */
  get cancelled(): boolean {
    return this.alts.length === 0;
  }
  /** The priorities whose targets a run ending now uses: `alts`, or when cancelled `lastAlts`. */
  get used(): readonly string[] {
    return this.alts.length === 0 ? this.lastAlts : this.alts;
  }
}

/**
 * The number of priority changes at or before `t` (`changeAt` in order): a binary search, as a
 * log may hold thousands of changes.
 */
export const changesUpTo = (changeAt: readonly number[], t: number): number => {
  let lo = 0;
  let hi = changeAt.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((changeAt[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The warnings of a run: each threshold reached (in the past) or projected (no further pause assumed). */
export const warningsOf = (clock: CompiledClock, c: CycleRun): CycleResultMillis['warnings'] => {
  if (clock.warnings.length === 0) return NO_WARNINGS;
  const out: Mutable<CycleResultMillis['warnings']> = [];
  const budget = c.run.budget;
  for (const w of clock.warnings) {
    const amount = w.percent !== undefined ? Math.ceil((budget * w.percent) / 100) : Math.max(0, budget - (w.remainingMs as number));
    const at = amount <= c.run.elapsed || c.state === 'running' ? reachMillis(c.run, amount) : NaN;
    if (Number.isNaN(at)) continue;
    out.push({ threshold: w.percent !== undefined ? { percent: w.percent } : { remaining: w.remainingMs as number }, at });
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/** Runs a target tree and returns the leaf run that decides its due. */
const decide = (t: CompiledTarget, start: number, end: number, pauses: readonly Pause[], projects: boolean, clock: CompiledClock): LeafRun => {
  if (t.kind === 'leaf') return runLeaf(t as CompiledLeaf, start, end, pauses, projects, clock.boundary);
  const runs = t.parts.map((p) => decide(p, start, end, pauses, projects, clock));
  let best = runs[0] as LeafRun;
  for (let i = 1; i < runs.length; i++) {
    const r = runs[i] as LeafRun;
    if (t.kind === 'earliestOf') {
      // NaN (paused, budget left) is later than any defined due
      if (Number.isNaN(best.due) ? !Number.isNaN(r.due) : !Number.isNaN(r.due) && r.due < best.due) best = r;
    } else if (!Number.isNaN(best.due) && (Number.isNaN(r.due) || r.due > best.due)) best = r;
  }
  return best;
};

type Mutable<T> = T extends readonly (infer U)[] ? U[] : never;
const NO_CHANGES: readonly PriorityChange[] = Object.freeze([]);
const NO_PRIORITIES: readonly string[] = Object.freeze([]);
const NO_WARNINGS: CycleResultMillis['warnings'] = Object.freeze([]);

/** Pauses cut to `[from, to]`. */
const clip = (pauses: readonly Pause[], to: number, from = -Infinity): Pause[] => {
  const out: Pause[] = [];
  for (const p of pauses) {
    const a = Math.max(p.from, from);
    const b = Math.min(p.to, to);
    if (b > a || (p.ongoing && b >= a && p.to <= to)) out.push(new Pause(a, b, p.status, p.ongoing && p.to <= to));
  }
  return out;
};
