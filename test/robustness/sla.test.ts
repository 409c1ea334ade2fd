/**
 * Issue 10: the SLA layer (plans, ticket logs, clocks, reports) held to the same rules as the
 * engine: 10,000-event logs, 10,000-ticket reports with some tickets invalid, priorities and
 * statuses that do not exist, durations of 1e308, instants in 9999. Each call runs in a worker
 * with a time budget and must return its Either (never throw on data).
 */
import { describe, expect, it } from 'vitest';
import { describeOutcome, runCases, type BudgetOutcome } from './budget.js';
import { cases, DEFAULT_BUDGET_MS } from './cases/sla.js';

describe('the SLA layer at the edges, each call within a time budget in a worker', () => {
  let outcomes: BudgetOutcome[] = [];
  it('runs every case in a worker', async () => {
    outcomes = await runCases(new URL('./cases/sla.ts', import.meta.url), Object.keys(cases), { killAfterMs: 60_000 });
    expect(outcomes).toHaveLength(Object.keys(cases).length);
  }, 300_000);

  for (const [name, c] of Object.entries(cases)) {
    const budget = c.budgetMs ?? DEFAULT_BUDGET_MS;
    it(`${name}: ${c.want} within ${budget} ms`, () => {
      const o = outcomes.find((x) => x.name === name) as BudgetOutcome;
      const text = describeOutcome(o);
      expect(o.outcome, text).toBe('returned');
      expect(o.value, text).toBe(c.want);
      expect(o.ms, text).toBeLessThanOrEqual(budget);
    });
  }
});
