/**
 * `evaluateTicketMillis` and `evaluateTicket`: a ticket's log replayed as of `asOf` into its SLA
 * clocks. Nothing is stored: every figure follows from the plan, the log and `asOf`.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { DateTime, Duration } from 'luxon';
import { issue, type Issue } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { isSupportedInstant, readInstantMillis, toDateTime, toDuration, type InstantInput } from '../time/instant.js';
import { planState, type CompiledClock } from '../plan/plan.js';
import { entitlementMillis } from '../plan/priority.js';
import type { Plan } from '../plan/types.js';
import { readTicketLog, type ReadTicketOptions } from '../ticket/read.js';
import type { TicketLog } from '../ticket/types.js';
import { runCycle, warningsOf, type CycleRun, type PriorityTimeline } from './cycle.js';
import { pauseTimeline, type CycleFrame } from './frames.js';
import { firstResponseFrames } from './first-response.js';
import { nextReplyFrames } from './next-reply.js';
import { periodicUpdateFrames } from './periodic-update.js';
import { resolutionFrames } from './resolution.js';
import { explainMillis } from './explanation.js';
import type {
  ClockFigures,
  ClockResult,
  ClockResultMillis,
  CycleFigures,
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
    const log = readTicketLog(plan, ticket, Infinity, options);
    if (E.isLeft(log)) issues.push(...log.left);
    return E.left(issues);
  }
  const log = readTicketLog(plan, ticket, asOfMs, options);
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
    const log = readTicketLog(plan, ticket, Infinity, options);
    if (E.isLeft(log)) issues.push(...log.left);
    return E.left(issues);
  }
  const r = evaluateTicketMillis(plan, ticket, asOfMs, options);
  return E.isLeft(r) ? r : E.right(toLuxon(r.right));
};

// ---------------------------------------------------------------------------------------------
// Internals: replay
// ---------------------------------------------------------------------------------------------

const ZONE: unique symbol = Symbol('zone') as never;
type WithZone = { readonly [ZONE]?: string };

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
    for (const clock of state.clocks) {
      if (clock.channels !== undefined && (log.channel === undefined || !clock.channels.has(log.channel))) continue;
      const result = evaluateClock(clock, log, priorities, asOf);
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

const framesOf = (clock: CompiledClock, log: TicketLog, asOf: number): CycleFrame[] => {
  switch (clock.kind) {
    case 'firstResponse':
      return firstResponseFrames(log, pauseTimeline(log, clock.pauseOn, asOf), asOf);
    case 'nextReply':
      return nextReplyFrames(log, pauseTimeline(log, clock.pauseOn, asOf), asOf);
    case 'periodicUpdate':
      return periodicUpdateFrames(log, pauseTimeline(log, clock.pauseOn, asOf), asOf);
    case 'resolution':
      return resolutionFrames(log, pauseTimeline(log, clock.pauseOn, asOf, clock.cycles === 'total'), asOf, clock.cycles);
  }
};

const evaluateClock = (clock: CompiledClock, log: TicketLog, priorities: PriorityTimeline, asOf: number): ClockResultMillis | undefined => {
  const frames = framesOf(clock, log, asOf);
  const cycles: CycleResultMillis[] = [];
  let last: CycleRun | undefined;
  let anyBreached = false;
  let firstBreach = NaN;
  for (const f of frames) {
    const run = runCycle(clock, f, priorities);
    if (run === undefined) continue;
    const figures = cycleFigures(clock, run, asOf);
    if (figures.breached) {
      anyBreached = true;
      if (Number.isNaN(firstBreach)) firstBreach = figures.breachedAt as number;
    }
    cycles.push(figures);
    last = run;
  }
  if (last === undefined) return undefined;
  const top = cycles[cycles.length - 1] as CycleResultMillis;
  return withFigures<number, number>(
    {
      clock: clock.id,
      kind: clock.kind,
      priority: last.priority,
      target: last.target,
      cycles,
      breached: anyBreached,
      breachedAt: top.breachedAt ?? (anyBreached ? firstBreach : null),
    },
    top,
    () => top.explanation,
    (top as WithZone)[ZONE] as string,
  ) as ClockResultMillis;
};

const cycleFigures = (clock: CompiledClock, c: CycleRun, asOf: number): CycleResultMillis => {
  const { run, state } = c;
  const due = Number.isNaN(run.due) ? null : run.due;
  let breached = false;
  if (due !== null) {
    if (state === 'completed') breached = c.end > due;
    else if (state === 'running' || state === 'paused') breached = asOf > due;
  }
  const budget = run.budget;
  const warnings = warningsOf(clock, c).map((w) => ({
    threshold: w.percent !== undefined ? { percent: w.percent } : { remaining: w.remainingMs as number },
    at: w.at,
  }));
  let explanation: readonly ExplanationStep<number>[] | undefined;
  return withFigures<number, number>(
    {
      state,
      breached,
      startedAt: c.frame.start,
      dueAt: due,
      completedAt: state === 'completed' ? c.end : null,
      breachedAt: breached ? due : null,
      budget,
      elapsed: run.elapsed,
      remaining: budget - run.elapsed,
      paused: run.paused,
      elapsedWall: c.end - c.frame.start,
      pausedWall: run.pausedWall,
      percent: budget === 0 ? 100 : (run.elapsed / budget) * 100,
      warnings,
    },
    undefined,
    () => (explanation ??= explainMillis(c)),
    run.leaf.cal.timeZone,
  ) as CycleResultMillis;
};

const FIELDS = ['state', 'breached', 'startedAt', 'dueAt', 'completedAt', 'breachedAt', 'budget', 'elapsed', 'remaining', 'paused', 'elapsedWall', 'pausedWall', 'percent', 'warnings'] as const;

/**
 * A frozen result object: `own` fields, then the cycle fields of `base` not in `own`, and
 * `explanation` as an enumerable getter computed on first read (so evaluating many tickets does
 * not pay for explanations nobody reads).
 */
