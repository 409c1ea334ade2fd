import { makePlan, evaluateTicketMillis, evaluateTicket, addBusinessMillis } from '../src/index.js';
const office = { timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'], tue: ['09:30-17:30'], wed: ['09:30-17:30'], thu: ['09:30-17:30'], fri: ['09:30-17:30'] }, holidays: [{ dates: ['2025-12-25'] }] };
const plan = makePlan({ id: 'x', calendars: { office }, defaultCalendar: 'office', priorities: [{ id: 'p1' }, { id: 'p2' }], defaultPriority: 'p2',
  clocks: [ { id: 'fr', kind: 'firstResponse', targets: { p1: { businessTime: { hours: 1 } }, p2: { businessTime: { hours: 4 } } } } ] });
const cal = plan.calendars.office!;
const N = 4096; const starts = Array.from({ length: N }, (_, i) => Date.UTC(2025, 0, 1) + ((i * 7919 * 60000) % (365 * 86400000)));
const tickets = starts.map((s) => ({ events: [{ type: 'created', at: s }, { type: 'status', at: s + 3600000, status: 'pending' }, { type: 'status', at: s + 7200000, status: 'open' }, { type: 'message', at: s + 4 * 3600000, author: 'agent' }] }));
let sink = 0;
const bench = (name: string, f: (i: number) => number) => { for (let i = 0; i < 20000; i++) sink += f(i & (N - 1)); let best = Infinity; for (let r = 0; r < 5; r++) { const t = process.cpuUsage(); for (let i = 0; i < 100000; i++) sink += f(i & (N - 1)); const u = process.cpuUsage(t); best = Math.min(best, (u.user + u.system) * 1000 / 100000); } console.log(name, best.toFixed(0), 'ns'); return best; };
const a = bench('addBusinessMillis', (i) => addBusinessMillis(cal, starts[i]!, 4 * 3600000));
const b = bench('evaluateTicketMillis 1 clock', (i) => { const r = evaluateTicketMillis(plan, tickets[i]!, starts[i]! + 5 * 3600000); return r._tag === 'Right' ? r.right.clocks.length : 0; });
const c = bench('evaluateTicket 1 clock', (i) => { const r = evaluateTicket(plan, tickets[i]!, starts[i]! + 5 * 3600000); return r._tag === 'Right' ? r.right.clocks.length : 0; });
console.log("ratios", (b / a).toFixed(1), (c / b).toFixed(2), sink > 0);
