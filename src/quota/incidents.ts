/**
 * Incident packs: prepaid support incidents (Civiltech sells packs of 2, 4, 10 and 25) consumed
 * one per opened incident, earliest-expiring pack first.
 */
import * as E from 'fp-ts/lib/Either.js';
import { describeValue, InvalidInputError, issue, type Issue, type IssuePath } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { readArray, readRecord, readString } from '../internal/read.js';
import { readInstantMillis, type InstantInput } from '../time/instant.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * A prepaid pack of `size` incidents (a positive integer), usable for incidents opened in
 * `[validFrom, validTo)`. Unused incidents expire with the pack.
 *
 * @example
 * ```ts
 * import type { IncidentPack } from 'support-sla';
 * const pack: IncidentPack = { id: 'P-2025', size: 10, validFrom: '2025-01-01T00:00:00+02:00', validTo: '2026-01-01T00:00:00+02:00' };
 * ```
 * @category Quotas
 */
export interface IncidentPack {
  /** Unique pack id. */
  readonly id: string;
  /** Number of incidents, a positive whole number (Civiltech: 2, 4, 10 or 25). */
  readonly size: number;
  /** First instant the pack can be used. */
  readonly validFrom: InstantInput;
  /** First instant it can no longer be used (exclusive). */
  readonly validTo: InstantInput;
}

/**
 * A support incident. `mergedInto`: the id of the incident this one duplicates (it consumes
 * nothing). `reopens`: the incident this one reopens and when that was closed; within the
 * reopen window it consumes nothing, later it is a new incident.
 *
 * @example
 * ```ts
 * import type { Incident } from 'support-sla';
 * const reopened: Incident = { id: 'I-7', openedAt: '2025-03-10T10:00:00Z', reopens: { id: 'I-3', closedAt: '2025-03-08T16:00:00Z' } };
 * ```
 * @category Quotas
 */
export interface Incident {
  /** Unique incident id. */
  readonly id: string;
  /** When it was opened: selects the valid packs and the allocation order. */
  readonly openedAt: InstantInput;
  /** The incident this one duplicates: it consumes nothing. */
  readonly mergedInto?: string;
  /** The earlier incident this one reopens. */
  readonly reopens?: {
    /** Id of the reopened incident. */
    readonly id: string;
    /** When the reopened incident was closed. */
    readonly closedAt: InstantInput;
  };
}

/**
 * Options of {@link allocateIncidentsOrThrow}. `reopenWindowDays` (default 7, any non-negative number):
 * a reopen whose `openedAt` is at most this many days of 24 hours after `closedAt` consumes
 * nothing (elapsed time: the window is zone-free).
 *
 * @example
 * ```ts
 * import type { AllocateIncidentsOptions } from 'support-sla';
 * const options: AllocateIncidentsOptions = { reopenWindowDays: 14 };
 * ```
 * @category Quotas
 */
export interface AllocateIncidentsOptions {
  /** Days of 24 h after `closedAt` within which a reopen consumes nothing; default 7. */
  readonly reopenWindowDays?: number;
}

/**
 * The result of {@link allocateIncidentsOrThrow}: per incident (input order) the pack it consumed,
 * `'uncovered'` when no valid pack had room, or `null` when it consumed nothing (a merged
 * duplicate or a reopen within the window); per pack (input order) size, used and remaining.
 *
 * @example
 * ```ts
 * import type { IncidentAllocation } from 'support-sla';
 * const uncovered = (a: IncidentAllocation) => a.incidents.filter((i) => i.pack === 'uncovered');
 * ```
 * @category Quotas
 */
export interface IncidentAllocation {
  /** Per incident, in input order. */
  readonly incidents: {
    /** The incident id. */
    readonly id: string;
    /** The pack it consumed, `'uncovered'`, or `null` when it consumed nothing. */
    readonly pack: string | 'uncovered' | null;
  }[];
  /** Per pack, in input order. */
  readonly packs: {
    /** The pack id. */
    readonly id: string;
    /** Its size. */
    readonly size: number;
    /** Incidents consumed from it. */
    readonly used: number;
    /** `size - used`; unused incidents expire with the pack. */
    readonly remaining: number;
  }[];
}

/**
 * The default reopen window of {@link allocateIncidentsOrThrow}, in days (7).
 *
 * @example
 * ```ts
 * import { DEFAULT_REOPEN_WINDOW_DAYS } from 'support-sla';
 * DEFAULT_REOPEN_WINDOW_DAYS; // 7
 * ```
 * @category Quotas
 */
