/**
 * `evaluateTicketMillis` and `evaluateTicket`: a ticket's log replayed as of `asOf` into its SLA
 * clocks. Nothing is stored: every figure follows from the plan, the log and `asOf`.
 */
import { listOf } from '../internal/arrays.js';
import * as E from 'fp-ts/lib/Either.js';
import { Duration, type DateTime } from 'luxon';
import { describeValue, issue, type Issue } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { isSupportedInstant, readInstantMillis, toDateTime, type InstantInput } from '../time/instant.js';
import { planState, type CompiledClock, type CompiledLeaf, type CompiledTarget, type PlanState } from '../plan/plan.js';
import { entitlementMillis } from '../plan/priority.js';
import type { Plan } from '../plan/types.js';
import { fastReadState, readTicketLogFully, type ReadTicketOptions } from '../ticket/read.js';
import type { TicketLog } from '../ticket/types.js';
import { changesUpTo, CycleRun, PriorityWalk, runCycle, warningsOf } from './cycle.js';
import { frame, pauseTimeline, type CycleFrame, type Pause } from './frames.js';
import { firstResponseFrames } from './first-response.js';
import { nextReplyFrames } from './next-reply.js';
import { periodicUpdateFrames } from './periodic-update.js';
import { resolutionFrames } from './resolution.js';
import { explainMillis } from './explanation.js';
import { Consumption, mayReachBudget } from './budget.js';
import type {
  ClockFigures,
  ClockResult,
  ClockResultMillis,
  CycleResult,
  CycleResultMillis,
  ExplanationStep,
  TicketSla,
  TicketSlaMillis,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link evaluateTicket} and {@link evaluateTicketMillis}.
 *
 * @example
 * ```ts
 * import type { EvaluateTicketOptions } from 'support-sla';
 * const strict: EvaluateTicketOptions = { strictChannels: true }; // an unlisted channel is an issue
 * ```
 */
export interface EvaluateTicketOptions extends ReadTicketOptions {}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * A ticket's SLA clocks as of `asOfMs`, as epoch ms and ms durations (no luxon object is built).
 * A clock's `explanation` and `cycles` are made on first read (getters; `toJSON` gives every
 * field). Bad input (rule 9) is a `Left` with every issue and its path.
 *
 * @example
 * ```ts
 * import { makePlan, evaluateTicketMillis } from 'support-sla';
 * import { either } from 'fp-ts';
 * const plan = makePlan({
 *   id: 'x', calendars: { office: { timeZone: 'UTC', week: { mon: ['09:00-17:00'], tue: ['09:00-17:00'] } } },
 *   defaultCalendar: 'office', priorities: [{ id: 'p1' }], defaultPriority: 'p1',
 *   clocks: [{ id: 'firstResponse', kind: 'firstResponse', targets: { p1: { businessTime: { hours: 4 } } } }],
 * });
 * const r = evaluateTicketMillis(plan, { events: [{ type: 'created', at: Date.UTC(2025, 5, 2, 15) }] }, Date.UTC(2025, 5, 2, 16));
 * either.isRight(r) && r.right.clocks[0]!.dueAt === Date.UTC(2025, 5, 3, 11); // true: 2 h on Monday, 2 h on Tuesday
 * ```
 */
