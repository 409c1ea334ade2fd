/**
 * Time-zone rules: UTC offsets and the wall-clock ↔ instant conversion with the library's DST
 * rules (a local time in a spring-forward gap moves forward by the gap; an ambiguous local time in
 * a fall-back overlap takes its FIRST occurrence).
 *
 * Offsets come from luxon's `IANAZone` (the platform's tz database), but only while a year's
 * transition table is built: afterwards an offset lookup is a scan of a few numbers. This is where
 * luxon meets the engine, and it is the only place.
 * @internal
 */
import { IANAZone, Info, type Zone } from 'luxon';
import { daysFromCivil, MS_PER_DAY, MS_PER_MINUTE } from './civil.js';
import { describeValue, issue, type Issue, type IssuePath } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';
import { unknownTimeZone } from '../internal/messages.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * A local wall-clock position: day number (days since 1970-01-01) and milliseconds into it.
 * @category Time
 */
export interface LocalTime {
  readonly days: number;
  readonly msOfDay: number;
}

interface YearOffsets {
  /** Instants at which the offset changes, ascending. */
  readonly at: number[];
  /** offsets[0] applies before at[0]; offsets[i + 1] from at[i]. Milliseconds. */
  readonly offsets: number[];
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/**
 * Is `zone` an IANA time-zone name the platform knows (or `UTC`)?
 * @category Time
 */
export const isValidTimeZone = (zone: unknown): zone is string =>
  // no IANA name is longer than a few dozen characters: a megabyte of text is rejected without asking Intl (70 ms)
  typeof zone === 'string' && zone.length > 0 && zone.length <= MAX_ZONE_NAME && IANAZone.isValidZone(zone);

const MAX_ZONE_NAME = 100;

/**
 * A reader (see internal/read.ts): an IANA time-zone name, else an `INVALID_TIME_ZONE` issue.
 * @category Time
 */
export const readTimeZone = (input: unknown, path: IssuePath, issues: Issue[]): string | undefined => {
  if (isValidTimeZone(input)) return input;
  issues.push(issue(IssueCode.INVALID_TIME_ZONE, path, `Unknown IANA time zone ${describeValue(input)}.`));
  return undefined;
};

const MS_PER_YEAR_APPROX = 365.2425 * MS_PER_DAY;

/**
 * The offset rules of one IANA zone, with a lazily built per-year table of transitions.
 * Instances are shared per zone name (they are immutable apart from their memo).
 * @category Time
 */
export class ZoneRules {
  readonly name: string;
  private readonly zone: IANAZone;
  private readonly years = new Map<number, YearOffsets>();
  // one-entry memo of the last year looked up (queries cluster)
  private lastYear = Number.NaN;
  private lastTable: YearOffsets | undefined;

  /**
   * A luxon zone with this zone's name whose offsets come from the tables here: a `DateTime`
   * built on it costs a table lookup instead of an `Intl` call (about 20 times faster), and it
   * is still an `IANAZone` equal to luxon's own.
   */
  readonly luxonZone: Zone;

  constructor(name: string) {
    this.name = name;
    this.zone = IANAZone.create(name);
    // luxon reads some names as fixed zones ('UTC' prints 'Z'): keep its reading for those
    const normalized = Info.normalizeZone(name);
    this.luxonZone = normalized instanceof IANAZone ? new TabledIANAZone(name, this) : normalized;
  }

  /** UTC offset in milliseconds in force at the instant `ms`. */
  offsetAt(ms: number): number {
    const year = 1970 + Math.floor(ms / MS_PER_YEAR_APPROX);
    // the approximation can be off by one near Jan 1; tables overlap by a day, so either works
    const table = year === this.lastYear && this.lastTable !== undefined ? this.lastTable : this.table(year);
    const { at, offsets } = table;
    let i = 0;
    while (i < at.length && (at[i] as number) <= ms) i++;
    return offsets[i] as number;
  }

