/**
 * Support plans: `parsePlan` / `safeParsePlan` / `makePlan`, and the compiled form of a plan
 * that the ticket reader and the clocks work on (targets as budgets in ms, derived calendars
 * built once, status and channel lookups).
 */
import * as E from 'fp-ts/lib/Either.js';
import { atPath, issue, orThrow, toSafe, type Issue, type IssuePath, type SafeParseResult } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { finish, readEach, readEnum, readFiniteNumber, readOptional, readRecord, readRequired, readString } from '../internal/read.js';
import { readDurationMillis } from '../time/instant.js';
import { isValidTimeZone } from '../time/zone.js';
import { alwaysOpen, parseCalendar, wholeWorkingDays, type Calendar } from '../calendar/calendar.js';
import {
  DEFAULT_STATUSES,
  type ChannelSpec,
  type ClockKind,
  type ClockSpec,
  type CycleMode,
  type DueBoundary,
  type Plan,
  type PriorityChangePolicy,
  type PriorityMatrix,
  type PrioritySpec,
  type StatusKind,
  type Target,
  type WarningSpec,
} from './types.js';
import { readEntitlements } from './entitlements.js';

// ---------------------------------------------------------------------------------------------
// Types (internal: the compiled plan)
// ---------------------------------------------------------------------------------------------

/** A leaf target compiled: what to measure and on which calendar. @internal */
export interface CompiledLeaf {
  readonly kind: 'leaf';
  readonly unit: 'businessTime' | 'elapsedTime' | 'workingDayHours' | 'endOfBusinessDay' | 'businessDays';
  /** ms for durations, a day count for `endOfBusinessDay` / `businessDays`. */
  readonly amount: number;
  /** The calendar the budget is consumed on. */
  readonly cal: Calendar;
  /** The base calendar (for day-based units the same as `cal`). */
  readonly base: Calendar;
  /** Its name in the plan (`'24/7'` for elapsed time). */
  readonly calendar: string;
  readonly target: Target;
}

/** `earliestOf` / `latestOf` compiled. @internal */
export interface CompiledComposite {
  readonly kind: 'earliestOf' | 'latestOf';
  readonly parts: readonly CompiledTarget[];
  readonly target: Target;
}

/** @internal */
export type CompiledTarget = CompiledLeaf | CompiledComposite;

/** A warning threshold compiled. @internal */
export interface CompiledWarning {
  readonly percent?: number;
  readonly remainingMs?: number;
}

/** A clock compiled. @internal */
export interface CompiledClock {
  readonly id: string;
  readonly kind: ClockKind;
  readonly targets: ReadonlyMap<string, CompiledTarget>;
  readonly channels: ReadonlySet<string> | undefined;
  readonly pauseOn: ReadonlySet<string>;
  readonly cycles: CycleMode;
  readonly policy: PriorityChangePolicy;
  readonly boundary: DueBoundary;
  readonly warnings: readonly CompiledWarning[];
  /**
   * Clocks with the same pause timeline (the same `pauseOn`, and for `'total'` resolution the
   * solved stretches too) share this index, below `PlanState.pauseGroups`: a ticket's timeline
   * is built once per group.
   */
  readonly pauseGroup: number;
  /** By status index (`PlanState.statusIndex`): does that status pause this clock? */
  readonly pausing: readonly boolean[];
}

/** The engine's view of a plan. @internal */
export interface PlanState {
  readonly defaultZone: string;
  readonly priorityIds: ReadonlySet<string>;
  readonly statuses: ReadonlyMap<string, StatusKind>;
  /** Each status's index (in the order of `statuses`), for the arrays indexed by status. */
  readonly statusIndex: ReadonlyMap<string, number>;
  /** The kind of each status, by index. */
  readonly statusKinds: readonly StatusKind[];
  /** The name of each status, by index. */
  readonly statusNames: readonly string[];
  /** Is each status (by index) a solved one? */
  readonly solved: readonly boolean[];
  readonly channels: ReadonlyMap<string, { readonly cal: Calendar | undefined; readonly priorities: ReadonlySet<string> | undefined }> | undefined;
  readonly clocks: readonly CompiledClock[];
  /** The number of distinct pause timelines of the clocks (see `CompiledClock.pauseGroup`). */
  readonly pauseGroups: number;
  readonly matrix: PriorityMatrix | undefined;
}

