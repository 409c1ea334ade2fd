/**
 * The structured reason behind a clock's `dueAt`: the start, the target and its calendar, each
 * closed stretch skipped, each pause, each priority change, the completion and the due instant,
 * in time order.
 * @internal
 */
import { businessMillisBetween } from '../business-time/queries.js';
import { closedStretchesMillis } from '../business-time/closed-stretches.js';
import type { CycleRun } from './cycle.js';
import type { ExplanationStep } from './types.js';

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** The explanation of one evaluated cycle, on epoch ms. */
export const explainMillis = (c: CycleRun): ExplanationStep<number>[] => {
  const { run, frame } = c;
  const leaf = run.leaf;
  const runStart = run.start;
  const end = run.end;
  const keyed: { t: number; rank: number; step: ExplanationStep<number> }[] = [];
  keyed.push({ t: frame.start, rank: 0, step: { step: 'start', at: frame.start, cause: frame.cause } });
  if (runStart > frame.start) keyed.push({ t: runStart, rank: 0, step: { step: 'start', at: runStart, cause: 'priorityChange' } });
  keyed.push({
    t: runStart,
    rank: 1,
    step: { step: 'target', priority: c.priority, target: leaf.target, calendar: leaf.calendar, timeZone: leaf.cal.timeZone, budgetMs: run.budget },
  });
  for (const ch of c.changes) keyed.push({ t: ch.at, rank: 2, step: { step: 'priorityChange', at: ch.at, from: ch.from, to: ch.to, policy: ch.policy } });
  for (const p of frame.pauses) {
    if (p.to < runStart || p.from > end) continue;
    const from = Math.max(p.from, runStart);
    const to = Math.min(p.to, end);
    keyed.push({
      t: from,
      rank: 2,
      step: { step: 'pause', from, to: p.ongoing && c.state === 'paused' ? null : to, status: p.status, openMs: to > from ? businessMillisBetween(leaf.cal, from, to) : 0 },
    });
  }
  const due = Number.isNaN(run.due) ? null : run.due;
  const horizon = Math.max(due ?? end, runStart);
  for (const s of closedSteps(c, runStart, horizon)) keyed.push({ t: s.from, rank: 2, step: s });
  if (c.state === 'completed') keyed.push({ t: end, rank: 3, step: { step: 'completed', at: end } });
  keyed.push({ t: due ?? Infinity, rank: 4, step: { step: 'due', at: due } });
  keyed.sort((a, b) => a.t - b.t || a.rank - b.rank);
  return keyed.map((k) => k.step);
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/** The closed stretches of the target's calendar between the budget's start and the due (or the end). */
const closedSteps = (c: CycleRun, from: number, to: number): Extract<ExplanationStep<number>, { step: 'closed' }>[] =>
  to > from
    ? closedStretchesMillis(c.run.leaf.cal, from, to).map((s) => ({ step: 'closed', from: s.from, to: s.to, calendar: c.run.leaf.calendar, days: s.days }))
    : [];
