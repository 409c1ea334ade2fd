/**
 * The first-response clock (rule 4): starts at `created`; completed by the first PUBLIC agent
 * message, at `created` when an agent opened the ticket, or at a solve that comes before any
 * response. Internal messages never count.
 * @internal
 */
import type { TicketLog } from '../ticket/types.js';
import { frame, type CycleFrame, type Pause } from './frames.js';

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** The one cycle of a first-response clock. */
export const firstResponseFrames = (log: TicketLog, pauses: readonly Pause[], asOf: number): CycleFrame[] => {
  const start = log.createdAt;
  if (log.by === 'agent') return [frame(pauses, start, start, 'completed', 'created')];
  for (const ev of log.events) {
    if ((ev.type === 'message' && ev.author === 'agent' && ev.isPublic) || (ev.type === 'status' && ev.kind === 'solved')) {
      return [frame(pauses, start, ev.at, 'completed', 'created')];
    }
  }
  return [frame(pauses, start, asOf, 'running', 'created')];
};
