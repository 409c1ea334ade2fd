/**
 * Synthetic tickets for the compliance examples and the benchmark: a support plan (an Athens
 * office, four priorities, three channels, first response, next reply and resolution clocks) and
 * a deterministic generator of ticket logs of 6 events each (created, agent reply, customer
 * reply, agent reply, pending, solved), spread over 2026 with random gaps, so that the report
 * meets every case: met, breached, pending (events after `asOf`), paused, DST, weekends.
 *
 * `generateTickets(start, count)` yields tickets `start … start + count - 1`; the same index
 * always gives the same ticket, so shards of a range generated in different workers are the
 * same tickets as the whole range generated in one thread.
 */
import type { PlanSpec, TicketInput } from '../../src/index.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

const office = ['09:00-17:00'];

/** The plan the synthetic tickets are evaluated against. */
export const syntheticPlanSpec: PlanSpec = {
  id: 'synthetic',
  name: 'Synthetic support plan (Athens office)',
  calendars: {
    office: { timeZone: 'Europe/Athens', week: { mon: office, tue: office, wed: office, thu: office, fri: office } },
    always: { alwaysOpen: 'Europe/Athens' },
  },
  defaultCalendar: 'office',
  priorities: [{ id: 'urgent' }, { id: 'high' }, { id: 'normal' }, { id: 'low' }],
  defaultPriority: 'normal',
  channels: { email: {}, web: {}, phone: {} },
  clocks: [
    {
      id: 'firstResponse',
      kind: 'firstResponse',
      targets: {
        urgent: { elapsedTime: { hours: 1 } },
        high: { businessTime: { hours: 2 } },
        normal: { businessTime: { hours: 8 } },
        low: { businessDays: 2 },
      },
    },
    {
      id: 'nextReply',
      kind: 'nextReply',
      targets: {
        urgent: { elapsedTime: { hours: 2 } },
        high: { businessTime: { hours: 4 } },
        normal: { businessTime: { hours: 8 } },
      },
    },
    {
      id: 'resolution',
      kind: 'resolution',
      targets: {
        urgent: { elapsedTime: { hours: 8 } },
        high: { businessTime: { hours: 16 } },
        normal: { businessDays: 5 },
        low: { businessDays: 10 },
      },
    },
  ],
};

const PRIORITIES = ['urgent', 'high', 'normal', 'normal', 'normal', 'low'] as const;
const CHANNELS = ['email', 'email', 'web', 'phone'] as const;
const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 24 * HOUR;

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same numbers everywhere. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** A gap skewed to short ones, up to `max` ms, in whole minutes. */
const gap = (rand: () => number, max: number): number => Math.floor((rand() ** 3 * max) / MINUTE) * MINUTE + MINUTE;

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Ticket number `i` (deterministic). Four shapes, all of 6 events:
 * - 70 %: created, agent reply, customer reply, agent reply, pending, solved;
 * - 10 %: the customer's last "thanks" before the solve (the next-reply cycle is cancelled);
 * - 10 %: a backlog ticket never solved (pending, back to open, the agent answers late);
 * - 10 %: an internal note first (it is not a response), then as the first shape without pending.
 */
export const syntheticTicket = (i: number): TicketInput => {
  const rand = prng(0x5eed ^ Math.imul(i + 1, 0x9e3779b1));
  const created = YEAR_START + Math.floor((rand() * YEAR_MS) / MINUTE) * MINUTE;
  const channel = CHANNELS[Math.floor(rand() * CHANNELS.length)]!;
  const priority = PRIORITIES[Math.floor(rand() * PRIORITIES.length)]!;
  const shape = rand();
  const t1 = created + gap(rand, 30 * HOUR);
  const t2 = t1 + gap(rand, 48 * HOUR);
  const t3 = t2 + gap(rand, 20 * HOUR);
  const t4 = t3 + gap(rand, 4 * HOUR);
  const t5 = t4 + gap(rand, 72 * HOUR);
  const first = { type: 'created', at: iso(created), channel, priority } as const;
  const agent = (at: number, visibility: 'public' | 'internal' = 'public') => ({ type: 'message', at: iso(at), author: 'agent', visibility }) as const;
  const customer = (at: number) => ({ type: 'message', at: iso(at), author: 'customer' }) as const;
  const status = (at: number, s: string) => ({ type: 'status', at: iso(at), status: s }) as const;
  const events =
    shape < 0.7
      ? [first, agent(t1), customer(t2), agent(t3), status(t4, 'pending'), status(t5, 'solved')]
      : shape < 0.8
        ? [first, agent(t1), customer(t2), agent(t3), customer(t4), status(t5, 'solved')]
        : shape < 0.9
          ? [first, agent(t1), status(t2, 'pending'), status(t3, 'open'), customer(t4), agent(t5 + 5 * 24 * HOUR)]
          : [first, agent(t1, 'internal'), agent(t2), customer(t3), agent(t4), status(t5, 'solved')];
  return { id: `S-${i}`, events };
};

/** Tickets `start … start + count - 1`, generated one at a time (nothing is kept). */
export function* generateTickets(start: number, count: number): Generator<TicketInput> {
  for (let i = start; i < start + count; i++) yield syntheticTicket(i);
}

/**
 * The report options the examples and the benchmark use: clocks started in 2026, as of
 * 2 January 2027 (every ticket is evaluated; the last days' clocks are still pending).
 */
export const SYNTHETIC_REPORT_OPTIONS = {
  from: '2026-01-01T00:00:00Z',
  to: '2027-01-01T00:00:00Z',
  asOf: '2027-01-02T12:00:00Z',
  by: ['clock', 'priority'],
} as const;
