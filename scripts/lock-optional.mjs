#!/usr/bin/env node
// Checks (and with --fix repairs) package-lock.json for platform-specific optional dependencies
// that are missing from it.
//
// Why: when the registry an install talks to does not serve some platform binaries (a filtered
// mirror, or a package that was never published for a platform), `npm install` silently leaves
// them out of the lock file, and `npm ci` then refuses the lock ("Missing: @rollup/rollup-…@ from
// lock file", npm/cli#4828, #9846). A placeholder entry with the package's `os` / `cpu` / `libc`
// lets `npm ci` skip it on other platforms, and lets it be fetched where it exists.
//
//   node scripts/lock-optional.mjs          # exit 1 and list what is missing
//   node scripts/lock-optional.mjs --fix    # add the placeholders
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lockPath = join(root, 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'netbsd', 'sunos', 'aix', 'win32'];
const CPU = { arm: 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };

/** os / cpu / libc of a platform package named like `@rollup/rollup-linux-arm64-musl`. */
const platformOf = (name) => {
  const parts = name.split('/').pop().split('-');
  const osAt = parts.findIndex((p) => OS.includes(p));
  if (osAt < 0) return undefined;
  const cpu = CPU[parts[osAt + 1]];
  if (cpu === undefined) return undefined;
  const abi = parts.slice(osAt + 2).join('-');
  const libc = parts[osAt] !== 'linux' ? undefined : abi.startsWith('musl') ? 'musl' : abi.startsWith('gnu') ? 'glibc' : undefined;
  return { os: [parts[osAt]], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
};

/** Where npm would place `dep` required from the package at lock path `from`. */
const locate = (from, dep) => {
  let base = from;
  for (;;) {
    const candidate = `${base}${base === '' ? '' : '/'}node_modules/${dep}`;
    if (candidate in packages) return candidate;
    const i = base.lastIndexOf('/node_modules/');
    if (base === '') return undefined;
    base = i < 0 ? '' : base.slice(0, i);
  }
};

const missing = [];
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (locate(path, dep) !== undefined) continue;
    const platform = platformOf(dep);
    missing.push({ path, dep, range, platform, dev: entry.dev === true });
  }
}

if (missing.length === 0) {
  console.log('lock-optional: every optional dependency has a lock entry');
  process.exit(0);
}
if (!process.argv.includes('--fix')) {
  for (const m of missing) console.log(`lock-optional: missing ${m.dep}@${m.range} (optional dependency of ${m.path})`);
  console.log('lock-optional: run `node scripts/lock-optional.mjs --fix`');
  process.exit(1);
}
let unfixable = 0;
for (const m of missing) {
  if (m.platform === undefined || !/^\d+\.\d+\.\d+/.test(m.range)) {
    console.log(`lock-optional: cannot derive a placeholder for ${m.dep}@${m.range}; regenerate the lock where the registry has it`);
    unfixable++;
    continue;
  }
  packages[`node_modules/${m.dep}`] = {
    version: m.range,
    cpu: m.platform.cpu,
    ...(m.dev ? { dev: true } : {}),
    ...(m.platform.libc ? { libc: m.platform.libc } : {}),
    optional: true,
    os: m.platform.os,
  };
  console.log(`lock-optional: added ${m.dep}@${m.range} (${[...m.platform.os, ...m.platform.cpu, ...(m.platform.libc ?? [])].join(' ')})`);
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
process.exit(unfixable > 0 ? 1 : 0);