  /**
   * The instant of a local wall-clock time. A time in a spring-forward gap moves forward by the
   * gap; an ambiguous time takes its first occurrence.
   */
  localToMillis(days: number, msOfDay: number): number {
    const wall = days * MS_PER_DAY + msOfDay;
    const before = this.offsetAt(wall - MS_PER_DAY);
    const after = this.offsetAt(wall + MS_PER_DAY);
    if (before === after) {
      const t = wall - before;
      // a transition and its reversal within two days is not seen here; re-check cheaply
      const actual = this.offsetAt(t);
      return actual === before ? t : wall - actual;
    }
    const t1 = wall - before;
    const t2 = wall - after;
    const v1 = this.offsetAt(t1) === before;
    const v2 = this.offsetAt(t2) === after;
    if (v1 && v2) return Math.min(t1, t2); // overlap: first occurrence
    if (v1) return t1;
    if (v2) return t2;
    return t1; // gap: forward by the gap (read with the offset before the transition)
  }

  /** The local wall-clock position of an instant. */
  toLocal(ms: number): LocalTime {
    const wall = ms + this.offsetAt(ms);
    const days = Math.floor(wall / MS_PER_DAY);
    return { days, msOfDay: wall - days * MS_PER_DAY };
  }

  /** The local day number of an instant. */
  localDays(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms)) / MS_PER_DAY);
  }

  private table(year: number): YearOffsets {
    let table = this.years.get(year);
    if (table === undefined) {
      table = this.build(year);
      this.years.set(year, table);
    }
    this.lastYear = year;
    this.lastTable = table;
    return table;
  }

  private rawOffset(ms: number): number {
    return this.zone.offset(ms) * MS_PER_MINUTE;
  }

  /**
   * Samples the offset weekly over the year (with a week of margin) and bisects each change to
   * the second (tz database transitions fall on whole seconds). Two transitions less than a
   * week apart would be missed; no zone of the current tz database has such a pair.
   */
  private build(year: number): YearOffsets {
    const step = 7 * MS_PER_DAY;
    const start = daysFromCivil(year, 1, 1) * MS_PER_DAY - step;
    const end = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY + step;
    const at: number[] = [];
    const offsets: number[] = [this.rawOffset(start)];
    let prevT = start;
    let prevOff = offsets[0] as number;
    for (let t = start + step; t <= end; t += step) {
      const off = this.rawOffset(t);
      if (off !== prevOff) {
        // bisect (prevT, t] for the first second with the new offset
        let lo = prevT;
        let hi = t;
        while (hi - lo > 1000) {
          const mid = Math.floor((lo + hi) / 2000) * 1000;
          if (this.rawOffset(mid) === prevOff) lo = mid;
          else hi = mid;
        }
        at.push(hi);
        offsets.push(off);
        prevOff = off;
      }
      prevT = t;
    }
    return { at, offsets };
  }
}

/**
 * An IANAZone whose `offset` reads the transition tables of a {@link ZoneRules}. A class
 * expression in a call marked pure: a bundler cannot prove `extends IANAZone` free of side
 * effects, and would otherwise keep luxon in bundles that never build a zone (money only).
 */
const TabledIANAZone = /* @__PURE__ */ (() =>
  class TabledIANAZone extends IANAZone {
    private readonly rules: ZoneRules;
    constructor(name: string, rules: ZoneRules) {
      super(name);
      this.rules = rules;
    }
    override offset(ts: number): number {
      return Number.isFinite(ts) ? this.rules.offsetAt(ts) / MS_PER_MINUTE : Number.NaN;
    }
  })();

const rulesByZone = new Map<string, ZoneRules>();

/**
 * The shared {@link ZoneRules} of a valid zone name. Throws `RangeError` for an invalid one.
 * @category Time
 */
export const zoneRules = (name: string): ZoneRules => {
  let rules = rulesByZone.get(name);
  if (rules === undefined) {
    if (!isValidTimeZone(name)) throw new RangeError(unknownTimeZone(name));
    rules = new ZoneRules(name);
    rulesByZone.set(name, rules);
  }
  return rules;
};