export const DEFAULT_REOPEN_WINDOW_DAYS = 7;

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * Allocates incidents to prepaid packs. Incidents are taken in `openedAt` order (ties: input
 * order); each consumes one incident from the valid pack (`validFrom <= openedAt < validTo`)
 * with room that expires first; with none, it is `'uncovered'`. A merged duplicate
 * (`mergedInto`) and a reopen within `reopenWindowDays` of `closedAt` consume nothing (`null`);
 * a later reopen is a new incident. Unused incidents expire with their pack.
 *
 * Bad input is returned, never thrown: every issue in a `Left` (a pack of size 0 →
 * `INVALID_PACK_SIZE` at `['packs', i, 'size']`, `validTo <= validFrom` → `INVALID_VALIDITY`,
 * duplicate ids → `DUPLICATE_ID`, a reopen opened before its close → `REOPEN_BEFORE_CLOSE`, bad
 * instants). {@link allocateIncidentsOrThrow} returns the allocation itself.
 *
 * @example
 * ```ts
 * import { allocateIncidents } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const packs = [{ id: 'P2', size: 2, validFrom: '2025-01-01T00:00:00+02:00', validTo: '2026-01-01T00:00:00+02:00' }];
 * const r = allocateIncidents(packs, [
 *   { id: 'i1', openedAt: '2025-02-03T10:00:00+02:00' },
 *   { id: 'i2', openedAt: '2025-02-03T11:00:00+02:00', mergedInto: 'i1' },
 *   { id: 'i3', openedAt: '2025-02-04T10:00:00+02:00' },
 *   { id: 'i4', openedAt: '2025-02-05T10:00:00+02:00' },
 * ]);
 * E.isRight(r) && r.right.incidents.map((i) => i.pack); // ['P2', null, 'P2', 'uncovered']
 * const bad = allocateIncidents([{ id: 'P', size: 0, validFrom: 0, validTo: 1 }], []);
 * E.isLeft(bad) && bad.left[0]?.code; // 'INVALID_PACK_SIZE'
 * ```
 * @category Quotas
 */
export const allocateIncidents = (
  packs: readonly IncidentPack[],
  incidents: readonly Incident[],
  options: AllocateIncidentsOptions = {},
): E.Either<Issue[], IncidentAllocation> => {
  const issues: Issue[] = [];
  const ps = readPacks(packs, ['packs'], issues);
  const is = readIncidents(incidents, ['incidents'], issues);
  // a misspelt key (`reopenWindowDay`) is UNKNOWN_KEY: it would otherwise change the allocation silently
  const opts = readRecord(options, ['options'], issues, ['reopenWindowDays']);
  const windowDays = opts?.['reopenWindowDays'] ?? DEFAULT_REOPEN_WINDOW_DAYS;
  if (typeof windowDays !== 'number' || !Number.isFinite(windowDays) || windowDays < 0) {
    issues.push(issue(IssueCode.INVALID_WINDOW, ['options', 'reopenWindowDays'], 'reopenWindowDays must be a non-negative finite number.'));
  }
  if (issues.length > 0 || ps === undefined || is === undefined) return E.left(issues);
  const windowMs = (windowDays as number) * 86_400_000;

  const used = ps.map(() => 0);
  // earliest expiry first; ties: earlier start, then input order
  const packOrder = ps.map((_, i) => i).sort((x, y) => {
    const a = ps[x] as ReadPack;
    const b = ps[y] as ReadPack;
    return a.toMs - b.toMs || a.fromMs - b.fromMs || x - y;
  });
  const result: { id: string; pack: string | 'uncovered' | null }[] = is.map((inc) => ({ id: inc.id, pack: null }));
  const order = is.map((_, i) => i).sort((x, y) => (is[x] as ReadIncident).openedMs - (is[y] as ReadIncident).openedMs || x - y);
  for (const i of order) {
    const inc = is[i] as ReadIncident;
    if (inc.mergedInto !== undefined) continue;
    if (inc.reopens !== undefined && inc.openedMs - inc.reopens.closedMs <= windowMs) continue;
    let chosen: string | 'uncovered' = 'uncovered';
    for (const p of packOrder) {
      const pack = ps[p] as ReadPack;
      if (pack.fromMs <= inc.openedMs && inc.openedMs < pack.toMs && (used[p] as number) < pack.size) {
        used[p] = (used[p] as number) + 1;
        chosen = pack.id;
        break;
      }
    }
    (result[i] as { pack: string | 'uncovered' | null }).pack = chosen;
  }
  return E.right({
    incidents: result,
    packs: ps.map((p, i) => ({ id: p.id, size: p.size, used: used[i] as number, remaining: p.size - (used[i] as number) })),
  });
};

/**
 * {@link allocateIncidents} for data already validated: returns the allocation itself and
 * throws an `InvalidInputError` (with `.issues`) on bad input.
 *
 * @example
 * ```ts
 * import { allocateIncidentsOrThrow } from 'support-sla';
 * const packs = [{ id: 'P4', size: 4, validFrom: '2025-01-01T00:00:00+02:00', validTo: '2026-01-01T00:00:00+02:00' }];
 * const a = allocateIncidentsOrThrow(packs, [{ id: 'i1', openedAt: '2025-02-03T10:00:00+02:00' }]);
 * a.packs[0]?.remaining; // 3
 * ```
 * @category Quotas
 */
