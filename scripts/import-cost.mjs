#!/usr/bin/env node
// The cost of importing the package root and support-sla/core in Node, and what it is spent on.
//
// Each sample is a FRESH `node` process that times, in-process with hrtime, one cold
// `import()` (ESM) or `require()` (CJS) of the built package (dist/), after optionally loading
// some dependencies first: the difference tells what the package's own modules cost on top of
// its dependencies. Node's own start-up is not counted. Samples run round-robin, and the
// medians of RUNS processes are printed as a Markdown table.
//
//   npm run build && node scripts/import-cost.mjs        # RUNS=21 by default
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.RUNS ?? 21);
const esm = pathToFileURL(join(root, 'dist', 'index.js')).href;
const cjs = join(root, 'dist', 'index.cjs');
const coreEsm = pathToFileURL(join(root, 'dist', 'core.js')).href;
if (!existsSync(cjs)) {
  console.error('import-cost: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

/** A sample: load `pre` (untimed), then time loading `target`. */
const cases = [
  { name: 'ESM: import support-sla', kind: 'esm', pre: [], target: esm },
  { name: 'CJS: require support-sla', kind: 'cjs', pre: [], target: cjs },
  { name: 'ESM: import luxon', kind: 'esm', pre: [], target: 'luxon' },
  { name: 'ESM: import fp-ts/lib/Either.js', kind: 'esm', pre: [], target: 'fp-ts/lib/Either.js' },
  { name: 'ESM: import date-holidays', kind: 'esm', pre: [], target: 'date-holidays' },
  { name: 'ESM: support-sla after luxon, fp-ts and date-holidays (its own modules)', kind: 'esm', pre: ['luxon', 'fp-ts/lib/Either.js', 'date-holidays'], target: esm },
  { name: 'CJS: support-sla after luxon, fp-ts and date-holidays (its own modules)', kind: 'cjs', pre: ['luxon', 'fp-ts/lib/Either.js', 'date-holidays'], target: cjs },
  { name: 'ESM: import support-sla/core', kind: 'esm', pre: [], target: coreEsm },
  { name: 'ESM: support-sla/core after luxon (its own modules)', kind: 'esm', pre: ['luxon'], target: coreEsm },
];

const script = (c) =>
  c.kind === 'esm'
    ? `${c.pre.map((p) => `await import(${JSON.stringify(p)});`).join('')}const t = process.hrtime.bigint(); await import(${JSON.stringify(c.target)}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`
    : `${c.pre.map((p) => `require(${JSON.stringify(p)});`).join('')}const t = process.hrtime.bigint(); require(${JSON.stringify(c.target)}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`;

const sample = (c) =>
  Number(
    execFileSync(process.execPath, c.kind === 'esm' ? ['--input-type=module', '-e', script(c)] : ['-e', script(c)], {
      cwd: root,
      encoding: 'utf8',
    }).trim(),
  );

const samples = cases.map(() => []);
for (let r = 0; r < runs; r++) cases.forEach((c, i) => samples[i].push(sample(c)));

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
console.log(`| what (${runs} fresh processes each, Node ${process.version}) | median | min | p90 |`);
console.log('| --- | --- | --- | --- |');
cases.forEach((c, i) => {
  const xs = samples[i];
  console.log(`| ${c.name} | ${quantile(xs, 0.5).toFixed(1)} ms | ${Math.min(...xs).toFixed(1)} ms | ${quantile(xs, 0.9).toFixed(1)} ms |`);
});
