/**
 * The package's shape, as users and tools see it: the manifest, the lock file, the CI script and
 * the scripts a fresh clone runs. (The built tarball itself is checked by `npm run
 * check:package`: publint, are-the-types-wrong and scripts/smoke.mjs.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

interface Manifest {
  name: string;
  license: string;
  type: string;
  engines: { node: string };
  sideEffects: boolean;
  files: string[];
  main: string;
  module: string;
  types: string;
  exports: Record<string, unknown>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
  devDependencies: Record<string, string>;
}
const pkg = JSON.parse(read('package.json')) as Manifest;

describe('package.json', () => {
  it('names the package support-sla, MIT, for Node >= 20', () => {
    expect(pkg.name).toBe('support-sla');
    expect(pkg.license).toBe('MIT');
    expect(pkg.engines.node).toBe('>=20');
  });

  it('has exactly the runtime dependencies and peers the README justifies', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['date-holidays', 'fp-ts']);
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['@types/luxon', 'luxon']);
    const design = read('README.md').split('## Design')[1] ?? '';
    for (const dep of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]) expect(design).toContain(`[${dep}]`);
  });

  it('takes luxon and its types as peers (one copy in a project), the types optional, both also dev dependencies for the tests', () => {
    // the widest range that works: the smoke test installs the bottom of each range and the
    // suite runs on the top (LUXON_UNDER_TEST runs it on another luxon)
    expect(pkg.peerDependencies).toEqual({ '@types/luxon': '^3.4.0', luxon: '^3.0.0' });
    expect(pkg.peerDependenciesMeta).toEqual({ '@types/luxon': { optional: true } });
    expect(pkg.devDependencies).toHaveProperty('luxon');
    expect(pkg.devDependencies).toHaveProperty('@types/luxon');
    expect(pkg.dependencies).not.toHaveProperty('luxon');
  });

  it('pins the toolchain versions DEVELOPERS.md explains', () => {
    expect(pkg.devDependencies.typescript).toMatch(/^~6\.0\./);
    expect(pkg.devDependencies.tsup).toMatch(/^~8\.5\./);
    expect(pkg.devDependencies.vitest).toMatch(/^~4\.1\./);
    expect(pkg.devDependencies.typedoc).toMatch(/^~0\.28\./);
    expect(pkg.devDependencies['fast-check']).toMatch(/^\^4\./);
    expect(pkg.devDependencies).toHaveProperty('publint');
    expect(pkg.devDependencies).toHaveProperty('@arethetypeswrong/cli');
  });

  it('publishes dist and the plan JSON Schema only, side-effect free, ESM first with a CommonJS build', () => {
    expect(pkg.files).toEqual(['dist', 'plan.schema.json']);
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.type).toBe('module');
    // top-level fields for old resolvers (node10)
    expect(pkg.main).toBe('./dist/index.cjs');
    expect(pkg.types).toBe('./dist/index.d.cts');
  });

  it('has an exports map with import/require conditions, types first in each', () => {
    const root = pkg.exports['.'] as Record<string, Record<string, string>>;
    expect(Object.keys(root)).toEqual(['import', 'require']);
    expect(Object.entries(root.import ?? {})).toEqual([
      ['types', './dist/index.d.ts'],
      ['default', './dist/index.js'],
    ]);
    expect(Object.entries(root.require ?? {})).toEqual([
      ['types', './dist/index.d.cts'],
      ['default', './dist/index.cjs'],
    ]);
  });

  it('exports the JSON Schema of plans as support-sla/plan.schema.json', () => {
    expect(pkg.exports['./plan.schema.json']).toBe('./plan.schema.json');
    expect(existsSync(join(root, 'plan.schema.json'))).toBe(true);
  });

  it('npm test type-checks, runs the suite, then checks the package', () => {
    const steps = (script: string): string[] => script.split('&&').map((s) => s.trim());
    expect(steps(pkg.scripts.test ?? '')).toEqual(['npm run typecheck', 'vitest run', 'npm run check:package']);
    expect(pkg.scripts.typecheck).toBe('tsc --noEmit');
    expect(steps(pkg.scripts['check:package'] ?? '')).toEqual([
      'npm run build',
      'publint --strict',
      'attw --pack .',
      'node scripts/smoke.mjs',
    ]);
    expect(pkg.scripts.demo).toBe('tsx examples/demo.ts');
    expect(pkg.scripts.docs).toBe('typedoc');
    for (const file of ['scripts/smoke.mjs', 'examples/demo.ts', 'typedoc.json', 'tsup.config.ts']) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
  });
});

describe('typedoc.json', () => {
  it('documents src/index.ts into docs/api with validation on and every warning an error', () => {
    const cfg = JSON.parse(read('typedoc.json')) as Record<string, unknown>;
    expect(cfg.entryPoints).toEqual(['src/index.ts']);
    expect(cfg.out).toBe('docs/api');
    expect(cfg.validation).toMatchObject({ notExported: true, invalidLink: true, notDocumented: true });
    expect(cfg.treatWarningsAsErrors).toBe(true);
    expect(read('.gitignore').split('\n')).toContain('docs/api/');
  });
});

describe('.ci/run', () => {
  const script = read('.ci/run');

  it('is an executable bash script that stops on the first failure', () => {
    expect(script.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(script).toMatch(/^set -euo pipefail$/m);
    expect(statSync(join(root, '.ci/run')).mode & 0o111).not.toBe(0);
    execFileSync('bash', ['-n', join(root, '.ci/run')]); // parses
  });

  it('installs from the lock file, runs npm test, then the suite under two more time zones', () => {
    const commands = script
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^(npm|npx|TZ=)/.test(l));
    expect(commands).toEqual(['npm ci --no-audit --no-fund', 'npm test', 'TZ="$zone" npx vitest run']);
    expect(script).toMatch(/for zone in Pacific\/Chatham America\/Sao_Paulo; do/);
  });
});

describe('package-lock.json', () => {
  it('lists every optional dependency, so that npm ci accepts it on a fresh clone', () => {
    // scripts/lock-optional.mjs exits non-zero and lists what is missing otherwise
    const out = execFileSync(process.execPath, [join(root, 'scripts/lock-optional.mjs')], { encoding: 'utf8' });
    expect(out).toContain('every optional dependency has a lock entry');
  });

  it('locks the same runtime dependencies as package.json', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dependencies?: Record<string, string> }> };
    expect(lock.packages['']?.dependencies).toEqual(pkg.dependencies);
  });
});
