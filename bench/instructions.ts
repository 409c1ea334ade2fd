/**
 * Instructions and cache misses per operation, counted by valgrind's cachegrind: a figure that a
 * busy machine does not move (the timed bench's ratio moves by a third with the neighbours). Not
 * part of `npm run bench` (valgrind is not a dependency); run by hand:
 *
 *   bash bench/instructions.sh          # the 1-clock ticket and addBusinessMillis, per operation
 *
 * This file (bundled with the library by the script) is the process that cachegrind counts: it
 * warms the operation up (60,000 calls), then makes `M` more calls. The script runs it with two
 * values of `M` and divides the difference by theirs, so start-up, module loading and the warm-up
 * cancel out. The operations are the SLA section's (bench/clocks.ts): `evaluateTicketMillis` on
 * its 4,096 typical tickets in turn on the 1-clock plan, and `addBusinessMillis` of 4 h from
 * their creation instants.
 *
 *   node <the bundle> <ticket|add> <M>
 */
import { addBusinessMillis, evaluateTicketMillis } from '../src/index.js';
import { oneClockPlan, typicalTickets } from './clocks.js';
import { HOUR, MASK } from './setup.js';

const [what = 'ticket', count = '0'] = process.argv.slice(2);
const M = Number(count);
const plan = oneClockPlan();
const cal = plan.calendars['office']!;
const { starts, tickets, asOf } = typicalTickets();
const op =
  what === 'add'
    ? (i: number): number => addBusinessMillis(cal, starts[i] as number, 4 * HOUR)
    : (i: number): number => {
        const r = evaluateTicketMillis(plan, tickets[i], asOf[i] as number);
        return r._tag === 'Right' ? r.right.clocks.length : 0;
      };
let sink = 0;
for (let k = 0; k < 60_000; k++) sink += op(k & MASK);
for (let k = 0; k < M; k++) sink += op(k & MASK);
if (sink === -1) console.log(sink);
