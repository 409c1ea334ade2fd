/**
 * Helpers of the vendor tests: the example plan files loaded through parsePlan, and tickets
 * evaluated through evaluateTicket.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { either as E } from 'fp-ts';
import { makePlan, evaluateTicket, type ClockResult, type Plan, type TicketSla } from '../../src/index.js';

const plansDir = fileURLToPath(new URL('../../examples/plans/', import.meta.url));

/** The plan file `examples/plans/<name>.json`, parsed (throws on an issue: the files must parse). */
export const loadPlan = (name: string): Plan => makePlan(JSON.parse(readFileSync(`${plansDir}${name}.json`, 'utf8')));

/** The raw JSON of a plan file, for variations. */
export const planJson = (name: string): Record<string, unknown> => JSON.parse(readFileSync(`${plansDir}${name}.json`, 'utf8')) as Record<string, unknown>;

export interface Created {
  readonly at: string;
  readonly channel?: string;
  readonly priority?: string;
  readonly impact?: string;
  readonly urgency?: string;
}

/** A ticket's SLA as of `asOf` (default: the creation instant), from its events. */
export const sla = (plan: Plan, events: readonly Record<string, unknown>[], asOf?: string): TicketSla => {
  const created = events[0] as { at: string };
  const r = evaluateTicket(plan, { events }, asOf ?? created.at);
  if (E.isLeft(r)) throw new Error(r.left.map((i) => `${i.code} ${JSON.stringify(i.path)}: ${i.message}`).join('\n'));
  return r.right;
};

/** The SLA of a ticket that was only created. */
export const slaOf = (plan: Plan, created: Created, asOf?: string): TicketSla => sla(plan, [{ type: 'created', ...created }], asOf);

/** One clock of a ticket, by id (throws when the ticket has no such clock). */
export const clockOf = (s: TicketSla, id: string): ClockResult => {
  const c = s.clocks.find((x) => x.clock === id);
  if (c === undefined) throw new Error(`no clock ${id}: ${s.clocks.map((x) => x.clock).join(', ')}`);
  return c;
};

/** The due instant of a clock as local ISO without milliseconds: '2026-04-17T16:45:00+03:00'. */
export const dueOf = (plan: Plan, created: Created, clock: string): string | null => {
  const due = clockOf(slaOf(plan, created), clock).dueAt;
  return due === null ? null : due.toISO({ suppressMilliseconds: true });
};
