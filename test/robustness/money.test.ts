/**
 * Issue 10: money parsing is linear in the length of untrusted text (200,000 trailing zeros
 * used to take 11 s), each call within a time budget in a worker.
 */
import { describe, expect, it } from 'vitest';
import { describeOutcome, runCases, type BudgetOutcome } from './budget.js';
import { cases } from './cases/money.js';

/** Per call: linear parsing of 200,000 characters costs a few milliseconds. */
const BUDGET_MS = 150;

describe('money parsing on huge decimal strings, each call within a time budget in a worker', () => {
  let outcomes: BudgetOutcome[] = [];
  it('runs every case in a worker', async () => {
    outcomes = await runCases(new URL('./cases/money.ts', import.meta.url), Object.keys(cases), { killAfterMs: 5_000 });
    expect(outcomes).toHaveLength(Object.keys(cases).length);
  }, 120_000);

  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: ${c.expect === 'returns' ? `answers ${c.want ?? ''}` : `throws a ${c.expect}`} within ${BUDGET_MS} ms`, () => {
      const o = outcomes.find((x) => x.name === name) as BudgetOutcome;
      const text = describeOutcome(o);
      if (c.expect === 'returns') {
        expect(o.outcome, text).toBe('returned');
        if (c.want !== undefined) expect(o.value, text).toBe(c.want);
      } else {
        expect(o.outcome, text).toBe('threw');
        expect(o.error?.name, text).toBe(c.expect);
      }
      expect(o.ms, text).toBeLessThanOrEqual(BUDGET_MS);
    });
  }
});
