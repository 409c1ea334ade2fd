/**
 * Rule 9's "never a hang", measured: 10,000-event tickets built to make the clocks work hard, on
 * plans with the four kinds, every cycle mode of the resolution clock, every priority policy
 * and four sets of targets (a one-minute priority beside a 1,000-business-day one; day-based
 * budgets; an `earliestOf` beside 2,000 hours; a `latestOf` of one minute and 5,000 hours). Three patterns of events: random; a change to
 * the one-minute priority and back before each solve and reopen; a change to a priority without
 * a target, a solve, a change back while solved and a reopen (each reopen then evaluates the
 * cycle's earlier completions). The slowest ticket is reported (best of two calls each, in a
 * second pass over them all: the first pass warms the code, whose first calls are interpreted).
 */
import * as E from 'fp-ts/lib/Either.js';
import { evaluateTicketMillis, makePlan } from '../src/index.js';
import { timeOnce } from './harness.js';
import { eventOf, HOLIDAY_DATES, MINUTE, mulberry32, specWith } from './setup.js';

const TARGETS: readonly Record<string, unknown>[] = [
  { p1: { businessTime: { minutes: 1 } }, p2: { businessDays: 1000 } },
  { p1: { businessDays: 1 }, p2: { endOfBusinessDay: 3 } },
  { p1: { earliestOf: [{ businessTime: { minutes: 5 } }, { elapsedTime: { hours: 1 } }] }, p2: { businessTime: { hours: 2000 } } },
  { p1: { latestOf: [{ businessTime: { minutes: 1 } }, { elapsedTime: { hours: 5000 } }] }, p2: { businessDays: 1000 } },
];
const PATTERNS = {
  random: ['customer', 'agent', 'pending', 'open', 'p1', 'p2', 'p3', 'solved', 'open', 'internal'],
  flip: ['p1', 'p2', 'solved', 'open'],
  reopen: ['p3', 'solved', 'p2', 'open', 'customer'],
} as const;

/** The slowest adversarial ticket: its time in ms, what it was, and how many were run. */
export const adversarialWorst = (): { ms: number; what: string; tickets: number } => {
  pass();
  return pass();
};

const pass = (): { ms: number; what: string; tickets: number } => {
  const rnd = mulberry32(5);
  const t0 = Date.UTC(2025, 0, 6, 7);
  let worst = { ms: 0, what: '', tickets: 0 };
  let tickets = 0;
  for (const cycles of ['total', 'perCycle', 'first'])
    for (const policy of ['keepElapsed', 'restart', 'earlierOf'])
      for (const [t, targets] of TARGETS.entries()) {
        const plan = makePlan({
          id: 'adversarial',
          calendars: { office: specWith(HOLIDAY_DATES) },
          defaultCalendar: 'office',
          priorities: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
          defaultPriority: 'p2',
          clocks: [
            { id: 'resolution', kind: 'resolution', cycles, targets, onPriorityChange: policy },
            { id: 'reply', kind: 'nextReply', targets, onPriorityChange: policy },
            { id: 'update', kind: 'periodicUpdate', targets, onPriorityChange: policy, warnings: [{ percent: 50 }] },
            { id: 'response', kind: 'firstResponse', targets, onPriorityChange: policy },
          ],
        });
        for (const [pattern, kinds] of Object.entries(PATTERNS)) {
          const events: unknown[] = [{ type: 'created', at: t0, priority: 'p2' }];
          let at = t0;
          for (let i = 1; i < 10_000; i++) {
            at += (pattern === 'random' ? Math.floor(rnd() * 20) : 7) * MINUTE;
            const k = pattern === 'random' ? (kinds[Math.floor(rnd() * kinds.length)] as string) : (kinds[i % kinds.length] as string);
            events.push(eventOf(k, at));
          }
          const ticket = { events };
          const asOf = at + 60 * MINUTE;
          const ms = Math.min(
            ...[0, 1].map(() =>
              timeOnce(() => {
                if (E.isLeft(evaluateTicketMillis(plan, ticket, asOf))) throw new Error(`an adversarial ticket was rejected (${cycles}, ${policy}, ${pattern})`);
              }),
            ),
          );
          tickets++;
          if (ms > worst.ms) worst = { ms, what: `${cycles} resolution, ${policy}, targets ${t + 1}, ${pattern}`, tickets: 0 };
        }
      }
  return { ...worst, tickets };
};
