#!/usr/bin/env node
// Smoke test of the published shape of the package.
//
// 1. `npm pack` the package as it would be published (needs `dist/`: run `npm run build` first;
//    `npm run check:package` does).
// 2. Install the tarball into a throwaway consumer folder under os.tmpdir(), the way a user
//    would, with the LOWEST versions of the peer ranges (luxon, @types/luxon), without touching
//    the network when the npm cache has them.
// 3. Run one ES module (`import ... from 'support-sla'`) and one CommonJS file
//    (`require('support-sla')`) there, each checking the exports and computing a known answer.
//
// Prints the tarball size. Exits non-zero on any failure. Set SMOKE_KEEP=1 to keep the folder.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = 'npm';
const started = performance.now();
let registryUrl; // memo of registry()

const log = (msg) => console.log(`smoke: ${msg}`);
const fail = (msg) => {
  console.error(`smoke: FAILED: ${msg}`);
  process.exitCode = 1;
};

for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
  if (!existsSync(join(root, file))) {
    console.error(`smoke: ${file} is missing; run \`npm run build\` first (or \`npm run check:package\`).`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'support-sla-smoke-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32' && cmd === npm, // npm is npm.cmd there
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  });

try {
  // ---------------------------------------------------------------------------------------------
  // 1. pack
  // ---------------------------------------------------------------------------------------------
  const packed = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root))[0];
  const tarball = join(work, packed.filename);
  log(
    `packed ${packed.filename}: ${(packed.size / 1024).toFixed(1)} kB tarball, ` +
      `${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked, ${packed.entryCount} files`,
  );
  const unexpected = packed.files.map((f) => f.path).filter((p) => !/^(dist\/|package\.json$|plan\.schema\.json$|README\.md$|LICENSE)/.test(p));
  if (unexpected.length > 0) fail(`unexpected files in the tarball: ${unexpected.join(', ')}`);

  // ---------------------------------------------------------------------------------------------
  // 2. install into a consumer folder
  // ---------------------------------------------------------------------------------------------
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  const mode = install(consumer, tarball);
  log(`installed into ${consumer} (${mode})`);

  // ---------------------------------------------------------------------------------------------
  // 3. import both ways
  // ---------------------------------------------------------------------------------------------
  writeFileSync(join(consumer, 'esm.mjs'), consumerCode('esm'));
  writeFileSync(join(consumer, 'cjs.cjs'), consumerCode('cjs'));
  for (const file of ['esm.mjs', 'cjs.cjs']) {
    try {
      const out = run(process.execPath, [file], consumer).trim();
      log(`${file}: ${out}`);
    } catch (e) {
      fail(`${file} failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
    }
  }
  typeCheck(consumer);

  const esmNames = run(process.execPath, ['--input-type=module', '-e', "import * as m from 'support-sla'; console.log(JSON.stringify(Object.keys(m).sort()))"], consumer);
  const cjsNames = run(process.execPath, ['-e', "console.log(JSON.stringify(Object.keys(require('support-sla')).filter(k => k !== '__esModule').sort()))"], consumer);
  if (esmNames.trim() !== cjsNames.trim()) fail(`ESM and CJS builds export different names:\n  esm ${esmNames}  cjs ${cjsNames}`);
  else log(`ESM and CJS export the same ${JSON.parse(esmNames).length} names`);

  // the JSON Schema of plans, through the exports map, both ways
  const schemaTitle = run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { createRequire } from 'node:module'; import { readFileSync } from 'node:fs'; " +
        "const require = createRequire(import.meta.url); const path = require.resolve('support-sla/plan.schema.json'); " +
        "const viaImport = (await import('support-sla/plan.schema.json', { with: { type: 'json' } })).default; " +
        "const viaRequire = require('support-sla/plan.schema.json'); " +
        "console.log(JSON.parse(readFileSync(path, 'utf8')).title === viaRequire.title && viaImport.title === viaRequire.title ? viaRequire.title : 'mismatch');",
    ],
    consumer,
  ).trim();
  if (schemaTitle !== 'support-sla PlanSpec') fail(`support-sla/plan.schema.json does not resolve to the plan schema: ${schemaTitle}`);
  else log('support-sla/plan.schema.json resolves (import with type json, require)');

  // the dual-package hazard: an application that loads both builds can pass a calendar made by
  // one to the other
  const dual = run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { createRequire } from 'node:module'; import { makeCalendar } from 'support-sla'; " +
        "const cjs = createRequire(import.meta.url)('support-sla'); " +
        "const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'], fri: ['09:30-17:30'] } }); " +
        "console.log(cjs.addBusinessTime(cal, '2025-06-06T15:30:00+03:00', { hours: 4 }).toISO());",
    ],
    consumer,
  ).trim();
  if (dual !== '2025-06-09T11:30:00.000+03:00') fail(`a calendar made by the ESM build does not work with the CJS build: ${dual}`);
  else log('a calendar made by the ESM build works with the CJS build (dual-package hazard)');

  if (process.exitCode === undefined || process.exitCode === 0) {
    log(`OK in ${((performance.now() - started) / 1000).toFixed(1)} s (tarball ${packed.size} bytes)`);
  }
} catch (e) {
  fail(`${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
} finally {
  if (process.env.SMOKE_KEEP === '1') log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

// -----------------------------------------------------------------------------------------------
// Installing
// -----------------------------------------------------------------------------------------------

/**
 * Installs the tarball with npm, from the npm cache only. A lock file built from this repo's
 * lock file pins the runtime dependencies to the versions `npm ci` just put in the cache, so
 * the install needs no registry metadata and works offline on a fresh CI clone. Falls back to
 * a plain install that may use the network, and last to a hand-made install (the tarball
 * unpacked, each declared runtime dependency linked from this repo's node_modules) so that the
 * import checks still run on a machine with neither a warm cache nor a network.
 */
function install(consumer, tarball) {
  const base = ['--no-audit', '--no-fund', '--ignore-scripts', '--no-update-notifier', '--loglevel=error'];
  const tarballSpec = `file:${tarball}`;
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify(
      {
        name: 'support-sla-consumer',
        private: true,
        version: '0.0.0',
        dependencies: { 'support-sla': tarballSpec, luxon: lowestPeer('luxon') },
        devDependencies: consumerDevDependencies(),
      },
      null,
      2,
    ),
  );
  const attempts = [];
  const lock = consumerLock(tarballSpec, tarball);
  if (lock !== undefined) {
    attempts.push(['npm ci --offline, pinned to the repo lock file', () => {
      writeFileSync(join(consumer, 'package-lock.json'), JSON.stringify(lock, null, 2));
      run(npm, ['ci', '--offline', ...base], consumer);
    }]);
  }
  attempts.push(['npm install --offline', () => {
    rmSync(join(consumer, 'package-lock.json'), { force: true });
    run(npm, ['install', '--offline', ...base], consumer);
  }]);
  attempts.push(['npm install --prefer-offline', () => run(npm, ['install', '--prefer-offline', ...base], consumer)]);
  const errors = [];
  for (const [name, attempt] of attempts) {
    try {
      attempt();
      if (existsSync(join(consumer, 'node_modules', 'support-sla', 'package.json'))) {
        if (errors.length > 0) log(`(before that: ${errors.join('; ')})`);
        return name;
      }
      errors.push(`${name}: support-sla not in node_modules`);
    } catch (e) {
      errors.push(`${name}: ${(e.stderr || e.message).trim().split('\n').slice(0, 3).join(' / ')}`);
    }
  }
  console.warn(`smoke: npm could not install the tarball; linking instead:\n  ${errors.join('\n  ')}`);
  fail(`the lowest peer versions (luxon ${lowestPeer('luxon')}, @types/luxon ${lowestPeer('@types/luxon')}) could not be installed: no npm cache or registry`);
  return linkInstall(consumer, tarball);
}

/**
 * The lowest version a peer range of package.json allows (`^3.0.0` → `3.0.0`): the version the
 * consumer installs, so that the range is proven at its bottom (the repo's own tests run the top).
 */
function lowestPeer(name) {
  const range = pkg.peerDependencies?.[name];
  const m = /^\^(\d+\.\d+\.\d+)$/.exec(range ?? '');
  if (m === null) throw new Error(`peerDependencies.${name} is ${JSON.stringify(range)}, not a caret range the smoke test can take the bottom of`);
  return m[1];
}

/** `{ version, integrity }` of an exact version, from the npm cache when it has it. */
function registryEntry(name, version) {
  const integrity = run(npm, ['view', `${name}@${version}`, 'dist.integrity', '--prefer-offline'], root).trim();
  if (!integrity.startsWith('sha')) throw new Error(`no integrity for ${name}@${version}`);
  return { version, integrity };
}

/**
 * What a TypeScript user adds next to the package: luxon ships no types, and the package's
 * declarations use luxon's `DateTime` and `Duration`, so a TypeScript consumer has
 * `@types/luxon` (an optional peer): the lowest version of the peer range.
 */
function consumerDevDependencies() {
  return { '@types/luxon': lowestPeer('@types/luxon') };
}

/** A v3 lock file for the consumer: the tarball plus the repo's locked runtime dependencies. */
function consumerLock(tarballSpec, tarball) {
  const lockPath = join(root, 'package-lock.json');
  if (!existsSync(lockPath)) return undefined;
  const repoLock = JSON.parse(readFileSync(lockPath, 'utf8'));
  if (repoLock.lockfileVersion !== 3 && repoLock.lockfileVersion !== 2) return undefined;
  const devDependencies = consumerDevDependencies();
  const packages = {
    '': {
      name: 'support-sla-consumer',
      version: '0.0.0',
      dependencies: { 'support-sla': tarballSpec, luxon: lowestPeer('luxon') },
      devDependencies,
    },
    'node_modules/support-sla': {
      version: pkg.version,
      resolved: tarballSpec,
      integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
      license: pkg.license,
      dependencies: pkg.dependencies,
      peerDependencies: pkg.peerDependencies,
      peerDependenciesMeta: pkg.peerDependenciesMeta,
      engines: pkg.engines,
    },
  };
  // the peers at the bottom of their ranges (neither is in the repo lock at that version)
  for (const [name, dev] of [['luxon', false], ['@types/luxon', true]]) {
    try {
      const { version, integrity } = registryEntry(name, lowestPeer(name));
      packages[`node_modules/${name}`] = {
        version,
        resolved: `${registry()}${name}/-/${name.split('/').pop()}-${version}.tgz`,
        integrity,
        ...(dev ? { dev: true } : {}),
        license: 'MIT',
      };
    } catch {
      return undefined; // no cache and no registry: let npm try
    }
  }
  // the runtime closure: non-dev entries of the repo lock (npm marks dev-only ones `dev: true`)
  for (const [path, entry] of Object.entries(repoLock.packages ?? {})) {
    if (path === '' || entry.link || !path.startsWith('node_modules/') || path in packages) continue;
    if (entry.dev || (entry.devOptional && !entry.optional)) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    // a lock written with omit-lockfile-registry-resolved has no URLs; without one npm asks the
    // registry for metadata, which --offline forbids
    const resolved = entry.resolved ?? `${registry()}${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
    packages[path] = { ...entry, resolved };
  }
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    if (!(`node_modules/${dep}` in packages)) return undefined; // lock out of date: let npm resolve
  }
  return { name: 'support-sla-consumer', version: '0.0.0', lockfileVersion: 3, requires: true, packages };
}

/** The registry URL, ending with '/'. */
function registry() {
  registryUrl ??= process.env.npm_config_registry || run(npm, ['config', 'get', 'registry'], root).trim();
  return registryUrl.endsWith('/') ? registryUrl : `${registryUrl}/`;
}

/** Unpacks the tarball and links each declared runtime dependency from the repo. */
function linkInstall(consumer, tarball) {
  const target = join(consumer, 'node_modules', 'support-sla');
  mkdirSync(target, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], consumer);
  for (const dep of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]) {
    const from = join(root, 'node_modules', dep);
    if (!existsSync(from)) throw new Error(`runtime dependency ${dep} is not installed in ${root}/node_modules`);
    const to = join(consumer, 'node_modules', dep);
    mkdirSync(dirname(to), { recursive: true });
    symlinkSync(from, to, 'dir');
  }
  return 'linked: tarball unpacked, runtime dependencies linked from the repo';
}

// -----------------------------------------------------------------------------------------------
// Types, as a TypeScript consumer sees them
// -----------------------------------------------------------------------------------------------

/**
 * Type-checks an ES module and a CommonJS module of a TypeScript consumer against the packed
 * declarations (`.d.ts` through `import`, `.d.cts` through `require`), strictly and WITHOUT
 * skipLibCheck, so that an error inside the declarations, or a luxon type that silently became
 * `any`, fails. Uses this repo's TypeScript.
 */
function typeCheck(consumer) {
  const usage = `
const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'] } });
// the consumer's own luxon values go in (one luxon, a peer: no TS2345 between two copies)
const due = addBusinessTime(cal, DateTime.fromISO('2025-06-02T15:30:00+03:00'), Duration.fromObject({ hours: 1 }));
// results are valid DateTimes and Durations: toISO() is a string, not string | null
const iso: string = due.toISO();
const valid: DateTime<true> = due;
const used: Duration<true> = businessTimeBetween(cal, '2025-06-02T09:30:00+03:00', due);
const usedIso: string = used.toISO();
const hours: number = used.as('hours');
const fee: Money = money('120.00', 'EUR');
const parsed = safeParseCalendar({ timeZone: 'UTC', week: {} });
const issues: readonly Issue[] = parsed.success ? [] : parsed.issues;
// @ts-expect-error toISO() is a string: this fails only if luxon's types are really there
const wrong: number = due.toISO();
export { iso, valid, usedIso, hours, fee, issues, wrong };
`;
  const names = 'makeCalendar, safeParseCalendar, addBusinessTime, businessTimeBetween, money, type Money, type Issue';
  const luxon = `import { DateTime, Duration } from 'luxon';`;
  writeFileSync(join(consumer, 'types-esm.mts'), `import { ${names} } from 'support-sla';\n${luxon}\n${usage}`);
  writeFileSync(join(consumer, 'types-cjs.cts'), `import { ${names} } from 'support-sla';\n${luxon}\n${usage}`);
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022'],
        module: 'Node16', moduleResolution: 'Node16', types: [],
      },
      files: ['types-esm.mts', 'types-cjs.cts'],
    }),
  );
  try {
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], consumer);
    const types = JSON.parse(readFileSync(join(consumer, 'node_modules', '@types', 'luxon', 'package.json'), 'utf8')).version;
    log(`TypeScript consumer (import and require, strict, no skipLibCheck; the consumer's @types/luxon ${types}): OK`);
  } catch (e) {
    fail(`TypeScript consumer does not type-check:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

// -----------------------------------------------------------------------------------------------
// The consumer code
// -----------------------------------------------------------------------------------------------

/**
 * The same checks in ESM and CJS syntax, with named imports: the exports are there, errors are
 * values carrying every issue, money is exact, and a deadline with and without date-holidays'
 * Greek holidays has its known value.
 */
function consumerCode(kind) {
  const names = 'makeCalendar, safeParseCalendar, addBusinessTime, businessTimeBetween, money, InvalidInputError, IssueCode';
  const load =
    kind === 'esm'
      ? `import { ${names} } from 'support-sla';\nimport { DateTime, VERSION } from 'luxon';\nconst resolved = import.meta.resolve('support-sla');`
      : `const { ${names} } = require('support-sla');\nconst { DateTime, VERSION } = require('luxon');\nconst resolved = require.resolve('support-sla');`;
  const entry = kind === 'esm' ? '/dist/index.js' : '/dist/index.cjs';
  return `${load}
const assert = (cond, msg) => { if (!cond) { console.error('${kind}: ' + msg); process.exit(1); } };
assert(resolved.includes('node_modules') && resolved.endsWith('${entry}'), 'support-sla resolved to ' + resolved);
for (const [name, value] of Object.entries({ ${names} })) {
  assert(value !== undefined, name + ' is not exported');
}

// errors are values, with every issue
const bad = safeParseCalendar({ timeZone: 'Mars/Olympus', week: {} });
assert(!bad.success && bad.issues.map((i) => i.code).join() === [IssueCode.INVALID_TIME_ZONE, IssueCode.NO_OPEN_TIME].join(),
  'safeParseCalendar issues: ' + JSON.stringify(bad));
let thrown;
try { makeCalendar({ timeZone: 'UTC', week: {} }); } catch (e) { thrown = e; }
assert(thrown instanceof InvalidInputError && thrown.issues[0].code === 'NO_OPEN_TIME', 'makeCalendar did not throw InvalidInputError');

// money in minor units
const fee = money('120.00', 'EUR');
assert(fee.amount === 12000 && fee.currency === 'EUR', 'money gave ' + JSON.stringify(fee));

// Friday 15:30 + 4 business hours: 2 h on Friday, 2 h from Monday 09:30
const hours = ['09:30-17:30'];
const week = { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours };
const cal = makeCalendar({ timeZone: 'Europe/Athens', week });
const due = addBusinessTime(cal, '2025-06-06T15:30:00+03:00', { hours: 4 });
assert(due.toISO() === '2025-06-09T11:30:00.000+03:00', 'addBusinessTime gave ' + due.toISO());
// luxon is a peer: the consumer's luxon, at the bottom of the range, is the one the package uses
assert(VERSION === ${JSON.stringify(lowestPeer('luxon'))}, 'the consumer has luxon ' + VERSION);
assert(due instanceof DateTime, "a result is not an instance of the consumer's DateTime");
assert(businessTimeBetween(cal, '2025-06-06T15:30:00+03:00', due).as('hours') === 4, 'businessTimeBetween is not 4 h');
// with Greek public holidays (date-holidays must load from the install): Whit Monday, 9 June
// 2025, is closed, so the deadline moves to Tuesday
const greek = makeCalendar({ timeZone: 'Europe/Athens', week, holidays: [{ country: 'GR' }] });
const dueGr = addBusinessTime(greek, '2025-06-06T15:30:00+03:00', { hours: 4 });
assert(dueGr.toISO() === '2025-06-10T11:30:00.000+03:00', 'addBusinessTime with GR holidays gave ' + dueGr.toISO());

console.log('${kind === 'esm' ? 'import' : 'require'} OK (luxon ' + VERSION + '): Fri 15:30 + 4h = ' + due.toISO() + ', with GR holidays ' + dueGr.toISO());
`;
}
