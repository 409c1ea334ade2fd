import { writeFileSync } from 'node:fs';
import { renderTimeline } from './src/explain/timeline.js';
import { clickMediaEaster, breachedAthens, ticket, clock } from './test/explain/hand-built.js';
const sla = ticket([clickMediaEaster(), breachedAthens()], 'Europe/Athens', '2026-04-09T10:00:00', '2026-04-14T13:15:00');
writeFileSync('/tmp/t1.svg', renderTimeline(sla, { locale: 'el' }));
