#!/usr/bin/env node
// The packed tarball in other runtimes: Bun, Deno and headless Chromium each run the README's
// 30-second example (ClickMedia's deadlines across Greek Easter 2025) from the installed package
// and must print exactly the output the README shows. Run by `.ci/run` after `npm test`.
//
//   node scripts/smoke-runtimes.mjs                 # all three (needs dist/: npm run build)
//   node scripts/smoke-runtimes.mjs bun deno        # some of them
//   BUN_VERSION=1.4.5 DENO_VERSION=2.9.6 CHROMIUM=/usr/bin/chromium   # the defaults
//
// Bun and Deno come from npm (`npx -y bun@…`, `npx -y deno@…`); Chromium is Debian's `chromium`
// (`.ci/run` installs it with apt-get when it is missing). The consumer folder installs the
// tarball with npm, with luxon at the bottom of the peer range, as in scripts/smoke.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const BUN_VERSION = process.env.BUN_VERSION ?? '1.4.5';
const DENO_VERSION = process.env.DENO_VERSION ?? '2.9.6';
const CHROMIUM = process.env.CHROMIUM ?? 'chromium';
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['bun', 'deno', 'chromium'];

const log = (msg) => console.log(`smoke-runtimes: ${msg}`);
let failures = 0;
const fail = (msg) => {
  console.error(`smoke-runtimes: FAILED: ${msg}`);
  failures++;
};
const run = (cmd, args, cwd, timeout = 300_000) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' },
  });

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('smoke-runtimes: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// The README's example and its printed output
// ---------------------------------------------------------------------------------------------

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const block = (marker, lang) => {
  const at = readme.indexOf(marker);
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(at));
  if (at < 0 || m === null) throw new Error(`README: no ${lang} block after ${marker}`);
  return m[1];
};
const example = block('<!-- examples/quickstart.ts', 'ts');
const expected = block('<!-- output of examples/quickstart.ts', 'text').trim();
if (!example.includes("from 'support-sla'")) throw new Error("README: the example does not import from 'support-sla'");

