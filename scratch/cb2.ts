import * as E from 'fp-ts/lib/Either.js';
import { evaluateTicketMillis, evaluateTicket, makePlan } from '../src/index.js';
import { measure } from '../bench/harness.js';
import { HOLIDAY_DATES, HOUR, MINUTE, mulberry32, N, specWith } from '../bench/setup.js';
const plan = makePlan({ id: 'b', calendars: { office: specWith(HOLIDAY_DATES) }, defaultCalendar: 'office', priorities: [{ id: 'p1' }, { id: 'p2' }], defaultPriority: 'p2', clocks: [{ id: 'response', kind: 'firstResponse', targets: { p1: { businessTime: { hours: 1 } }, p2: { businessTime: { hours: 4 } } } }] });
const rnd = mulberry32(11);
const starts = Array.from({ length: N }, () => Date.UTC(2025, 0, 1) + Math.floor(rnd() * 700 * 24 * 60) * MINUTE);
const log = (s: number) => [{ type: 'created', at: s, channel: 'email' }, { type: 'status', at: s + 1 * HOUR, status: 'pending' }, { type: 'status', at: s + 3 * HOUR, status: 'open' }, { type: 'message', at: s + 4 * HOUR, author: 'agent' }, { type: 'message', at: s + 20 * HOUR, author: 'customer' }, { type: 'message', at: s + 26 * HOUR, author: 'agent' }, { type: 'status', at: s + 30 * HOUR, status: 'solved' }];
const tickets = starts.map((s) => ({ events: log(s) }));
const asOf = starts.map((s) => s + 48 * HOUR);
for (let k = 0; k < 3; k++) {
  const a = measure((i) => { const r = evaluateTicketMillis(plan, tickets[i], asOf[i]!); return E.isRight(r) ? r.right.clocks.length : 0; }, { inputs: N });
  const b = measure((i) => { const r = evaluateTicket(plan, tickets[i], asOf[i]!); return E.isRight(r) ? r.right.clocks.length : 0; }, { inputs: N });
  console.log(a.nsPerOp.toFixed(0), b.nsPerOp.toFixed(0));
}
