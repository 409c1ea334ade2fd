import { SCENARIOS, evaluateScenario } from './scripts/render-images.js';
import { explainClock } from './src/index.js';
for (const s of SCENARIOS) { const { sla } = evaluateScenario(s); console.log('##', s.name);
  for (const c of sla.clocks) { console.log(JSON.stringify({clock: c.clock, state: c.state, breached: c.breached, due: c.dueAt?.toISO(), done: c.completedAt?.toISO(), rem: c.remaining.toMillis()/60000, ex: c.explanation.filter(e=>e.step!=='closed')})); for (const l of ['en','el','ru','sk']) console.log(l, explainClock(c, { locale: l })); } }