const withFigures = <I, D>(
  own: Record<string, unknown>,
  base: CycleFigures<I, D> | undefined,
  explanation: () => readonly ExplanationStep<I>[],
  zone: string,
): object => {
  const out: Record<string, unknown> = {};
  if (base !== undefined) {
    for (const k of ['clock', 'kind', 'priority', 'target']) out[k] = own[k];
    for (const k of FIELDS) out[k] = k in own ? own[k] : base[k];
    out['cycles'] = own['cycles'];
  } else Object.assign(out, own);
  Object.defineProperty(out, 'explanation', { get: explanation, enumerable: true, configurable: false });
  Object.defineProperty(out, ZONE, { value: zone, enumerable: false });
  return Object.freeze(out);
};

// ---------------------------------------------------------------------------------------------
// Internals: luxon values
// ---------------------------------------------------------------------------------------------

const toLuxon = (t: TicketSlaMillis): TicketSla => {
  const dt = (ms: number): DateTime<true> => toDateTime(ms, t.timeZone) as DateTime<true>;
  const out: Record<string, unknown> = {};
  if (t.id !== undefined) out['id'] = t.id;
  out['priority'] = t.priority;
  if (t.channel !== undefined) out['channel'] = t.channel;
  out['createdAt'] = dt(t.createdAt);
  out['asOf'] = dt(t.asOf);
  out['entitlement'] = t.entitlement;
  out['timeZone'] = t.timeZone;
  out['clocks'] = t.clocks.map(clockToLuxon);
  return Object.freeze(out) as unknown as TicketSla;
};

const clockToLuxon = (c: ClockResultMillis): ClockResult => {
  const zone = (c as WithZone)[ZONE] as string;
  const cycles = c.cycles.map((x) => cycleToLuxon(x));
  const top = cycles[cycles.length - 1] as CycleResult;
  const convert = makeConverter(zone);
  return withFigures<DateTime<true>, Duration<true>>(
    { clock: c.clock, kind: c.kind, priority: c.priority, target: c.target, cycles, breached: c.breached, breachedAt: convert.instant(c.breachedAt) },
    top,
    () => top.explanation,
    zone,
  ) as ClockResult;
};

const cycleToLuxon = (c: CycleResultMillis): CycleResult => {
  const zone = (c as WithZone)[ZONE] as string;
  const { instant, duration } = makeConverter(zone);
  let explanation: readonly ExplanationStep<DateTime<true>>[] | undefined;
  return withFigures<DateTime<true>, Duration<true>>(
    {
      state: c.state,
      breached: c.breached,
      startedAt: instant(c.startedAt),
      dueAt: instant(c.dueAt),
      completedAt: instant(c.completedAt),
      breachedAt: instant(c.breachedAt),
      budget: duration(c.budget),
      elapsed: duration(c.elapsed),
      remaining: duration(c.remaining),
      paused: duration(c.paused),
      elapsedWall: duration(c.elapsedWall),
      pausedWall: duration(c.pausedWall),
      percent: c.percent,
      warnings: c.warnings.map((w) => ({
        threshold: 'percent' in w.threshold ? w.threshold : { remaining: duration(w.threshold.remaining) },
        at: instant(w.at),
      })),
    },
    undefined,
    () => (explanation ??= c.explanation.map((s) => stepToLuxon(s, instant))),
    zone,
  ) as CycleResult;
};

const makeConverter = (zone: string) => ({
  instant: (<T extends number | null>(ms: T): T extends number ? DateTime<true> : DateTime<true> | null =>
    (ms === null ? null : toDateTime(ms, zone)) as never) as {
    (ms: number): DateTime<true>;
    (ms: number | null): DateTime<true> | null;
  },
  duration: (ms: number): Duration<true> => toDuration(ms) as Duration<true>,
});

const stepToLuxon = (s: ExplanationStep<number>, instant: { (ms: number): DateTime<true>; (ms: number | null): DateTime<true> | null }): ExplanationStep<DateTime<true>> => {
  switch (s.step) {
    case 'start':
    case 'priorityChange':
    case 'completed':
      return { ...s, at: instant(s.at) };
    case 'due':
      return { ...s, at: instant(s.at) };
    case 'closed':
      return { ...s, from: instant(s.from), to: instant(s.to) };
    case 'pause':
      return { ...s, from: instant(s.from), to: instant(s.to) };
    case 'target':
      return s;
  }
};

export type { ClockFigures };
