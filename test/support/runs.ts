/**
 * numRuns of the property tests, in one place. `FC_RUNS_SCALE=10 npx vitest run test/properties`
 * runs every property ten times as often (a deeper search, not for CI).
 */
const scale = Number(process.env['FC_RUNS_SCALE'] ?? '1');

/** numRuns for a property: `base` times FC_RUNS_SCALE (at least 1). */
export const runs = (base: number): { numRuns: number } => ({ numRuns: Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1))) });

/** A property's timeout, `baseMs` times FC_RUNS_SCALE (at least 1): a deeper search takes longer. */
export const timeoutFor = (baseMs: number): number => Math.round(baseMs * (Number.isFinite(scale) && scale > 1 ? scale : 1));
