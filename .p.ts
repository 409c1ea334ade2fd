import { explainClock } from './src/explain/explain.js';
import { clickMediaEaster, klikMay, pausedSk, breachedAthens } from './test/explain/hand-built.js';
for (const c of [clickMediaEaster(), klikMay(), pausedSk(), breachedAthens()]) for (const l of ['en','el','ru','sk']) console.log(l, explainClock(c, { locale: l }), '\n');