const STATE: unique symbol = Symbol.for('support-sla.plan-state') as never;
type WithState = Plan & { readonly [STATE]?: PlanState };

/** The compiled state of a plan; throws `TypeError` for an object that is not a Plan. @internal */
export const planState = (plan: Plan): PlanState => {
  const state = typeof plan === 'object' && plan !== null ? (plan as WithState)[STATE] : undefined;
  if (state === undefined) throw new TypeError('Expected a Plan made by parsePlan or makePlan.');
  return state;
};

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

const PLAN_KEYS = ['$schema', 'id', 'name', 'description', 'calendars', 'defaultCalendar', 'priorities', 'defaultPriority', 'priorityMatrix', 'statuses', 'channels', 'clocks', 'entitlements'];
const CLOCK_KEYS = ['id', 'kind', 'targets', 'channels', 'pauseOn', 'cycles', 'onPriorityChange', 'warnings', 'boundary'];
const CLOCK_KINDS: readonly ClockKind[] = ['firstResponse', 'nextReply', 'periodicUpdate', 'resolution'];
const STATUS_KINDS: readonly StatusKind[] = ['active', 'paused', 'solved'];
const MAX_TARGET_DEPTH = 8;

/**
 * Validates a plan spec, collecting every issue with its path (never throws). The plan's
 * calendars are built once here.
 *
 * @example
 * ```ts
 * import { parsePlan } from 'support-sla';
 * import { either } from 'fp-ts';
 * const r = parsePlan({
 *   id: 'x', calendars: { always: { alwaysOpen: 'UTC' } }, defaultCalendar: 'always',
 *   priorities: [{ id: 'p1' }],
 *   clocks: [{ id: 'r', kind: 'resolution', targets: { p9: { elapsedTime: { hours: 4 } } } }],
 * });
 * either.isLeft(r) && r.left[0]!.path; // ['clocks', 0, 'targets', 'p9']
 * ```
 */
export const parsePlan = (input: unknown): E.Either<Issue[], Plan> => {
  try {
    return readPlan(input);
  } catch (e) {
    // a last guard: input that throws where no reader looks (a hostile Proxy) is an issue
    return E.left([issue(IssueCode.UNREADABLE_VALUE, [], `The plan cannot be read: ${e instanceof Error ? e.message : 'unknown error'}.`)]);
  }
};

