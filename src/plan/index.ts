export { parsePlan, safeParsePlan, makePlan } from './plan.js';
export { priorityFor, checkEntitlement } from './priority.js';
export type { CheckEntitlementOptions } from './priority.js';
export { DEFAULT_STATUSES } from './types.js';
export type {
  StatusKind,
  ClockKind,
  CycleMode,
  PriorityChangePolicy,
  DueBoundary,
  Target,
  WarningSpec,
  Entitlement,
  PrioritySpec,
  PriorityMatrix,
  ChannelSpec,
  ClockSpec,
  PlanCalendarSpec,
  PlanSpec,
  Plan,
} from './types.js';
