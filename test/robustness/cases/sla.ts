/**
 * Timed cases for the SLA layer at the edges (issue 10): 10,000-event logs, 10,000-ticket reports
 * with some tickets invalid, priorities and statuses that do not exist, durations of 1e308,
 * instants in 9999. Every call returns its `Either` (never throws on data) within its budget.
 */
import * as E from 'fp-ts/lib/Either.js';
import { auditTicket, complianceReport, evaluateTicket, evaluateTicketMillis, makePlan, parsePlan, type Plan, type TicketInput } from '../../../src/index.js';
import type { BudgetCase } from '../budget.js';

export type SlaCase = BudgetCase<Plan> & { readonly want: string; readonly budgetMs?: number };

/** Per call: an evaluation costs microseconds to milliseconds, plus the first build of the years of each of its calendars (hundreds of ms cold on a loaded machine). */
export const DEFAULT_BUDGET_MS = 2_000;
/** A 10,000-ticket report or a 10,000-event log: linear work, seconds on a loaded machine (the budget catches a hang). */
export const BULK_BUDGET_MS = 30_000;

const H = 3_600_000;
const HOURS = ['09:00-17:00'];

/** A plan with every kind of clock and target (JSON data). */
export const PLAN_SPEC = {
  id: 'edges',
  calendars: {
    office: { timeZone: 'Europe/Athens', week: { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS }, holidays: [{ country: 'GR' }] },
    always: { alwaysOpen: 'Europe/Athens' },
  },
  defaultCalendar: 'office',
  priorities: [{ id: 'p1', name: 'Urgent' }, { id: 'p2' }],
  defaultPriority: 'p2',
  priorityMatrix: { impact: ['high', 'low'], urgency: ['high', 'low'], priority: [['p1', 'p1'], ['p1', 'p2']] },
  statuses: { open: 'active', waiting: 'paused', done: 'solved' },
  channels: { email: {}, phone: { calendar: 'office', priorities: ['p2'] } },
  clocks: [
    { id: 'response', kind: 'firstResponse', targets: { p1: { elapsedTime: { hours: 1 } }, p2: { businessTime: { hours: 8 } } } },
    { id: 'reply', kind: 'nextReply', targets: { p1: { businessTime: { hours: 2 } }, p2: { workingDayHours: { hours: 24 } } } },
    { id: 'update', kind: 'periodicUpdate', targets: { p1: { businessTime: { hours: 4 } } } },
    {
      id: 'resolution',
      kind: 'resolution',
      targets: { p1: { earliestOf: [{ endOfBusinessDay: 0 }, { elapsedTime: { hours: 4 } }] }, p2: { businessDays: 5 } },
      pauseOn: ['waiting'],
      cycles: 'perCycle',
      onPriorityChange: 'earlierOf',
      warnings: [{ percent: 75 }, { remaining: { minutes: 30 } }],
    },
  ],
};

const plan = (): Plan => makePlan(PLAN_SPEC);
const at = (ms: number): string => new Date(ms).toISOString();
const T0 = Date.UTC(2025, 5, 2, 7); // Monday 10:00 in Athens

/** A realistic ticket of `n` events: customer and agent messages, pauses, priority changes, solves and reopens. */
export const longTicket = (n: number, start = T0, id = 'long'): TicketInput => {
  const events: TicketInput['events'][number][] = [{ type: 'created', at: at(start), channel: 'email', priority: 'p1', by: 'customer' }];
  for (let i = 1; i < n; i++) {
    const t = at(start + i * 7 * 60_000);
    switch (i % 6) {
      case 0: events.push({ type: 'message', at: t, author: 'customer' }); break;
      case 1: events.push({ type: 'message', at: t, author: 'agent' }); break;
      case 2: events.push({ type: 'status', at: t, status: 'waiting' }); break;
      case 3: events.push({ type: 'status', at: t, status: 'open' }); break;
      case 4: events.push({ type: 'priority', at: t, priority: i % 12 === 4 ? 'p2' : 'p1' }); break;
      default: events.push({ type: 'message', at: t, author: 'agent', visibility: 'internal' });
    }
  }
  return { id, events };
};

const tickets = (count: number, invalidEvery: number): TicketInput[] =>
  Array.from({ length: count }, (_, k) => {
    const start = T0 + k * 37 * 60_000;
    if (k % invalidEvery === invalidEvery - 1) {
      return { id: `bad${k}`, events: [{ type: 'created', at: at(start), channel: 'email' }, { type: 'status', at: at(start + H), status: 'nonexistent' }] };
    }
    return {
      id: `t${k}`,
      events: [
        { type: 'created', at: at(start), channel: 'email', priority: k % 3 === 0 ? 'p1' : 'p2' },
        { type: 'message', at: at(start + ((k * 13) % 600) * 60_000), author: 'agent' },
        ...(k % 4 === 0 ? [{ type: 'status' as const, at: at(start + 20 * H), status: 'done' }] : []),
      ],
    };
  });

