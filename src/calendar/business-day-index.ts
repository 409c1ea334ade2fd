/**
 * Step 4 of a calendar's data flow: the business-day index of a calendar: the sorted local day
 * numbers that have open time, in chunks of 366 days built on demand wherever queries land
 * (sparse, like the year index: a query in 9999 does not build the days since 2025). Stepping n
 * business days is a binary search per chunk; a step looks at most the search horizon
 * ({@link SEARCH_HORIZON_YEARS} years) away, so it is bounded by work whatever n is.
 * @internal
 */
import { lowerBound, upperBound } from '../internal/intervals.js';
import type { ZoneRules } from '../time/zone.js';
import { SEARCH_HORIZON_YEARS, type YearIndex } from './year-index.js';
import { noBusinessDay as noBusinessDayMessage } from '../internal/messages.js';

const CHUNK_DAYS = 366;
/** Days within the search horizon; a step of more business days than this is a `RangeError`. */
export const HORIZON_DAYS = /* @__PURE__ */ Math.ceil(SEARCH_HORIZON_YEARS * 365.2425);

export class BusinessDayIndex {
  /** Business day numbers of chunk k (days [k × 366, (k + 1) × 366)), ascending. */
  private readonly chunks = new Map<number, Int32Array>();
  private readonly index: YearIndex;
  private readonly zone: ZoneRules;

  constructor(index: YearIndex, zone: ZoneRules) {
    this.index = index;
    this.zone = zone;
  }

  /** Does local day `day` have open time? */
  has(day: number): boolean {
    const days = this.chunk(Math.floor(day / CHUNK_DAYS));
    const i = lowerBound(days, day);
    return i < days.length && days[i] === day;
  }

  /**
   * The n-th business day after `day` (n > 0), before it (n < 0), or `day` itself (n = 0).
   * `day` need not be a business day. Throws `RangeError` when the n-th business day is not
   * within the search horizon (whatever n is: the work is bounded by the horizon).
   */
  step(day: number, n: number): number {
    if (n === 0) return day;
    if (!(Math.abs(n) <= HORIZON_DAYS)) throw beyondHorizon(day, n);
    let k = Math.floor(day / CHUNK_DAYS);
    let left = Math.abs(n);
    let seen = 0;
    for (;;) {
      const days = this.chunk(k);
      if (n > 0) {
        const from = k === Math.floor(day / CHUNK_DAYS) ? upperBound(days, day) : 0;
        const available = days.length - from;
        if (left <= available) return days[from + left - 1] as number;
        left -= available;
        seen += available;
        k++;
        if (k * CHUNK_DAYS - day > HORIZON_DAYS) throw seen === 0 ? noBusinessDay(day, 'after') : beyondHorizon(day, n);
      } else {
        const to = k === Math.floor(day / CHUNK_DAYS) ? lowerBound(days, day) : days.length;
        if (left <= to) return days[to - left] as number;
        left -= to;
        seen += to;
        k--;
        if (day - (k + 1) * CHUNK_DAYS > HORIZON_DAYS) throw seen === 0 ? noBusinessDay(day, 'before') : beyondHorizon(day, n);
      }
    }
  }

  /** The business days of chunk k, built on first use. */
  private chunk(k: number): Int32Array {
    let days = this.chunks.get(k);
    if (days === undefined) {
      const a = k * CHUNK_DAYS;
      const b = a + CHUNK_DAYS - 1;
      const found: number[] = [];
      let start = this.zone.localToMillis(a, 0);
      for (let d = a; d <= b; d++) {
        const end = this.zone.localToMillis(d + 1, 0);
        if (end > start && this.index.between(start, end) > 0) found.push(d);
        start = end;
      }
      days = Int32Array.from(found);
      this.chunks.set(k, days);
    }
    return days;
  }
}

const noBusinessDay = (day: number, direction: 'after' | 'before'): RangeError =>
  new RangeError(noBusinessDayMessage(SEARCH_HORIZON_YEARS, direction, day));

const beyondHorizon = (day: number, n: number): RangeError =>
  new RangeError(`The ${n}-th business day from local day ${day} is not within ${SEARCH_HORIZON_YEARS} years (the search horizon).`);
