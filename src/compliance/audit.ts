/**
 * Audits of another system's figures: what a helpdesk (its own engine, Zendesk's export, a
 * spreadsheet) says about a ticket's clocks, compared with what the plan says, each disagreement
 * with both values, our explanation, and the causes that reproduce the other figure.
 */
import type { DateTime } from 'luxon';
import * as E from 'fp-ts/lib/Either.js';
import { issue, type Issue, type IssuePath } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { finish, readBoolean, readEach, readEnum, readFiniteNumber, readOptional, readRecord, readRequired, readString } from '../internal/read.js';
import { parseInstant, readDurationMillis, readInstantMillis, toDateTime, type DurationInput, type InstantInput } from '../time/instant.js';
import type { ClockResult, ClockState, CycleResult, ExplanationStep, TicketSla } from '../clocks/types.js';
import { evaluateTicket, evaluateTicketMillis } from '../clocks/evaluate.js';
import type { Plan } from '../plan/types.js';
import type { TicketEvent, TicketInput } from '../ticket/types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * What another system says about one clock of a ticket. Only the fields given are checked.
 *
 * @example
 * ```ts
 * import type { AuditClaim } from 'support-sla';
 * const claim: AuditClaim = { clock: 'resolution', dueAt: '2026-03-30T12:00:00+03:00', breached: false };
 * ```
 */
export interface AuditClaim {
  /** The plan's clock id. */
  readonly clock: string;
  /** Which cycle (0-based) of a multi-cycle clock; default: the last one (the clock's top-level figures). */
  readonly cycle?: number;
  /** Its deadline (`null`: it says there is none, e.g. while paused). */
  readonly dueAt?: InstantInput | null;
  /** Whether it says the clock is breached. */
  readonly breached?: boolean;
  /** When it says the clock was completed (`null`: not completed). */
  readonly completedAt?: InstantInput | null;
  /** The state it says the clock is in. */
  readonly state?: ClockState;
}

/** Options of {@link auditTicket}. */
export interface AuditTicketOptions {
  /**
   * Differences of instants up to this much are rounding, not disagreements (default 0: exact).
   * `{ minutes: 1 }` for a helpdesk that stores minutes. A breach verdict that differs only
   * because the completion (or `asOf`) is within the tolerance of the deadline is tolerated too.
   */
  readonly tolerance?: DurationInput;
}

/**
 * A figure of ours that, put in place of our rule, gives the other system's figure: the likely
 * way it is wrong (each is checked by recomputing, never guessed from the size of a difference).
 * - `dstIgnored`: the difference is the zone's change of UTC offset between start and deadline.
 * - `pausesInWallTime`: our deadline without pauses, plus the pauses' real (wall-clock) length.
 * - `pausesIgnored`: our deadline as if the clock had never paused.
 * - `pausesLostOnPriorityChange`: our deadline with the pauses before the last priority change forgotten.
 * - `calendarIgnored`: the start plus the budget in real time (no business hours).
 */
export type AuditCause = 'dstIgnored' | 'pausesInWallTime' | 'pausesIgnored' | 'pausesLostOnPriorityChange' | 'calendarIgnored';

/** What every finding says. */
export interface AuditFindingBase {
  /** The clock id. */
  readonly clock: string;
  /** The cycle compared (0-based), `null` when we have no such clock. */
  readonly cycle: number | null;
  /** One English sentence: both values, the difference, and why ours is what it is. */
  readonly message: string;
  /** Our explanation of the deadline (empty when we have no such clock). */
  readonly explanation: readonly ExplanationStep<DateTime<true>>[];
  /** Our full figures for the clock (`null` when we have none). */
  readonly result: ClockResult | null;
  /** Causes that reproduce the other system's deadline (see {@link AuditCause}). */
  readonly causes: readonly AuditCause[];
}