export const evaluateTicketMillis = (plan: Plan, ticket: unknown, asOfMs: number, options?: EvaluateTicketOptions): E.Either<Issue[], TicketSlaMillis> => {
  const state = planState(plan); // a non-Plan is programmer misuse: TypeError
  if (typeof asOfMs !== 'number' || !isSupportedInstant(asOfMs)) {
    // NaN, ±Infinity, and instants outside the supported range (1e20) are issues, not a RangeError from a query
    const finite = typeof asOfMs === 'number' && Number.isFinite(asOfMs);
    const issues: Issue[] = [
      finite
        ? issue(IssueCode.INSTANT_OUT_OF_RANGE, ['asOf'], `asOf ${asOfMs} is outside the supported range of instants (the years 0000-9999).`)
        : issue(IssueCode.INVALID_INSTANT, ['asOf'], `asOf must be finite epoch milliseconds, got ${describeValue(asOfMs)}.`),
    ];
    const log = readSafely(plan, ticket, Infinity, options);
    if (E.isLeft(log)) issues.push(...log.left);
    return E.left(issues);
  }
  // the common case: a valid log read by the fast path; any doubt takes the full reader
  let log = fastReadLog(state, plan, ticket, asOfMs, options);
  if (log === undefined) {
    const read = readSafely(plan, ticket, asOfMs, options);
    if (E.isLeft(read)) return read;
    log = read.right;
  }
  try {
    return E.right(evaluateLog(state, log, asOfMs));
  } catch (e) {
    // the business-time queries examine at most 20 years of a calendar and the supported
    // instants (years 0000-9999): a ticket whose figures need more (asOf 9999-12-31 for a
    // ticket of 2025, a deadline past 9999) cannot be evaluated, which is an issue, not a throw
    if (!(e instanceof RangeError)) throw e;
    return E.left([issue(IssueCode.CLOCK_BEYOND_HORIZON, [], `The ticket's clocks cannot be evaluated as of ${String(asOfMs)}: ${e.message}`)]);
  }
};

/**
 * A ticket's SLA clocks as of `asOf`: deadlines, elapsed and remaining time, breaches, warnings
 * and the reason for each deadline. Instants are luxon `DateTime`s in the zone of the clock's
 * calendar, durations luxon `Duration`s in ms; a clock's (and cycle's) luxon values are made on
 * first read, like its `explanation` (getters; `toJSON` gives every field). Bad input (rule 9)
 * is a `Left` with every issue.
 *
 * @example
 * ```ts
 * import { makePlan, evaluateTicket } from 'support-sla';
 * import { either } from 'fp-ts';
 * const hours = ['09:30-17:30'];
 * const plan = makePlan({
 *   id: 'clickmedia',
 *   calendars: { office: { timeZone: 'Europe/Athens', week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours }, holidays: [{ country: 'GR' }] } },
 *   defaultCalendar: 'office', priorities: [{ id: 'first' }], defaultPriority: 'first',
 *   clocks: [{ id: 'resolution', kind: 'resolution', targets: { first: { endOfBusinessDay: 0 } } }],
 * });
 * const r = evaluateTicket(plan, { events: [{ type: 'created', at: '2025-04-17T16:00:00+03:00' }] }, '2025-04-17T16:30:00+03:00');
 * either.isRight(r) && r.right.clocks[0]!.dueAt!.toISO(); // '2025-04-17T17:30:00.000+03:00': "within the day" is due at the close
 * ```
 */
export const evaluateTicket = (plan: Plan, ticket: unknown, asOf: InstantInput, options?: EvaluateTicketOptions): E.Either<Issue[], TicketSla> => {
  const issues: Issue[] = [];
  const asOfMs = readInstantMillis(asOf, ['asOf'], issues);
  if (asOfMs === undefined) {
    const log = readSafely(plan, ticket, Infinity, options);
    if (E.isLeft(log)) issues.push(...log.left);
    return E.left(issues);
  }
  const r = evaluateTicketMillis(plan, ticket, asOfMs, options);
  return E.isLeft(r) ? r : E.right(toLuxon(r.right));
};

// ---------------------------------------------------------------------------------------------
// Internals: replay
// ---------------------------------------------------------------------------------------------

/** The fast path of the reader: a valid log, or undefined at the first doubt (or throw). */
const fastReadLog = (state: PlanState, plan: Plan, ticket: unknown, asOfMs: number, options: EvaluateTicketOptions | undefined): TicketLog | undefined => {
  try {
    return fastReadState(state, plan.defaultPriority, ticket, asOfMs, options);
  } catch {
    return undefined;
  }
};

/**
 * The full ticket reader (every issue with its path), with a last guard: input that throws where
 * no reader looks (a hostile Proxy) is an issue.
 */
