/**
 * `npm run bench`: support-sla against the npm business-time peers, one run, same calendar and
 * inputs, then the compliance reports (bench/compliance.ts). See docs/performance.md.
 * `npm run bench -- --quick` for a rough, short run; `-- --compliance` for the compliance section only;
 * `-- --clocks` for the SLA-clocks section only (three fresh processes; `--clocks-once`: one).
 *
 * The peers (moment, dayjs, date-fns) compute in the PROCESS time zone, so the process zone is
 * set to the calendar's zone before any of them is loaded. support-sla never reads it.
 */
process.env['TZ'] = 'Europe/Athens';
const januaryOffset = new Date(Date.UTC(2025, 0, 15)).getTimezoneOffset();
if (januaryOffset !== -120) {
  throw new Error(`Could not set the process time zone to Europe/Athens (January offset ${januaryOffset} min).`);
}
// `npm run bench -- --clocks`: the SLA-clocks section only (bench/clocks.ts), with the full harness,
// in three fresh processes (`--clocks-once` is one of them)
if (process.argv.includes('--clocks-once')) {
  const { runClocksBench } = await import('./clocks.js');
  const quick = process.argv.includes('--quick');
  console.log(JSON.stringify(runClocksBench(quick ? { minRunMs: 50, runs: 3, warmupMs: 30 } : { minRunMs: 200, runs: 5, warmupMs: 150 })));
} else if (process.argv.includes('--clocks')) {
  const { runClocksProcesses } = await import('./clocks-processes.js');
  for (const line of runClocksProcesses(process.argv.includes('--quick'))) console.log(line);
} else {
  // `npm run bench -- --compliance`: the compliance section only
  if (!process.argv.includes('--compliance')) await import('./run.js');
  await import('./compliance.js');
}

export {};
