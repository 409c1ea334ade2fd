/**
 * Issue 10: the random-input run. Every public function documented never to throw on data gets
 * hostile JSON-like values (cycles, throwing getters, revoked and trapping proxies, huge strings,
 * arrays and numbers, deep and exponentially shared nesting), as whole arguments and planted at
 * random paths of a valid input (test/robustness/cases/parsers.ts, fixed seed). Each target runs
 * in a worker: no call may hang (the worker is killed) or take more than the per-call budget.
 *
 * Every call must also return its Either (or throw the documented InvalidInputError) EXCEPT for
 * the targets in KNOWN_THROWS: at the time of writing their parsers still let a throwing getter,
 * a revoked proxy or a cyclic value escape as an exception (they read fields directly instead of
 * through src/internal/read.ts; issue 8 moves them). Remove a target from the list when its
 * parser is fixed: the test then holds it to the rule.
 */
import { describe, expect, it } from 'vitest';
import { describeOutcome, runCases, type BudgetOutcome } from './budget.js';
import { cases, RUNS, type FuzzReport } from './cases/parsers.js';

/** The slowest single call allowed (the slowest seen: ~110 ms, date-holidays loading a country). */
const PER_CALL_BUDGET_MS = 1_000;

/** Targets that still throw on some hostile input (see above); each is still held to the budget. */
const KNOWN_THROWS = new Set([
  'parsePlan', 'safeParsePlan',
  'parseCalendar', 'safeParseCalendar', 'makeCalendar',
  'parseHolidaySource', 'parseHolidaySource (dates)', 'parseHolidaySources', 'safeParseHolidaySource', 'makeHolidaySource',
  'parseMoney', 'parseMoney (minor)', 'makeMoney', 'money',
  'billPhoneCalls', 'allocateIncidents', 'buildInvoice', 'priceWork', 'maintenanceFee', 'isUpgradeCovered',
]);

describe(`random hostile input to every public parser (${RUNS} inputs each, in a worker)`, () => {
  let outcomes: BudgetOutcome[] = [];
  it('runs every target in a worker', async () => {
    outcomes = await runCases(new URL('./cases/parsers.ts', import.meta.url), Object.keys(cases), { killAfterMs: 60_000 });
    expect(outcomes).toHaveLength(Object.keys(cases).length);
  }, 600_000);

  for (const name of Object.keys(cases)) {
    const strict = !KNOWN_THROWS.has(name);
    it(`${name}: never hangs, each call within ${PER_CALL_BUDGET_MS} ms${strict ? ', always an Either (or its documented InvalidInputError)' : ''}`, () => {
      const o = outcomes.find((x) => x.name === name) as BudgetOutcome;
      expect(o.outcome, describeOutcome(o)).toBe('returned');
      const r = o.report as FuzzReport;
      expect(r.calls).toBe(RUNS);
      expect(r.maxMs, `slowest: ${r.slowest}`).toBeLessThanOrEqual(PER_CALL_BUDGET_MS);
      expect(r.lefts, 'most hostile inputs are rejected').toBeGreaterThan(RUNS / 4);
      if (strict) expect(r.failures).toEqual([]);
    });
  }
});
