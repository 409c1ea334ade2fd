/**
 * The running sums of consumption that decide which earlier completions of a 'total' resolution
 * cycle are evaluated (src/clocks/budget.ts, `Consumption`): at every end, in order, they equal
 * a run's consumption (`runLeaf`), on random calendars in zones with DST and random pauses. An
 * underestimate would skip a completion that was breached; an overestimate only costs time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePlan } from '../../src/index.js';
import { planState, type CompiledLeaf } from '../../src/plan/plan.js';
import { Consumption, runLeaf } from '../../src/clocks/budget.js';
import { frame, type Pause } from '../../src/clocks/frames.js';
import { minuteNear, scenarioArb } from '../support/arbitraries.js';
import { runs } from '../support/runs.js';

const caseArb = scenarioArb.chain((scenario) =>
  fc.record({
    scenario: fc.constant(scenario),
    points: fc.uniqueArray(minuteNear(scenario.anchor, 3), { minLength: 1, maxLength: 12 }),
    ends: fc.array(minuteNear(scenario.anchor, 3), { minLength: 1, maxLength: 8 }),
  }),
);

describe('Consumption: running sums of consumption around pauses', () => {
  it('equals the consumption of a run from the start at each end, the ends in order', () => {
    fc.assert(
      fc.property(caseArb, ({ scenario, points, ends }) => {
        const plan = makePlan({
          id: 't',
          calendars: { office: scenario.spec },
          defaultCalendar: 'office',
          priorities: [{ id: 'p' }],
          defaultPriority: 'p',
          clocks: [{ id: 'c', kind: 'resolution', targets: { p: { businessTime: { hours: 1 } } } }],
        });
        const leaf = planState(plan).clocks[0]!.targets.get('p') as CompiledLeaf;
        const sorted = [...points].sort((a, b) => a - b);
        const start = sorted[0]!;
        // a pause over every other stretch between the points
        const timeline: Pause[] = [];
        for (let i = 1; i + 1 < sorted.length; i += 2) timeline.push({ from: sorted[i]!, to: sorted[i + 1]!, status: 'pending', ongoing: false });
        const inOrder = ends.map((e) => Math.max(e, start)).sort((a, b) => a - b);
        const last = inOrder[inOrder.length - 1]!;
        const sums = new Consumption(leaf.cal, start, frame(timeline, start, last, 'completed', 'created').pauses);
        for (const end of inOrder) {
          const run = runLeaf(leaf, start, end, frame(timeline, start, end, 'completed', 'created').pauses, false, 'earliest');
          expect(sums.upTo(end), `end ${new Date(end).toISOString()}`).toBe(run.elapsed);
        }
      }),
      runs(150),
    );
  });
});
