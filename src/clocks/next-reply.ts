/**
 * The next-reply clock (rule 4): after the first public agent message, a public customer message
 * with no unanswered customer message before it starts a cycle (anchored on the OLDEST
 * unanswered message); the next public agent message completes it. Solving the ticket cancels a
 * running cycle: a customer's last "thanks" is not a breach. A customer message that arrives
 * while the ticket is solved starts a cycle when the ticket is reopened, at the reopen.
 * @internal
 */
import { EVENT_AGENT_PUBLIC, EVENT_CUSTOMER_PUBLIC, EVENT_STATUS } from '../ticket/log.js';
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
  const at = log.at;
  const code = log.code;
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as number;
    if (c === EVENT_AGENT_PUBLIC) {
      answeredOnce = true;
      waitingWhileSolved = false;
      if (!Number.isNaN(start)) {
        out.push(frame(pauses, start, at[i] as number, 'completed', cause));
        start = NaN;
      }
    } else if (c === EVENT_CUSTOMER_PUBLIC) {
      if (answeredOnce) {
        if (solved) waitingWhileSolved = true;
        else if (Number.isNaN(start)) {
          start = at[i] as number;
          cause = 'customerMessage';
        }
      }
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
        if (waitingWhileSolved) {
          waitingWhileSolved = false;
          start = at[i] as number;
          cause = 'reopened';
        }
      }
    }
  }
  if (!Number.isNaN(start)) out.push(frame(pauses, start, asOf, 'running', cause));
  return out;
};
