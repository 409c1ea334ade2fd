/**
 * A slow, obviously-correct reference of the SLA clocks, FOR TESTS ONLY.
 *
 * It shares nothing with the engine (no `src/` import): it walks the ticket's log minute by
 * minute over a {@link RefCalendar} (test/support/reference.ts), keeping for every priority with
 * a target a counter of the minutes that target's calendar was open while the clock ran. So a
 * budget is a counter reaching a number (rule 1), a pause is a minute that does not count
 * (rule 3), `dueAt` is the end of the minute in which the counter reaches the budget (rule 2,
 * `boundary: 'earliest'`), and the priority policies (rule 5) only choose WHICH counters decide
 * and from where they count: `keepElapsed` reads the new priority's counter (running since the
 * start), `restart` zeroes the counters at the change, `earlierOf` keeps both and takes the
 * earlier. The kinds (rule 4) are a state machine over the events, written out again here.
 *
 * Scope: minute-aligned instants, `businessTime` (on the one calendar) and `elapsedTime` (24/7)
 * targets, boundary 'earliest'. The projection of a due beyond `asOf` steps at most
 * {@link PROJECTION_LIMIT_MINUTES}; a due further away is reported as `undefined` (not compared).
 */
import type { RefCalendar } from './reference.js';

export const MINUTE = 60_000;
export const PROJECTION_LIMIT_MINUTES = 20 * 24 * 60;

export type RefKind = 'firstResponse' | 'nextReply' | 'periodicUpdate' | 'resolution';
export type RefTarget = { readonly businessTime: number } | { readonly elapsedTime: number };
export type RefStatusKind = 'active' | 'paused' | 'solved';

export interface RefClock {
  readonly kind: RefKind;
  /** Budget in ms by priority; a missing priority has no target. */
  readonly targets: Readonly<Record<string, RefTarget | undefined>>;
  readonly pauseOn: readonly string[];
  readonly cycles: 'first' | 'perCycle' | 'total';
  readonly policy: 'keepElapsed' | 'restart' | 'earlierOf';
}

export type RefEvent =
  | { readonly type: 'created'; readonly at: number; readonly priority: string; readonly by: 'customer' | 'agent' }
  | { readonly type: 'message'; readonly at: number; readonly author: 'customer' | 'agent'; readonly isPublic: boolean }
  | { readonly type: 'status'; readonly at: number; readonly status: string }
  | { readonly type: 'priority'; readonly at: number; readonly priority: string };

export interface RefCycle {
  readonly state: 'running' | 'paused' | 'completed' | 'cancelled';
  readonly startedAt: number;
  /** `null` while paused with budget left; `undefined` when beyond the projection limit. */
  readonly dueAt: number | null | undefined;
  readonly completedAt: number | null;
  readonly breached: boolean | undefined;
  /** Consumed ms of the deciding target (only when one target decides: no earlierOf pair). */
  readonly elapsed: number | undefined;
}

interface Cycle {
  start: number;
  runStart: number;
  alts: string[];
  lastAlts: string[];
  everHad: boolean;
  counters: Map<string, number>;
  reached: Map<string, number>;
  end: number | undefined;
  endState: 'completed' | 'cancelled' | undefined;
  /** resolution 'total': solved now (consumes nothing; completed if still solved at the end). */
  solvedAt: number | undefined;
  cancelledAt: number | undefined;
  /** The earliest due at which the cycle was breached when solved, before a reopen ('total'). */
  earlierBreach: number | undefined;
}

