/**
 * The stand-in for `rules.ts` in the `support-sla/core` build, which leaves date-holidays (and
 * moment-timezone, astronomia and every country's rules with it) out of the import graph. The
 * build swaps the module (tsup.config.ts); the source never imports this file. Every export has
 * the type of its twin in `rules.ts` (checked by the compiler below), and none is reached: a
 * `{ country }` source is rejected with `HOLIDAY_RULES_NOT_LOADED` before any of them is called
 * (`RULES_LOADED` is `false`).
 * @internal
 */
import type * as Rules from './rules.js';

export type { RuleOccurrence, RulesKey } from './rules.js';

const absent = (what: string): Error =>
  new Error(`${what}: date-holidays is not in the support-sla/core build (a { country } source should have been rejected when parsed).`);

/** `false`: this build has no date-holidays. */
export const RULES_LOADED: typeof Rules.RULES_LOADED = false;

/** Not reached (a `{ country }` source is rejected first). */
export const knownCountries: typeof Rules.knownCountries = () => {
  throw absent('knownCountries');
};

/** Not reached (a `{ country }` source is rejected first). */
export const knownStates: typeof Rules.knownStates = () => {
  throw absent('knownStates');
};

/** Not reached (a `{ country }` source is rejected first). */
export const knownRegions: typeof Rules.knownRegions = () => {
  throw absent('knownRegions');
};

/** Not reached (a `{ country }` source is rejected first). */
export const rulesEngine: typeof Rules.rulesEngine = () => {
  throw absent('rulesEngine');
};

/** The same languages as `rules.ts` (a constant: no date-holidays involved). */
export const NAME_LANGUAGES: typeof Rules.NAME_LANGUAGES = ['en', 'el', 'ru', 'sk'];
