import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * fp-ts has no `exports` map and ships two builds: CommonJS in `fp-ts/lib/` and ES modules in
 * `fp-ts/es6/`. `src/` imports `fp-ts/lib/Either.js` (what Node and the CJS build need); the ESM
 * build takes the ES module instead and inlines the few functions it uses (`left`, `right`,
 * `isLeft`, `isRight`), so that a user's bundler can tree-shake it. It cannot stay an external
 * import: `fp-ts/es6/*.js` uses extensionless relative imports and no `"type": "module"`, which
 * Node, Deno and Bun refuse. The `Either` values are plain `{ _tag, left | right }` objects, the
 * same as fp-ts' own, and the declarations keep naming `fp-ts/lib/Either.js`.
 */
const fpTsEs6: Plugin = {
  name: 'fp-ts-es6',
  setup(build) {
    const fpTs = dirname(createRequire(import.meta.url).resolve('fp-ts/package.json'));
    build.onResolve({ filter: /^fp-ts\/lib\/[A-Za-z]+\.js$/ }, (args) => ({
      path: join(fpTs, 'es6', args.path.slice('fp-ts/lib/'.length)),
    }));
  },
};

/**
 * The `support-sla/core` build: the same source with `src/holidays/rules.ts` (the only module that
 * imports date-holidays) swapped for `rules-absent.ts`, so that date-holidays, moment-timezone,
 * astronomia and every country's rules stay out of its import graph. A `{ country }` holiday
 * source is then rejected with `HOLIDAY_RULES_NOT_LOADED`, saying what to import instead.
 */
const withoutDateHolidays: Plugin = {
  name: 'without-date-holidays',
  setup(build) {
    build.onResolve({ filter: /^\.\/rules\.js$/ }, (args) => {
      if (!args.importer.includes(`${sep}src${sep}holidays${sep}`)) return undefined;
      return { path: join(dirname(args.importer), 'rules-absent.ts') };
    });
    // the official corrections only ever correct date-holidays' rules: not needed either
    build.onResolve({ filter: /^\.\/official\/index\.js$/ }, (args) => {
      if (!args.importer.includes(`${sep}src${sep}holidays${sep}`)) return undefined;
      return { path: join(dirname(args.importer), 'official', 'absent.ts') };
    });
    build.onResolve({ filter: /^date-holidays$/ }, (args) => ({
      errors: [{ text: `date-holidays imported by ${args.importer} in the support-sla/core build` }],
    }));
  },
};

const shared: Options = {
  entry: ['src/index.ts'],
  sourcemap: true,
  target: 'node20',
  treeshake: true,
  splitting: false,
};

// dist/index.{js,cjs} (the root: everything) and dist/core.{js,cjs} (everything but date-holidays'
// rules); the declarations are built once, from the root, and serve both entries
export default defineConfig([
  { ...shared, format: ['esm'], dts: true, clean: true, noExternal: [/^fp-ts\/lib\//], esbuildPlugins: [fpTsEs6] },
  { ...shared, format: ['cjs'], dts: true },
  { ...shared, entry: { core: 'src/index.ts' }, format: ['esm'], noExternal: [/^fp-ts\/lib\//], esbuildPlugins: [fpTsEs6, withoutDateHolidays] },
  { ...shared, entry: { core: 'src/index.ts' }, format: ['cjs'], esbuildPlugins: [withoutDateHolidays] },
]);
