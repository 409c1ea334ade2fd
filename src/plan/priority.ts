/**
 * Priority classes: the impact × urgency matrix lookup, and entitlement (rule 7).
 */
import { isOpenMillis } from '../business-time/queries.js';
import { toMillis, type InstantInput } from '../time/instant.js';
import { planState, type PlanState } from './plan.js';
import type { Entitlement, Plan } from './types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** The arguments of {@link checkEntitlement}. */
export interface CheckEntitlementOptions {
  /** The channel the contact comes through. */
  readonly channel: string;
  /** The ticket's priority; default the plan's `defaultPriority`. */
  readonly priority?: string;
  /** When the contact is made. */
  readonly at: InstantInput;
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * The priority class of an impact and an urgency, by the plan's `priorityMatrix`. Throws a
 * `RangeError` when the plan has no matrix or a level is not in it (programmer misuse: tickets
 * are checked by `evaluateTicket`, which reports these as issues).
 *
 * @example
 * ```ts
 * import { makePlan, priorityFor } from 'support-sla';
 * const plan = makePlan({
 *   id: 'itil', calendars: { always: { alwaysOpen: 'Europe/Bratislava' } }, defaultCalendar: 'always',
 *   priorities: [{ id: 'critical' }, { id: 'high' }, { id: 'low' }],
 *   priorityMatrix: { impact: ['high', 'low'], urgency: ['high', 'low'], priority: [['critical', 'high'], ['high', 'low']] },
 *   clocks: [],
 * });
 * priorityFor(plan, { impact: 'low', urgency: 'high' }); // 'high'
 * ```
 */
export const priorityFor = (plan: Plan, cell: { readonly impact: string; readonly urgency: string }): string => {
  const found = matrixLookup(planState(plan), cell.impact, cell.urgency);
  if (typeof found === 'string') return found;
  throw new RangeError(found.problem);
};

/**
 * Is a contact through `channel` at `at`, of `priority`, entitled to the plan's clocks (rule 7)?
 * Not when the plan lists channels and not this one, when the channel does not serve the
 * priority, or when `at` is outside the channel's calendar.
 *
 * @example
 * ```ts
 * import { makePlan, checkEntitlement } from 'support-sla';
 * const plan = makePlan({
 *   id: 'x',
 *   calendars: { office: { timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'] } }, always: { alwaysOpen: 'Europe/Athens' } },
 *   defaultCalendar: 'office', priorities: [{ id: 'normal' }], defaultPriority: 'normal',
 *   channels: { email: {}, phone: { calendar: 'office' } }, clocks: [],
 * });
 * checkEntitlement(plan, { channel: 'phone', at: '2025-06-02T20:00:00+03:00' }); // { entitled: false, reason: 'outsideChannelHours' }
 * checkEntitlement(plan, { channel: 'fax', at: '2025-06-02T10:00:00+03:00' });   // { entitled: false, reason: 'channelNotInPlan' }
 * ```
 */
export const checkEntitlement = (plan: Plan, options: CheckEntitlementOptions): Entitlement => {
  const priority = options.priority ?? plan.defaultPriority;
  const state = planState(plan);
  if (priority === undefined || !state.priorityIds.has(priority)) {
    throw new RangeError(`checkEntitlement: unknown priority ${JSON.stringify(priority)} (and no defaultPriority to fall back on).`);
  }
  return entitlementMillis(state, options.channel, priority, toMillis(options.at, 'at'));
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const ENTITLED: Entitlement = Object.freeze({ entitled: true });
const NOT_IN_PLAN: Entitlement = Object.freeze({ entitled: false, reason: 'channelNotInPlan' });
const NOT_ON_CHANNEL: Entitlement = Object.freeze({ entitled: false, reason: 'priorityNotOnChannel' });
const OUTSIDE_HOURS: Entitlement = Object.freeze({ entitled: false, reason: 'outsideChannelHours' });

/** Rule 7 on validated values; a ticket without a channel is entitled. @internal */
export const entitlementMillis = (state: PlanState, channel: string | undefined, priority: string, atMs: number): Entitlement => {
  if (state.channels === undefined || channel === undefined) return ENTITLED;
  const c = state.channels.get(channel);
  if (c === undefined) return NOT_IN_PLAN;
  if (c.priorities !== undefined && !c.priorities.has(priority)) return NOT_ON_CHANNEL;
  if (c.cal !== undefined && !isOpenMillis(c.cal, atMs)) return OUTSIDE_HOURS;
  return ENTITLED;
};

/** The matrix cell, or why there is none. @internal */
export const matrixLookup = (state: PlanState, impact: string, urgency: string): string | { problem: string; which: 'matrix' | 'impact' | 'urgency' } => {
  const m = state.matrix;
  if (m === undefined) return { problem: 'The plan has no priorityMatrix.', which: 'matrix' };
  const i = m.impact.indexOf(impact);
  if (i < 0) return { problem: `Unknown impact ${JSON.stringify(impact)}; expected one of ${m.impact.join(', ')}.`, which: 'impact' };
  const u = m.urgency.indexOf(urgency);
  if (u < 0) return { problem: `Unknown urgency ${JSON.stringify(urgency)}; expected one of ${m.urgency.join(', ')}.`, which: 'urgency' };
  return (m.priority[i] as readonly string[])[u] as string;
};
