import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

const shared: Options = {
  entry: ['src/index.ts'],
  sourcemap: true,
  target: 'node20',
  treeshake: true,
  splitting: false,
};

export default defineConfig([
  { ...shared, format: ['esm'], dts: true, clean: true, noExternal: [/^fp-ts\/lib\//], esbuildPlugins: [fpTsEs6] },
  { ...shared, format: ['cjs'], dts: true },
]);
