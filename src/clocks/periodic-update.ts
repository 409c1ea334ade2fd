/**
 * The periodic-update clock (rule 4): each public agent message completes the running cycle and
 * starts the next one (the first starts at the first public agent message, or at `created` when
 * an agent opened the ticket); solving the ticket cancels the running cycle, and a reopen after
 * the first update starts a new one.
 * @internal
 */
import { EVENT_AGENT_PUBLIC, EVENT_STATUS } from '../ticket/log.js';
import type { TicketLog } from '../ticket/types.js';
import { frame, type CycleFrame, type Pause, type StartCause } from './frames.js';

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** Every cycle of a periodic-update clock. */
export const periodicUpdateFrames = (log: TicketLog, pauses: readonly Pause[], asOf: number): CycleFrame[] => {
  const out: CycleFrame[] = [];
  let started = log.by === 'agent';
  let start = started ? log.createdAt : NaN;
  let cause: StartCause = started ? 'created' : 'agentMessage';
  let solved = false;
  const at = log.at;
  const code = log.code;
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as number;
    if (c === EVENT_AGENT_PUBLIC) {
      if (solved) continue;
      if (!Number.isNaN(start)) out.push(frame(pauses, start, at[i] as number, 'completed', cause));
      start = at[i] as number;
      cause = 'agentMessage';
      started = true;
    } else if (c >= EVENT_STATUS) {
      const isSolved = log.solved[c - EVENT_STATUS] === true;
      if (isSolved && !solved) {
        solved = true;
        if (!Number.isNaN(start)) {
          out.push(frame(pauses, start, at[i] as number, 'cancelled', cause));
          start = NaN;
        }
      } else if (!isSolved && solved) {
        solved = false;
        if (started) {
          start = at[i] as number;
          cause = 'reopened';
        }
      }
    }
  }
  if (!Number.isNaN(start)) out.push(frame(pauses, start, asOf, 'running', cause));
  return out;
};
