/**
 * The first-response clock (rule 4): starts at `created`; completed by the first PUBLIC agent
 * message, at `created` when an agent opened the ticket, or at a solve that comes before any
 * response. Internal messages never count.
 * @internal
 */
import { EVENT_AGENT_PUBLIC, EVENT_STATUS } from '../ticket/log.js';
import type { TicketLog } from '../ticket/types.js';
import { frame, type CycleFrame, type Pause } from './frames.js';

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** The one cycle of a first-response clock. */
export const firstResponseFrames = (log: TicketLog, pauses: readonly Pause[], asOf: number): CycleFrame[] => {
  const start = log.createdAt;
  if (log.by === 'agent') return [frame(pauses, start, start, 'completed', 'created')];
  const code = log.code;
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as number;
    if (c === EVENT_AGENT_PUBLIC || (c >= EVENT_STATUS && log.solved[c - EVENT_STATUS] === true)) {
      return [frame(pauses, start, log.at[i] as number, 'completed', 'created')];
    }
  }
  return [frame(pauses, start, asOf, 'running', 'created')];
};
