/**
 * The SLA-clocks section (bench/clocks.ts) in three fresh processes: the table of the process
 * whose 1-clock ratio is the median, and each ratio in all three.
 *
 * Why three: the same code measured a 1-clock ticket at 0.84 µs in one process and 1.04 µs in
 * the next (its ratio to addBusinessMillis 16× and 19×), while within one process the rounds
 * agree to a few percent. The tickets' objects are where the young generation's parallel
 * scavenges put them, which differs from process to process: with `--single-threaded-gc`, or
 * with 64 tickets that stay in the cache, the processes agree. One process's figure is one draw.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ClocksBench } from './clocks.js';
import { adversarialWorst } from './clocks-adversarial.js';

const PROCESSES = 3;

/** Runs the section in fresh processes; returns the markdown lines. */
export const runClocksProcesses = (quick: boolean): string[] => {
  const runs: ClocksBench[] = [];
  for (let k = 0; k < PROCESSES; k++) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./index.ts', import.meta.url)), '--clocks-once', ...(quick ? ['--quick'] : [])], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) throw new Error(`the SLA-clocks section failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout) as ClocksBench);
  }
  const mid = (f: (r: ClocksBench) => number): number => runs.map(f).sort((a, b) => a - b)[PROCESSES >> 1] as number;
  const each = (f: (r: ClocksBench) => number): string => runs.map((r) => `${f(r).toFixed(1)}×`).join(', ');
  const one = mid((r) => r.oneClockRatio);
  const median = runs.find((r) => r.oneClockRatio === one) as ClocksBench;
  const hard = adversarialWorst();
  return [
    ...median.lines,
    '',
    `The section ran in ${PROCESSES} fresh processes; above, the one whose 1-clock ratio is the median. Per clock ÷ addBusinessMillis in each: 1 clock ${each((r) => r.oneClockRatio)} (median ${one.toFixed(1)}×: ${one <= 15 ? 'MET' : 'NOT MET'}); 4 clocks ${each((r) => r.fourClockRatio)} (median ${mid((r) => r.fourClockRatio).toFixed(1)}×); 1 clock on 64 tickets in the cache ${each((r) => r.oneClockCachedRatio)}; 1 clock after the 10,000-event ticket ${each((r) => r.oneClockAfterBigRatio)}; 1 clock while 81,920 results are kept ${each((r) => r.oneClockKeptRatio)}; the ticket without clocks (reading it) ${each((r) => r.readingRatio)}.`,
    '',
    `Adversarial 10,000-event tickets (bench/clocks-adversarial.ts; rule 9: never a hang): the slowest of ${hard.tickets} took ${hard.ms.toFixed(1)} ms (${hard.what}; best of two calls, CPU time, this process).`,
  ];
};
