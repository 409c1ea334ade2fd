import { evaluateTicketMillis, makePlan } from '/work/wt/compliance/src/index.js';
import { syntheticPlanSpec, syntheticTicket } from '/work/wt/compliance/examples/data/synthetic.js';
const plan = makePlan(syntheticPlanSpec);
const asOf = Date.parse('2026-05-20T12:00:00+03:00');
const states: Record<string, number> = {};
for (let i = 0; i < 3000; i++) {
  const t = syntheticTicket(i);
  const created = Date.parse(t.events[0]!.at as string);
  if (created > asOf) continue;
  const e = evaluateTicketMillis(plan, t, asOf);
  if (e._tag === 'Left') { states['LEFT'] = (states['LEFT'] ?? 0) + 1; continue; }
  for (const c of e.right.clocks) for (const y of c.cycles) { const k = `${c.clock}:${y.state}:${y.breached}`; states[k] = (states[k] ?? 0) + 1; }
  if (created > asOf - 5 * 86400000 && i < 400) console.log(JSON.stringify(e.right.clocks.map(c => [c.clock, c.state, c.cycles.length, c.breached])), t.events.map(e=>e.at).join(' '));
}
console.log(states);
