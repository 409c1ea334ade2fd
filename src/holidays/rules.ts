/**
 * date-holidays behind a cache: one instance per (country, state, region, types, time zone),
 * `getHolidays(year)` called once per year, entries expanded to one occurrence per local date.
 * The only module that imports date-holidays.
 * @internal
 */
import Holidays from 'date-holidays';
import { formatIsoDate, yearOfDays } from '../time/civil.js';
import { zoneRules } from '../time/zone.js';
import type { HolidayOccurrence, HolidayType } from './types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * An occurrence derived from a date-holidays rule (the rule string kept for corrections).
 * @category Holidays
 */
export interface RuleOccurrence extends HolidayOccurrence {
  /** date-holidays' rule, e.g. `'orthodox -48'`; `''` for data added by the library. */
  readonly rule: string;
}

/**
 * What a rules engine is keyed by.
 * @category Holidays
 */
export interface RulesKey {
  readonly country: string;
  readonly state?: string | undefined;
  readonly region?: string | undefined;
  readonly types: readonly HolidayType[];
  readonly timeZone: string;
}

/** The languages whose holiday names every occurrence carries when the data has them (besides the country's own). */
export const NAME_LANGUAGES: readonly string[] = ['en', 'el', 'ru', 'sk'];

// ---------------------------------------------------------------------------------------------
// Code lists (for validation)
// ---------------------------------------------------------------------------------------------

let catalogue: Holidays | undefined;
const catalogueInstance = (): Holidays => (catalogue ??= new Holidays());
let countries: Readonly<Record<string, string>> | undefined;

/**
 * The country codes date-holidays knows (upper case).
 * @category Holidays
 */
export const knownCountries = (): Readonly<Record<string, string>> =>
  (countries ??= (catalogueInstance().getCountries() as Record<string, string> | undefined) ?? {});

/**
 * The state codes of a country (empty when it has none).
 * @category Holidays
 */
export const knownStates = (country: string): Readonly<Record<string, string>> =>
  (catalogueInstance().getStates(country) as Record<string, string> | undefined) ?? {};

/**
 * The region codes of a state (empty when it has none).
 * @category Holidays
 */
export const knownRegions = (country: string, state: string): Readonly<Record<string, string>> =>
  (catalogueInstance().getRegions(country, state) as Record<string, string> | undefined) ?? {};

// ---------------------------------------------------------------------------------------------
// Rules engine
// ---------------------------------------------------------------------------------------------

interface RawEntry {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly type: string;
  readonly rule: string;
}

/**
 * date-holidays for one source, with per-year caches.
 * @category Holidays
 */
export class RulesEngine {
  private readonly key: RulesKey;
  private instance: Holidays | undefined;
  private ruleNames: Map<string, Readonly<Record<string, string>>> | undefined;
  private readonly raw = new Map<number, readonly RawEntry[]>();
  private readonly years = new Map<number, readonly RuleOccurrence[]>();

  constructor(key: RulesKey) {
    this.key = key;
  }

  /** The occurrences whose local date lies in year `y`, sorted by start. */
  year(y: number): readonly RuleOccurrence[] {
    let list = this.years.get(y);
    if (list === undefined) {
      list = this.build(y);
      this.years.set(y, list);
    }
    return list;
  }

  private holidays(): Holidays {
    if (this.instance === undefined) {
      const { country, state, region, types, timeZone } = this.key;
      const where: { country: string; state?: string; region?: string } = { country };
      if (state !== undefined) where.state = state;
      if (region !== undefined) where.region = region;
      this.instance = new Holidays(where, { timezone: timeZone, types: [...types], languages: ['en'] });
    }
    return this.instance;
  }

  /**
   * The names of a rule by language (the explanations' languages and the country's own), read
   * once per engine from the rules date-holidays already holds (no extra `getHolidays` call).
   */
  private namesOf(rule: string): Readonly<Record<string, string>> | undefined {
    if (this.ruleNames === undefined) {
      const hd = this.holidays();
      const keep = new Set<string>([...NAME_LANGUAGES, ...hd.getLanguages()]);
      this.ruleNames = new Map();
      // the rule objects carry `rule` and `name` ({ lang: name }); the typings omit them
      for (const r of hd.getRules() as unknown as readonly { readonly rule: string; readonly name?: unknown }[]) {
        if (typeof r.name !== 'object' || r.name === null) continue;
        const names: Record<string, string> = {};
        for (const [lang, name] of Object.entries(r.name as Record<string, unknown>)) if (keep.has(lang) && typeof name === 'string') names[lang] = name;
        if (Object.keys(names).length > 0) this.ruleNames.set(r.rule, Object.freeze(names));
      }
    }
    return this.ruleNames.get(rule);
  }

  private rawYear(y: number): readonly RawEntry[] {
    let list = this.raw.get(y);
    if (list === undefined) {
      list = this.holidays()
        .getHolidays(y, 'en')
        .map((h) => ({
          start: h.start.getTime(),
          end: h.end.getTime(),
          name: h.name,
          type: h.type,
          rule: h.rule,
        }));
      this.raw.set(y, list);
    }
    return list;
  }

  private build(y: number): readonly RuleOccurrence[] {
    const zone = zoneRules(this.key.timeZone);
    const out: RuleOccurrence[] = [];
    const seen = new Set<string>();
    // A multi-day entry of the previous year may run into this one, and an entry of the next year
    // may start on the evening before (date-holidays' sunset-to-sunset holidays). The rules are the
    // same every year: when none of this year's entries is other than one whole local day, the
    // neighbouring years cannot reach into it and are not fetched (one getHolidays call a year).
    const own = this.rawYear(y);
    const irregular = own.some((e) => {
      const d = zone.localDays(e.start);
      return e.start !== zone.localToMillis(d, 0) || e.end !== zone.localToMillis(d + 1, 0);
    });
    const sources = irregular ? [this.rawYear(y - 1), own, this.rawYear(y + 1)] : [own];
    for (const entries of sources) {
      for (const e of entries) {
        if (!(e.end > e.start)) continue;
        const firstDay = zone.localDays(e.start);
        const lastDay = zone.localDays(e.end - 1);
        for (let d = firstDay; d <= lastDay; d++) {
          const date = formatIsoDate(d);
          if (yearOfDays(d) !== y) continue;
          const start = Math.max(e.start, zone.localToMillis(d, 0));
          const end = Math.min(e.end, zone.localToMillis(d + 1, 0));
          if (!(end > start)) continue;
          const id = `${date}|${start}|${end}|${e.name}|${e.type}`;
          if (seen.has(id)) continue;
          seen.add(id);
          const names = this.namesOf(e.rule);
          out.push(names === undefined ? { date, name: e.name, type: e.type, start, end, rule: e.rule } : { date, name: e.name, names, type: e.type, start, end, rule: e.rule });
        }
      }
    }
    out.sort((a, b) => a.start - b.start || a.end - b.end);
    return out;
  }
}

const engines = new Map<string, RulesEngine>();

/**
 * The shared engine of a key (created on first use; date-holidays itself only when queried).
 * @category Holidays
 */
export const rulesEngine = (key: RulesKey): RulesEngine => {
  const id = [key.country, key.state ?? '', key.region ?? '', key.types.join(','), key.timeZone].join('|');
  let engine = engines.get(id);
  if (engine === undefined) {
    engine = new RulesEngine(key);
    engines.set(id, engine);
  }
  return engine;
};