const summary = (r: E.Either<{ code: string; path: (string | number)[] }[], unknown>): string =>
  E.isLeft(r) ? `Left(${[...new Set(r.left.map((i) => `${i.code}@${i.path.join('.')}`))].slice(0, 6).join(',')})` : 'Right';

const codesOf = (r: E.Either<{ code: string }[], unknown>): string => (E.isLeft(r) ? r.left.map((i) => i.code).join(',') : 'Right');

const c = (want: string, run: (p: Plan) => unknown, budgetMs?: number): SlaCase => ({
  setup: () => {
    const p = plan();
    // warm: the calendars' first years are built by an ordinary evaluation
    evaluateTicketMillis(p, longTicket(10), T0 + 48 * H);
    return p;
  },
  want,
  run,
  ...(budgetMs === undefined ? {} : { budgetMs }),
});

/** 10,000 tickets, every 100th hostile in its own way: a throwing getter, a revoked proxy, a cycle, an instant of 1e20, an unknown priority. */
const hostileTickets = (count: number): unknown[] =>
  tickets(count, count + 1).map((t, k) => {
    if (k % 100 !== 99) return t;
    switch ((k / 100) % 5 | 0) {
      case 0:
        return Object.defineProperty({ id: `g${k}` }, 'events', { enumerable: true, get: () => { throw new Error('getter'); } });
      case 1: {
        const { proxy, revoke } = Proxy.revocable({ ...t }, {});
        revoke();
        return proxy;
      }
      case 2: {
        const cyclic: Record<string, unknown> = { ...t };
        cyclic['self'] = cyclic;
        (cyclic['events'] as unknown[]).push(cyclic);
        return cyclic;
      }
      case 3:
        return { ...t, events: [...t.events, { type: 'message', at: 1e20, author: 'agent' }] };
      default:
        return { ...t, events: [{ ...t.events[0], priority: 'p0' }, ...t.events.slice(1)] };
    }
  });

const ZERO_PLAN = { ...PLAN_SPEC, clocks: [{ id: 'r', kind: 'resolution', targets: { p1: { businessTime: { hours: 1e308 } }, p2: { elapsedTime: { milliseconds: 1e308 } } } }] };