export const allocateIncidentsOrThrow = (
  packs: readonly IncidentPack[],
  incidents: readonly Incident[],
  options: AllocateIncidentsOptions = {},
): IncidentAllocation => {
  const r = allocateIncidents(packs, incidents, options);
  if (E.isLeft(r)) throw new InvalidInputError('incident allocation', r.left);
  return r.right;
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

interface ReadPack {
  readonly id: string;
  readonly size: number;
  readonly fromMs: number;
  readonly toMs: number;
}
interface ReadIncident {
  readonly id: string;
  readonly openedMs: number;
  readonly mergedInto: string | undefined;
  readonly reopens: { readonly id: string; readonly closedMs: number } | undefined;
}

const PACK_KEYS = ['id', 'size', 'validFrom', 'validTo'];
const INCIDENT_KEYS = ['id', 'openedAt', 'mergedInto', 'reopens'];

const readId = (u: unknown, path: IssuePath, issues: Issue[], seen?: Set<string>): string | undefined => {
  if (u === undefined) {
    issues.push(issue(IssueCode.REQUIRED, path, 'An id must be a non-empty string.'));
    return undefined;
  }
  const id = readString(u, path, issues);
  if (id !== undefined && seen !== undefined) {
    if (seen.has(id)) issues.push(issue(IssueCode.DUPLICATE_ID, path, `Duplicate id ${describeValue(id)}.`));
    seen.add(id);
  }
  return id;
};

const readPacks = (u: unknown, path: IssuePath, issues: Issue[]): ReadPack[] | undefined => {
  const items = readArray(u, path, issues);
  if (items === undefined) return undefined;
  const seen = new Set<string>();
  const out: ReadPack[] = [];
  items.forEach((item: unknown, i) => {
    const pp = [...path, i];
    const p = readRecord(item, pp, issues, PACK_KEYS);
    if (p === undefined) return;
    const id = readId(p['id'], [...pp, 'id'], issues, seen);
    const size = p['size'];
    const sizeOk = typeof size === 'number' && Number.isSafeInteger(size) && size > 0;
    if (!sizeOk) issues.push(issue(IssueCode.INVALID_PACK_SIZE, [...pp, 'size'], `A pack size must be a positive whole number of incidents, got ${describeValue(size)}.`));
    const fromMs = readInstantMillis(p['validFrom'], [...pp, 'validFrom'], issues);
    const toMs = readInstantMillis(p['validTo'], [...pp, 'validTo'], issues);
    if (fromMs !== undefined && toMs !== undefined && toMs <= fromMs) {
      issues.push(issue(IssueCode.INVALID_VALIDITY, [...pp, 'validTo'], 'validTo must be after validFrom (the window is [validFrom, validTo)).'));
    }
    if (id !== undefined && sizeOk && fromMs !== undefined && toMs !== undefined) out.push({ id, size: size as number, fromMs, toMs });
  });
  return out;
};

const readIncidents = (u: unknown, path: IssuePath, issues: Issue[]): ReadIncident[] | undefined => {
  const items = readArray(u, path, issues);
  if (items === undefined) return undefined;
  const seen = new Set<string>();
  const out: ReadIncident[] = [];
  items.forEach((item: unknown, i) => {
    const ip = [...path, i];
    const x = readRecord(item, ip, issues, INCIDENT_KEYS);
    if (x === undefined) return;
    const id = readId(x['id'], [...ip, 'id'], issues, seen);
    const openedMs = readInstantMillis(x['openedAt'], [...ip, 'openedAt'], issues);
    let mergedInto: string | undefined;
    if (x['mergedInto'] !== undefined) {
      mergedInto = readId(x['mergedInto'], [...ip, 'mergedInto'], issues);
      if (mergedInto !== undefined && mergedInto === id) issues.push(issue(IssueCode.SELF_MERGE, [...ip, 'mergedInto'], 'An incident cannot be merged into itself.'));
    }
    let reopens: ReadIncident['reopens'];
    const r = x['reopens'];
    if (r !== undefined) {
      const reopened = readRecord(r, [...ip, 'reopens'], issues, ['id', 'closedAt']);
      if (reopened !== undefined) {
        const rid = readId(reopened['id'], [...ip, 'reopens', 'id'], issues);
        const closedMs = readInstantMillis(reopened['closedAt'], [...ip, 'reopens', 'closedAt'], issues);
        if (closedMs !== undefined && openedMs !== undefined && openedMs < closedMs) {
          issues.push(issue(IssueCode.REOPEN_BEFORE_CLOSE, [...ip, 'openedAt'], 'A reopen cannot be opened before the incident it reopens was closed.'));
        }
        if (rid !== undefined && closedMs !== undefined) reopens = { id: rid, closedMs };
      }
    }
    if (id !== undefined && openedMs !== undefined) out.push({ id, openedMs, mergedInto, reopens });
  });
  return out;
};
