/**
 * The periodic-update clock (rule 4): each public agent message completes the running cycle and
 * starts the next one (the first starts at the first public agent message, or at `created` when
 * an agent opened the ticket); solving the ticket cancels the running cycle, and a reopen after
 * the first update starts a new one.
 * @internal
 */
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
  for (const ev of log.events) {
    if (ev.type === 'message' && ev.isPublic && ev.author === 'agent' && !solved) {
      if (!Number.isNaN(start)) out.push(frame(pauses, start, ev.at, 'completed', cause));
      start = ev.at;
      cause = 'agentMessage';
      started = true;
    } else if (ev.type === 'status') {
      if (ev.kind === 'solved' && !solved) {
        solved = true;
        if (!Number.isNaN(start)) {
          out.push(frame(pauses, start, ev.at, 'cancelled', cause));
          start = NaN;
        }
      } else if (ev.kind !== 'solved' && solved) {
        solved = false;
        if (started) {
          start = ev.at;
          cause = 'reopened';
        }
      }
    }
  }
  if (!Number.isNaN(start)) out.push(frame(pauses, start, asOf, 'running', cause));
  return out;
};