const readSafely = (plan: Plan, ticket: unknown, asOfMs: number, options: EvaluateTicketOptions | undefined): E.Either<Issue[], TicketLog> => {
  planState(plan); // a non-Plan is programmer misuse: TypeError
  try {
    return readTicketLogFully(plan, ticket, asOfMs, options);
  } catch (e) {
    return E.left([issue(IssueCode.UNREADABLE_VALUE, [], `The ticket cannot be read: ${e instanceof Error ? e.message : 'unknown error'}.`)]);
  }
};

/** Replays a validated log. @internal */
export const evaluateLog = (state: PlanState, log: TicketLog, asOf: number): TicketSlaMillis => {
  const entitlement = entitlementMillis(state, log.channel, log.priority, log.createdAt);
  let clocks: ClockResultMillis[] = NO_CLOCKS as ClockResultMillis[];
  if (entitlement.entitled) {
    // one pause timeline per group of clocks that pause alike, built when first needed (most
    // plans have one group: its timeline needs no array)
    let first: readonly Pause[] | undefined;
    const timelines: (readonly Pause[] | undefined)[] | undefined = state.pauseGroups > 1 ? [] : undefined;
    for (const clock of state.clocks) {
      if (clock.channels !== undefined && (log.channel === undefined || !clock.channels.has(log.channel))) continue;
      let pauses = timelines === undefined ? first : timelines[clock.pauseGroup];
      if (pauses === undefined) {
        pauses = pauseTimeline(log, clock.pausing, asOf, clock.kind === 'resolution' && clock.cycles === 'total');
        if (timelines === undefined) first = pauses;
        else timelines[clock.pauseGroup] = pauses;
      }
      const result = evaluateClock(clock, log, asOf, pauses);
      if (result !== undefined) {
        // results keep the array: its first result makes it (listOf)
        if (clocks.length === 0) clocks = listOf(result);
        else clocks.push(result);
      }
    }
  }
  const priority = log.priorities.length === 0 ? log.priority : (log.priorities[log.priorities.length - 1] as string);
  return new TicketResult(log.id, priority, log.channel, log.createdAt, asOf, entitlement, state.defaultZone, clocks) as TicketSlaMillis;
};
const NO_CLOCKS: readonly ClockResultMillis[] = Object.freeze([]);

/**
 * A ticket's result (on epoch ms or luxon values): a class, like the per-ticket structures (see
 * the clocks' `Pause`): were it a literal, results a caller keeps would have every later ticket's
 * result made in the old generation. `id` and `channel` are own keys only when given (in the
 * order of `TicketFigures`).
 */
class TicketResult<I, C> {
  declare readonly id?: string;
  declare readonly priority: string;
  declare readonly channel?: string;
  declare readonly createdAt: I;
  declare readonly asOf: I;
  declare readonly entitlement: TicketSlaMillis['entitlement'];
  declare readonly timeZone: string;
  declare readonly clocks: readonly C[];
  constructor(id: string | undefined, priority: string, channel: string | undefined, createdAt: I, asOf: I, entitlement: TicketSlaMillis['entitlement'], timeZone: string, clocks: readonly C[]) {
    const self = this as Assigned<TicketResult<I, C>>;
    if (id !== undefined) self.id = id;
    self.priority = priority;
    if (channel !== undefined) self.channel = channel;
    self.createdAt = createdAt;
    self.asOf = asOf;
    self.entitlement = entitlement;
    self.timeZone = timeZone;
    self.clocks = clocks;
  }
}

const framesOf = (clock: CompiledClock, log: TicketLog, asOf: number, pauses: readonly Pause[]): CycleFrame[] => {
  switch (clock.kind) {
    case 'firstResponse':
      return firstResponseFrames(log, pauses, asOf);
    case 'nextReply':
      return nextReplyFrames(log, pauses, asOf);
    case 'periodicUpdate':
      return periodicUpdateFrames(log, pauses, asOf);
    case 'resolution':
      return resolutionFrames(log, pauses, asOf, clock.cycles);
  }
};

