/**
 * Compliance reports, the data (API.md rule 8): how many clocks met and breached their targets among the
 * clocks that started in a window, grouped by clock, priority and channel, with the distribution
 * of the elapsed business time of completed clocks. Reports merge (associative, commutative), so
 * a report can be computed in pieces: per batch of a stream, per worker, per partition of a
 * distributed engine.
 */
import * as E from 'fp-ts/lib/Either.js';
import { issue, InvalidInputError, type Issue } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { finish, readArray, readEnum, readFiniteNumber, readOptional, readRecord, readRequired } from '../internal/read.js';
import { readInstantMillis, type InstantInput } from '../time/instant.js';
import type { CycleFigures, TicketSlaMillis } from '../clocks/types.js';
import {
  EMPTY_DURATION_SKETCH,
  mergeDurationSketches,
  sketchMedianMs,
  sketchP90Ms,
  SketchAccumulator,
  type DurationSketch,
} from './sketch.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** What a report's rows can be grouped by. */
export type ComplianceGroupKey = 'clock' | 'priority' | 'channel';

/** Options of {@link complianceReport}. */
export interface ComplianceReportOptions {
  /** A clock (each cycle) belongs to the report when it started in `[from, to)`. */
  readonly from: InstantInput;
  /** The end of the window (exclusive). */
  readonly to: InstantInput;
  /** The instant every ticket is evaluated as of (at or after `from`). */
  readonly asOf: InstantInput;
  /** Group rows by any of clock, priority and channel, in this order (default `['clock']`; `[]`: the total only). */
  readonly by?: readonly ComplianceGroupKey[];
  /**
   * At most this many tickets are listed in `rejected` (the first ones in the report's order:
   * by id, then by issues); `tickets.rejected` always counts all. Default: no limit.
   */
  readonly maxRejected?: number;
}

/** The distribution of the elapsed business time (pauses excluded) of completed clocks. */
export interface ElapsedSummary {
  /** Completed clocks (and cycles) summarised: the met ones and those completed late. */
  readonly count: number;
  /** Median (nearest rank), ms, within 1/256 relative error; `null` when `count` is 0. */
  readonly medianMs: number | null;
  /** 90th percentile (nearest rank), ms, within 1/256 relative error; `null` when `count` is 0. */
  readonly p90Ms: number | null;
  /** Maximum, ms, exact; `null` when `count` is 0. */
  readonly maxMs: number | null;
  /** The mergeable summary the figures are read from (see {@link DurationSketch}). */
  readonly sketch: DurationSketch;
}

/**
 * One row of a report: the clocks (each cycle of a multi-cycle clock) of one group. A key the
 * report is not grouped by is absent; so is `channel` for tickets that named none.
 */
export interface ComplianceRow {
  /** The clock id (when grouped by clock). */
  readonly clock?: string;
  /** The clock's priority as of `asOf` (when grouped by priority). */
  readonly priority?: string;
  /** The ticket's channel (when grouped by channel and the ticket named one). */
  readonly channel?: string;
  /** Completed at or before `dueAt`. */
  readonly met: number;
  /** Completed after `dueAt`, or still open past it at `asOf`. */
  readonly breached: number;
  /** `met + breached`: the denominator of `percentMet`. */
  readonly counted: number;
  /** Running or paused and not yet past due at `asOf` (not counted). */
  readonly pending: number;
  /** Cancelled (not counted). */
  readonly cancelled: number;
  /** `met / counted × 100`; `null` when `counted` is 0. */
  readonly percentMet: number | null;
  /** Elapsed business time of the completed clocks of the row. */
  readonly elapsed: ElapsedSummary;
}

/** A ticket that could not be evaluated, with every issue. */
export interface RejectedTicket {
  /** The ticket's `id`, when it had a readable string one. */
  readonly id?: string;
  /** Every issue its evaluation found. */
  readonly issues: readonly Issue[];
}