const readPlan = (input: unknown): E.Either<Issue[], Plan> => {
  const issues: Issue[] = [];
  const rec = readRecord(input, [], issues, PLAN_KEYS);
  if (rec === undefined) return E.left(issues);
  const id = readRequired(rec, 'id', [], issues, readString);
  const name = readOptional(rec, 'name', [], issues, readString);
  const description = readOptional(rec, 'description', [], issues, (u, p, is) => readString(u, p, is, { allowEmpty: true }));
  const calendars = readRequired(rec, 'calendars', [], issues, readCalendars) ?? new Map<string, Calendar>();
  const defaultCalendar = readRequired(rec, 'defaultCalendar', [], issues, readKeyOf(calendars, IssueCode.UNKNOWN_CALENDAR, 'calendar'));
  const priorities = readRequired(rec, 'priorities', [], issues, readPriorities) ?? [];
  const priorityIds = new Set(priorities.map((p) => p.id));
  const readPriorityId = readKeyOf(priorityIds, IssueCode.UNKNOWN_PRIORITY, 'priority');
  const defaultPriority = readOptional(rec, 'defaultPriority', [], issues, readPriorityId);
  const matrix = readOptional(rec, 'priorityMatrix', [], issues, (u, p, is) => readMatrix(u, p, is, readPriorityId));
  const statusMap = readOptional(rec, 'statuses', [], issues, readStatuses) ?? new Map(Object.entries(DEFAULT_STATUSES));
  const channels = readOptional(rec, 'channels', [], issues, (u, p, is) => readChannels(u, p, is, calendars, readPriorityId));
  const defaultCal = defaultCalendar === undefined ? undefined : calendars.get(defaultCalendar);
  const ctx: TargetContext = {
    calendars,
    whole: new Map(),
    always: defaultCal === undefined ? undefined : alwaysOpen(defaultCal.timeZone),
    defaultCalendar,
  };
  const clocks = readRequired(rec, 'clocks', [], issues, (u, p, is) =>
    readEach(u, p, is, (c, cp, cis) => readClock(c, cp, cis, ctx, priorityIds, statusMap, channels)),
  );
  readOptional(rec, '$schema', [], issues, readString); // for editors: checked, not kept
  const entitlements = readOptional(rec, 'entitlements', [], issues, readEntitlements);
  const rawClocks = rec['clocks'];
  if (Array.isArray(rawClocks)) {
    try {
    const seen = new Set<unknown>();
    rawClocks.forEach((c: unknown, i) => {
      const cid = typeof c === 'object' && c !== null ? (c as Record<string, unknown>)['id'] : undefined;
      if (typeof cid !== 'string') return;
      if (seen.has(cid)) issues.push(issue(IssueCode.DUPLICATE_ID, ['clocks', i, 'id'], `Clock id ${JSON.stringify(cid)} is used twice.`));
      seen.add(cid);
    });
    } catch {
      // an unreadable clock is already an issue
    }
  }
  return finish(issues, () => {
    const groups = new Map<string, number>();
    const compiledClocks = (clocks ?? []).map((c): CompiledClock => {
      const k = c.compiled;
      const key = `${k.kind === 'resolution' && k.cycles === 'total' ? 'solved+' : ''}${JSON.stringify([...k.pauseOn].sort())}`;
      let g = groups.get(key);
      if (g === undefined) {
        g = groups.size;
        groups.set(key, g);
      }
      return { ...k, pauseGroup: g, pausing: [...statusMap.keys()].map((st) => k.pauseOn.has(st)) };
    });
    const state: PlanState = {
      defaultZone: (defaultCal as Calendar).timeZone,
      priorityIds,
      statuses: statusMap,
      statusIndex: new Map([...statusMap.keys()].map((st, i) => [st, i])),
      statusKinds: [...statusMap.values()],
      statusNames: [...statusMap.keys()],
      solved: [...statusMap.values()].map((k) => k === 'solved'),
      channels: channels?.compiled,
      clocks: compiledClocks,
      pauseGroups: groups.size,
      matrix,
    };
    const plan: Record<string, unknown> = { id };
    if (name !== undefined) plan['name'] = name;
    if (description !== undefined) plan['description'] = description;
    plan['calendars'] = Object.freeze(Object.fromEntries(calendars));
    plan['defaultCalendar'] = defaultCalendar;
    plan['priorities'] = Object.freeze(priorities);
    if (defaultPriority !== undefined) plan['defaultPriority'] = defaultPriority;
    if (matrix !== undefined) plan['priorityMatrix'] = matrix;
    plan['statuses'] = Object.freeze(Object.fromEntries(statusMap));
    if (channels !== undefined) plan['channels'] = channels.spec;
    plan['clocks'] = Object.freeze((clocks ?? []).map((c) => c.spec));
    if (entitlements !== undefined) plan['entitlements'] = entitlements;
    Object.defineProperty(plan, STATE, { value: state, enumerable: false, writable: false, configurable: false });
    return Object.freeze(plan) as unknown as Plan;
  });
};

/**
 * Like {@link parsePlan}, returning `{ success, value }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeParsePlan } from 'support-sla';
 * const r = safeParsePlan({ id: 'x' });
 * r.success; // false: calendars, defaultCalendar, priorities and clocks are required
 * ```
 */
export const safeParsePlan = (input: unknown): SafeParseResult<Plan> => toSafe(parsePlan(input));

/**
 * Like {@link parsePlan}, throwing an `InvalidInputError` carrying every issue.
 *
 * @example
 * ```ts
 * import { makePlan } from 'support-sla';
 * const plan = makePlan({ id: 'x', calendars: { always: { alwaysOpen: 'UTC' } }, defaultCalendar: 'always', priorities: [{ id: 'p1' }], clocks: [] });
 * plan.statuses.pending; // 'paused' (the default status map)
 * ```
 */
export const makePlan = (input: unknown): Plan => orThrow('plan', parsePlan(input));