const evaluateClock = (clock: CompiledClock, log: TicketLog, asOf: number, pauses: readonly Pause[]): ClockResultMillis | undefined => {
  const frames = framesOf(clock, log, asOf, pauses);
  // most clocks have one cycle: the array of runs is made for a second one
  let first: CycleRun | undefined;
  let runs: CycleRun[] | undefined;
  let firstBreach = NaN;
  let lastBreach = NaN;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as CycleFrame;
    let run = runCycle(clock, f, log);
    if (run === undefined) continue;
    if (f.undone !== undefined) run = withEarlierBreach(clock, run, f, f.undone, log);
    lastBreach = breachOf(run, asOf);
    if (Number.isNaN(firstBreach)) firstBreach = lastBreach;
    if (first === undefined) first = run;
    else (runs ??= [first]).push(run);
  }
  if (first === undefined) return undefined;
  return new ClockMillis(clock, runs ?? first, asOf, firstBreach, lastBreach) as ClockResultMillis;
};

/**
 * The cycle, with the due of the first of its earlier completions (each solve a reopen undid,
 * the cycle evaluated as it stood then) that was breached: a breach that happened stays one,
 * whatever the reopen brings (a priority change made while solved, a `restart`). A completion
 * is evaluated only when one of the targets it then used could have run out by it (its run's
 * consumption reached its budget): linear in the log for the tickets that never breach.
 */
const withEarlierBreach = (clock: CompiledClock, run: CycleRun, f: CycleFrame, undone: readonly number[], log: TicketLog): CycleRun => {
  // the cycle as it stood at a completion used the targets of the priorities its policy kept by
  // then (runCycle's walk of the priority changes, here walked once beside the completions),
  // from its run's start to the completion (or, cancelled, to the cancellation); its consumption
  // is the cycle's up to that end less the cycle's up to the run's start (both ends only grow:
  // two running sums per calendar, each figure asked once per completion)
  const changeAt = log.priorityAt;
  const changeTo = log.priorities;
  let j = changesUpTo(changeAt, f.start);
  const walk = new PriorityWalk(clock, j === 0 ? log.priority : (changeTo[j - 1] as string), f.start);
  const sums: { toEnd: Consumption; toStart: Consumption; end: number; from: number; used: number }[] = [];
  let end = NaN;
  const consumed = (leaf: CompiledLeaf): number => {
    let c = sums.find((x) => x.toEnd.cal === leaf.cal);
    if (c === undefined) sums.push((c = { toEnd: new Consumption(leaf.cal, f.start, f.pauses), toStart: new Consumption(leaf.cal, f.start, f.pauses), end: NaN, from: NaN, used: 0 }));
    if (c.end !== end || c.from !== walk.runStart) {
      c.end = end;
      c.from = walk.runStart;
      c.used = c.toEnd.upTo(end) - c.toStart.upTo(walk.runStart);
    }
    return c.used;
  };
  for (const s of undone) {
    for (; j < changeAt.length && (changeAt[j] as number) < s; j++) walk.apply(changeAt[j] as number, changeTo[j] as string);
    end = walk.cancelled ? Math.max(walk.cancelledAt, walk.runStart) : s;
    if (!walk.everHad || !walk.used.some((p) => mayReachBudget(clock.targets.get(p) as CompiledTarget, walk.runStart, consumed))) continue;
    const then = runCycle(clock, frame(f.pauses, f.start, s, 'completed', f.cause), log);
    const b = then === undefined ? NaN : breachOf(then, s);
    if (!Number.isNaN(b)) return new CycleRun(run.frame, run.priority, run.target, run.run, run.state, run.changes, run.cancelledAt, b);
  }
  return run;
};

/**
 * The due instant of a cycle that is breached as of `asOf`, else NaN: completed after its due,
 * open past it, or cancelled by a priority change after it, or breached at an earlier
 * completion that a reopen undid (a breach that happened stays one; a cycle cancelled by a
 * solve, such as a reply to a customer's last "thanks", never breaches). The earlier breach when
 * there are two.
 */
