/**
 * The official data shipped with the library, by country code.
 * @internal
 */
import type { OfficialCountryData } from './shape.js';
import { GR } from './gr.js';
import { RU } from './ru.js';
import { SK } from './sk.js';

/**
 * Official corrections by ISO 3166-1 alpha-2 country code.
 * @category Holidays
 */
export const OFFICIAL_DATA: Readonly<Record<string, OfficialCountryData>> = { GR, RU, SK };
