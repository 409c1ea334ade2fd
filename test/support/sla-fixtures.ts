/**
 * Small builders for the plan, ticket and clock tests, FOR TESTS ONLY: plans in a given zone,
 * local wall times as instants, unwrapping of Eithers.
 */
import { DateTime } from 'luxon';
import * as E from 'fp-ts/lib/Either.js';
import { makePlan, evaluateTicketMillis, type ClockResultMillis, type Plan, type PlanSpec, type TicketEvent, type TicketSlaMillis } from '../../src/index.js';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Epoch ms of a local wall time `'YYYY-MM-DD HH:mm'` in `zone` (must exist: not in a DST gap). */
export const local = (zone: string, wall: string): number => {
  const dt = DateTime.fromFormat(wall, 'yyyy-MM-dd HH:mm', { zone });
  if (!dt.isValid) throw new Error(`bad wall time ${wall} in ${zone}`);
  return dt.toMillis();
};

/** The local wall time `'YYYY-MM-DD HH:mm'` of epoch ms in `zone`. */
export const wall = (zone: string, ms: number | null): string | null =>
  ms === null ? null : DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm');

/** Mon-Fri office hours in a zone (no holidays unless given). */
export const office = (zone: string, hours = ['09:00-17:00'], dates: string[] = []) => ({
  timeZone: zone,
  week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours },
  ...(dates.length > 0 ? { holidays: [{ dates }] } : {}),
});

/** A one-clock plan on an office calendar with priorities p1, p2, p3 (p2 by default). */
export const onePlan = (zone: string, clock: Record<string, unknown>, extra: Partial<Record<keyof PlanSpec, unknown>> = {}): Plan =>
  makePlan({
    id: 'test',
    calendars: { office: office(zone), always: { alwaysOpen: zone } },
    defaultCalendar: 'office',
    priorities: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
    defaultPriority: 'p2',
    clocks: [{ id: 'c', ...clock }],
    ...extra,
  });

/** Evaluates and unwraps (throws on a Left, with the issues). */
export const run = (plan: Plan, events: readonly unknown[], asOf: number): TicketSlaMillis => {
  const r = evaluateTicketMillis(plan, { events }, asOf);
  if (E.isLeft(r)) throw new Error(`unexpected issues: ${JSON.stringify(r.left)}`);
  return r.right;
};

/** The one clock named `id` (default the only one). */
export const clockOf = (sla: TicketSlaMillis, id = 'c'): ClockResultMillis => {
  const c = sla.clocks.find((x) => x.clock === id);
  if (c === undefined) throw new Error(`no clock ${id} in ${sla.clocks.map((x) => x.clock).join(', ')}`);
  return c;
};

/** Events in a zone: `ev.created('2025-06-02 10:00')` etc. */
export const eventsIn = (zone: string) => ({
  created: (w: string, extra: Record<string, unknown> = {}): TicketEvent => ({ type: 'created', at: local(zone, w), ...extra }) as TicketEvent,
  agent: (w: string, visibility: 'public' | 'internal' = 'public'): TicketEvent => ({ type: 'message', at: local(zone, w), author: 'agent', visibility }),
  customer: (w: string, visibility: 'public' | 'internal' = 'public'): TicketEvent => ({ type: 'message', at: local(zone, w), author: 'customer', visibility }),
  status: (w: string, status: string): TicketEvent => ({ type: 'status', at: local(zone, w), status }),
  priority: (w: string, priority: string): TicketEvent => ({ type: 'priority', at: local(zone, w), priority }),
});
