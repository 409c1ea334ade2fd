#!/usr/bin/env node
// Size and cold-import budgets of the BUILT package, as a user's bundler and Node see it.
//
// 1. Bundles small consumer entry files with esbuild (bundle, minify, ESM, browser platform) and
//    gzips the output (level 9): what a browser widget or an edge function ships.
// 2. Times a cold `import()` of each entry point in fresh Node processes, round-robin with the
//    peers (luxon, date-fns, date-holidays) in the same run, and takes medians.
// 3. Checks the budgets (exit 1 when one is exceeded), and prints a Markdown table.
//
//   node scripts/budgets.mjs              # measure and check (needs dist/: npm run build)
//   node scripts/budgets.mjs --json       # also print the measurements as JSON
//   BUDGET_CORE=support-sla node scripts/budgets.mjs --no-check   # measure an older layout
//   BUDGET_RUNS=21                        # cold-import processes per entry (default 15)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const check = !args.has('--no-check');
const KiB = 1024;

/** The entry that must not load date-holidays (`support-sla/core`; `support-sla` before it existed). */
const core = process.env.BUDGET_CORE ?? 'support-sla/core';
const runs = Number(process.env.BUDGET_RUNS ?? 15);

for (const file of ['dist/index.js', 'package.json']) {
  if (!existsSync(join(root, file))) {
    console.error(`budgets: ${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// Consumer entry files
// ---------------------------------------------------------------------------------------------

const week = "{ mon: h, tue: h, wed: h, thu: h, fri: h }";
/** What a consumer writes; each one prints a result so nothing is dead code. */
const entries = {
  'business time, no holidays': `
import { makeCalendar, addBusinessTime, businessTimeBetween } from '${core}';
const h = ['09:30-17:30'];
const cal = makeCalendar({ timeZone: 'Europe/Athens', week: ${week} });
const due = addBusinessTime(cal, '2025-06-06T15:30:00+03:00', { hours: 4 });
console.log(due.toISO(), businessTimeBetween(cal, '2025-06-06T15:30:00+03:00', due).as('hours'));
`,
  'money only': `
import { money, addMoney, percentOf, formatMoney } from '${core}';
console.log(formatMoney(addMoney(money('120.00', 'EUR'), percentOf(money('80.00', 'EUR'), 24)), 'el-GR'));
`,
  'Greek-holiday calendar': `
import { makeCalendar, addBusinessTime } from 'support-sla';
const h = ['09:30-17:30'];
const cal = makeCalendar({ timeZone: 'Europe/Athens', week: ${week}, holidays: [{ country: 'GR' }] });
console.log(addBusinessTime(cal, '2025-06-06T15:30:00+03:00', { hours: 4 }).toISO());
`,
  'date-holidays alone (GR)': `
import Holidays from 'date-holidays';
console.log(new Holidays('GR').getHolidays(2025).length);
`,
  'luxon alone': `
import { DateTime } from 'luxon';
console.log(DateTime.fromISO('2025-06-06T15:30:00+03:00', { setZone: true }).setZone('Europe/Athens').plus({ hours: 4 }).toISO());
`,
  'date-fns alone': `
import { addBusinessDays, differenceInBusinessDays, formatISO } from 'date-fns';
const d = addBusinessDays(new Date(Date.UTC(2025, 5, 6, 12)), 4);
console.log(formatISO(d), differenceInBusinessDays(d, new Date(Date.UTC(2025, 5, 6, 12))));
`,
};
if (process.env.BUDGET_CLOCKS !== '0' && exportsName('evaluateTicket')) {
  // a browser widget's SLA countdown: ClickMedia's plan, its Greek holidays frozen on a server
  // (by the built root entry), fetched by the widget and evaluated with support-sla/core. The
  // budget is the library's code: the plan is the user's data, fetched at run time; the same
  // widget with the frozen plan embedded in the bundle is reported beside it
  const rootEntry = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const spec = JSON.parse(readFileSync(join(root, 'examples/plans/clickmedia.json'), 'utf8'));
  const frozen = JSON.stringify(rootEntry.freezePlanSpecOrThrow(spec, { from: 2025, to: 2026 }));
  const widget = (plan) => `
import { makePlan, evaluateTicket } from '${core}';
const plan = makePlan(${plan});
const r = evaluateTicket(plan, { events: [{ type: 'created', at: '2025-04-17T16:00:00+03:00', channel: 'email', priority: 'first' }] }, '2025-04-18T12:00:00+03:00');
console.log(r._tag === 'Right' ? r.right.clocks.map((c) => c.dueAt && c.dueAt.toISO()) : r.left);
`;
  entries['SLA clocks'] = widget("await (await fetch('/plans/clickmedia.frozen.json')).json()");
  entries['SLA clocks + frozen plan in the bundle'] = widget(frozen);
}

// BUDGET_BEFORE=<folder of an older build of this package (package.json, dist/)>: the same
// consumer entries against it, in the same run (reported, not budgeted)
const before = process.env.BUDGET_BEFORE;
if (before !== undefined) {
  entries['0.1.0: business time, no holidays'] = entries['business time, no holidays'].replaceAll(`'${core}'`, "'support-sla-before'");
  entries['0.1.0: money only'] = entries['money only'].replaceAll(`'${core}'`, "'support-sla-before'");
}

/** Whether the built ESM entry exports `name` (the SLA clocks land during this round). */
function exportsName(name) {
  const text = readFileSync(join(root, 'dist/index.js'), 'utf8');
  return new RegExp(`\\b${name}\\b`).test(text.slice(text.lastIndexOf('export {')));
}

// ---------------------------------------------------------------------------------------------
// Budgets (gzip bytes, or ratios)
// ---------------------------------------------------------------------------------------------

const budgets = [
  { what: 'business time with no holidays <= 40 KiB gzip', ok: (s) => s['business time, no holidays'] <= 40 * KiB },
  { what: 'money only <= 6 KiB gzip', ok: (s) => s['money only'] <= 6 * KiB },
  {
    what: "Greek-holiday calendar within 45 KiB of date-holidays' own cost",
    ok: (s) => s['Greek-holiday calendar'] - s['date-holidays alone (GR)'] <= 45 * KiB,
  },
  {
    what: 'SLA clocks within 15 KiB of business time',
    ok: (s) => s['SLA clocks'] === undefined || s['SLA clocks'] - s['business time, no holidays'] <= 15 * KiB,
  },
];

// ---------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'support-sla-budgets-'));
let failed = false;
try {
  // a consumer folder whose node_modules/support-sla is this package (its package.json, its
  // exports map, its dist/), the peers resolved from the repo's node_modules
  mkdirSync(join(work, 'node_modules'));
  symlinkSync(root, join(work, 'node_modules', 'support-sla'), 'dir');
  if (before !== undefined) symlinkSync(resolve(before), join(work, 'node_modules', 'support-sla-before'), 'dir');
  for (const peer of ['luxon', 'date-fns', 'date-holidays', 'fp-ts']) {
    symlinkSync(join(root, 'node_modules', peer), join(work, 'node_modules', peer), 'dir');
  }

  const sizes = {};
  const raw = {};
  for (const [name, code] of Object.entries(entries)) {
    const file = join(work, `${name.replace(/[^a-z0-9]+/gi, '-')}.mjs`);
    writeFileSync(file, code);
    const out = await build({
      entryPoints: [file],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      metafile: true,
      absWorkingDir: work,
    });
    const bytes = out.outputFiles[0].contents;
    raw[name] = bytes.length;
    sizes[name] = gzipSync(bytes, { level: 9 }).length;
    if (name === 'business time, no holidays' || name === 'money only') {
      const inputs = Object.keys(out.metafile.inputs);
      const heavy = inputs.filter((p) => /node_modules\/(date-holidays|date-holidays-parser|moment|moment-timezone|astronomia|caldate)\//.test(p));
      if (heavy.length > 0) {
        console.error(`budgets: ${name} bundles date-holidays' graph: ${heavy.slice(0, 3).join(', ')}…`);
        failed = true;
      }
    }
  }

  // cold import, fresh processes, round-robin so that machine noise hits every entry alike
  const specs = [core, 'support-sla', ...(before !== undefined ? ['support-sla-before'] : []), 'luxon', 'date-fns', 'date-holidays'].filter(
    (s, i, a) => a.indexOf(s) === i,
  );
  const times = Object.fromEntries(specs.map((s) => [s, []]));
  /** Runs an ES module script in a fresh Node process in the consumer folder; its stdout. */
  const inFreshNode = (script) => execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: work, encoding: 'utf8' });
  const probe = (spec) =>
    Number(inFreshNode(`const t = performance.now(); await import(${JSON.stringify(spec)}); process.stdout.write(String(performance.now() - t));`));
  // what an import does besides loading code: luxon makes its system locale (an
  // Intl.DateTimeFormat, about 15 ms) the first time a DateTime or Duration is made, so one
  // luxon value built at module load costs every process that imports the package. Counted by
  // wrapping the Intl constructors before the import: none may run.
  const intlAtLoad = (spec) =>
    JSON.parse(
      inFreshNode(`const n = {};
for (const k of Object.getOwnPropertyNames(Intl)) {
  const C = Intl[k];
  if (typeof C !== 'function' || !/^[A-Z]/.test(k)) continue;
  const count = () => { n[k] = (n[k] ?? 0) + 1; };
  Intl[k] = new Proxy(C, { construct: (t, a, nt) => (count(), Reflect.construct(t, a, nt)), apply: (t, s, a) => (count(), Reflect.apply(t, s, a)) });
}
await import(${JSON.stringify(spec)});
process.stdout.write(JSON.stringify(n));`),
    );
  // `sideEffects: false` true in fact: an import adds no global and leaves luxon's Settings as
  // they were (the bundler then may drop an unused import, checked below with esbuild)
  const globalsAtLoad = (spec) =>
    JSON.parse(
      inFreshNode(`const { Settings } = await import('luxon');
const settings = () => JSON.stringify([Settings.defaultZone.name, Settings.defaultLocale, Settings.defaultNumberingSystem, Settings.defaultOutputCalendar, Settings.throwOnInvalid, Settings.twoDigitCutoffYear, Settings.defaultWeekSettings, Settings.now === Date.now]);
const before = new Set(Reflect.ownKeys(globalThis).map(String));
const s0 = settings();
await import(${JSON.stringify(spec)});
const added = Reflect.ownKeys(globalThis).map(String).filter((k) => !before.has(k));
process.stdout.write(JSON.stringify({ added, settings: settings() === s0 }));`),
    );
  const entryPoints = [core, 'support-sla'].filter((s, i, a) => a.indexOf(s) === i);
  const loadGlobals = Object.fromEntries(entryPoints.map((s) => [s, globalsAtLoad(s)]));
  const unusedFile = join(work, 'unused-import.mjs');
  writeFileSync(unusedFile, `import { makeCalendar, addBusinessTime, makePlan, evaluateTicket, money, formatMoney } from '${core}';\n`);
  const unused = await build({ entryPoints: [unusedFile], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', absWorkingDir: work });
  const unusedBytes = unused.outputFiles[0].contents.length;

  const loadIntl = Object.fromEntries(entryPoints.map((s) => [s, intlAtLoad(s)]));

  for (const spec of specs) probe(spec); // warm the file system cache once
  for (let i = 0; i < runs; i++) for (const spec of specs) times[spec].push(probe(spec));
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const imports = Object.fromEntries(specs.map((s) => [s, median(times[s])]));

  // report
  const kib = (b) => `${(b / KiB).toFixed(1)} KiB`;
  console.log('| consumer entry (esbuild, minified) | raw | gzip |\n|---|---:|---:|');
  for (const name of Object.keys(entries)) console.log(`| ${name} | ${kib(raw[name])} | ${kib(sizes[name])} |`);
  console.log(`\n| cold \`import()\` in Node ${process.version} (median of ${runs} fresh processes) | ms |\n|---|---:|`);
  for (const spec of specs) console.log(`| \`${spec === 'support-sla-before' ? 'support-sla 0.1.0' : spec}\` | ${imports[spec].toFixed(1)} |`);
  // the budget's ratio: the median of the per-round ratios (each round measures both within
  // moments of each other, so a busy machine slows both), next to the ratio of the medians
  const ratio = median(times[core].map((t, i) => t / times.luxon[i]));
  console.log(`\n\`${core}\` / luxon: ${ratio.toFixed(2)}x (median of ${runs} paired rounds; ratio of the medians ${(imports[core] / imports.luxon).toFixed(2)}x)`);
  if (args.has('--json')) console.log(JSON.stringify({ node: process.version, sizes, raw, imports, runs }, null, 2));

  if (check) {
    const results = budgets.map((b) => ({ ...b, pass: b.ok(sizes) }));
    // a cold import is noisy on a shared machine: medians of paired rounds in fresh processes
    results.push({ what: `cold import of ${core} <= 3x luxon's own (${ratio.toFixed(2)}x)`, pass: ratio <= 3 });
    results.push({ what: `an import whose names are unused bundles to nothing (${unusedBytes} bytes)`, pass: unusedBytes === 0 });
    for (const [spec, g] of Object.entries(loadGlobals)) {
      results.push({
        what: `importing ${spec} adds no global (${g.added.length === 0 ? 'none' : g.added.join(', ')}) and leaves luxon's Settings ${g.settings ? 'unchanged' : 'CHANGED'}`,
        pass: g.added.length === 0 && g.settings,
      });
    }
    for (const [spec, made] of Object.entries(loadIntl)) {
      const list = Object.entries(made).map(([k, v]) => `${v} ${k}`);
      results.push({ what: `importing ${spec} makes no Intl object (${list.length === 0 ? 'none' : list.join(', ')})`, pass: list.length === 0 });
    }
    for (const r of results) console.log(`budgets: ${r.pass ? 'ok  ' : 'OVER'} ${r.what}`);
    if (results.some((r) => !r.pass)) failed = true;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) {
  console.error('budgets: FAILED');
  process.exit(1);
}