// ---------------------------------------------------------------------------------------------
// Internals: readers
// ---------------------------------------------------------------------------------------------

interface TargetContext {
  readonly calendars: ReadonlyMap<string, Calendar>;
  readonly whole: Map<string, Calendar>;
  readonly always: Calendar | undefined;
  readonly defaultCalendar: string | undefined;
}

const readCalendars = (input: unknown, path: IssuePath, issues: Issue[]): Map<string, Calendar> | undefined => {
  const rec = readRecord(input, path, issues);
  if (rec === undefined) return undefined;
  const out = new Map<string, Calendar>();
  for (const [key, value] of Object.entries(rec)) {
    const p = [...path, key];
    const asRecord = readRecord(value, p, issues);
    if (asRecord === undefined) continue;
    if ('alwaysOpen' in asRecord) {
      const r = readRecord(value, p, issues, ['alwaysOpen']);
      const zone = r && readRequired(r, 'alwaysOpen', p, issues, readString);
      if (zone === undefined) continue;
      if (!isValidTimeZone(zone)) {
        issues.push(issue(IssueCode.INVALID_TIME_ZONE, [...p, 'alwaysOpen'], `Unknown IANA time zone ${JSON.stringify(zone)}.`));
        continue;
      }
      out.set(key, alwaysOpen(zone));
      continue;
    }
    let parsed: E.Either<Issue[], Calendar>;
    try {
      parsed = parseCalendar(value);
    } catch (e) {
      issues.push(issue(IssueCode.UNREADABLE_VALUE, p, `The calendar cannot be read: ${String(e)}.`));
      continue;
    }
    if (E.isLeft(parsed)) issues.push(...atPath(p, parsed.left));
    else out.set(key, parsed.right);
  }
  return out;
};

const readKeyOf =
  (keys: { has(key: string): boolean }, code: IssueCode, what: string) =>
  (input: unknown, path: IssuePath, issues: Issue[]): string | undefined => {
    const s = readString(input, path, issues);
    if (s === undefined) return undefined;
    if (!keys.has(s)) {
      issues.push(issue(code, path, `Unknown ${what} ${JSON.stringify(s)}.`));
      return undefined;
    }
    return s;
  };

const readPriorities = (input: unknown, path: IssuePath, issues: Issue[]): PrioritySpec[] | undefined => {
  const list = readEach(input, path, issues, (u, p, is) => {
    const r = readRecord(u, p, is, ['id', 'name']);
    const id = r && readRequired(r, 'id', p, is, readString);
    const name = r && readOptional(r, 'name', p, is, readString);
    if (id === undefined) return undefined;
    return Object.freeze(name === undefined ? { id } : { id, name });
  }, { minLength: 1 });
  if (list === undefined) return undefined;
  const seen = new Set<string>();
  list.forEach((p, i) => {
    if (seen.has(p.id)) issues.push(issue(IssueCode.DUPLICATE_ID, [...path, i, 'id'], `Priority ${JSON.stringify(p.id)} is listed twice.`));
    seen.add(p.id);
  });
  return list;
};

const readStringList = (input: unknown, path: IssuePath, issues: Issue[], item: (u: unknown, p: IssuePath, is: Issue[]) => string | undefined = readString) =>
  readEach(input, path, issues, (u, p, is) => item(u, p, is));

const readMatrix = (
  input: unknown,
  path: IssuePath,
  issues: Issue[],
  readPriorityId: (u: unknown, p: IssuePath, is: Issue[]) => string | undefined,
): PriorityMatrix | undefined => {
  const rec = readRecord(input, path, issues, ['impact', 'urgency', 'priority']);
  if (rec === undefined) return undefined;
  const impact = readRequired(rec, 'impact', path, issues, (u, p, is) => readUniqueStrings(u, p, is));
  const urgency = readRequired(rec, 'urgency', path, issues, (u, p, is) => readUniqueStrings(u, p, is));
  const rows = readRequired(rec, 'priority', path, issues, (u, p, is) => readEach(u, p, is, (row, rp, ris) => readStringList(row, rp, ris, readPriorityId)));
  if (impact === undefined || urgency === undefined || rows === undefined) return undefined;
  let ok = true;
  if (rows.length !== impact.length) {
    issues.push(issue(IssueCode.INVALID_MATRIX, [...path, 'priority'], `Expected one row per impact (${impact.length}), got ${rows.length}.`));
    ok = false;
  }
  rows.forEach((row, i) => {
    if (row.length !== urgency.length) {
      issues.push(issue(IssueCode.INVALID_MATRIX, [...path, 'priority', i], `Expected one cell per urgency (${urgency.length}), got ${row.length}.`));
      ok = false;
    }
  });
  return ok ? Object.freeze({ impact: Object.freeze(impact), urgency: Object.freeze(urgency), priority: Object.freeze(rows.map((r) => Object.freeze(r))) }) : undefined;
};