const breachOf = (c: CycleRun, asOf: number): number => {
  const due = c.run.due;
  let now: number;
  if (c.state === 'completed') now = c.run.end > due ? due : NaN;
  else if (c.state === 'cancelled') now = !Number.isNaN(c.cancelledAt) && c.run.end > due ? due : NaN;
  else now = asOf > due ? due : NaN;
  return Number.isNaN(c.earlierBreach) || c.earlierBreach > now ? now : c.earlierBreach;
};

/** The figures a result class assigns once in its constructor: all but `explanation`, a getter. */
type Assigned<T> = { -readonly [K in Exclude<keyof T, 'explanation'>]: T[K] };
// the result classes' fields, by declaration merging: typed from the public result types rather
// than listed again, and not class fields (each constructor assigns each field once)
interface CycleMillis extends Assigned<CycleResultMillis> {}
interface ClockMillis extends Assigned<ClockResultMillis> {}

/**
 * Assigns a cycle's figures (the fields of `CycleResultMillis` but `explanation`) to a result
 * being constructed, in the order of the type. `breachedAt`: `breachOf(c, asOf)`, which the
 * caller has computed.
 */
const assignCycle = (o: Assigned<CycleResultMillis>, c: CycleRun, breachedAt: number, warnings: CycleResultMillis['warnings']): void => {
  const run = c.run;
  const state = c.state;
  const budget = run.budget;
  o.state = state;
  o.breached = !Number.isNaN(breachedAt);
  o.startedAt = c.frame.start;
  o.dueAt = Number.isNaN(run.due) ? null : run.due;
  o.completedAt = state === 'completed' ? run.end : null;
  o.breachedAt = Number.isNaN(breachedAt) ? null : breachedAt;
  o.budget = budget;
  o.elapsed = run.elapsed;
  o.remaining = budget - run.elapsed;
  o.paused = run.paused;
  o.elapsedWall = run.end - c.frame.start;
  o.pausedWall = run.pausedWall;
  o.percent = budget === 0 ? 100 : (run.elapsed / budget) * 100;
  o.warnings = warnings;
};

/**
 * A cycle's figures on epoch ms. `explanation` is computed on first read (evaluating many tickets
 * does not pay for explanations nobody reads); `toJSON` includes it.
 */
