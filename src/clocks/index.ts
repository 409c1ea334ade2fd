export { evaluateTicket, evaluateTicketMillis } from './evaluate.js';
export type { EvaluateTicketOptions } from './evaluate.js';
export type {
  ClockState,
  ClosedDay,
  ExplanationStep,
  CycleFigures,
  ClockFigures,
  TicketFigures,
  ClockResult,
  CycleResult,
  TicketSla,
  ClockResultMillis,
  CycleResultMillis,
  TicketSlaMillis,
} from './types.js';