const readUniqueStrings = (input: unknown, path: IssuePath, issues: Issue[]): string[] | undefined => {
  const list = readEach(input, path, issues, (u, p, is) => readString(u, p, is), { minLength: 1 });
  if (list === undefined) return undefined;
  const seen = new Set<string>();
  let ok = true;
  list.forEach((s, i) => {
    if (seen.has(s)) {
      issues.push(issue(IssueCode.DUPLICATE_ID, [...path, i], `${JSON.stringify(s)} is listed twice.`));
      ok = false;
    }
    seen.add(s);
  });
  return ok ? list : undefined;
};

const readStatuses = (input: unknown, path: IssuePath, issues: Issue[]): Map<string, StatusKind> | undefined => {
  const rec = readRecord(input, path, issues);
  if (rec === undefined) return undefined;
  const out = new Map<string, StatusKind>();
  const before = issues.length;
  for (const [key, value] of Object.entries(rec)) {
    const kind = readEnum(value, STATUS_KINDS, [...path, key], issues);
    if (kind !== undefined) out.set(key, kind);
  }
  if (issues.length > before) return undefined;
  if (out.size === 0) {
    issues.push(issue(IssueCode.TOO_FEW_ITEMS, path, 'A plan that lists statuses needs at least one.'));
    return undefined;
  }
  return out;
};

const readChannels = (
  input: unknown,
  path: IssuePath,
  issues: Issue[],
  calendars: ReadonlyMap<string, Calendar>,
  readPriorityId: (u: unknown, p: IssuePath, is: Issue[]) => string | undefined,
): { spec: Readonly<Record<string, ChannelSpec>>; compiled: PlanState['channels'] } | undefined => {
  const rec = readRecord(input, path, issues);
  if (rec === undefined) return undefined;
  const spec: Record<string, ChannelSpec> = {};
  const compiled = new Map<string, { cal: Calendar | undefined; priorities: ReadonlySet<string> | undefined }>();
  const before = issues.length;
  for (const [key, value] of Object.entries(rec)) {
    const p = [...path, key];
    const r = readRecord(value, p, issues, ['calendar', 'priorities']);
    if (r === undefined) continue;
    const calendar = readOptional(r, 'calendar', p, issues, readKeyOf(calendars, IssueCode.UNKNOWN_CALENDAR, 'calendar'));
    const priorities = readOptional(r, 'priorities', p, issues, (u, pp, is) => readStringList(u, pp, is, readPriorityId));
    const one: { calendar?: string; priorities?: readonly string[] } = {};
    if (calendar !== undefined) one.calendar = calendar;
    if (priorities !== undefined) one.priorities = Object.freeze(priorities);
    spec[key] = Object.freeze(one);
    compiled.set(key, { cal: calendar === undefined ? undefined : calendars.get(calendar), priorities: priorities === undefined ? undefined : new Set(priorities) });
  }
  return issues.length > before ? undefined : { spec: Object.freeze(spec), compiled };
};

