/**
 * `complianceReport`: evaluate a stream of tickets once each and count their clocks (rule 8).
 * The report's types, its merge and the accumulator live in `accumulator.ts`.
 */
import * as E from 'fp-ts/lib/Either.js';
import { issue, type Issue } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { errorText } from '../internal/read.js';
import type { TicketSlaMillis } from '../clocks/types.js';
import { evaluateTicketMillis } from '../clocks/evaluate.js';
import type { Plan } from '../plan/types.js';
import type { TicketInput } from '../ticket/types.js';
import {
  ComplianceAccumulator,
  idOf,
  readReportOptions,
  type ComplianceReport,
  type ComplianceReportOptions,
} from './accumulator.js';

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/**
 * The compliance report of some tickets (rule 8): each clock, and each cycle of a multi-cycle
 * clock, that started in `[from, to)` is met, breached, pending (open, not yet past due at
 * `asOf`) or cancelled; met and breached are counted. Rows are grouped by `by`.
 *
 * The tickets are consumed once, one at a time (a generator streaming from a file works, and
 * memory does not grow with the number of tickets). A ticket that cannot be evaluated does not
 * stop the report: it is listed in `rejected` with its issues. Bad options are a `Left`.
 *
 * @example
 * ```ts
 * import { complianceReport, makePlan, type TicketInput } from 'support-sla';
 * const plan = makePlan({
 *   id: 'basic', calendars: { office: { alwaysOpen: 'UTC' } }, defaultCalendar: 'office',
 *   priorities: [{ id: 'normal' }], defaultPriority: 'normal',
 *   clocks: [{ id: 'firstResponse', kind: 'firstResponse', targets: { normal: { elapsedTime: { hours: 4 } } } }],
 * });
 * const tickets: TicketInput[] = [
 *   { id: 'T1', events: [{ type: 'created', at: '2026-03-02T09:00:00Z' },
 *                        { type: 'message', at: '2026-03-02T10:00:00Z', author: 'agent' }] },
 *   { id: 'T2', events: [{ type: 'created', at: '2026-03-03T09:00:00Z' },
 *                        { type: 'message', at: '2026-03-03T15:00:00Z', author: 'agent' }] },
 * ]; // one met (1 h), one breached (6 h)
 * const r = complianceReport(plan, tickets, { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z', asOf: '2026-04-01T00:00:00Z' });
 * if (r._tag === 'Right') console.log(r.right.total.met, r.right.total.breached, r.right.total.percentMet); // 1 1 50
 * ```
 */
export const complianceReport = (
  plan: Plan,
  tickets: Iterable<TicketInput>,
  options: ComplianceReportOptions,
): E.Either<Issue[], ComplianceReport> => {
  const read = readReportOptions(plan.id, tickets, options);
  if (E.isLeft(read)) return read;
  const acc = new ComplianceAccumulator(read.right);
  const { toMs, asOfMs } = read.right;
  for (const ticket of tickets) {
    acc.read++;
    let result: E.Either<Issue[], TicketSlaMillis>;
    try {
      result = evaluateTicketMillis(plan, ticket, asOfMs);
    } catch (e) {
      // an exception here is a bug of the engine, not of the ticket; one ticket must not stop a
      // report over millions, so it is reported with the ticket
      result = E.left([issue(IssueCode.TICKET_EVALUATION_FAILED, [], `The ticket could not be evaluated: ${errorText(e)}.`)]);
    }
    if (E.isLeft(result)) {
      // created after asOf: the ticket does not exist yet as of asOf (whatever else is wrong with it)
      if (result.left.some((i) => i.code === IssueCode.AS_OF_BEFORE_CREATED)) acc.skipped++;
      else acc.reject(idOf(ticket), result.left);
    } else if (result.right.createdAt >= toMs) {
      acc.skipped++; // no clock of a ticket created at or after `to` starts in the window
    } else {
      acc.addTicket(result.right);
    }
  }
  return E.right(acc.toReport());
};

