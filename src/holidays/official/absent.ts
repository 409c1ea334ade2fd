/**
 * The stand-in for `official/index.ts` in the `support-sla/core` build (tsup.config.ts): the
 * official corrections only ever correct date-holidays' rules, which that build leaves out
 * (a `{ country }` source is rejected there before they would be read). The source never
 * imports this file.
 * @internal
 */
import type * as Official from './index.js';

/** No official data in this build. */
export const OFFICIAL_DATA: typeof Official.OFFICIAL_DATA = {};
