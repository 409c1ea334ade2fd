/**
 * Issue 10: no business-time query hangs or answers wrong at the edges. Every case runs in a
 * worker with a time budget (test/robustness/budget.ts), so a regression fails here instead of
 * hanging the suite: unbounded durations and counts are a RangeError at once, the 9999-12-31
 * sentinel costs what 2025 costs, instants outside the supported range are rejected.
 */
import { describe, expect, it } from 'vitest';
import { describeOutcome, runCases, type BudgetOutcome } from './budget.js';
import { cases, DEFAULT_BUDGET_MS } from './cases/searches.js';

describe('business-time queries at the edges, each within a time budget in a worker', () => {
  let outcomes: BudgetOutcome[] = [];
  it('runs every case in a worker', async () => {
    outcomes = await runCases(new URL('./cases/searches.ts', import.meta.url), Object.keys(cases), { killAfterMs: 5_000 });
    expect(outcomes).toHaveLength(Object.keys(cases).length);
  }, 120_000);

  for (const [name, c] of Object.entries(cases)) {
    const budget = c.budgetMs ?? DEFAULT_BUDGET_MS;
    it(`${name}: ${c.expect === 'returns' ? 'answers' : `throws a ${c.expect}`}, within ${budget} ms`, () => {
      const o = outcomes.find((x) => x.name === name);
      expect(o, 'the worker run').toBeDefined();
      const text = describeOutcome(o as BudgetOutcome);
      expect(o?.outcome, text).not.toBe('killed');
      if (c.expect === 'returns') expect(o?.outcome, text).toBe('returned');
      else {
        expect(o?.outcome, text).toBe('threw');
        expect(o?.error?.name, text).toBe(c.expect);
      }
      expect(o?.ms ?? Infinity, text).toBeLessThanOrEqual(budget);
    });
  }
});