/**
 * One disagreement between another system's figures and ours.
 *
 * @example
 * ```ts
 * import type { AuditFinding } from 'support-sla';
 * const describe = (f: AuditFinding): string => `${f.clock} ${f.field}: ${f.message}`;
 * ```
 */
export type AuditFinding = AuditFindingBase & (AuditInstantFinding | AuditBreachFinding | AuditStateFinding | AuditMissingClockFinding);

/** Their instant (deadline or completion) differs from ours by more than the tolerance. */
export interface AuditInstantFinding {
  /** Which figure. */
  readonly field: 'dueAt' | 'completedAt';
  /** Theirs, in the plan's zone (`null`: they say none). */
  readonly claimed: DateTime<true> | null;
  /** Ours (`null`: none, e.g. not completed, or no deadline while paused). */
  readonly ours: DateTime<true> | null;
  /** `claimed − ours` in ms (`null` when either is `null`). */
  readonly differenceMs: number | null;
}

/** Their breach verdict differs from ours (beyond the tolerance). */
export interface AuditBreachFinding {
  /** Always `'breached'`. */
  readonly field: 'breached';
  /** Theirs. */
  readonly claimed: boolean;
  /** Ours. */
  readonly ours: boolean;
}

/** Their state of the clock differs from ours. */
export interface AuditStateFinding {
  /** Always `'state'`. */
  readonly field: 'state';
  /** Theirs. */
  readonly claimed: ClockState;
  /** Ours. */
  readonly ours: ClockState;
}

