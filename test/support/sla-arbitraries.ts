/**
 * fast-check arbitraries for SLA clocks, FOR TESTS ONLY: a random calendar (test/support/
 * arbitraries.ts, zones with DST, anchors on transitions), a plan with one clock of each kind
 * and random targets and policies, and a random minute-aligned event log around the anchor.
 */
import fc from 'fast-check';
import { makePlan, type Plan } from '../../src/index.js';
import { scenarioArb, MINUTE, type Scenario } from './arbitraries.js';
import type { RefClock, RefEvent, RefKind, RefTarget } from './sla-reference.js';

export const STATUSES = { new: 'active', open: 'active', pending: 'paused', onHold: 'paused', solved: 'solved', closed: 'solved' } as const;
export const PRIORITIES = ['p1', 'p2', 'p3'] as const;
const KINDS: readonly RefKind[] = ['firstResponse', 'nextReply', 'periodicUpdate', 'resolution'];

export interface SlaCase {
  readonly scenario: Scenario;
  readonly clocks: readonly RefClock[];
  readonly plan: Plan;
  readonly events: readonly RefEvent[];
  readonly asOf: number;
}

const targetArb = (s: Scenario): fc.Arbitrary<RefTarget> => {
  const minutes = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 30, 60) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: Math.max(1, Math.min(48 * 60, s.weeklyMinutes)) }) },
  );
  return fc.oneof(
    { weight: 3, arbitrary: minutes.map((m) => ({ businessTime: m * MINUTE })) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 * 24 * 60 }).map((m) => ({ elapsedTime: m * MINUTE })) },
  );
};

const randomTargets = (s: Scenario): fc.Arbitrary<RefClock['targets']> =>
  fc.record({ p1: targetArb(s), p2: targetArb(s), p3: fc.option(targetArb(s), { nil: undefined, freq: 3 }) });

/**
 * p1 short (at most 90 business minutes: often breached by a solve), p2 long (one to four days
 * of business time: rarely), p3 often without a target: a change made while solved then often
 * turns a breached completion into a clock that, as it stands, is not.
 */
const shortAndLongTargets: fc.Arbitrary<RefClock['targets']> = fc.record({
  p1: fc.integer({ min: 0, max: 90 }).map((m) => ({ businessTime: m * MINUTE })),
  p2: fc.integer({ min: 24 * 60, max: 4 * 24 * 60 }).map((m) => ({ businessTime: m * MINUTE })),
  p3: fc.option(fc.integer({ min: 0, max: 4 * 24 * 60 }).map((m) => ({ businessTime: m * MINUTE })), { nil: undefined, freq: 2 }),
});

const clockArb = (s: Scenario, kind: RefKind, targets: fc.Arbitrary<RefClock['targets']> = randomTargets(s)): fc.Arbitrary<RefClock> =>
  fc.record({
    kind: fc.constant(kind),
    targets,
    pauseOn: fc.oneof({ weight: 4, arbitrary: fc.constant(['pending', 'onHold']) }, { weight: 1, arbitrary: fc.subarray(['new', 'open', 'pending', 'onHold']) }),
    cycles: fc.constantFrom('first', 'perCycle', 'total'),
    policy: fc.constantFrom('keepElapsed', 'restart', 'earlierOf'),
  }) as fc.Arbitrary<RefClock>;

/** How a log is drawn: its length, and the weights of messages, status changes and priority changes. */
interface LogShape {
  readonly maxEvents: number;
  readonly weights: { readonly message: number; readonly status: number; readonly priority: number };
  /** The statuses drawn, in proportion (a name repeated is drawn more often). */
  readonly statuses: readonly string[];
  /** The resolution clock counts `'total'` (every reopen continues its one cycle), with short and long targets. */
  readonly totalResolution: boolean;
}

