/**
 * Step 4 of a calendar's data flow: the business-day index of a calendar: the sorted local day numbers that have open time, built
 * lazily in chunks of a year of days. Stepping n business days is one binary search.
 * @internal
 */
import { lowerBound, upperBound } from '../internal/intervals.js';
import type { ZoneRules } from '../time/zone.js';
import { SEARCH_HORIZON_YEARS, type YearIndex } from './year-index.js';
import { noBusinessDay as noBusinessDayMessage } from '../internal/messages.js';

const CHUNK_DAYS = 366;
const HORIZON_DAYS = /* @__PURE__ */ Math.ceil(SEARCH_HORIZON_YEARS * 365.2425);
const EMPTY = /* @__PURE__ */ new Int32Array(0);

export class BusinessDayIndex {
  /** Business day numbers within [from, to], ascending. */
  private days: Int32Array = EMPTY;
  private from = Number.NaN;
  private to = Number.NaN;
  private readonly index: YearIndex;
  private readonly zone: ZoneRules;

  constructor(index: YearIndex, zone: ZoneRules) {
    this.index = index;
    this.zone = zone;
  }

  /** Does local day `day` have open time? */
  has(day: number): boolean {
    this.ensure(day);
    const i = lowerBound(this.days, day);
    return i < this.days.length && this.days[i] === day;
  }

  /**
   * The n-th business day after `day` (n > 0), before it (n < 0), or `day` itself (n = 0).
   * `day` need not be a business day. Throws `RangeError` past the search horizon.
   */
  step(day: number, n: number): number {
    if (n === 0) return day;
    this.ensure(day);
    if (n > 0) {
      for (;;) {
        const i = upperBound(this.days, day) + n - 1;
        if (i < this.days.length) return this.days[i] as number;
        const found = this.days.length;
        this.extend(this.to + 1, this.to + CHUNK_DAYS);
        if (this.days.length === found && this.to - day > HORIZON_DAYS) throw noBusinessDay(day, 'after');
      }
    }
    for (;;) {
      const i = lowerBound(this.days, day) + n;
      if (i >= 0) return this.days[i] as number;
      const found = this.days.length;
      this.extend(this.from - CHUNK_DAYS, this.from - 1);
      if (this.days.length === found && day - this.from > HORIZON_DAYS) throw noBusinessDay(day, 'before');
    }
  }

  private ensure(day: number): void {
    if (day >= this.from && day <= this.to) return;
    if (Number.isNaN(this.from)) {
      this.from = day;
      this.to = day - 1;
      this.extend(day, day + CHUNK_DAYS - 1);
      return;
    }
    while (day < this.from) this.extend(this.from - CHUNK_DAYS, this.from - 1);
    while (day > this.to) this.extend(this.to + 1, this.to + CHUNK_DAYS);
  }

  /** Adds the business days of [a, b], which is adjacent to the covered range. */
  private extend(a: number, b: number): void {
    const found: number[] = [];
    let start = this.zone.localToMillis(a, 0);
    for (let d = a; d <= b; d++) {
      const end = this.zone.localToMillis(d + 1, 0);
      if (end > start && this.index.between(start, end) > 0) found.push(d);
      start = end;
    }
    const days = new Int32Array(this.days.length + found.length);
    if (a > this.to) {
      days.set(this.days, 0);
      days.set(found, this.days.length);
      this.to = b;
    } else {
      days.set(found, 0);
      days.set(this.days, found.length);
      this.from = a;
    }
    this.days = days;
  }
}

const noBusinessDay = (day: number, direction: 'after' | 'before'): RangeError =>
  new RangeError(noBusinessDayMessage(SEARCH_HORIZON_YEARS, direction, day));
