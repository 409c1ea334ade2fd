/**
 * The resolution clock (rule 4): starts at `created`, completed when the status becomes a solved
 * one; leaving it reopens the ticket. `'total'` (default): one budget, time while solved never
 * counts (solved stretches are pauses), a reopen resumes consumption and un-completes the clock;
 * `'first'`: the first solve is final; `'perCycle'`: each reopen starts a new cycle with a fresh
 * budget.
 * @internal
 */
import type { CycleMode } from '../plan/types.js';
import { EVENT_STATUS } from '../ticket/log.js';
import type { TicketLog } from '../ticket/types.js';
import { CycleFrame, frame, type Pause } from './frames.js';

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * Every cycle of a resolution clock. For `'total'`, `pauses` must include the solved stretches
 * (see `pauseTimeline(…, solvedPauses = true)`).
 */
export const resolutionFrames = (log: TicketLog, pauses: readonly Pause[], asOf: number, mode: CycleMode): CycleFrame[] => {
  const out: CycleFrame[] = [];
  let solved = false;
  let start = log.createdAt;
  let lastSolve = NaN;
  // 'total': the solves a reopen undid (the cycle as it stood at each is kept: a breach stays)
  let undone: number[] | undefined;
  let cycle = 0;
  const at = log.at;
  const code = log.code;
  for (let i = 0; i < code.length; i++) {
    const k = (code[i] as number) - EVENT_STATUS;
    if (k < 0) continue;
    const isSolved = log.solved[k] === true;
    if (isSolved && !solved) {
      solved = true;
      lastSolve = at[i] as number;
      if (mode === 'first') return [frame(pauses, start, lastSolve, 'completed', 'created')];
      if (mode === 'perCycle') out.push(frame(pauses, start, lastSolve, 'completed', cycle === 0 ? 'created' : 'reopened'));
    } else if (!isSolved && solved) {
      solved = false;
      if (mode === 'total') (undone ??= []).push(lastSolve);
      if (mode === 'perCycle') {
        start = at[i] as number;
        cycle++;
      }
    }
  }
  if (mode === 'perCycle') {
    if (!solved) out.push(frame(pauses, start, asOf, 'running', cycle === 0 ? 'created' : 'reopened'));
    return out;
  }
  // 'total', or 'first' never solved
  const last = solved ? frame(pauses, start, lastSolve, 'completed', 'created') : frame(pauses, start, asOf, 'running', 'created');
  return [undone === undefined ? last : new CycleFrame(last.start, last.cause, last.end, last.state, last.pauses, undone)];
};
