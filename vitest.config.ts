import { defineConfig } from 'vitest/config';

// LUXON_UNDER_TEST=/path/to/node_modules/luxon runs the suite against another luxon (the lowest
// version of the peer range, say); the default is the repo's own devDependency.
const luxon = process.env.LUXON_UNDER_TEST;

export default defineConfig({
  ...(luxon ? { resolve: { alias: { luxon: `${luxon}/build/node/luxon.js` } } } : {}),
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