/** Evaluates one clock of a ticket, minute by minute. `undefined`: no cycle ever had a target. */
export const refEvaluate = (
  cal: RefCalendar,
  statuses: Readonly<Record<string, RefStatusKind>>,
  clock: RefClock,
  events: readonly RefEvent[],
  asOf: number,
): RefCycle[] => {
  const log = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || (a.e.type === 'created' ? -1 : b.e.type === 'created' ? 1 : a.i - b.i))
    .map((x) => x.e)
    .filter((e) => e.at <= asOf);
  const created = log[0] as Extract<RefEvent, { type: 'created' }>;
  const budgetOf = (p: string): number | undefined => {
    const t = clock.targets[p];
    return t === undefined ? undefined : 'businessTime' in t ? t.businessTime : t.elapsedTime;
  };
  const openFor = (p: string, m: number): boolean => {
    const t = clock.targets[p] as RefTarget;
    return 'elapsedTime' in t ? true : cal.isOpen(m);
  };
  const prioritiesWithTargets = Object.keys(clock.targets).filter((p) => clock.targets[p] !== undefined);

  let priority = created.priority;
  let status = '';
  let statusKind: RefStatusKind = 'active';
  const cycles: Cycle[] = [];
  let open: Cycle | undefined;

  const zero = (c: Cycle, at: number): void => {
    c.runStart = at;
    c.counters = new Map(prioritiesWithTargets.map((p) => [p, 0]));
    c.reached = new Map();
    for (const p of prioritiesWithTargets) if (budgetOf(p) === 0) c.reached.set(p, at);
  };
  const startCycle = (at: number): void => {
    const has = budgetOf(priority) !== undefined;
    const c: Cycle = {
      start: at, runStart: at, alts: has ? [priority] : [], lastAlts: [], everHad: has, counters: new Map(), reached: new Map(),
      end: undefined, endState: undefined, solvedAt: undefined, cancelledAt: undefined, earlierBreach: undefined,
    };
    zero(c, at);
    cycles.push(c);
    open = c;
  };
  // changes AT the instant a cycle completes or is cancelled do not touch it (rule 5: completed
  // clocks are not touched): undo those of this minute when the cycle ends in it
  let snapshot: { c: Cycle; alts: string[]; lastAlts: string[]; everHad: boolean; runStart: number; counters: Map<string, number>; reached: Map<string, number>; cancelledAt: number | undefined } | undefined;
  let changesNow: { at: number; to: string; from: string }[] = [];
  const takeSnapshot = (): void => {
    changesNow = [];
    snapshot =
      open === undefined
        ? undefined
        : { c: open, alts: open.alts, lastAlts: open.lastAlts, everHad: open.everHad, runStart: open.runStart, counters: new Map(open.counters), reached: new Map(open.reached), cancelledAt: open.cancelledAt };
  };
  const undoChangesNow = (c: Cycle): { at: number; to: string; from: string }[] => {
    if (snapshot === undefined || snapshot.c !== c || changesNow.length === 0) return [];
    Object.assign(c, { alts: snapshot.alts, lastAlts: snapshot.lastAlts, everHad: snapshot.everHad, runStart: snapshot.runStart, counters: snapshot.counters, reached: snapshot.reached, cancelledAt: snapshot.cancelledAt });
    const undone = changesNow;
    changesNow = [];
    return undone;
  };
  const endCycle = (at: number, how: 'completed' | 'cancelled'): void => {
    if (open === undefined) return;
    if (at > open.start) undoChangesNow(open);
    open.end = at;
    open.endState = how;
    open = undefined;
  };
  const changePriority = (at: number, to: string, replay = false): void => {
    const from = priority;
    if (!replay) priority = to;
    const c = open;
    if (c === undefined) return;
    if (c.solvedAt !== undefined) {
      // completed (resolution 'total', solved): not touched unless the ticket is reopened
      deferred.push({ at, to, from });
      return;
    }
    const current = replay ? (deferredFrom ?? from) : from;
    if (to === current) return;
    if (!replay) changesNow.push({ at, to, from: current });
    if (replay) deferredFrom = to;
    const has = budgetOf(to) !== undefined;
    if (at === c.start) {
      // a change at the very start counts as from the start
      c.alts = has ? [to] : [];
      c.everHad = has;
      return;
    }
    if (!has) {
      if (c.alts.length > 0) {
        c.lastAlts = c.alts;
        c.cancelledAt = at;
      }
      c.alts = [];
      return;
    }
    if (c.alts.length === 0 || clock.policy !== 'earlierOf') {
      if (clock.policy === 'restart') zero(c, at);
      c.alts = [to];
    } else if (!c.alts.includes(to)) c.alts = [...c.alts, to];
    c.everHad = true;
    c.cancelledAt = undefined;
  };
  let deferred: { at: number; to: string; from: string }[] = [];
  let deferredFrom: string | undefined;

  // the kinds, as a state machine over the events
  let answeredOnce = created.by === 'agent';
  let solved = false;
  let waitingWhileSolved = false;
  let updatesStarted = created.by === 'agent';
  let firstSolveSeen = false;
  const onEvent = (e: RefEvent): void => {
    if (e.type === 'priority') return changePriority(e.at, e.priority);
    if (e.type === 'created') {
      if (clock.kind === 'firstResponse') {
        startCycle(e.at);
        if (e.by === 'agent') endCycle(e.at, 'completed');
      }
      if (clock.kind === 'resolution') startCycle(e.at);
      if (clock.kind === 'periodicUpdate' && e.by === 'agent') startCycle(e.at);
      return;
    }
    if (e.type === 'message') {
      if (!e.isPublic) return;
      if (clock.kind === 'firstResponse' && e.author === 'agent') endCycle(e.at, 'completed');
      if (clock.kind === 'nextReply') {
        if (e.author === 'agent') {
          answeredOnce = true;
          waitingWhileSolved = false;
          endCycle(e.at, 'completed');
        } else if (answeredOnce) {
          if (solved) waitingWhileSolved = true;
          else if (open === undefined) startCycle(e.at);
        }
      }
      if (clock.kind === 'periodicUpdate' && e.author === 'agent' && !solved) {
        endCycle(e.at, 'completed');
        startCycle(e.at);
        updatesStarted = true;
      }
      return;
    }
    // status
    const kind = statuses[e.status] as RefStatusKind;
    const wasSolved = solved;
    status = e.status;
    statusKind = kind;
    if (kind === 'solved' && !wasSolved) {
      solved = true;
      if (clock.kind === 'firstResponse') endCycle(e.at, 'completed');
      if (clock.kind === 'nextReply' || clock.kind === 'periodicUpdate') endCycle(e.at, 'cancelled');
      if (clock.kind === 'resolution') {
        if (clock.cycles === 'total') {
          if (open !== undefined) {
            // changes at the solve instant wait for a reopen, like every change while solved
            if (e.at > open.start) deferred.push(...undoChangesNow(open));
            open.solvedAt = e.at;
            // completed here: breached if its budget ran out before (a reopen does not undo that);
            // cancelled here by a priority change after its budget ran out: breached too
            const cancelled = open.alts.length === 0;
            const endThen = cancelled ? open.cancelledAt : e.at;
            const dueThen = Math.min(...(cancelled ? open.lastAlts : open.alts).map((p) => (open as Cycle).reached.get(p) ?? Infinity));
            if (endThen !== undefined && endThen > dueThen && !(dueThen >= (open.earlierBreach ?? Infinity))) open.earlierBreach = dueThen;
          }
        } else if (clock.cycles === 'first') {
          if (!firstSolveSeen) endCycle(e.at, 'completed');
          firstSolveSeen = true;
        } else endCycle(e.at, 'completed');
      }
    } else if (kind !== 'solved' && wasSolved) {
      solved = false;
      if (clock.kind === 'nextReply' && waitingWhileSolved) {
        waitingWhileSolved = false;
        startCycle(e.at);
      }
      if (clock.kind === 'periodicUpdate' && updatesStarted) startCycle(e.at);
      if (clock.kind === 'resolution' && clock.cycles === 'total' && open !== undefined) {
        open.solvedAt = undefined;
        const pending = deferred;
        deferred = [];
        deferredFrom = pending.length > 0 ? (pending[0] as { from: string }).from : undefined;
        // the changes made while solved apply now; those made AT this instant are changes of
        // this minute (a solve at the same instant is then a completion they do not touch)
        for (const d of pending) if (d.at < e.at) changePriority(d.at, d.to, true);
        const now = pending.filter((d) => d.at === e.at);
        if (now.length > 0) {
          takeSnapshot();
          for (const d of now) {
            changePriority(d.at, d.to, true);
            changesNow.push(d);
          }
        }
        deferredFrom = undefined;
      }
      if (clock.kind === 'resolution' && clock.cycles === 'perCycle') startCycle(e.at);
    }
  };

  const consumes = (): boolean => !clock.pauseOn.includes(status) && !(clock.kind === 'resolution' && clock.cycles === 'total' && statusKind === 'solved');
  const tick = (c: Cycle, m: number): void => {
    for (const p of prioritiesWithTargets) {
      if (!openFor(p, m)) continue;
      const n = (c.counters.get(p) as number) + MINUTE;
      c.counters.set(p, n);
      if (n >= (budgetOf(p) as number) && !c.reached.has(p)) c.reached.set(p, m + MINUTE);
    }
  };

  let k = 0;
  for (let m = created.at; m <= asOf; m += MINUTE) {
    takeSnapshot();
    while (k < log.length && (log[k] as RefEvent).at <= m) onEvent(log[k++] as RefEvent);
    // a cycle starts with the priority the ticket has at its start instant (after every event AT it)
    for (let i = cycles.length - 1; i >= 0 && (cycles[i] as Cycle).start === m; i--) {
      const c = cycles[i] as Cycle;
      const has = budgetOf(priority) !== undefined;
      c.alts = has ? [priority] : [];
      c.everHad = has;
      c.lastAlts = [];
      c.cancelledAt = undefined;
    }
    if (m < asOf && open !== undefined && open.solvedAt === undefined && consumes()) tick(open, m);
    if (m < asOf && open !== undefined && open.solvedAt !== undefined && !consumes()) {
      // solved (total): nothing counts
    }
  }
  const pausedAtEnd = !consumes();

  return cycles
    .filter((c) => c.everHad)
    .map((c) => {
      let state: RefCycle['state'];
      let end: number;
      const alts = c.alts.length > 0 ? c.alts : c.lastAlts;
      if (c.alts.length === 0) {
        state = 'cancelled';
        end = c.cancelledAt as number;
      } else if (c.endState !== undefined) {
        state = c.endState;
        end = c.end as number;
      } else if (c.solvedAt !== undefined) {
        state = 'completed';
        end = c.solvedAt;
      } else {
        state = pausedAtEnd ? 'paused' : 'running';
        end = asOf;
      }
      if (state === 'cancelled') {
        // cancelled by a priority change after its budget ran out: the breach stays; cancelled by
        // a solve (a reply cycle, an update cycle): never a breach
        const reachedBefore = Math.min(...alts.map((p) => c.reached.get(p) ?? Infinity));
        const breached = (c.alts.length === 0 && Number.isFinite(reachedBefore) && end > reachedBefore) || c.earlierBreach !== undefined;
        return { state, startedAt: c.start, dueAt: undefined, completedAt: null, breached, elapsed: undefined };
      }
      // the due: the earliest reach of a deciding counter, projected (no further pause) when not paused
      const dueNow = Math.min(...alts.map((p) => c.reached.get(p) ?? Infinity));
      let due: number | null | undefined = Number.isFinite(dueNow) ? dueNow : undefined;
      if (due === undefined) {
        if (state === 'paused') due = null;
        else {
          const proj: Cycle = { ...c, counters: new Map(c.counters), reached: new Map(c.reached) };
          for (let m = end, i = 0; i < PROJECTION_LIMIT_MINUTES && due === undefined; m += MINUTE, i++) {
            tick(proj, m);
            const d = Math.min(...alts.map((p) => proj.reached.get(p) ?? Infinity));
            if (Number.isFinite(d)) due = d;
          }
        }
      }
      const breached =
        c.earlierBreach !== undefined ? true : due === undefined ? undefined : due === null ? false : state === 'completed' ? end > due : asOf > due;
      return {
        state,
        startedAt: c.start,
        dueAt: due,
        completedAt: state === 'completed' ? end : null,
        breached,
        elapsed: alts.length === 1 ? (c.counters.get(alts[0] as string) as number) : undefined,
      };
    });
};