/** They have a clock (or a cycle) we do not. */
export interface AuditMissingClockFinding {
  /** Always `'clock'`. */
  readonly field: 'clock';
  /** The clock id they name. */
  readonly claimed: string;
  /** Always `null`. */
  readonly ours: null;
  /** Why we have none: the ticket is not entitled, the plan gives its priority or channel no such clock, or the clock has fewer cycles. */
  readonly reason: 'notEntitled' | 'notApplicable' | 'noSuchCycle';
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * Audits another system's figures for one ticket as of `asOf`: every claim is compared with
 * our evaluation; the result lists each disagreement (an empty list: they agree), with both
 * values, our explanation and the causes that reproduce their deadline. Bad input (the plan's
 * clock unknown, a claim not an instant, a bad ticket) is a `Left` with every issue; the claims'
 * issues have paths under `['claims', i]`, the options' under `['options']`.
 *
 * @example
 * ```ts
 * import { auditTicket, makePlan } from 'support-sla';
 * const plan = makePlan({
 *   id: 'basic', calendars: { office: { alwaysOpen: 'UTC' } }, defaultCalendar: 'office',
 *   priorities: [{ id: 'normal' }], defaultPriority: 'normal',
 *   clocks: [{ id: 'firstResponse', kind: 'firstResponse', targets: { normal: { elapsedTime: { hours: 4 } } } }],
 * });
 * const ticket = { id: 'T1', events: [{ type: 'created' as const, at: '2026-03-02T09:00:00Z' }] };
 * const r = auditTicket(plan, ticket, [{ clock: 'firstResponse', dueAt: '2026-03-02T13:01:00Z' }], '2026-03-02T10:00:00Z',
 *   { tolerance: { minutes: 1 } });
 * if (r._tag === 'Right') console.log(r.right.length); // 0: one minute is within the tolerance
 * ```
 */
export const auditTicket = (
  plan: Plan,
  ticket: TicketInput,
  claims: readonly AuditClaim[],
  asOf: InstantInput,
  options: AuditTicketOptions = {},
): E.Either<Issue[], AuditFinding[]> => {
  const issues: Issue[] = [];
  const clockIds = new Set(plan.clocks.map((c) => c.id));
  const read = readEach(claims, ['claims'], issues, (u, p, is) => readClaim(u, p, is, clockIds));
  if (read !== undefined) {
    const seen = new Set<string>();
    read.forEach((c, i) => {
      const key = `${c.clock}\u0000${c.cycle ?? 'last'}`;
      if (seen.has(key)) issues.push(issue(IssueCode.DUPLICATE_CLAIM, ['claims', i], `A second claim for clock '${c.clock}'${c.cycle === undefined ? '' : ` cycle ${c.cycle}`}.`));
      seen.add(key);
    });
  }
  const opts = readRecord(options, ['options'], issues, ['tolerance']);
  const toleranceMs = (opts && readOptional(opts, 'tolerance', ['options'], issues, readDurationMillis)) ?? 0;
  const asOfMs = readInstantMillis(asOf, ['asOf'], issues);
  if (issues.length > 0 || read === undefined || asOfMs === undefined) {
    // the ticket is still read, so that its issues come in the same Left (asOf's are reported above)
    const ticketIssues = evaluateTicketMillis(plan, ticket, asOfMs ?? Number.NaN);
    if (E.isLeft(ticketIssues)) issues.push(...ticketIssues.left.filter((i) => i.path[0] !== 'asOf'));
    return E.left(issues);
  }
  const evaluated = evaluateTicket(plan, ticket, asOfMs);
  if (E.isLeft(evaluated)) return evaluated;
  const sla = evaluated.right;
  return finish(issues, () => read.flatMap((claim) => auditClaim(plan, ticket, sla, claim, asOfMs, toleranceMs)));
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const STATES: readonly ClockState[] = ['running', 'paused', 'completed', 'cancelled'];
const CLAIM_KEYS = ['clock', 'cycle', 'dueAt', 'breached', 'completedAt', 'state'];

interface ReadClaim {
  readonly clock: string;
  readonly cycle?: number;
  /** `undefined`: not claimed; `null`: claimed none. */
  readonly dueAt?: number | null;
  readonly completedAt?: number | null;
  readonly breached?: boolean;
  readonly state?: ClockState;
}

const readClaim = (input: unknown, path: IssuePath, issues: Issue[], clockIds: ReadonlySet<string>): ReadClaim | undefined => {
  const before = issues.length;
  const rec = readRecord(input, path, issues, CLAIM_KEYS);
  if (rec === undefined) return undefined;
  const clock = readRequired(rec, 'clock', path, issues, readString);
  if (clock !== undefined && !clockIds.has(clock)) {
    issues.push(issue(IssueCode.CLAIM_UNKNOWN_CLOCK, [...path, 'clock'], `The plan has no clock '${clock}'; its clocks: ${[...clockIds].join(', ')}.`));
  }
  const cycle = readOptional(rec, 'cycle', path, issues, (u, p, is) => readFiniteNumber(u, p, is, { integer: true, min: 0 }));
  const dueAt = rec['dueAt'] === null ? null : readOptional(rec, 'dueAt', path, issues, readInstantMillis);
  const completedAt = rec['completedAt'] === null ? null : readOptional(rec, 'completedAt', path, issues, readInstantMillis);
  const breached = readOptional(rec, 'breached', path, issues, readBoolean);
  const state = readOptional(rec, 'state', path, issues, (u, p, is) => readEnum(u, STATES, p, is));
  if (issues.length > before) return undefined;
  return {
    clock: clock as string,
    ...(cycle === undefined ? {} : { cycle }),
    ...(dueAt === undefined ? {} : { dueAt }),
    ...(completedAt === undefined ? {} : { completedAt }),
    ...(breached === undefined ? {} : { breached }),
    ...(state === undefined ? {} : { state }),
  };
};

const auditClaim = (plan: Plan, ticket: TicketInput, sla: TicketSla, claim: ReadClaim, asOfMs: number, tol: number): AuditFinding[] => {
  const clock = sla.clocks.find((c) => c.clock === claim.clock);
  const zone = sla.timeZone;
  const none = (reason: 'notEntitled' | 'notApplicable' | 'noSuchCycle', cycle: number | null, ours: ClockResult | null): AuditFinding[] => [
    {
      field: 'clock',
      clock: claim.clock,
      cycle,
      claimed: claim.clock,
      ours: null,
      reason,
      explanation: [],
      result: ours,
      causes: [],
      message:
        reason === 'notEntitled'
          ? `They have a '${claim.clock}' clock; we have none: the ticket is not entitled to clocks (${sla.entitlement.entitled ? '' : sla.entitlement.reason}).`
          : reason === 'notApplicable'
            ? `They have a '${claim.clock}' clock; we have none: the plan gives priority '${sla.priority}'${sla.channel === undefined ? '' : ` on channel '${sla.channel}'`} no such clock.`
            : `They have cycle ${claim.cycle} of '${claim.clock}'; we have ${ours?.cycles.length ?? 0} cycle(s).`,
    },
  ];
  if (clock === undefined) return none(sla.entitlement.entitled ? 'notApplicable' : 'notEntitled', null, null);
  const index = claim.cycle ?? clock.cycles.length - 1;
  const cycle: CycleResult | undefined = claim.cycle === undefined ? clock : clock.cycles[claim.cycle];
  if (cycle === undefined) return none('noSuchCycle', null, clock);

  const findings: AuditFinding[] = [];
  const base = { clock: clock.clock, cycle: index, explanation: cycle.explanation, result: clock };
  const why = ourReason(clock, cycle);
  const label = `${clock.clock}${clock.cycles.length > 1 ? ` (cycle ${index})` : ''}`;

  for (const field of ['dueAt', 'completedAt'] as const) {
    const claimed = claim[field];
    if (claimed === undefined) continue;
    const ours = cycle[field];
    const oursMs = ours === null ? null : ours.toMillis();
    const agree = claimed === null || oursMs === null ? claimed === oursMs : Math.abs(claimed - oursMs) <= tol;
    if (agree) continue;
    const differenceMs = claimed === null || oursMs === null ? null : claimed - oursMs;
    const causes = field === 'dueAt' && claimed !== null && oursMs !== null ? causesOf(plan, ticket, clock, cycle, claimed, asOfMs, tol) : [];
    const claimedDt = claimed === null ? null : (toDateTime(claimed, zone) as DateTime<true>);
    findings.push({
      ...base,
      field,
      claimed: claimedDt,
      ours,
      differenceMs,
      causes,
      message:
        `${label} ${field}: they say ${fmt(claimedDt)}, we say ${fmt(ours)}` +
        (differenceMs === null ? '' : ` (theirs is ${fmtDuration(Math.abs(differenceMs))} ${differenceMs > 0 ? 'later' : 'earlier'})`) +
        `. ${why}` +
        (causes.length > 0 ? ` Their figure is reproduced by: ${causes.map((c) => CAUSE_TEXT[c]).join('; ')}.` : ''),
    });
  }

  if (claim.breached !== undefined && claim.breached !== cycle.breached) {
    // a verdict that differs only by rounding within the tolerance is not a disagreement
    const dueMs = cycle.dueAt?.toMillis();
    const decidedAt = cycle.completedAt?.toMillis() ?? asOfMs;
    const margin = dueMs === undefined ? Math.abs(cycle.remaining.toMillis()) : Math.abs(decidedAt - dueMs);
    if (!(tol > 0 && margin <= tol)) {
      findings.push({
        ...base,
        field: 'breached',
        claimed: claim.breached,
        ours: cycle.breached,
        causes: [],
        message:
          `${label} breached: they say ${claim.breached ? 'yes' : 'no'}, we say ${cycle.breached ? 'yes' : 'no'}: ` +
          (cycle.state === 'completed'
            ? `completed ${fmt(cycle.completedAt)}, due ${fmt(cycle.dueAt)}`
            : `${cycle.state} as of ${fmt(toDateTime(asOfMs, zone) as DateTime<true>)}, due ${fmt(cycle.dueAt)}`) +
          `. ${why}`,
      });
    }
  }

  if (claim.state !== undefined && claim.state !== cycle.state) {
    findings.push({
      ...base,
      field: 'state',
      claimed: claim.state,
      ours: cycle.state,
      causes: [],
      message: `${label} state: they say ${claim.state}, we say ${cycle.state} as of ${fmt(toDateTime(asOfMs, zone) as DateTime<true>)}. ${why}`,
    });
  }
  return findings;
};

const CAUSE_TEXT: Record<AuditCause, string> = {
  dstIgnored: 'ignoring the change of UTC offset (DST) between the start and the deadline',
  pausesInWallTime: 'adding the pauses in wall-clock time instead of open time',
  pausesIgnored: 'ignoring the pauses',
  pausesLostOnPriorityChange: 'forgetting the pauses before the last priority change',
  calendarIgnored: 'counting the budget in real time, outside business hours too',
};

/** Why our deadline is what it is, in one sentence, from the explanation steps. */
const ourReason = (clock: ClockResult, cycle: CycleResult): string => {
  const parts: string[] = [];
  let closed = 0;
  const closedReasons = new Set<string>();
  let pauses = 0;
  let pausedOpen = 0;
  for (const step of cycle.explanation) {
    switch (step.step) {
      case 'start':
        parts.push(`started ${fmt(step.at)} (${step.cause})`);
        break;
      case 'target':
        parts.push(`budget ${fmtDuration(step.budgetMs)} on calendar '${step.calendar}' (${step.timeZone}) for priority '${step.priority}'`);
        break;
      case 'closed':
        closed++;
        for (const d of step.days) closedReasons.add(d.reason === 'holiday' && d.name !== undefined ? d.name : d.reason);
        break;
      case 'pause':
        pauses++;
        pausedOpen += step.openMs;
        break;
      case 'priorityChange':
        parts.push(`priority ${step.from} → ${step.to} ${fmt(step.at)} (${step.policy})`);
        break;
      default:
        break;
    }
  }
  if (closed > 0) parts.push(`${closed} closed stretch(es) skipped (${[...closedReasons].join(', ')})`);
  if (pauses > 0) parts.push(`${pauses} pause(s), ${fmtDuration(pausedOpen)} of open time not counted`);
  parts.push(`elapsed ${fmtDuration(cycle.elapsed.toMillis())} of ${fmtDuration(cycle.budget.toMillis())}`);
  return `Ours (${clock.kind}): ${parts.join('; ')}.`;
};

/** The causes (see {@link AuditCause}) whose recomputed deadline matches the claimed one. */
const causesOf = (plan: Plan, ticket: TicketInput, clock: ClockResult, cycle: CycleResult, claimedMs: number, asOfMs: number, tol: number): AuditCause[] => {
  const oursMs = (cycle.dueAt as DateTime).toMillis();
  const matches = (ms: number | null | undefined): boolean => ms !== null && ms !== undefined && Math.abs(claimedMs - ms) <= tol && Math.abs(ms - oursMs) > tol;
  const causes: AuditCause[] = [];
  const target = cycle.explanation.find((s) => s.step === 'target');
  const startMs = cycle.startedAt.toMillis();
  if (target !== undefined && target.step === 'target') {
    const z = target.timeZone;
    const shiftMs = ((cycle.dueAt as DateTime).setZone(z).offset - cycle.startedAt.setZone(z).offset) * 60_000;
    if (shiftMs !== 0 && matches(oursMs + shiftMs)) causes.push('dstIgnored');
  }
  const isLastCycle = cycle === clock || cycle === clock.cycles[clock.cycles.length - 1];
  if (isLastCycle) {
    const pauseSet = pauseStatusesOf(plan, clock.clock);
    const active = Object.keys(plan.statuses).find((s) => plan.statuses[s] === 'active' && !pauseSet.has(s));
    if (active !== undefined && cycle.pausedWall.toMillis() > 0) {
      const unpaused = dueWith(plan, clock.clock, asOfMs, withoutPauses(ticket, pauseSet, active, Infinity));
      if (unpaused !== null && matches(unpaused + cycle.pausedWall.toMillis())) causes.push('pausesInWallTime');
      if (matches(unpaused)) causes.push('pausesIgnored');
    }
    const lastChange = lastPriorityChangeMs(ticket);
    if (active !== undefined && lastChange !== null) {
      const lost = dueWith(plan, clock.clock, asOfMs, withoutPauses(ticket, pauseSet, active, lastChange));
      if (matches(lost)) causes.push('pausesLostOnPriorityChange');
    }
  }
  if (matches(startMs + cycle.budget.toMillis())) causes.push('calendarIgnored');
  return causes;
};

const pauseStatusesOf = (plan: Plan, clockId: string): Set<string> => {
  const spec = plan.clocks.find((c) => c.id === clockId);
  if (spec?.pauseOn !== undefined) return new Set(spec.pauseOn);
  return new Set(Object.keys(plan.statuses).filter((s) => plan.statuses[s] === 'paused'));
};

const atMs = (ev: TicketEvent): number => {
  const r = parseInstant(ev.at);
  return E.isRight(r) ? r.right : NaN;
};

const lastPriorityChangeMs = (ticket: TicketInput): number | null => {
  let last: number | null = null;
  for (const ev of ticket.events) if (ev.type === 'priority') last = Math.max(last ?? -Infinity, atMs(ev));
  return last;
};

/**
 * The ticket with the pauses that began before `beforeMs` forgotten: their pausing status
 * events become `active`; a pause still in force at `beforeMs` begins again there.
 */
const withoutPauses = (ticket: TicketInput, pauseSet: ReadonlySet<string>, active: string, beforeMs: number): TicketInput => {
  let inForce: { status: string; at: number } | null = null;
  const events = ticket.events.map((ev) => {
    if (ev.type !== 'status') return ev;
    const at = atMs(ev);
    if (at >= beforeMs) return ev;
    if (inForce === null || at >= inForce.at) inForce = { status: ev.status, at };
    return pauseSet.has(ev.status) ? { ...ev, status: active } : ev;
  });
  const last = inForce as { status: string; at: number } | null;
  if (Number.isFinite(beforeMs) && last !== null && pauseSet.has(last.status)) {
    events.push({ type: 'status', at: beforeMs, status: last.status });
  }
  return { ...ticket, events };
};

/** The clock's (last) `dueAt` for a modified ticket, or `null`. */
const dueWith = (plan: Plan, clockId: string, asOfMs: number, modified: TicketInput): number | null => {
  const r = evaluateTicketMillis(plan, modified, asOfMs);
  if (E.isLeft(r)) return null;
  return r.right.clocks.find((c) => c.clock === clockId)?.dueAt ?? null;
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** `Mon 2026-03-30 11:00 +03:00` (no locale: the same on every machine). */
const fmt = (dt: DateTime | null): string => {
  if (dt === null) return 'none';
  const iso = dt.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? '';
  const date = iso.slice(0, 10);
  const time = iso.slice(11, dt.second === 0 && dt.millisecond === 0 ? 16 : 19);
  const offset = dt.offset === 0 ? 'UTC' : iso.slice(-6);
  return `${WEEKDAYS[dt.weekday - 1]} ${date} ${time} ${offset}`;
};

/** `1 d 2 h 5 min` (days of 24 h), `0 min` for nothing, seconds when there are some. */
const fmtDuration = (ms: number): string => {
  const neg = ms < 0;
  let rest = Math.round(Math.abs(ms) / 1000);
  const d = Math.floor(rest / 86_400);
  rest -= d * 86_400;
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const s = rest - m * 60;
  const parts = [d > 0 ? `${d} d` : '', h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : '', s > 0 ? `${s} s` : ''].filter((x) => x !== '');
  return (neg ? '-' : '') + (parts.length === 0 ? '0 min' : parts.join(' '));
};