const eventArb = (created: number, spanMinutes: number, shape: LogShape): fc.Arbitrary<RefEvent> => {
  const at = fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 0, max: spanMinutes }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 60) },
  ).map((m) => created + m * MINUTE);
  return fc.oneof(
    { weight: shape.weights.message, arbitrary: fc.record({ type: fc.constant('message' as const), at, author: fc.constantFrom('customer' as const, 'agent' as const), isPublic: fc.boolean() }) },
    { weight: shape.weights.status, arbitrary: fc.record({ type: fc.constant('status' as const), at, status: fc.constantFrom(...shape.statuses) }) },
    { weight: shape.weights.priority, arbitrary: fc.record({ type: fc.constant('priority' as const), at, priority: fc.constantFrom(...PRIORITIES) }) },
  );
};

const caseArb = (shape: LogShape): fc.Arbitrary<SlaCase> => scenarioArb.chain((scenario) => {
  const createdArb = fc.integer({ min: -36 * 60, max: 12 * 60 }).map((m) => scenario.anchor + m * MINUTE);
  return fc
    .record({
      clocks: fc
        .tuple(...KINDS.map((k) => (shape.totalResolution && k === 'resolution' ? clockArb(scenario, k, shortAndLongTargets) : clockArb(scenario, k))))
        .map((cs) => (shape.totalResolution ? cs.map((c) => (c.kind === 'resolution' ? { ...c, cycles: 'total' as const } : c)) : cs)),
      created: createdArb,
      priority: fc.constantFrom(...PRIORITIES),
      by: fc.constantFrom('customer' as const, 'customer' as const, 'agent' as const),
      asOfMinutes: fc.integer({ min: 0, max: 4 * 24 * 60 }),
    })
    .chain((r) =>
      fc.array(eventArb(r.created, 3 * 24 * 60, shape), { maxLength: shape.maxEvents }).map((events) => {
        const plan = makePlan({
          id: 'generated',
          calendars: { office: scenario.spec, always: { alwaysOpen: scenario.spec.timeZone } },
          defaultCalendar: 'office',
          priorities: PRIORITIES.map((id) => ({ id })),
          statuses: STATUSES,
          clocks: r.clocks.map((c, i) => ({
            id: `c${i}`,
            kind: c.kind,
            targets: Object.fromEntries(
              Object.entries(c.targets)
                .filter(([, t]) => t !== undefined)
                .map(([p, t]) => [p, 'businessTime' in (t as RefTarget) ? { businessTime: { milliseconds: (t as { businessTime: number }).businessTime } } : { elapsedTime: { milliseconds: (t as { elapsedTime: number }).elapsedTime } }]),
            ),
            pauseOn: c.pauseOn,
            ...(c.kind === 'resolution' ? { cycles: c.cycles } : {}),
            onPriorityChange: c.policy,
          })),
        });
        const all: RefEvent[] = [{ type: 'created', at: r.created, priority: r.priority, by: r.by }, ...events];
        return { scenario, clocks: r.clocks, plan, events: all, asOf: r.created + r.asOfMinutes * MINUTE };
      }),
    );
});

/** A random case: calendar, four clocks, a log of up to 14 events within 3 days, and asOf. */
export const slaCaseArb: fc.Arbitrary<SlaCase> = caseArb({
  maxEvents: 14,
  weights: { message: 4, status: 4, priority: 2 },
  statuses: Object.keys(STATUSES),
  totalResolution: false,
});

/**
 * A case for the resolution clock's earlier completions: `'total'` resolution, up to 30 events,
 * mostly solves, reopens and priority changes (p3 is often without a target), so that a reopen
 * often follows a change made while solved.
 */
export const reopenCaseArb: fc.Arbitrary<SlaCase> = caseArb({
  maxEvents: 30,
  weights: { message: 1, status: 5, priority: 4 },
  statuses: ['solved', 'solved', 'open', 'open', 'pending', 'closed'],
  totalResolution: true,
});

/** The events as a TicketInput (epoch ms). */
export const ticketOf = (events: readonly RefEvent[]) => ({
  events: events.map((e) =>
    e.type === 'message' ? { type: 'message', at: e.at, author: e.author, visibility: e.isPublic ? 'public' : 'internal' } : e,
  ),
});