const readClock = (
  input: unknown,
  path: IssuePath,
  issues: Issue[],
  ctx: TargetContext,
  priorityIds: ReadonlySet<string>,
  statuses: ReadonlyMap<string, StatusKind>,
  channels: { spec: Readonly<Record<string, ChannelSpec>> } | undefined,
): { spec: ClockSpec; compiled: CompiledClock } | undefined => {
  const rec = readRecord(input, path, issues, CLOCK_KEYS);
  if (rec === undefined) return undefined;
  const before = issues.length;
  const id = readRequired(rec, 'id', path, issues, readString);
  const kind = readRequired(rec, 'kind', path, issues, (u, p, is) => readEnum(u, CLOCK_KINDS, p, is));
  const targets = readRequired(rec, 'targets', path, issues, (u, p, is) => {
    const r = readRecord(u, p, is);
    if (r === undefined) return undefined;
    const out = new Map<string, CompiledTarget>();
    for (const [priority, t] of Object.entries(r)) {
      const c = readTarget(t, [...p, priority], is, ctx, 0);
      if (!priorityIds.has(priority)) {
        is.push(issue(IssueCode.UNKNOWN_PRIORITY, [...p, priority], `Unknown priority ${JSON.stringify(priority)}: a target is keyed by a priority id of the plan.`));
      } else if (c !== undefined) out.set(priority, c);
    }
    return out;
  });
  const knownChannel = channels === undefined ? readString : readKeyOf(new Set(Object.keys(channels.spec)), IssueCode.UNKNOWN_CHANNEL, 'channel');
  const clockChannels = readOptional(rec, 'channels', path, issues, (u, p, is) => readStringList(u, p, is, knownChannel));
  const pauseOn = readOptional(rec, 'pauseOn', path, issues, (u, p, is) => readStringList(u, p, is, readKeyOf(statuses, IssueCode.UNKNOWN_STATUS, 'status')));
  const cycles = readOptional(rec, 'cycles', path, issues, (u, p, is) => readEnum(u, ['first', 'perCycle', 'total'] as const, p, is));
  if (cycles !== undefined && kind !== undefined && kind !== 'resolution') {
    issues.push(issue(IssueCode.CYCLES_NOT_RESOLUTION, [...path, 'cycles'], `cycles applies to resolution clocks only, not ${kind}.`));
  }
  const policy = readOptional(rec, 'onPriorityChange', path, issues, (u, p, is) => readEnum(u, ['keepElapsed', 'restart', 'earlierOf'] as const, p, is));
  const warnings = readOptional(rec, 'warnings', path, issues, (u, p, is) => readEach(u, p, is, readWarning));
  const boundary = readOptional(rec, 'boundary', path, issues, (u, p, is) => readEnum(u, ['earliest', 'latest'] as const, p, is));
  if (issues.length > before || id === undefined || kind === undefined || targets === undefined) return undefined;
  const pauseList = pauseOn ?? [...statuses].filter(([, k]) => k === 'paused').map(([s]) => s);
  const spec: Record<string, unknown> = {
    id,
    kind,
    targets: Object.freeze(Object.fromEntries([...targets].map(([p, t]) => [p, t.target]))),
  };
  if (clockChannels !== undefined) spec['channels'] = Object.freeze(clockChannels);
  spec['pauseOn'] = Object.freeze(pauseList);
  if (kind === 'resolution') spec['cycles'] = cycles ?? 'total';
  spec['onPriorityChange'] = policy ?? 'keepElapsed';
  if (warnings !== undefined) spec['warnings'] = Object.freeze(warnings.map((w) => w.spec));
  spec['boundary'] = boundary ?? 'earliest';
  return {
    spec: Object.freeze(spec) as unknown as ClockSpec,
    compiled: {
      id,
      kind,
      targets,
      channels: clockChannels === undefined ? undefined : new Set(clockChannels),
      pauseOn: new Set(pauseList),
      cycles: cycles ?? 'total',
      policy: policy ?? 'keepElapsed',
      boundary: boundary ?? 'earliest',
      warnings: (warnings ?? []).map((w) => w.compiled),
      pauseGroup: 0, // set once every clock is read
      pausing: [],
    },
  };
};

const readWarning = (input: unknown, path: IssuePath, issues: Issue[]): { spec: WarningSpec; compiled: CompiledWarning } | undefined => {
  const rec = readRecord(input, path, issues, ['percent', 'remaining']);
  if (rec === undefined) return undefined;
  const hasPercent = rec['percent'] !== undefined;
  if (hasPercent === (rec['remaining'] !== undefined)) {
    issues.push(issue(IssueCode.INVALID_WARNING, path, 'A warning is either { percent } or { remaining }.'));
    return undefined;
  }
  if (hasPercent) {
    const percent = readFiniteNumber(rec['percent'], [...path, 'percent'], issues, { min: 0, max: 1000, code: IssueCode.INVALID_WARNING });
    return percent === undefined ? undefined : { spec: Object.freeze({ percent }), compiled: { percent } };
  }
  const remainingMs = readDurationMillis(rec['remaining'], [...path, 'remaining'], issues);
  return remainingMs === undefined ? undefined : { spec: Object.freeze({ remaining: Object.freeze({ milliseconds: remainingMs }) }), compiled: { remainingMs } };
};

