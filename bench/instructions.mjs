/**
 * Instructions and cache misses per operation, counted by valgrind's cachegrind: a figure that a
 * busy machine does not move (the timed bench's ratio moves by a third with the neighbours). Not
 * part of `npm run bench` (valgrind is not a dependency); run by hand after `npm run build`:
 *
 *   bash bench/instructions.sh          # 1-clock ticket and addBusinessMillis, per operation
 *
 * This file is the process that cachegrind counts: it warms the operation up (60,000 calls), then
 * makes `M` more calls. The script runs it with `M = 0` and with `M > 0` and divides the
 * difference by `M`, so start-up, module loading and the warm-up cancel out.
 *
 *   node bench/instructions.mjs <ticket|add> <M>
 *
 * The tickets are the bench's typical ticket (bench/clocks.ts: created, a pause, a reply, a
 * customer message, a reply, solved; epoch-ms instants, asOf 48 h after creation), 4,096 of them
 * on the 1-clock plan (first response), on a calendar like the bench's (Athens, 09:00-17:00 on
 * weekdays, 14 holidays).
 */
import { addBusinessMillis, evaluateTicketMillis, makePlan } from '../dist/index.js';

const [what = 'ticket', count = '0'] = process.argv.slice(2);
const M = Number(count);
const HOUR = 3_600_000;
const MINUTE = 60_000;
const N = 4096;
// mulberry32, as bench/setup.ts
let seed = 11;
const rnd = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const hours = ['09:00-17:00'];
const holidays = ['2025-01-01', '2025-01-06', '2025-03-03', '2025-03-25', '2025-04-18', '2025-04-21', '2025-05-01', '2025-06-09', '2025-08-15', '2025-10-28', '2025-12-25', '2025-12-26', '2026-01-01', '2026-01-06'];
const plan = makePlan({
  id: 'bench',
  calendars: { office: { timeZone: 'Europe/Athens', week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours }, holidays: [{ dates: holidays }] } },
  defaultCalendar: 'office',
  priorities: [{ id: 'p1' }, { id: 'p2' }],
  defaultPriority: 'p2',
  clocks: [{ id: 'response', kind: 'firstResponse', targets: { p1: { businessTime: { hours: 1 } }, p2: { businessTime: { hours: 4 } } } }],
});
const cal = plan.calendars['office'];
const starts = Array.from({ length: N }, () => Date.UTC(2025, 0, 1) + Math.floor(rnd() * 700 * 24 * 60) * MINUTE);
const log = (s) => [
  { type: 'created', at: s, channel: 'email' },
  { type: 'status', at: s + HOUR, status: 'pending' },
  { type: 'status', at: s + 3 * HOUR, status: 'open' },
  { type: 'message', at: s + 4 * HOUR, author: 'agent' },
  { type: 'message', at: s + 20 * HOUR, author: 'customer' },
  { type: 'message', at: s + 26 * HOUR, author: 'agent' },
  { type: 'status', at: s + 30 * HOUR, status: 'solved' },
];
const tickets = starts.map((s) => ({ events: log(s) }));
const asOf = starts.map((s) => s + 48 * HOUR);
const op =
  what === 'add'
    ? (i) => addBusinessMillis(cal, starts[i], 4 * HOUR)
    : (i) => {
        const r = evaluateTicketMillis(plan, tickets[i], asOf[i]);
        return r._tag === 'Right' ? r.right.clocks.length : 0;
      };
let sink = 0;
for (let k = 0; k < 60_000; k++) sink += op(k & (N - 1));
for (let k = 0; k < M; k++) sink += op(k & (N - 1));
if (sink === -1) console.log(sink);
