/**
 * `evaluateTicketMillis` and `evaluateTicket`: a ticket's log replayed as of `asOf` into its SLA
 * clocks. Nothing is stored: every figure follows from the plan, the log and `asOf`.
 */
import * as E from 'fp-ts/lib/Either.js';
import { Duration, type DateTime } from 'luxon';
import { issue, type Issue } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { isSupportedInstant, readInstantMillis, toDateTime, type InstantInput } from '../time/instant.js';
import { planState, type CompiledClock } from '../plan/plan.js';
import { entitlementMillis } from '../plan/priority.js';
import type { Plan } from '../plan/types.js';
import { readTicketLog, type ReadTicketOptions } from '../ticket/read.js';
import type { TicketLog } from '../ticket/types.js';
import { runCycle, warningsOf, type CycleRun, type PriorityTimeline } from './cycle.js';
import { pauseTimeline, type CycleFrame, type Pause } from './frames.js';
import { firstResponseFrames } from './first-response.js';
import { nextReplyFrames } from './next-reply.js';
import { periodicUpdateFrames } from './periodic-update.js';
import { resolutionFrames } from './resolution.js';
import { explainMillis } from './explanation.js';
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
 * Bad input (rule 9) is a `Left` with every issue and its path.
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
  if (typeof asOfMs !== 'number' || !isSupportedInstant(asOfMs)) {
    // NaN, ±Infinity, and instants outside the supported range (1e20) are issues, not a RangeError from a query
    const finite = typeof asOfMs === 'number' && Number.isFinite(asOfMs);
    const issues: Issue[] = [
      finite
        ? issue(IssueCode.INSTANT_OUT_OF_RANGE, ['asOf'], `asOf ${asOfMs} is outside the supported range of instants (the years 0000-9999).`)
        : issue(IssueCode.INVALID_INSTANT, ['asOf'], `asOf must be finite epoch milliseconds, got ${String(asOfMs)}.`),
    ];
    const log = readSafely(plan, ticket, Infinity, options);
    if (E.isLeft(log)) issues.push(...log.left);
    return E.left(issues);
  }
  const log = readSafely(plan, ticket, asOfMs, options);
  if (E.isLeft(log)) return log;
  try {
    return E.right(evaluateLog(plan, log.right, asOfMs));
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
 * calendar, durations luxon `Duration`s in ms. Bad input (rule 9) is a `Left` with every issue.
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

/** The ticket reader, with a last guard: input that throws where no reader looks (a hostile Proxy) is an issue. */
const readSafely = (plan: Plan, ticket: unknown, asOfMs: number, options: EvaluateTicketOptions | undefined): E.Either<Issue[], TicketLog> => {
  planState(plan); // a non-Plan is programmer misuse: TypeError
  try {
    return readTicketLog(plan, ticket, asOfMs, options);
  } catch (e) {
    return E.left([issue(IssueCode.UNREADABLE_VALUE, [], `The ticket cannot be read: ${e instanceof Error ? e.message : 'unknown error'}.`)]);
  }
};

// ---------------------------------------------------------------------------------------------
// (replay)
// ---------------------------------------------------------------------------------------------



/** Replays a validated log. @internal */
export const evaluateLog = (plan: Plan, log: TicketLog, asOf: number): TicketSlaMillis => {
  const state = planState(plan);
  const at: number[] = [log.createdAt];
  const priority: string[] = [log.priority];
  for (const ev of log.events) {
    if (ev.type === 'priority') {
      at.push(ev.at);
      priority.push(ev.priority);
    }
  }
  const priorities: PriorityTimeline = { at, priority };
  const entitlement = entitlementMillis(state, log.channel, log.priority, log.createdAt);
  const clocks: ClockResultMillis[] = [];
  if (entitlement.entitled) {
    // one pause timeline per group of clocks that pause alike, built when first needed
    const timelines: (Pause[] | undefined)[] = [];
    for (const clock of state.clocks) {
      if (clock.channels !== undefined && (log.channel === undefined || !clock.channels.has(log.channel))) continue;
      let pauses = timelines[clock.pauseGroup];
      if (pauses === undefined) {
        pauses = pauseTimeline(log, clock.pauseOn, asOf, clock.kind === 'resolution' && clock.cycles === 'total');
        timelines[clock.pauseGroup] = pauses;
      }
      const result = evaluateClock(clock, log, priorities, asOf, pauses);
      if (result !== undefined) clocks.push(result);
    }
  }
  const out: {
    -readonly [K in keyof TicketSlaMillis]: TicketSlaMillis[K];
  } = {
    priority: priority[priority.length - 1] as string,
    createdAt: log.createdAt,
    asOf,
    entitlement,
    timeZone: state.defaultZone,
    clocks,
  };
  if (log.id !== undefined) out.id = log.id;
  if (log.channel !== undefined) out.channel = log.channel;
  return out;
};

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

const evaluateClock = (clock: CompiledClock, log: TicketLog, priorities: PriorityTimeline, asOf: number, pauses: readonly Pause[]): ClockResultMillis | undefined => {
  const frames = framesOf(clock, log, asOf, pauses);
  const cycles: CycleMillis[] = [];
  let last: CycleRun | undefined;
  let anyBreached = false;
  let firstBreach = NaN;
  for (let i = 0; i < frames.length; i++) {
    const run = runCycle(clock, frames[i] as CycleFrame, priorities);
    if (run === undefined) continue;
    const figures = new CycleMillis(run, asOf, warningsOf(clock, run));
    if (figures.breached) {
      anyBreached = true;
      if (Number.isNaN(firstBreach)) firstBreach = figures.breachedAt as number;
    }
    cycles.push(figures);
    last = run;
  }
  if (last === undefined) return undefined;
  const top = cycles[cycles.length - 1] as CycleMillis;
  return new ClockMillis(clock, last, cycles, top, anyBreached, top.breachedAt ?? (anyBreached ? firstBreach : null)) as ClockResultMillis;
};

/**
 * A cycle's figures on epoch ms. `explanation` is computed on first read (evaluating many tickets
 * does not pay for explanations nobody reads); `toJSON` includes it.
 */
class CycleMillis {
  readonly state: CycleResultMillis['state'];
  readonly breached: boolean;
  readonly startedAt: number;
  readonly dueAt: number | null;
  readonly completedAt: number | null;
  readonly breachedAt: number | null;
  readonly budget: number;
  readonly elapsed: number;
  readonly remaining: number;
  readonly paused: number;
  readonly elapsedWall: number;
  readonly pausedWall: number;
  readonly percent: number;
  readonly warnings: CycleResultMillis['warnings'];
  /** The evaluated cycle, kept until the explanation is computed from it. */
  #cycle: CycleRun | undefined;
  #explanation: readonly ExplanationStep<number>[] | undefined;
  /** The zone of the target's calendar. */
  readonly #zone: string;
  constructor(c: CycleRun, asOf: number, warnings: CycleResultMillis['warnings']) {
    const run = c.run;
    const state = c.state;
    const due = Number.isNaN(run.due) ? null : run.due;
    let breached = false;
    if (due !== null) {
      if (state === 'completed') breached = c.end > due;
      else if (state === 'running' || state === 'paused') breached = asOf > due;
    }
    const budget = run.budget;
    this.state = state;
    this.breached = breached;
    this.startedAt = c.frame.start;
    this.dueAt = due;
    this.completedAt = state === 'completed' ? c.end : null;
    this.breachedAt = breached ? due : null;
    this.budget = budget;
    this.elapsed = run.elapsed;
    this.remaining = budget - run.elapsed;
    this.paused = run.paused;
    this.elapsedWall = c.end - c.frame.start;
    this.pausedWall = run.pausedWall;
    this.percent = budget === 0 ? 100 : (run.elapsed / budget) * 100;
    this.warnings = warnings;
    this.#cycle = c;
    this.#zone = run.leaf.cal.timeZone;
  }
  /** The zone the luxon results show this cycle's (or clock's) instants in. @internal */
  static zoneOf(c: CycleResultMillis): string {
    if (c instanceof CycleMillis) return c.#zone;
    return c instanceof ClockMillis ? ClockMillis.topOf(c).#zone : 'UTC';
  }
  /** Why `dueAt` is what it is (computed on first read). */
  get explanation(): readonly ExplanationStep<number>[] {
    if (this.#explanation === undefined) {
      this.#explanation = explainMillis(this.#cycle as CycleRun);
      this.#cycle = undefined;
    }
    return this.#explanation;
  }
  toJSON(): object {
    return { ...this, explanation: this.explanation };
  }
}

/** A clock's figures on epoch ms: its last cycle's, `breached` over every cycle, and the cycles. */
class ClockMillis {
  readonly state: CycleResultMillis['state'];
  readonly breached: boolean;
  readonly startedAt: number;
  readonly dueAt: number | null;
  readonly completedAt: number | null;
  readonly breachedAt: number | null;
  readonly budget: number;
  readonly elapsed: number;
  readonly remaining: number;
  readonly paused: number;
  readonly elapsedWall: number;
  readonly pausedWall: number;
  readonly percent: number;
  readonly warnings: CycleResultMillis['warnings'];
  readonly clock: string;
  readonly kind: ClockResultMillis['kind'];
  readonly priority: string;
  readonly target: ClockResultMillis['target'];
  readonly cycles: readonly CycleResultMillis[];
  readonly #top: CycleMillis;
  constructor(clock: CompiledClock, last: CycleRun, cycles: readonly CycleMillis[], top: CycleMillis, breached: boolean, breachedAt: number | null) {
    this.state = top.state;
    this.breached = breached;
    this.startedAt = top.startedAt;
    this.dueAt = top.dueAt;
    this.completedAt = top.completedAt;
    this.breachedAt = breachedAt;
    this.budget = top.budget;
    this.elapsed = top.elapsed;
    this.remaining = top.remaining;
    this.paused = top.paused;
    this.elapsedWall = top.elapsedWall;
    this.pausedWall = top.pausedWall;
    this.percent = top.percent;
    this.warnings = top.warnings;
    this.clock = clock.id;
    this.kind = clock.kind;
    this.priority = last.priority;
    this.target = last.target;
    this.cycles = cycles;
    this.#top = top;
  }
  /** The clock's last cycle. @internal */
  static topOf(c: ClockMillis): CycleMillis {
    return c.#top;
  }
  /** Why `dueAt` is what it is: the last cycle's explanation (computed on first read). */
  get explanation(): readonly ExplanationStep<number>[] {
    return this.#top.explanation;
  }
  toJSON(): object {
    return { ...this, explanation: this.explanation };
  }
}

// ---------------------------------------------------------------------------------------------
// Internals: luxon values
// ---------------------------------------------------------------------------------------------

const toLuxon = (t: TicketSlaMillis): TicketSla => {
  const converters = new Map<string, (ms: number) => DateTime<true>>();
  const zoneConverter = (zone: string): ((ms: number) => DateTime<true>) => {
    let c = converters.get(zone);
    if (c === undefined) {
      c = converter(zone);
      converters.set(zone, c);
    }
    return c;
  };
  const at = zoneConverter(t.timeZone);
  const out: Record<string, unknown> = {};
  if (t.id !== undefined) out['id'] = t.id;
  out['priority'] = t.priority;
  if (t.channel !== undefined) out['channel'] = t.channel;
  out['createdAt'] = at(t.createdAt);
  out['asOf'] = at(t.asOf);
  out['entitlement'] = t.entitlement;
  out['timeZone'] = t.timeZone;
  out['clocks'] = t.clocks.map((c) => clockToLuxon(c, zoneConverter(CycleMillis.zoneOf(c))));
  return out as unknown as TicketSla;
};

/** A cycle's figures as luxon values; `explanation` converted on first read. */
class CycleLuxon {
  readonly state: CycleResult['state'];
  readonly breached: boolean;
  readonly startedAt: DateTime<true>;
  readonly dueAt: DateTime<true> | null;
  readonly completedAt: DateTime<true> | null;
  readonly breachedAt: DateTime<true> | null;
  readonly budget: Duration<true>;
  readonly elapsed: Duration<true>;
  readonly remaining: Duration<true>;
  readonly paused: Duration<true>;
  readonly elapsedWall: Duration<true>;
  readonly pausedWall: Duration<true>;
  readonly percent: number;
  readonly warnings: CycleResult['warnings'];
  readonly #m: CycleResultMillis;
  readonly #at: (ms: number) => DateTime<true>;
  #explanation: readonly ExplanationStep<DateTime<true>>[] | undefined;
  /** `last`: the same figures already converted (a clock's last cycle), reused. */
  constructor(m: CycleResultMillis, at: (ms: number) => DateTime<true>, last?: CycleLuxon) {
    const opt = (ms: number | null): DateTime<true> | null => (ms === null ? null : at(ms));
    this.state = m.state;
    this.breached = m.breached;
    this.percent = m.percent;
    if (last !== undefined) {
      this.startedAt = last.startedAt;
      this.dueAt = last.dueAt;
      this.completedAt = last.completedAt;
      this.breachedAt = m.breachedAt === last.breachedAt?.toMillis() ? last.breachedAt : opt(m.breachedAt);
      this.budget = last.budget;
      this.elapsed = last.elapsed;
      this.remaining = last.remaining;
      this.paused = last.paused;
      this.elapsedWall = last.elapsedWall;
      this.pausedWall = last.pausedWall;
      this.warnings = last.warnings;
    } else {
      this.startedAt = at(m.startedAt);
      this.dueAt = opt(m.dueAt);
      this.completedAt = opt(m.completedAt);
      this.breachedAt = opt(m.breachedAt);
      this.budget = duration(m.budget);
      this.elapsed = duration(m.elapsed);
      this.remaining = duration(m.remaining);
      this.paused = duration(m.paused);
      this.elapsedWall = duration(m.elapsedWall);
      this.pausedWall = duration(m.pausedWall);
      this.warnings = m.warnings.map((w) => ({
        threshold: 'percent' in w.threshold ? w.threshold : { remaining: duration(w.threshold.remaining) },
        at: at(w.at),
      }));
    }
    this.#m = m;
    this.#at = at;
  }
  /** Why `dueAt` is what it is (converted on first read). */
  get explanation(): readonly ExplanationStep<DateTime<true>>[] {
    return (this.#explanation ??= this.#m.explanation.map((s) => stepToLuxon(s, this.#at)));
  }
  toJSON(): object {
    return { ...this, explanation: this.explanation };
  }
}

/** A clock's figures as luxon values. */
class ClockLuxon extends CycleLuxon {
  readonly clock: string;
  readonly kind: ClockResult['kind'];
  readonly priority: string;
  readonly target: ClockResult['target'];
  readonly cycles: readonly CycleResult[];
  constructor(m: ClockResultMillis, at: (ms: number) => DateTime<true>, cycles: readonly CycleResult[], last: CycleLuxon) {
    super(m, at, last);
    this.clock = m.clock;
    this.kind = m.kind;
    this.priority = m.priority;
    this.target = m.target;
    this.cycles = cycles;
  }
}

const clockToLuxon = (c: ClockResultMillis, at: (ms: number) => DateTime<true>): ClockResult => {
  const cycles = c.cycles.map((x) => new CycleLuxon(x, at));
  return new ClockLuxon(c, at, cycles as readonly CycleResult[], cycles[cycles.length - 1] as CycleLuxon) as ClockResult;
};

/** Converts epoch ms to DateTimes in a zone, reusing those already made (a ticket's instants repeat). */
const converter = (zone: string): ((ms: number) => DateTime<true>) => {
  const made = new Map<number, DateTime<true>>();
  return (ms) => {
    let v = made.get(ms);
    if (v === undefined) {
      v = toDateTime(ms, zone) as DateTime<true>;
      made.set(ms, v);
    }
    return v;
  };
};

const ZERO = /* @__PURE__ */ Duration.fromMillis(0) as Duration<true>;
/** A Duration of ms (ZERO.set reuses ZERO's locale: about 4x cheaper than Duration.fromMillis). */
const duration = (ms: number): Duration<true> => (ms === 0 ? ZERO : (ZERO.set({ milliseconds: ms }) as Duration<true>));

const stepToLuxon = (s: ExplanationStep<number>, at: (ms: number) => DateTime<true>): ExplanationStep<DateTime<true>> => {
  switch (s.step) {
    case 'start':
    case 'priorityChange':
    case 'completed':
      return { ...s, at: at(s.at) };
    case 'due':
      return { ...s, at: s.at === null ? null : at(s.at) };
    case 'closed':
      return { ...s, from: at(s.from), to: at(s.to) };
    case 'pause':
      return { ...s, from: at(s.from), to: s.to === null ? null : at(s.to) };
    case 'target':
      return s;
  }
};

export type { ClockFigures };
