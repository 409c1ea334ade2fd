import { makePlan, evaluateTicket } from '../src/index.js';
import { either } from 'fp-ts';

const hours = ['09:30-17:30'];
const plan = makePlan({
  id: 'clickmedia',
  calendars: { office: { timeZone: 'Europe/Athens', week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours }, holidays: [{ country: 'GR' }] } },
  defaultCalendar: 'office',
  priorities: [{ id: 'first' }, { id: 'second' }],
  defaultPriority: 'first',
  clocks: [
    { id: 'response', kind: 'firstResponse', targets: { first: { businessDays: 4 }, second: { businessDays: 4 } } },
    { id: 'resolution', kind: 'resolution', targets: { first: { endOfBusinessDay: 0 }, second: { elapsedTime: { days: 7 } } } },
  ],
});

const sla = evaluateTicket(plan, {
  events: [
    { type: 'created', at: '2025-04-17T16:00:00+03:00' },                      // Holy Thursday, 16:00
    { type: 'status', at: '2025-04-17T16:30:00+03:00', status: 'pending' },    // waiting for the customer
    { type: 'status', at: '2025-04-22T10:00:00+03:00', status: 'open' },       // back on Tuesday
  ],
}, '2025-04-22T10:30:00+03:00');

if (either.isRight(sla)) {
  for (const c of sla.right.clocks) {
    console.log(c.clock, c.state, c.dueAt?.toISO(), c.breached, c.remaining.as('minutes'));
  }
}
