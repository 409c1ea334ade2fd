/**
 * The next-reply clock (rule 4): after the first public agent message, a public customer message
 * with no unanswered customer message before it starts a cycle (anchored on the OLDEST
 * unanswered message); the next public agent message completes it. Solving the ticket cancels a
 * running cycle: a customer's last "thanks" is not a breach. A customer message that arrives
 * while the ticket is solved starts a cycle when the ticket is reopened, at the reopen.
 * @internal
 */
import type { TicketLog } from '../ticket/types.js';
import { frame, type CycleFrame, type Pause, type StartCause } from './frames.js';

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** Every cycle of a next-reply clock. */
export const nextReplyFrames = (log: TicketLog, pauses: readonly Pause[], asOf: number): CycleFrame[] => {
  const out: CycleFrame[] = [];
  let answeredOnce = log.by === 'agent';
  let solved = false;
  let waitingWhileSolved = false;
  let start = NaN;
  let cause: StartCause = 'customerMessage';
  for (const ev of log.events) {
    if (ev.type === 'message' && ev.isPublic) {
      if (ev.author === 'agent') {
        answeredOnce = true;
        waitingWhileSolved = false;
        if (!Number.isNaN(start)) {
          out.push(frame(pauses, start, ev.at, 'completed', cause));
          start = NaN;
        }
      } else if (answeredOnce) {
        if (solved) waitingWhileSolved = true;
        else if (Number.isNaN(start)) {
          start = ev.at;
          cause = 'customerMessage';
        }
      }
    } else if (ev.type === 'status') {
      if (ev.kind === 'solved' && !solved) {
        solved = true;
        if (!Number.isNaN(start)) {
          out.push(frame(pauses, start, ev.at, 'cancelled', cause));
          start = NaN;
        }
      } else if (ev.kind !== 'solved' && solved) {
        solved = false;
        if (waitingWhileSolved) {
          waitingWhileSolved = false;
          start = ev.at;
          cause = 'reopened';
        }
      }
    }
  }
  if (!Number.isNaN(start)) out.push(frame(pauses, start, asOf, 'running', cause));
  return out;
};
