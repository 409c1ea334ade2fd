import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
const plug = { name: 'x', setup(b) {
  b.onResolve({ filter: /^\.\/rules\.js$/ }, (a) => a.importer.includes(`${sep}src${sep}holidays${sep}`) ? { path: join(dirname(a.importer), 'rules-absent.ts') } : undefined);
  b.onResolve({ filter: /^\.\/official\/index\.js$/ }, (a) => a.importer.includes(`${sep}src${sep}holidays${sep}`) ? { path: join(dirname(a.importer), 'official', 'absent.ts') } : undefined);
  b.onResolve({ filter: /^fp-ts\/lib\/[A-Za-z]+\.js$/ }, (a) => ({ path: join(process.cwd(), 'node_modules/fp-ts/es6', a.path.slice(10)) }));
}};
const entries = {
  sla: `import { makePlan, evaluateTicket } from './src/index.js'; const plan = makePlan(JSON.parse(process.argv[2])); console.log(evaluateTicket(plan, { events: [] }, '2025-04-18T12:00:00+03:00'));`,
  bt: `import { makeCalendar, addBusinessTime, businessTimeBetween } from './src/index.js'; console.log(addBusinessTime(makeCalendar({}), 1, 2), businessTimeBetween);`,
};
const res = {};
for (const [n, code] of Object.entries(entries)) {
  writeFileSync(`.sz-${n}.ts`, code);
  const out = await build({ entryPoints: [`.sz-${n}.ts`], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, metafile: true, plugins: [plug] });
  const o = Object.values(out.metafile.outputs)[0];
  res[n] = o.inputs;
  const { gzipSync } = await import('node:zlib');
  console.log(n, out.outputFiles[0].contents.length, gzipSync(out.outputFiles[0].contents, {level: 9}).length);
}
const rows = Object.entries(res.sla).map(([f, v]) => [f, v.bytesInOutput, res.bt[f]?.bytesInOutput ?? 0]).filter(r => r[1] !== r[2]).sort((a, b) => (b[1]-b[2]) - (a[1]-a[2]));
for (const r of rows.slice(0, 40)) console.log(r[1]-r[2], r[1], r[0]);
