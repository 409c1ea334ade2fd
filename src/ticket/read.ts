/**
 * Reading a ticket's event log against a plan (rule 9): every issue with its path, events
 * sorted stably by `at` with `created` first, events after `asOf` left out.
 */
import * as E from 'fp-ts/lib/Either.js';
import { EMPTY_INTEGERS, EMPTY_NUMBERS } from '../internal/arrays.js';
import { issue, type Issue, type IssuePath } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { finish, readEach, readEnum, readRecord, readRequired, readString } from '../internal/read.js';
import { DateTime } from 'luxon';
import { isSupportedInstant, parseInstantMillisOrNaN, readInstantMillis } from '../time/instant.js';
import { planState, type PlanState } from '../plan/plan.js';
import { matrixLookup } from '../plan/priority.js';
import type { Plan } from '../plan/types.js';
import type { Author, TicketLog } from './types.js';
import { EVENT_CREATED, EVENT_PRIORITY, EVENT_STATUS, makeLog, messageCode, statusIndexOf } from './log.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** Options of the ticket reader and of `evaluateTicket`. */
export interface ReadTicketOptions {
  /**
   * `true`: a channel the plan does not list is an issue (`UNKNOWN_CHANNEL`) instead of a ticket
   * that is not entitled (`channelNotInPlan`, rule 7). Default `false`.
   */
  readonly strictChannels?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------------------------

const TICKET_KEYS = ['id', 'events'];
const EVENT_TYPES = ['created', 'message', 'status', 'priority'] as const;
const KEYS: Record<(typeof EVENT_TYPES)[number], readonly string[]> = {
  created: ['type', 'at', 'channel', 'priority', 'impact', 'urgency', 'by'],
  message: ['type', 'at', 'author', 'visibility'],
  status: ['type', 'at', 'status'],
  priority: ['type', 'at', 'priority', 'impact', 'urgency'],
};
const AUTHORS: readonly Author[] = ['customer', 'agent'];

/**
 * The fast path alone: the log of a valid ticket read without building issue paths, or undefined
 * at the first doubt (then the full reader says why). @internal
 */
export const fastReadTicketLog = (plan: Plan, input: unknown, asOfMs: number, options?: ReadTicketOptions): TicketLog | undefined =>
  fastReadState(planState(plan), plan.defaultPriority, input, asOfMs, options);

/**
 * The full reader, every issue with its path (rule 9): what `evaluateTicketMillis` reads a ticket
 * with when the fast path has a doubt, and the reference the fast path is tested against. @internal
 */
export const readTicketLogFully = (plan: Plan, input: unknown, asOfMs: number, options?: ReadTicketOptions): E.Either<Issue[], TicketLog> => {
  const state = planState(plan);
  const issues: Issue[] = [];
  const rec = readRecord(input, [], issues, TICKET_KEYS);
  if (rec === undefined) return E.left(issues);
  const id = rec['id'] === undefined ? undefined : readString(rec['id'], ['id'], issues);
  let created: { at: number; index: number; channel: string | undefined; by: Author; priority: string | undefined } | undefined;
  let createdNamesPriority = false;
  let createdNamesChannel = false;
  let createdCount = 0;
  const events = readRequired(rec, 'events', [], issues, (u, p, is) =>
    readEach(u, p, is, (ev, ep, eis, index): ReadEvent | undefined => {
      const r = readRecord(ev, ep, eis);
      if (r === undefined) return undefined;
      const type = readRequired(r, 'type', ep, eis, (t, tp, tis) => readEnum(t, EVENT_TYPES, tp, tis));
      if (type === undefined) return undefined;
      readRecord(ev, ep, eis, KEYS[type]);
      const at = readRequired(r, 'at', ep, eis, readInstantMillis);
      switch (type) {
        case 'created': {
          createdCount++;
          const channel = r['channel'] === undefined ? undefined : readChannel(state, r['channel'], [...ep, 'channel'], eis, options);
          const by = r['by'] === undefined ? 'customer' : readEnum(r['by'], AUTHORS, [...ep, 'by'], eis);
          const priority = readPriority(state, r, ep, eis);
          if (at === undefined || by === undefined) return undefined;
          const c = { at, index, channel, by, priority: priority ?? undefined };
          if (createdCount === 1) {
            created = c;
            createdNamesPriority = priority !== null;
            createdNamesChannel = r['channel'] !== undefined;
          }
          else eis.push(issue(IssueCode.DUPLICATE_CREATED_EVENT, [...ep, 'type'], 'A ticket has exactly one created event; this is another.'));
          return { at, index, code: EVENT_CREATED, priority: undefined };
        }
        case 'message': {
          const author = readRequired(r, 'author', ep, eis, (a, ap, ais) => readEnum(a, AUTHORS, ap, ais));
          const visibility = r['visibility'] === undefined ? 'public' : readEnum(r['visibility'], ['public', 'internal'] as const, [...ep, 'visibility'], eis);
          if (at === undefined || author === undefined || visibility === undefined) return undefined;
          return { at, index, code: messageCode(author, visibility === 'public'), priority: undefined };
        }
        case 'status': {
          const status = readRequired(r, 'status', ep, eis, readString);
          const kind = status === undefined ? undefined : state.statuses.get(status);
          if (status !== undefined && kind === undefined) {
            eis.push(issue(IssueCode.UNKNOWN_STATUS, [...ep, 'status'], `Unknown status ${JSON.stringify(status)}; the plan's statuses are ${[...state.statuses.keys()].join(', ')}.`));
          }
          if (at === undefined || status === undefined || kind === undefined) return undefined;
          return { at, index, code: EVENT_STATUS + (state.statusIndex.get(status) as number), priority: undefined };
        }
        case 'priority': {
          const priority = readPriority(state, r, ep, eis);
          if (priority === null) eis.push(issue(IssueCode.REQUIRED, [...ep, 'priority'], 'A priority event gives a priority, or an impact and an urgency.'));
          if (at === undefined || priority === undefined || priority === null) return undefined;
          return { at, index, code: EVENT_PRIORITY, priority };
        }
      }
    }, { keepRead: true }),
  );
  if (events !== undefined && createdCount === 0) {
    issues.push(issue(IssueCode.NO_CREATED_EVENT, ['events'], 'A ticket needs exactly one created event.'));
  }
  let priority: string | undefined;
  if (created !== undefined) {
    priority = created.priority ?? plan.defaultPriority;
    if (priority === undefined && !createdNamesPriority) {
      issues.push(issue(IssueCode.NO_PRIORITY, ['events', created.index, 'priority'], 'The ticket names no priority and the plan has no defaultPriority.'));
    }
    if (state.channels !== undefined && !createdNamesChannel) {
      issues.push(issue(IssueCode.CHANNEL_REQUIRED, ['events', created.index, 'channel'], 'The plan lists channels: a ticket says which one it came through.'));
    }
    if (asOfMs < created.at) {
      issues.push(issue(IssueCode.AS_OF_BEFORE_CREATED, ['asOf'], 'asOf is before the ticket was created.'));
    }
    if (events !== undefined) {
      for (const ev of events) {
        if (ev.at < created.at) {
          issues.push(issue(IssueCode.EVENT_BEFORE_CREATED, ['events', ev.index, 'at'], 'An event before the ticket was created.'));
        }
      }
    }
  }
  return finish(issues, () => {
    const c = created as NonNullable<typeof created>;
    const kept = (events as ReadEvent[]).filter((e) => e.at <= asOfMs);
    const names = kept.some((e) => e.code === EVENT_PRIORITY) ? kept.map((e) => e.priority) : undefined;
    const at = kept.map((e) => e.at);
    const code = kept.map((e) => e.code);
    return makeLog(state, id, c.at, c.channel, c.by, priority as string, at, code, names, false);
  });
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/**
 * Epoch ms of an instant, or NaN (the full reader then says why); not range-checked. A number is
 * returned as the very number given: were it merged with a computed double, the compiler would
 * box a new number for each event (bench/instructions.sh: 9,178 -> 8,175 instructions a
 * typical ticket).
 */
const instantOf = (u: unknown): number => (typeof u === 'number' ? u : fastInstantOther(u));

/**
 * Epoch ms of an instant that is not a number, or NaN (the full reader then says why). The caller
 * checks the range: an instant outside it (epoch ms 1e20) must not pass as "after asOf".
 */
const fastInstantOther = (u: unknown): number => {
  if (typeof u === 'string') return parseInstantMillisOrNaN(u);
  if (u instanceof Date) return u.getTime();
  // an invalid DateTime's toMillis() is NaN
  if (DateTime.isDateTime(u)) return u.toMillis();
  return NaN;
};

/**
 * A valid log without building issue paths; undefined at the first doubt. @internal
 *
 * It reads what the full reader reads: the own enumerable keys of each object that is not an
 * array, and nothing else (an inherited enumerable key is a doubt). Written for the optimising
 * compiler: one `for…in` per object checks its keys, each own (a comparison with the shape
 * there), and reads an event's `type` (`o[key]` there is a load by the shape's field index);
 * the other fields are read by name in the case of their type, each load seeing the shapes of
 * one type of event. A load by name that has seen more than four shapes looks each one up in a
 * global cache: `ev.type` and `ev.at` on every event were about 14 % of a ticket's time in a
 * process that also reads ISO-string tickets (`docs/performance.md`). The key bits below
 * mirror `KEYS`.
 */
export const fastReadState = (state: PlanState, defaultPriority: string | undefined, input: unknown, asOfMs: number, options: ReadTicketOptions | undefined): TicketLog | undefined => {
  // an object that is not an array, as the full reader reads it (isRecord)
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  let events: unknown;
  let id: unknown;
  for (const key in input) {
    // written out in full: the compiler folds this call inside `for…in`, not through a module variable
    if (!Object.prototype.hasOwnProperty.call(input, key)) return undefined;
    if (key === 'events') events = (input as Record<string, unknown>)[key];
    else if (key === 'id') id = (input as Record<string, unknown>)[key];
    else return undefined;
  }
  if (!Array.isArray(events) || (id !== undefined && (typeof id !== 'string' || id.length === 0 || id.length > 10_000))) return undefined;
  const n = events.length;
  // copies, made without an allocation site (src/internal/arrays.ts)
  const at = EMPTY_NUMBERS.slice();
  const code = EMPTY_INTEGERS.slice();
  let names: (string | undefined)[] | undefined;
  let createdAt = NaN;
  let channel: string | undefined;
  let by: Author = 'customer';
  let priority: string | undefined;
  let sorted = true;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const ev: unknown = events[i];
    if (typeof ev !== 'object' || ev === null || Array.isArray(ev)) return undefined;
    // the keys given, a bit each: type 1, at 2, channel 4, priority 8, impact 16, urgency 32,
    // by 64, author 128, visibility 256, status 512; each own (a key given as undefined is given:
    // its value is the same as no key to both readers)
    let m = 0;
    let type: unknown;
    for (const key in ev) {
      // written out, as for the ticket above
      if (!Object.prototype.hasOwnProperty.call(ev, key)) return undefined;
      if (key === 'type') (type = (ev as Record<string, unknown>)[key]), (m |= 1);
      else if (key === 'at') m |= 2;
      else if (key === 'author') m |= 128;
      else if (key === 'status') m |= 512;
      else if (key === 'channel') m |= 4;
      else if (key === 'priority') m |= 8;
      else if (key === 'impact') m |= 16;
      else if (key === 'urgency') m |= 32;
      else if (key === 'by') m |= 64;
      else if (key === 'visibility') m |= 256;
      else return undefined;
    }
    if ((m & 2) === 0) return undefined;
    // the other fields by name in the case of their type (see above), each only when its key
    // is given (its bit): a key the loop did not see is not read
    const e = ev as Record<string, unknown>;
    let t: number;
    let c: number;
    let p: string | null | undefined;
    switch (type) {
      case 'message': {
        // type, at, author, visibility (author required)
        t = instantOf(e['at']);
        const author = m & 128 ? e['author'] : undefined;
        const v = m & 256 ? e['visibility'] : undefined;
        if ((m | 387) !== 387 || (author !== 'customer' && author !== 'agent') || (v !== undefined && v !== 'public' && v !== 'internal')) return undefined;
        c = messageCode(author, v !== 'internal');
        break;
      }
      case 'status': {
        // type, at, status
        t = instantOf(e['at']);
        const status = m & 512 ? e['status'] : undefined;
        const k = (m | 515) !== 515 || typeof status !== 'string' ? undefined : statusIndexOf(state, status);
        if (k === undefined) return undefined;
        c = EVENT_STATUS + k;
        break;
      }
      case 'created': {
        // type, at, channel, priority, impact, urgency, by
        if (m > 127 || !Number.isNaN(createdAt)) return undefined;
        t = createdAt = instantOf(e['at']);
        const ch = m & 4 ? e['channel'] : undefined;
        const b = m & 64 ? e['by'] : undefined;
        if (ch !== undefined) {
          if (typeof ch !== 'string' || ch.length === 0 || ch.length > 10_000) return undefined;
          if (options !== undefined && options.strictChannels === true && state.channels !== undefined && !state.channels.has(ch)) return undefined;
          channel = ch;
        } else if (state.channels !== undefined) return undefined;
        if (b !== undefined && b !== 'customer' && b !== 'agent') return undefined;
        by = b ?? 'customer';
        p = fastPriority(state, m & 8 ? e['priority'] : undefined, m & 16 ? e['impact'] : undefined, m & 32 ? e['urgency'] : undefined);
        if (p === undefined) return undefined;
        priority = p === null ? defaultPriority : p;
        if (priority === undefined) return undefined;
        c = EVENT_CREATED;
        break;
      }
      case 'priority': {
        // type, at, priority, impact, urgency
        if ((m | 59) !== 59) return undefined;
        t = instantOf(e['at']);
        p = fastPriority(state, m & 8 ? e['priority'] : undefined, m & 16 ? e['impact'] : undefined, m & 32 ? e['urgency'] : undefined);
        if (p === undefined || p === null) return undefined;
        c = EVENT_PRIORITY;
        break;
      }
      default:
        return undefined;
    }
    if (!isSupportedInstant(t)) return undefined;
    if (t < last) sorted = false;
    last = t;
    if (t <= asOfMs) {
      if (c === EVENT_PRIORITY) (names ??= [])[at.length] = p as string;
      at.push(t);
      code.push(c);
    }
  }
  if (Number.isNaN(createdAt) || asOfMs < createdAt) return undefined;
  const inOrder = sorted && code[0] === EVENT_CREATED;
  if (!inOrder) for (const t of at) if (t < createdAt) return undefined;
  return makeLog(state, id, createdAt, channel, by, priority as string, at, code, names, inOrder);
};

/** An event as the full reader keeps it: its instant, input index (for issue paths and the order) and code. */
interface ReadEvent {
  readonly at: number;
  readonly index: number;
  readonly code: number;
  /** A priority event's priority. */
  readonly priority: string | undefined;
}

/** The priority an event's fields name (by id or matrix), `null` when none, undefined on any doubt. */
const fastPriority = (state: PlanState, p: unknown, impact: unknown, urgency: unknown): string | null | undefined => {
  if (impact === undefined && urgency === undefined) {
    if (p === undefined) return null;
    return typeof p === 'string' && state.priorityIds.has(p) ? p : undefined;
  }
  if (typeof impact !== 'string' || typeof urgency !== 'string') return undefined;
  const cell = matrixLookup(state, impact, urgency);
  if (typeof cell !== 'string' || (p !== undefined && p !== cell)) return undefined;
  return cell;
};


const readChannel = (state: PlanState, input: unknown, path: IssuePath, issues: Issue[], options: ReadTicketOptions | undefined): string | undefined => {
  const channel = readString(input, path, issues);
  if (channel !== undefined && options?.strictChannels === true && state.channels !== undefined && !state.channels.has(channel)) {
    issues.push(issue(IssueCode.UNKNOWN_CHANNEL, path, `Unknown channel ${JSON.stringify(channel)}; the plan serves ${[...state.channels.keys()].join(', ')}.`));
    return undefined;
  }
  return channel;
};

/** The priority an event gives (by id or by the matrix); `null` when it gives none. */
const readPriority = (state: PlanState, r: Record<string, unknown>, path: IssuePath, issues: Issue[]): string | null | undefined => {
  const before = issues.length;
  let byId: string | undefined;
  if (r['priority'] !== undefined) {
    byId = readString(r['priority'], [...path, 'priority'], issues);
    if (byId !== undefined && !state.priorityIds.has(byId)) {
      issues.push(issue(IssueCode.UNKNOWN_PRIORITY, [...path, 'priority'], `Unknown priority ${JSON.stringify(byId)}; the plan's priorities are ${[...state.priorityIds].join(', ')}.`));
      byId = undefined;
    }
  }
  let byMatrix: string | undefined;
  const hasImpact = r['impact'] !== undefined;
  const hasUrgency = r['urgency'] !== undefined;
  if (hasImpact || hasUrgency) {
    const impact = hasImpact ? readString(r['impact'], [...path, 'impact'], issues) : undefined;
    const urgency = hasUrgency ? readString(r['urgency'], [...path, 'urgency'], issues) : undefined;
    if (!hasImpact) issues.push(issue(IssueCode.REQUIRED, [...path, 'impact'], 'An urgency needs an impact to go with it.'));
    if (!hasUrgency) issues.push(issue(IssueCode.REQUIRED, [...path, 'urgency'], 'An impact needs an urgency to go with it.'));
    if (impact !== undefined && urgency !== undefined) {
      const found = matrixLookup(state, impact, urgency);
      if (typeof found === 'string') byMatrix = found;
      else {
        const code = found.which === 'matrix' ? IssueCode.NO_PRIORITY_MATRIX : found.which === 'impact' ? IssueCode.UNKNOWN_IMPACT : IssueCode.UNKNOWN_URGENCY;
        issues.push(issue(code, [...path, found.which === 'matrix' ? 'impact' : found.which], found.problem));
      }
    }
  }
  if (issues.length > before) return undefined;
  if (byId !== undefined && byMatrix !== undefined && byId !== byMatrix) {
    issues.push(issue(IssueCode.PRIORITY_CONFLICT, [...path, 'priority'], `Priority ${JSON.stringify(byId)} disagrees with the matrix cell of impact and urgency (${JSON.stringify(byMatrix)}).`));
    return undefined;
  }
  return byId ?? byMatrix ?? null;
};