const work = mkdtempSync(join(tmpdir(), 'support-sla-runtimes-'));
const versions = {};
try {
  // -------------------------------------------------------------------------------------------
  // Consumer folder: the packed tarball, luxon at the bottom of the peer range
  // -------------------------------------------------------------------------------------------
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root))[0];
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  const luxon = /^\^(\d+\.\d+\.\d+)$/.exec(pkg.peerDependencies.luxon)?.[1];
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'runtimes-consumer', private: true, type: 'module', dependencies: { 'support-sla': `file:../${packed.filename}`, luxon } }, null, 2),
  );
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], consumer);
  // the example as a user has it: plain JavaScript (the README's block has no type annotations)
  writeFileSync(join(consumer, 'quickstart.mjs'), example);
  log(`installed ${packed.filename} with luxon ${luxon} into ${consumer}`);

  const compare = (runtime, out) => {
    const got = out.trim();
    if (got === expected) log(`${runtime}: the README's output, exactly`);
    else fail(`${runtime} printed:\n${got}\nthe README says:\n${expected}`);
  };

  // -------------------------------------------------------------------------------------------
  // Bun
  // -------------------------------------------------------------------------------------------
  if (wanted.includes('bun')) {
    try {
      versions.bun = run('npx', ['-y', `bun@${BUN_VERSION}`, '--version'], consumer).trim();
      compare(`Bun ${versions.bun}`, run('npx', ['-y', `bun@${BUN_VERSION}`, 'quickstart.mjs'], consumer));
    } catch (e) {
      fail(`Bun: ${e.stderr || e.message}`);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Deno (npm packages from the consumer's node_modules, read access only)
  // -------------------------------------------------------------------------------------------
  if (wanted.includes('deno')) {
    try {
      versions.deno = run('npx', ['-y', `deno@${DENO_VERSION}`, '--version'], consumer).split('\n')[0].trim();
      const out = run(
        'npx',
        ['-y', `deno@${DENO_VERSION}`, 'run', '--node-modules-dir=manual', `--allow-read=${consumer}`, '--no-prompt', 'quickstart.mjs'],
        consumer,
      );
      compare(versions.deno, out);
    } catch (e) {
      fail(`Deno: ${e.stderr || e.message}`);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Headless Chromium: the example bundled (esbuild, the tarball's ESM build) into a page that
  // writes what it prints into the DOM; --dump-dom reads it back
  // -------------------------------------------------------------------------------------------
  if (wanted.includes('chromium')) {
    try {
      versions.chromium = run(CHROMIUM, ['--version'], consumer).trim();
      writeFileSync(join(consumer, 'capture.mjs'), 'globalThis.__lines = []; console.log = (...a) => globalThis.__lines.push(a.join(" "));\n');
      writeFileSync(
        join(consumer, 'page.mjs'),
        "import './capture.mjs';\nimport './quickstart.mjs';\n" +
          "document.getElementById('out').textContent = globalThis.__lines.join('\\n');\n" +
          "document.getElementById('out').setAttribute('data-done', 'yes');\n",
      );
      await build({
        entryPoints: [join(consumer, 'page.mjs')],
        bundle: true,
        minify: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        outfile: join(consumer, 'page.js'),
        logLevel: 'error',
        absWorkingDir: consumer,
        nodePaths: [join(consumer, 'node_modules')],
      });
      // the bundle must come from the tarball's ESM build, not its CommonJS one
      writeFileSync(
        join(consumer, 'index.html'),
        '<!doctype html><html><head><meta charset="utf-8"><title>support-sla</title></head>' +
          '<body><pre id="out">not run</pre><script src="page.js"></script></body></html>',
      );
      const dumpDom = (page) =>
        run(
          CHROMIUM,
          [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-dev-shm-usage',
            `--user-data-dir=${mkdtempSync(join(work, 'chromium-profile-'))}`,
            '--virtual-time-budget=10000',
            '--dump-dom',
            pathToFileURL(join(consumer, page)).href,
          ],
          consumer,
          120_000,
        );
      const readOut = (dom) => /<pre id="out"[^>]*data-done="yes"[^>]*>([\s\S]*?)<\/pre>/.exec(dom)?.[1]?.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const out = readOut(dumpDom('index.html'));
      if (out === undefined) fail('Chromium: the page did not finish');
      else compare(versions.chromium, out);

      // the browser widget's way: support-sla/core (no date-holidays in the bundle) with the
      // calendar's Greek holidays frozen by the root entry in Node
      const root = await import(pathToFileURL(join(consumer, 'node_modules', 'support-sla', 'dist', 'index.js')).href);
      const spec = { timeZone: 'Europe/Athens', week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['09:30-17:30']])), holidays: [{ country: 'GR' }] };
      writeFileSync(join(consumer, 'frozen.json'), JSON.stringify(root.freezeCalendarSpecOrThrow(spec, { from: 2025, to: 2026 })));
      writeFileSync(
        join(consumer, 'core-page.mjs'),
        "import { makeCalendar, addBusinessTime } from 'support-sla/core';\nimport frozen from './frozen.json';\n" +
          "const el = document.getElementById('out');\n" +
          "el.textContent = addBusinessTime(makeCalendar(frozen), '2025-04-17T16:00:00+03:00', { hours: 4 }).toISO();\n" +
          "el.setAttribute('data-done', 'yes');\n",
      );
      const coreBuild = await build({
        entryPoints: [join(consumer, 'core-page.mjs')],
        bundle: true,
        minify: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        outfile: join(consumer, 'core-page.js'),
        logLevel: 'error',
        metafile: true,
        absWorkingDir: consumer,
      });
      const heavy = Object.keys(coreBuild.metafile.inputs).filter((p) => /node_modules\/date-holidays/.test(p));
      if (heavy.length > 0) fail(`Chromium: the support-sla/core page bundles date-holidays (${heavy[0]})`);
      writeFileSync(
        join(consumer, 'core.html'),
        '<!doctype html><html><head><meta charset="utf-8"><title>support-sla/core</title></head>' +
          '<body><pre id="out">not run</pre><script src="core-page.js"></script></body></html>',
      );
      const due = readOut(dumpDom('core.html'));
      const wanted = /^4 business hours: (\S+)$/m.exec(expected)?.[1];
      if (due === wanted) log(`${versions.chromium}: support-sla/core with frozen Greek holidays gives the README's deadline, ${due}, without date-holidays`);
      else fail(`Chromium, support-sla/core: ${due}, the README says ${wanted}`);
    } catch (e) {
      fail(`Chromium: ${e.stderr || e.message}`);
    }
  }
} finally {
  if (process.env.SMOKE_KEEP === '1') log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
log(`versions: ${JSON.stringify(versions)}`);
if (failures > 0) process.exit(1);