export const cases: Record<string, SlaCase> = {
  'evaluateTicket: a 10,000-event log': c('Right', (p) => summary(evaluateTicket(p, longTicket(10_000), at(T0 + 10_000 * 7 * 60_000 + H))), BULK_BUDGET_MS),
  'evaluateTicketMillis: a 10,000-event log, asOf in the middle': c('Right', (p) => summary(evaluateTicketMillis(p, longTicket(10_000), T0 + 5_000 * 7 * 60_000)), BULK_BUDGET_MS),
  'complianceReport: 10,000 tickets, every 50th invalid': c(
    'Right 200 rejected',
    (p) => {
      const r = complianceReport(p, tickets(10_000, 50), { from: at(T0 - 24 * H), to: at(T0 + 400 * 24 * H), asOf: at(T0 + 400 * 24 * H) });
      return E.isLeft(r) ? summary(r) : `Right ${r.right.rejected.length} rejected`;
    },
    BULK_BUDGET_MS,
  ),
  'evaluateTicket: an unknown priority and status in events': c('Left(UNKNOWN_PRIORITY@events.1.priority,UNKNOWN_STATUS@events.2.status)', (p) =>
    summary(
      evaluateTicket(
        p,
        { events: [{ type: 'created', at: at(T0), channel: 'email' }, { type: 'priority', at: at(T0 + H), priority: 'p9' }, { type: 'status', at: at(T0 + 2 * H), status: 'frozen' }] },
        at(T0 + 3 * H),
      ),
    ),
  ),
  'parsePlan: targets of { hours: 1e308 } and { milliseconds: 1e308 }': c('Left', (_) => (E.isLeft(parsePlan(ZERO_PLAN)) ? 'Left' : 'Right')),
  'evaluateTicket: created and asOf in 9999': c('Right', (p) =>
    summary(evaluateTicket(p, { events: [{ type: 'created', at: '9999-06-01T10:00:00+03:00', priority: 'p1', channel: 'email' }, { type: 'message', at: '9999-06-01T12:00:00+03:00', author: 'agent' }] }, '9999-06-02T10:00:00+03:00')),
  ),
  'evaluateTicket: created in 9999-12-31 late, asOf at the last supported instant': c('Left(CLOCK_BEYOND_HORIZON@)', (p) =>
    summary(evaluateTicket(p, { events: [{ type: 'created', at: '9999-12-31T20:00:00Z', priority: 'p2', channel: 'email' }] }, '9999-12-31T23:59:59.999Z')),
  ),
  'evaluateTicket: created in 2025, asOf 9999-12-31 (the sentinel)': c('Left(CLOCK_BEYOND_HORIZON@)', (p) =>
    summary(evaluateTicket(p, { events: [{ type: 'created', at: at(T0), priority: 'p2', channel: 'email' }] }, '9999-12-31T00:00:00Z')),
  ),
  'evaluateTicket: created 2025, asOf 19 years later': c('Right', (p) =>
    summary(evaluateTicket(p, { events: [{ type: 'created', at: at(T0), priority: 'p2', channel: 'email' }] }, at(T0 + 19 * 365 * 24 * H))),
  BULK_BUDGET_MS),
  'complianceReport: 10,000 tickets, every 100th hostile (getter, revoked proxy, cycle, 1e20, unknown priority)': c(
    'Right 100 rejected',
    (p) => {
      const r = complianceReport(p, hostileTickets(10_000) as never, { from: at(T0 - 24 * H), to: at(T0 + 400 * 24 * H), asOf: at(T0 + 400 * 24 * H) });
      return E.isLeft(r) ? summary(r) : `Right ${r.right.rejected.length} rejected`;
    },
    BULK_BUDGET_MS,
  ),
  'complianceReport: 1,000 tickets over a window ending 9999-12-31 (the sentinel)': c(
    'Right',
    (p) => summary(complianceReport(p, tickets(1_000, 50), { from: at(T0 - 24 * H), to: '9999-12-31T00:00:00Z', asOf: '9999-12-31T00:00:00Z' })),
    BULK_BUDGET_MS,
  ),
  'evaluateTicket: 10,000 events at one instant': c('Right', (p) => {
    const t = longTicket(10_000);
    const same = { id: t.id, events: t.events.map((e) => ({ ...e, at: at(T0) })) };
    return summary(evaluateTicket(p, same, at(T0 + H)));
  }, BULK_BUDGET_MS),
  'auditTicket: a 10,000-event log, claims on every clock': c('Right', (p) =>
    summary(auditTicket(p, longTicket(10_000), [{ clock: 'response', dueAt: null }, { clock: 'resolution', breached: true }, { clock: 'reply' }, { clock: 'update' }], at(T0 + 10_000 * 7 * 60_000 + H))),
  BULK_BUDGET_MS),
  'auditTicket: a claim in 9999 and a tolerance of { hours: 1e308 }': c('Left(DURATION_OUT_OF_RANGE@options.tolerance)', (p) =>
    summary(auditTicket(p, longTicket(5), [{ clock: 'response', dueAt: '9999-12-31T00:00:00Z' }], at(T0 + 48 * H), { tolerance: { hours: 1e308 } })),
  ),
  'evaluateTicket (strict channels): a status and a channel that do not exist, a priority of 1e308, all reported': c(
    // the worker reports at most 80 characters: the codes, in order (the paths are events.0.channel, events.0.priority, events.1.status)
    'UNKNOWN_CHANNEL,NOT_A_STRING,UNKNOWN_STATUS',
    (p) =>
      codesOf(
        evaluateTicket(p, { events: [{ type: 'created', at: at(T0), channel: 'fax', priority: 1e308 as never }, { type: 'status', at: at(T0 + H), status: 'limbo' }] }, at(T0 + 2 * H), {
          strictChannels: true,
        }),
      ),
  ),
  'parsePlan: 10,000 priorities and a clock target for each': c('Right', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `p${i}`);
    const spec = { ...PLAN_SPEC, priorities: ids.map((id) => ({ id })), defaultPriority: 'p0', priorityMatrix: undefined, channels: undefined,
      clocks: [{ id: 'r', kind: 'resolution', targets: Object.fromEntries(ids.map((id, i) => [id, { businessTime: { minutes: i + 1 } }])) }] };
    return E.isLeft(parsePlan(spec)) ? summary(parsePlan(spec)) : 'Right';
  }, BULK_BUDGET_MS),
  'evaluateTicketMillis: asOf 1e20': c('Left(INSTANT_OUT_OF_RANGE@asOf)', (p) => summary(evaluateTicketMillis(p, longTicket(3), 1e20))),
  'evaluateTicketMillis: asOf NaN': c('Left(INVALID_INSTANT@asOf)', (p) => summary(evaluateTicketMillis(p, longTicket(3), Number.NaN))),
  'evaluateTicket: an event at epoch ms 1e20': c('Left(INSTANT_OUT_OF_RANGE@events.1.at)', (p) =>
    summary(evaluateTicket(p, { events: [{ type: 'created', at: at(T0), channel: 'email' }, { type: 'message', at: 1e20, author: 'agent' }] }, at(T0 + H))),
  ),
};
