/**
 * Holiday sources, job 2: the official data the library ships (`official/`), validated once per
 * country with the same reader as user overrides (invalid shipped data is a bug and throws).
 * @internal
 */
import type { Issue } from '../internal/issues.js';
import type { OfficialCountryData, OfficialYear } from './official/shape.js';
import { readYearLayer, type YearLayer } from './source-options.js';
import type { HolidaySector, HolidayYearOverride } from './types.js';
import { invalidShippedData } from '../internal/messages.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * A shipped year: its layer, the sector it applies to, and its legal sources.
 * @category Holidays
 */
export interface ShippedYear {
  readonly layer: YearLayer;
  readonly sector?: HolidaySector;
  readonly sources: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

const shippedCache = new Map<string, readonly ShippedYear[]>();

/**
 * The shipped years of a country's official data (validated and cached).
 * @category Holidays
 */
export const shippedYears = (data: OfficialCountryData): readonly ShippedYear[] => {
  let years = shippedCache.get(data.country);
  if (years === undefined) {
    const issues: Issue[] = [];
    years = data.years.map((entry: OfficialYear, i) => {
      const { sector, sources, ...override } = entry;
      const layer = readYearLayer(override satisfies HolidayYearOverride, ['official', data.country, i], issues);
      if (layer === undefined) throw new Error(invalidShippedData(issues));
      return { layer, sources, ...(sector !== undefined ? { sector } : {}) };
    });
    shippedCache.set(data.country, years);
  }
  return years;
};
