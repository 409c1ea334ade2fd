/**
 * Issue 10: the random-input run. Every public function documented never to throw on data gets
 * hostile JSON-like values (cycles, throwing getters, revoked and trapping proxies, huge strings,
 * arrays and numbers, deep and exponentially shared nesting), as whole arguments and planted at
 * random paths of a valid input (test/robustness/cases/parsers.ts, fixed seed). Each target runs
 * in a worker: no call may hang (the worker is killed) or take more than the per-call budget.
 *
 * Every call must also return its Either, or, for the functions documented to throw on bad data
 * (`makeX`, `money`, `priceWork`, `maintenanceFee`, `fixedFee`, `isUpgradeCovered`: see their
 * TSDoc), throw their documented InvalidInputError carrying well-formed issues. No target is
 * exempt: a throwing getter, a revoked proxy or a cyclic value never escapes as an exception.
 */
import { describe, expect, it } from 'vitest';
import { describeOutcome, runCases, type BudgetOutcome } from './budget.js';
import { cases, RUNS, type FuzzReport } from './cases/parsers.js';

/** The slowest single call allowed (the slowest seen: ~110 ms, date-holidays loading a country). */
const PER_CALL_BUDGET_MS = 1_000;

describe(`random hostile input to every public parser (${RUNS} inputs each, in a worker)`, () => {
  let outcomes: BudgetOutcome[] = [];
  it('runs every target in a worker', async () => {
    outcomes = await runCases(new URL('./cases/parsers.ts', import.meta.url), Object.keys(cases), { killAfterMs: 60_000 });
    expect(outcomes).toHaveLength(Object.keys(cases).length);
  }, 600_000);

  for (const name of Object.keys(cases)) {
    it(`${name}: never hangs, each call within ${PER_CALL_BUDGET_MS} ms, always an Either (or its documented InvalidInputError)`, () => {
      const o = outcomes.find((x) => x.name === name) as BudgetOutcome;
      expect(o.outcome, describeOutcome(o)).toBe('returned');
      const r = o.report as FuzzReport;
      expect(r.calls).toBe(RUNS);
      expect(r.maxMs, `slowest: ${r.slowest}`).toBeLessThanOrEqual(PER_CALL_BUDGET_MS);
      expect(r.lefts, 'most hostile inputs are rejected').toBeGreaterThan(RUNS / 4);
      expect(r.failures).toEqual([]);
    });
  }
});