const LEAF_UNITS = ['businessTime', 'elapsedTime', 'workingDayHours', 'endOfBusinessDay', 'businessDays'] as const;
const TARGET_KINDS = [...LEAF_UNITS, 'earliestOf', 'latestOf'] as const;

const readTarget = (input: unknown, path: IssuePath, issues: Issue[], ctx: TargetContext, depth: number): CompiledTarget | undefined => {
  if (depth > MAX_TARGET_DEPTH) {
    issues.push(issue(IssueCode.TARGET_TOO_DEEP, path, `Targets nest at most ${MAX_TARGET_DEPTH} levels deep.`));
    return undefined;
  }
  const rec = readRecord(input, path, issues);
  if (rec === undefined) return undefined;
  const kinds = TARGET_KINDS.filter((k) => rec[k] !== undefined);
  if (kinds.length !== 1) {
    issues.push(
      issue(
        IssueCode.INVALID_TARGET,
        path,
        kinds.length === 0
          ? `A target needs one of ${TARGET_KINDS.join(', ')}.`
          : `A target has exactly one kind, got ${kinds.join(' and ')}.`,
      ),
    );
    return undefined;
  }
  const kind = kinds[0] as (typeof TARGET_KINDS)[number];
  if (kind === 'earliestOf' || kind === 'latestOf') {
    readRecord(input, path, issues, [kind]);
    const parts = readEach(rec[kind], [...path, kind], issues, (u, p, is) => readTarget(u, p, is, ctx, depth + 1), { minLength: 1 });
    if (parts === undefined) return undefined;
    return { kind, parts, target: Object.freeze({ [kind]: Object.freeze(parts.map((x) => x.target)) }) as Target };
  }
  const takesCalendar = kind !== 'elapsedTime';
  readRecord(input, path, issues, takesCalendar ? [kind, 'calendar'] : [kind]);
  const calendar = takesCalendar ? readOptional(rec, 'calendar', path, issues, readKeyOf(ctx.calendars, IssueCode.UNKNOWN_CALENDAR, 'calendar')) : undefined;
  const amount =
    kind === 'endOfBusinessDay' || kind === 'businessDays'
      ? readFiniteNumber(rec[kind], [...path, kind], issues, { integer: true, min: 0, max: 3660, code: IssueCode.INVALID_TARGET })
      : readDurationMillis(rec[kind], [...path, kind], issues);
  if (amount === undefined || (takesCalendar && rec['calendar'] !== undefined && calendar === undefined)) return undefined;
  const calName = calendar ?? ctx.defaultCalendar;
  const base = calName === undefined ? undefined : ctx.calendars.get(calName);
  if (base === undefined || ctx.always === undefined) return undefined; // defaultCalendar is itself an issue
  let cal = base;
  if (kind === 'elapsedTime') cal = ctx.always;
  if (kind === 'workingDayHours') {
    let whole = ctx.whole.get(calName as string);
    if (whole === undefined) {
      whole = wholeWorkingDays(base);
      ctx.whole.set(calName as string, whole);
    }
    cal = whole;
  }
  const target: Record<string, unknown> = { [kind]: kind === 'endOfBusinessDay' || kind === 'businessDays' ? amount : freezeDuration(rec[kind]) };
  if (calendar !== undefined) target['calendar'] = calendar;
  return { kind: 'leaf', unit: kind, amount, cal, base, calendar: kind === 'elapsedTime' ? '24/7' : (calName as string), target: Object.freeze(target) as Target };
};

/** The duration as the user wrote it (a plain object copied and frozen; a luxon Duration as is). */
const freezeDuration = (d: unknown): unknown =>
  typeof d === 'object' && d !== null && Object.getPrototypeOf(d) === Object.prototype ? Object.freeze({ ...(d as object) }) : d;