class CycleMillis {
  /** The evaluated cycle (its explanation is computed from it, its zone is the target calendar's). */
  readonly #cycle: CycleRun;
  #explanation: readonly ExplanationStep<number>[] | undefined;
  /** `breachedAt`: `breachOf(c, asOf)`, which the caller has computed. */
  constructor(c: CycleRun, breachedAt: number, warnings: CycleResultMillis['warnings']) {
    assignCycle(this, c, breachedAt, warnings);
    this.#cycle = c;
  }
  /** The evaluated cycle of a result made here. @internal */
  static cycleOf(c: CycleResultMillis): CycleRun | undefined {
    return c instanceof CycleMillis ? c.#cycle : c instanceof ClockMillis ? ClockMillis.lastOf(c) : undefined;
  }
  /** Why `dueAt` is what it is (computed on first read). */
  get explanation(): readonly ExplanationStep<number>[] {
    return (this.#explanation ??= explainMillis(this.#cycle));
  }
  toJSON(): object {
    return { ...this, explanation: this.explanation };
  }
}

/**
 * A clock's figures on epoch ms: its last cycle's, `breached` over every cycle, and the cycles,
 * made on first read (most readers want the clock's figures only). Not a subclass of
 * `CycleMillis`: a derived class's constructor calls its base's, which the compiler does not
 * inline here, and a clock result is made for every clock of every ticket.
 */
class ClockMillis {
  /** The last cycle (the clock's figures and explanation are its). */
  readonly #last: CycleRun;
  #explanation: readonly ExplanationStep<number>[] | undefined;
  /**
   * A clock of several cycles: their runs in order, kept until the first read of `cycles` makes
   * them into results. Undefined for one cycle (its run is `#last`).
   */
  #runs: readonly CycleRun[] | undefined;
  readonly #clock: CompiledClock;
  readonly #asOf: number;
  #cycles: readonly CycleResultMillis[] | undefined;
  /** `firstBreach` and `lastBreach`: `breachOf` the first breached cycle and the last cycle (NaN: none). */
  constructor(clock: CompiledClock, runs: CycleRun | readonly CycleRun[], asOf: number, firstBreach: number, lastBreach: number) {
    const last = Array.isArray(runs) ? (runs[runs.length - 1] as CycleRun) : (runs as CycleRun);
    assignCycle(this, last, lastBreach, warningsOf(clock, last));
    // breached when any cycle is: at the last cycle's breach, else at the first earlier one
    if (!this.breached && !Number.isNaN(firstBreach)) {
      this.breached = true;
      this.breachedAt = firstBreach;
    }
    this.clock = clock.id;
    this.kind = clock.kind;
    this.priority = last.priority;
    this.target = last.target;
    this.#last = last;
    this.#runs = Array.isArray(runs) ? (runs as readonly CycleRun[]) : undefined;
    this.#clock = clock;
    this.#asOf = asOf;
  }
  /** The last cycle of a clock result. @internal */
  static lastOf(c: ClockMillis): CycleRun {
    return c.#last;
  }
  /** Why `dueAt` is what it is (computed on first read). */
  get explanation(): readonly ExplanationStep<number>[] {
    return (this.#explanation ??= explainMillis(this.#last));
  }
  /** Every cycle's figures, in order (made on first read). */
  get cycles(): readonly CycleResultMillis[] {
    if (this.#cycles === undefined) {
      const runs = this.#runs ?? [this.#last];
      // the last cycle's figures are the clock's: its warnings are the clock's very array
      const last = runs.length - 1;
      this.#cycles = runs.map((r, i) => new CycleMillis(r, breachOf(r, this.#asOf), i === last ? this.warnings : warningsOf(this.#clock, r)) as CycleResultMillis);
      this.#runs = undefined; // each cycle's result keeps its own run
    }
    return this.#cycles;
  }
  toJSON(): object {
    return { ...this, cycles: this.cycles, explanation: this.explanation };
  }
}

/** The zone the luxon results show a cycle's (or clock's) instants in: its target calendar's. */
const zoneOf = (c: CycleResultMillis): string => CycleMillis.cycleOf(c)?.run.leaf.cal.timeZone ?? 'UTC';

// ---------------------------------------------------------------------------------------------
// Internals: luxon values
// ---------------------------------------------------------------------------------------------

const toLuxon = (t: TicketSlaMillis): TicketSla => {
  const values = new LuxonValues(t.timeZone);
  const at = values.zone(t.timeZone);
  const clocks: ClockResult[] = [];
  for (const c of t.clocks) clocks.push(clockToLuxon(c, values.zone(zoneOf(c)), values));
  return new TicketResult(t.id, t.priority, t.channel, at.at(t.createdAt), at.at(t.asOf), t.entitlement, t.timeZone, clocks) as TicketSla;
};

/**
 * The luxon values of one ticket's results: DateTimes by zone and Durations, each made once
 * (a ticket's instants and budgets repeat across its clocks and cycles).
 */
class LuxonValues {
  #zones: ZoneInstants | ZoneInstants[];
  #durations: Map<number, Duration<true>> | undefined;
  constructor(zone: string) {
    this.#zones = new ZoneInstants(zone);
  }
  /** The DateTimes of a zone. */
  zone(zone: string): ZoneInstants {
    const zones = this.#zones;
    if (!Array.isArray(zones)) {
      if (zones.zone === zone) return zones;
      this.#zones = [zones];
      return this.zone(zone);
    }
    for (const z of zones) if (z.zone === zone) return z;
    const z = new ZoneInstants(zone);
    zones.push(z);
    return z;
  }
  /** A Duration of ms (zero.set reuses zero's locale: about 4x cheaper than Duration.fromMillis). */
  duration(ms: number): Duration<true> {
    const z = (zero ??= Duration.fromMillis(0) as Duration<true>);
    if (ms === 0) return z;
    const made = (this.#durations ??= new Map());
    let d = made.get(ms);
    if (d === undefined) {
      d = z.set({ milliseconds: ms }) as Duration<true>;
      made.set(ms, d);
    }
    return d;
  }
}

/** DateTimes of epoch ms in one zone, each instant made once. */
class ZoneInstants {
  readonly zone: string;
  readonly #made = new Map<number, DateTime<true>>();
  constructor(zone: string) {
    this.zone = zone;
  }
  at(ms: number): DateTime<true> {
    let v = this.#made.get(ms);
    if (v === undefined) {
      v = toDateTime(ms, this.zone);
      this.#made.set(ms, v);
    }
    return v;
  }
  opt(ms: number | null): DateTime<true> | null {
    return ms === null ? null : this.at(ms);
  }
}

/**
 * A cycle's figures as luxon values, each DateTime and Duration made on first read (like
 * `explanation`): evaluating many tickets does not pay for values nobody reads. A value read twice
 * is the same object, and the instants and durations of one ticket are shared between its clocks
 * and cycles. `toJSON` gives every field.
 */
class CycleLuxon {
  declare readonly state: CycleResult['state'];
  declare readonly breached: boolean;
  declare readonly percent: number;
  readonly #m: CycleResultMillis;
  readonly #at: ZoneInstants;
  readonly #values: LuxonValues;
  #startedAt: DateTime<true> | undefined;
  #dueAt: DateTime<true> | null | undefined;
  #completedAt: DateTime<true> | null | undefined;
  #breachedAt: DateTime<true> | null | undefined;
  #warnings: CycleResult['warnings'] | undefined;
  #explanation: readonly ExplanationStep<DateTime<true>>[] | undefined;
  /** `warnings`: the converted warnings when already made (a clock's last cycle shares the clock's). */
  constructor(m: CycleResultMillis, at: ZoneInstants, values: LuxonValues, warnings?: CycleResult['warnings']) {
    this.state = m.state;
    this.breached = m.breached;
    this.percent = m.percent;
    this.#m = m;
    this.#at = at;
    this.#values = values;
    this.#warnings = warnings;
  }
  /** When the cycle started. */
  get startedAt(): DateTime<true> {
    return (this.#startedAt ??= this.#at.at(this.#m.startedAt));
  }
  /** Where the budget runs out; `null` while paused. */
  get dueAt(): DateTime<true> | null {
    if (this.#dueAt === undefined) this.#dueAt = this.#at.opt(this.#m.dueAt);
    return this.#dueAt;
  }
  /** When the cycle was completed; `null` if not (yet). */
  get completedAt(): DateTime<true> | null {
    if (this.#completedAt === undefined) this.#completedAt = this.#at.opt(this.#m.completedAt);
    return this.#completedAt;
  }
  /** `dueAt` when breached, else `null`. */
  get breachedAt(): DateTime<true> | null {
    if (this.#breachedAt === undefined) this.#breachedAt = this.#at.opt(this.#m.breachedAt);
    return this.#breachedAt;
  }
  /** The target as time on its calendar. */
  get budget(): Duration<true> {
    return this.#values.duration(this.#m.budget);
  }
  /** Consumed open time, pauses excluded. */
  get elapsed(): Duration<true> {
    return this.#values.duration(this.#m.elapsed);
  }
  /** `budget - elapsed`. */
  get remaining(): Duration<true> {
    return this.#values.duration(this.#m.remaining);
  }
  /** Open time inside pauses. */
  get paused(): Duration<true> {
    return this.#values.duration(this.#m.paused);
  }
  /** Real time from start to completion (or `asOf`). */
  get elapsedWall(): Duration<true> {
    return this.#values.duration(this.#m.elapsedWall);
  }
  /** Real duration of the pauses. */
  get pausedWall(): Duration<true> {
    return this.#values.duration(this.#m.pausedWall);
  }
  /** The warning thresholds, each with the instant it is (or is projected to be) reached. */
  get warnings(): CycleResult['warnings'] {
    return (this.#warnings ??= this.#m.warnings.length === 0 ? NO_WARNINGS : warningsToLuxon(this.#m.warnings, this.#at, this.#values));
  }
  /** Why `dueAt` is what it is (converted on first read). */
  get explanation(): readonly ExplanationStep<DateTime<true>>[] {
    return (this.#explanation ??= this.#m.explanation.map((s) => stepToLuxon(s, this.#at)));
  }
  toJSON(): object {
    return { ...cycleFields(this), explanation: this.explanation };
  }
}

/**
 * A clock's figures as luxon values: its own (the last cycle's, and `breached` over every cycle)
 * as a cycle's are, and its cycles, made on first read.
 */
class ClockLuxon extends CycleLuxon {
  declare readonly clock: string;
  declare readonly kind: ClockResult['kind'];
  declare readonly priority: string;
  declare readonly target: ClockResult['target'];
  readonly #m: ClockResultMillis;
  readonly #at: ZoneInstants;
  readonly #values: LuxonValues;
  #cycles: readonly CycleResult[] | undefined;
  constructor(m: ClockResultMillis, at: ZoneInstants, values: LuxonValues) {
    super(m, at, values);
    this.clock = m.clock;
    this.kind = m.kind;
    this.priority = m.priority;
    this.target = m.target;
    this.#m = m;
    this.#at = at;
    this.#values = values;
  }
  /** Every cycle's figures, in order (converted on first read). */
  get cycles(): readonly CycleResult[] {
    if (this.#cycles === undefined) {
      const cycles = this.#m.cycles;
      const last = cycles.length - 1;
      this.#cycles = cycles.map((x, i) => new CycleLuxon(x, this.#at, this.#values, i === last ? this.warnings : undefined) as CycleResult);
    }
    return this.#cycles;
  }
  override toJSON(): object {
    return { ...cycleFields(this), clock: this.clock, kind: this.kind, priority: this.priority, target: this.target, cycles: this.cycles, explanation: this.explanation };
  }
}

/** The figures of a cycle (or clock) as data, in the order of the type (`explanation` apart). */
const cycleFields = (c: CycleResult): Record<string, unknown> => ({
  state: c.state,
  breached: c.breached,
  startedAt: c.startedAt,
  dueAt: c.dueAt,
  completedAt: c.completedAt,
  breachedAt: c.breachedAt,
  budget: c.budget,
  elapsed: c.elapsed,
  remaining: c.remaining,
  paused: c.paused,
  elapsedWall: c.elapsedWall,
  pausedWall: c.pausedWall,
  percent: c.percent,
  warnings: c.warnings,
});

const clockToLuxon = (c: ClockResultMillis, at: ZoneInstants, values: LuxonValues): ClockResult => new ClockLuxon(c, at, values) as ClockResult;

const warningsToLuxon = (warnings: CycleResultMillis['warnings'], at: ZoneInstants, values: LuxonValues): CycleResult['warnings'] =>
  warnings.map((w) => ({
    threshold: 'percent' in w.threshold ? w.threshold : { remaining: values.duration(w.threshold.remaining) },
    at: at.at(w.at),
  }));

const NO_WARNINGS: CycleResult['warnings'] = Object.freeze([]);
/**
 * The zero Duration, made on first use: making it at module load would resolve luxon's system
 * locale (an `Intl.DateTimeFormat`, about 15 ms) in every process that imports the package.
 */
let zero: Duration<true> | undefined;

const stepToLuxon = (s: ExplanationStep<number>, z: ZoneInstants): ExplanationStep<DateTime<true>> => {
  switch (s.step) {
    case 'start':
    case 'priorityChange':
    case 'completed':
      return { ...s, at: z.at(s.at) };
    case 'due':
      return { ...s, at: s.at === null ? null : z.at(s.at) };
    case 'closed':
      return { ...s, from: z.at(s.from), to: z.at(s.to) };
    case 'pause':
      return { ...s, from: z.at(s.from), to: s.to === null ? null : z.at(s.to) };
    case 'target':
      return s;
  }
};

export type { ClockFigures };
