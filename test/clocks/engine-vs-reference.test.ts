/**
 * The SLA engine equals the minute-by-minute reference (test/support/sla-reference.ts) on random
 * event logs: random statuses, priorities, public and internal messages from both sides, reopens,
 * every kind, cycle mode and priority policy, on random calendars in zones with DST (anchors on
 * the transitions), with asOf anywhere in the log.
 */
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { evaluateTicketMillis } from '../../src/index.js';
import { RefCalendar, SUITE_OPTIONS } from '../support/reference.js';
import { refEvaluate } from '../support/sla-reference.js';
import { reopenCaseArb, slaCaseArb, STATUSES, ticketOf, type SlaCase } from '../support/sla-arbitraries.js';
import { show } from '../support/arbitraries.js';
import { runs, timeoutFor } from '../support/runs.js';

/** The engine's clocks and cycles are the reference's. */
const agrees = (c: SlaCase): void => {
  const zone = c.scenario.spec.timeZone;
  const ref = new RefCalendar(c.scenario.spec, SUITE_OPTIONS);
  const r = evaluateTicketMillis(c.plan, ticketOf(c.events), c.asOf);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  c.clocks.forEach((clock, i) => {
    const expected = refEvaluate(ref, STATUSES, clock, c.events, c.asOf);
    const got = r.right.clocks.find((x) => x.clock === `c${i}`);
    const ctx = `clock c${i} (${clock.kind}, ${clock.policy}, ${clock.cycles}) in ${zone}, asOf ${show(c.asOf, zone)}`;
    expect(got?.cycles.length ?? 0, ctx).toBe(expected.length);
    expected.forEach((want, j) => {
      const cyc = (got as NonNullable<typeof got>).cycles[j]!;
      const at = `${ctx}, cycle ${j}`;
      expect(cyc.state, at).toBe(want.state);
      expect(cyc.startedAt, at).toBe(want.startedAt);
      expect(cyc.completedAt, at).toBe(want.completedAt);
      if (want.dueAt !== undefined) expect(cyc.dueAt, `${at}: due ${cyc.dueAt === null ? null : show(cyc.dueAt, zone)}`).toBe(want.dueAt);
      if (want.breached !== undefined) expect(cyc.breached, at).toBe(want.breached);
      if (want.elapsed !== undefined && cyc.state !== 'cancelled') expect(cyc.elapsed, at).toBe(want.elapsed);
    });
  });
};

describe('SLA engine = minute-by-minute reference (fast-check)', () => {
  it('every clock and cycle: state, start, due, completion, breach and elapsed', () => {
    fc.assert(fc.property(slaCaseArb, agrees), runs(150));
  }, timeoutFor(120_000));

  it("a 'total' resolution through many solves, reopens and priority changes: a breach at an earlier completion is kept", () => {
    fc.assert(fc.property(reopenCaseArb, agrees), runs(200));
  }, timeoutFor(120_000));
});
