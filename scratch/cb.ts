import { runClocksBench } from '../bench/clocks.js';
console.log(runClocksBench({ minRunMs: 200, runs: 5, warmupMs: 150 }).lines.join('\n'));