/**
 * A compliance report: plain JSON data (it survives `JSON.stringify`, `structuredClone` and
 * `postMessage`), mergeable with {@link mergeComplianceReports}.
 */
export interface ComplianceReport {
  /** The plan's id. */
  readonly planId: string;
  /** The start of the window `[fromMs, toMs)`, epoch ms. */
  readonly fromMs: number;
  /** The end of the window (exclusive), epoch ms. */
  readonly toMs: number;
  /** The instant the tickets were evaluated as of, epoch ms. */
  readonly asOfMs: number;
  /** The grouping of `rows`. */
  readonly by: readonly ComplianceGroupKey[];
  /** One row per group that has at least one clock in the window, ordered by its keys (code-point order, absent first). */
  readonly rows: readonly ComplianceRow[];
  /** Every clock of the window (no keys). */
  readonly total: ComplianceRow;
  /** Ticket counts. */
  readonly tickets: {
    /** Tickets read from the iterable. */
    readonly read: number;
    /** Created after `asOf` (they do not exist yet then) or at or after `to` (no clock of theirs starts in the window): not counted. */
    readonly skipped: number;
    /** Could not be evaluated (listed in `rejected`, up to `maxRejected`). */
    readonly rejected: number;
    /** Created in the window and not entitled to clocks (rule 7). */
    readonly notEntitled: number;
  };
  /** Tickets that could not be evaluated, ordered by id (absent first), then by issues. */
  readonly rejected: readonly RejectedTicket[];
  /** The `maxRejected` option (`null`: no limit). */
  readonly maxRejected: number | null;
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/**
 * Merges two reports of the same plan, window, `asOf`, grouping and `maxRejected` (computed
 * over disjoint sets of tickets): counts add, elapsed sketches merge, rejected lists interleave.
 * Associative and commutative, and the report of all tickets equals the merge of the reports of
 * any split of them. Merging reports computed with different options is a programmer error: it
 * throws `InvalidInputError`.
 *
 * @example
 * ```ts
 * import { complianceReport, mergeComplianceReports, makePlan } from 'support-sla';
 * const plan = makePlan({
 *   id: 'basic', calendars: { office: { alwaysOpen: 'UTC' } }, defaultCalendar: 'office',
 *   priorities: [{ id: 'normal' }], defaultPriority: 'normal',
 *   clocks: [{ id: 'firstResponse', kind: 'firstResponse', targets: { normal: { elapsedTime: { hours: 4 } } } }],
 * });
 * const options = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z', asOf: '2026-04-01T00:00:00Z' };
 * const t = (id: string, day: number) => ({ id, events: [{ type: 'created' as const, at: Date.UTC(2026, 2, day, 9) }] });
 * const a = complianceReport(plan, [t('A', 2)], options);
 * const b = complianceReport(plan, [t('B', 3)], options);
 * if (a._tag === 'Right' && b._tag === 'Right') console.log(mergeComplianceReports(a.right, b.right).total.breached); // 2
 * ```
 */
export const mergeComplianceReports = (a: ComplianceReport, b: ComplianceReport): ComplianceReport => {
  assertMergeable(a, b);
  const rows: ComplianceRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.rows.length || j < b.rows.length) {
    const p = a.rows[i];
    const q = b.rows[j];
    const c = p === undefined ? 1 : q === undefined ? -1 : compareRowKeys(p, q, a.by);
    if (c < 0) {
      rows.push(p!);
      i++;
    } else if (c > 0) {
      rows.push(q!);
      j++;
    } else {
      rows.push(mergeRows(p!, q!));
      i++;
      j++;
    }
  }
  const rejected = mergeSorted(a.rejected, b.rejected, compareRejected);
  return {
    planId: a.planId,
    fromMs: a.fromMs,
    toMs: a.toMs,
    asOfMs: a.asOfMs,
    by: a.by,
    rows,
    total: mergeRows(a.total, b.total),
    tickets: {
      read: a.tickets.read + b.tickets.read,
      skipped: a.tickets.skipped + b.tickets.skipped,
      rejected: a.tickets.rejected + b.tickets.rejected,
      notEntitled: a.tickets.notEntitled + b.tickets.notEntitled,
    },
    rejected: a.maxRejected === null ? rejected : rejected.slice(0, a.maxRejected),
    maxRejected: a.maxRejected,
  };
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/** The options of a report, read. @internal */
export interface ReportSettings {
  readonly planId: string;
  readonly fromMs: number;
  readonly toMs: number;
  readonly asOfMs: number;
  readonly by: readonly ComplianceGroupKey[];
  readonly maxRejected: number | null;
}

const GROUP_KEYS: readonly ComplianceGroupKey[] = ['clock', 'priority', 'channel'];
const OPTION_KEYS = ['from', 'to', 'asOf', 'by', 'maxRejected'];

/** Reads and checks the options of a report (and that `tickets` is iterable). @internal */
export const readReportOptions = (planId: string, tickets: unknown, options: unknown): E.Either<Issue[], ReportSettings> => {
  const issues: Issue[] = [];
  let iterable = false;
  try {
    iterable = tickets !== null && tickets !== undefined && typeof (tickets as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  } catch {
    iterable = false;
  }
  if (!iterable) issues.push(issue(IssueCode.NOT_ITERABLE, ['tickets'], 'The tickets must be an iterable (an array or a generator).'));
  const rec = readRecord(options, [], issues, OPTION_KEYS);
  if (rec === undefined) return E.left(issues);
  const fromMs = readRequired(rec, 'from', [], issues, readInstantMillis);
  const toMs = readRequired(rec, 'to', [], issues, readInstantMillis);
  const asOfMs = readRequired(rec, 'asOf', [], issues, readInstantMillis);
  const by = readOptional(rec, 'by', [], issues, readGroupKeys) ?? ['clock'];
  const maxRejected = readOptional(rec, 'maxRejected', [], issues, (u, p, is) => readFiniteNumber(u, p, is, { integer: true, min: 0 }));
  if (fromMs !== undefined && toMs !== undefined && toMs <= fromMs) {
    issues.push(issue(IssueCode.EMPTY_REPORT_WINDOW, ['to'], `The window [from, to) is empty: 'to' must be after 'from'.`));
  }
  if (fromMs !== undefined && asOfMs !== undefined && asOfMs < fromMs) {
    issues.push(issue(IssueCode.AS_OF_BEFORE_WINDOW, ['asOf'], `'asOf' is before 'from': no clock of the window has started by then.`));
  }
  return finish(issues, () => ({
    planId,
    fromMs: fromMs as number,
    toMs: toMs as number,
    asOfMs: asOfMs as number,
    by,
    maxRejected: maxRejected ?? null,
  }));
};

const readGroupKeys = (input: unknown, path: (string | number)[], issues: Issue[]): ComplianceGroupKey[] | undefined => {
  const arr = readArray(input, path, issues, { maxLength: GROUP_KEYS.length * 2 });
  if (arr === undefined) return undefined;
  const before = issues.length;
  const out: ComplianceGroupKey[] = [];
  arr.forEach((u, i) => {
    const key = readEnum(u, GROUP_KEYS, [...path, i], issues);
    if (key === undefined) return;
    if (out.includes(key)) issues.push(issue(IssueCode.DUPLICATE_GROUP_KEY, [...path, i], `'${key}' is listed twice.`));
    else out.push(key);
  });
  return issues.length === before ? out : undefined;
};

type Outcome = 'met' | 'breached' | 'pending' | 'cancelled';

/** Rule 8: what a clock (or cycle) counts as at `asOf`. @internal */
export const outcomeOf = (c: CycleFigures<number, number>): Outcome => {
  if (c.state === 'cancelled') return 'cancelled';
  if (c.breached) return 'breached';
  return c.state === 'completed' ? 'met' : 'pending';
};

class RowAccumulator {
  met = 0;
  breached = 0;
  pending = 0;
  cancelled = 0;
  readonly elapsed = new SketchAccumulator();
  constructor(
    readonly clock: string | undefined,
    readonly priority: string | undefined,
    readonly channel: string | undefined,
  ) {}

  add(c: CycleFigures<number, number>): void {
    switch (outcomeOf(c)) {
      case 'met':
        this.met++;
        break;
      case 'breached':
        this.breached++;
        break;
      case 'pending':
        this.pending++;
        break;
      case 'cancelled':
        this.cancelled++;
        return;
    }
    if (c.state === 'completed') this.elapsed.add(c.elapsed);
  }

  toRow(): ComplianceRow {
    return makeRow(
      { clock: this.clock, priority: this.priority, channel: this.channel },
      this.met,
      this.breached,
      this.pending,
      this.cancelled,
      this.elapsed.toSketch(),
    );
  }
}

/** Accumulates evaluated tickets into a report (one pass, memory bounded by the groups). @internal */
export class ComplianceAccumulator {
  read = 0;
  skipped = 0;
  rejectedCount = 0;
  notEntitled = 0;
  private readonly rows = new Map<string, RowAccumulator>();
  private readonly total = new RowAccumulator(undefined, undefined, undefined);
  private readonly rejected: RejectedTicket[] = [];
  private readonly byClock: boolean;
  private readonly byPriority: boolean;
  private readonly byChannel: boolean;

  constructor(readonly settings: ReportSettings) {
    this.byClock = settings.by.includes('clock');
    this.byPriority = settings.by.includes('priority');
    this.byChannel = settings.by.includes('channel');
  }

  addTicket(sla: TicketSlaMillis): void {
    const { fromMs, toMs } = this.settings;
    if (!sla.entitlement.entitled) {
      if (sla.createdAt >= fromMs && sla.createdAt < toMs) this.notEntitled++;
      return;
    }
    const grouped = this.settings.by.length > 0;
    for (const clock of sla.clocks) {
      let row: RowAccumulator | undefined;
      for (const cycle of clock.cycles) {
        if (cycle.startedAt < fromMs || cycle.startedAt >= toMs) continue;
        if (grouped && row === undefined) row = this.rowFor(clock.clock, clock.priority, sla.channel);
        row?.add(cycle);
        this.total.add(cycle);
      }
    }
  }

  reject(id: string | undefined, issues: readonly Issue[]): void {
    this.rejectedCount++;
    this.rejected.push(id === undefined ? { issues } : { id, issues });
    // keep memory bounded when a limit is set: sort and cut now and then
    const max = this.settings.maxRejected;
    if (max !== null && this.rejected.length > 2 * max + 64) this.cutRejected(max);
  }

  toReport(): ComplianceReport {
    const s = this.settings;
    const rows = [...this.rows.values()].map((r) => r.toRow()).sort((p, q) => compareRowKeys(p, q, s.by));
    this.rejected.sort(compareRejected);
    const rejected = s.maxRejected === null ? this.rejected : this.rejected.slice(0, s.maxRejected);
    return {
      planId: s.planId,
      fromMs: s.fromMs,
      toMs: s.toMs,
      asOfMs: s.asOfMs,
      by: [...s.by],
      rows,
      total: this.total.toRow(),
      tickets: { read: this.read, skipped: this.skipped, rejected: this.rejectedCount, notEntitled: this.notEntitled },
      rejected: [...rejected],
      maxRejected: s.maxRejected,
    };
  }

  private cutRejected(max: number): void {
    this.rejected.sort(compareRejected);
    this.rejected.length = max;
  }

  private rowFor(clock: string, priority: string, channel: string | undefined): RowAccumulator {
    const c = this.byClock ? clock : undefined;
    const p = this.byPriority ? priority : undefined;
    const ch = this.byChannel ? channel : undefined;
    const key = `${c ?? ''}\u0000${p ?? ''}\u0000${ch === undefined ? '\u0001' : ch}`;
    let row = this.rows.get(key);
    if (row === undefined) {
      row = new RowAccumulator(c, p, ch);
      this.rows.set(key, row);
    }
    return row;
  }
}

/** One row, built the same way by a report and by a merge (so that they compare equal). */
const makeRow = (
  keys: { clock: string | undefined; priority: string | undefined; channel: string | undefined },
  met: number,
  breached: number,
  pending: number,
  cancelled: number,
  sketch: DurationSketch,
): ComplianceRow => {
  const counted = met + breached;
  return {
    ...(keys.clock === undefined ? {} : { clock: keys.clock }),
    ...(keys.priority === undefined ? {} : { priority: keys.priority }),
    ...(keys.channel === undefined ? {} : { channel: keys.channel }),
    met,
    breached,
    counted,
    pending,
    cancelled,
    percentMet: counted === 0 ? null : (met / counted) * 100,
    elapsed: {
      count: sketch.count,
      medianMs: sketchMedianMs(sketch),
      p90Ms: sketchP90Ms(sketch),
      maxMs: sketch.maxMs,
      sketch: sketch.count === 0 ? EMPTY_DURATION_SKETCH : sketch,
    },
  };
};

const mergeRows = (p: ComplianceRow, q: ComplianceRow): ComplianceRow =>
  makeRow(
    { clock: p.clock, priority: p.priority, channel: p.channel },
    p.met + q.met,
    p.breached + q.breached,
    p.pending + q.pending,
    p.cancelled + q.cancelled,
    mergeDurationSketches(p.elapsed.sketch, q.elapsed.sketch),
  );

const compareKey = (x: string | undefined, y: string | undefined): number => {
  if (x === y) return 0;
  if (x === undefined) return -1;
  if (y === undefined) return 1;
  return x < y ? -1 : 1;
};

const compareRowKeys = (p: ComplianceRow, q: ComplianceRow, by: readonly ComplianceGroupKey[]): number => {
  for (const key of by) {
    const c = compareKey(p[key], q[key]);
    if (c !== 0) return c;
  }
  return 0;
};

const compareRejected = (p: RejectedTicket, q: RejectedTicket): number => {
  const c = compareKey(p.id, q.id);
  if (c !== 0) return c;
  const x = JSON.stringify(p.issues);
  const y = JSON.stringify(q.issues);
  return x === y ? 0 : x < y ? -1 : 1;
};

const mergeSorted = <T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] => {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (compare(a[i] as T, b[j] as T) <= 0) out.push(a[i++] as T);
    else out.push(b[j++] as T);
  }
  while (i < a.length) out.push(a[i++] as T);
  while (j < b.length) out.push(b[j++] as T);
  return out;
};

const sameKeys = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((k, i) => k === y[i]);

const assertMergeable = (a: ComplianceReport, b: ComplianceReport): void => {
  const issues: Issue[] = [];
  const check = (field: keyof ComplianceReport, same: boolean): void => {
    if (!same) issues.push(issue(IssueCode.REPORTS_NOT_MERGEABLE, [field], `The reports differ in '${field}': only reports computed with the same plan and options merge.`));
  };
  check('planId', a.planId === b.planId);
  check('fromMs', a.fromMs === b.fromMs);
  check('toMs', a.toMs === b.toMs);
  check('asOfMs', a.asOfMs === b.asOfMs);
  check('by', sameKeys(a.by, b.by));
  check('maxRejected', a.maxRejected === b.maxRejected);
  if (issues.length > 0) throw new InvalidInputError('compliance reports to merge', issues);
};

/** The ticket's `id` when it is a readable string. */
/** @internal */
export const idOf = (ticket: unknown): string | undefined => {
  try {
    const id = (ticket as { id?: unknown } | null | undefined)?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
};
