/**
 * Step 3 of a calendar's data flow: the year index of a calendar, its open time as one sorted `Float64Array` of boundaries
 * `[o0, c0, o1, c1, …]` plus a prefix sum of open milliseconds, covering a contiguous range of
 * UTC years that grows lazily (forwards and backwards) as queries reach new instants. Every
 * query is a binary search plus arithmetic.
 * @internal
 */
import { civilFromDays, daysFromCivil, MS_PER_DAY } from '../time/civil.js';
import { lowerBound, upperBound, type Boundaries } from '../internal/intervals.js';
import { noClosing as noClosingMessage, noOpenTime as noOpenTimeMessage, notAFiniteInstant } from '../internal/messages.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * Builds the normal set of open intervals within `[lo, hi)` (one UTC year at a time here).
 * @category Calendars
 */
export type YearBuilder = (lo: number, hi: number) => Boundaries;

/**
 * How far a search for open time goes before it gives up with a `RangeError`.
 * @category Calendars
 */
export const SEARCH_HORIZON_YEARS = 20;
const HORIZON_MS = /* @__PURE__ */ Math.round(SEARCH_HORIZON_YEARS * 365.2425 * MS_PER_DAY);

const EMPTY = /* @__PURE__ */ new Float64Array(0);

const utcYearOf = (ms: number): number => civilFromDays(Math.floor(ms / MS_PER_DAY)).year;
const yearStart = (year: number): number => daysFromCivil(year, 1, 1) * MS_PER_DAY;

const noOpenTime = (from: number, direction: 'after' | 'before'): RangeError =>
  new RangeError(noOpenTimeMessage(SEARCH_HORIZON_YEARS, direction, new Date(from).toISOString()));

const noClosing = (from: number): RangeError => new RangeError(noClosingMessage(SEARCH_HORIZON_YEARS, new Date(from).toISOString()));

// ---------------------------------------------------------------------------------------------
// The index
// ---------------------------------------------------------------------------------------------

export class YearIndex {
  /** Boundaries, ascending: even index = opening, odd index = closing. */
  private b: Float64Array = EMPTY;
  /** p[i] = open milliseconds before interval i, relative to `lo`; length n + 1. */
  private p: Float64Array = new Float64Array(1);
  /** Number of intervals. */
  private n = 0;
  /** Covered instants: [lo, hi). */
  private lo = Number.NaN;
  private hi = Number.NaN;
  private firstYear = Number.NaN;
  private lastYear = Number.NaN;
  private readonly buildYear: YearBuilder;

  constructor(buildYear: YearBuilder) {
    this.buildYear = buildYear;
  }

  /** Years built so far. */
  get builtYears(): number {
    return Number.isNaN(this.firstYear) ? 0 : this.lastYear - this.firstYear + 1;
  }

  /** Open intervals indexed so far. */
  get intervalCount(): number {
    return this.n;
  }

  /** Bytes held by the index's typed arrays (boundaries and prefix sums). */
  get byteLength(): number {
    return this.b.byteLength + this.p.byteLength;
  }

  /** Makes sure the instant `ms` lies inside the covered range. */
  private ensure(ms: number): void {
    if (ms >= this.lo && ms < this.hi) return;
    if (!Number.isFinite(ms)) throw new RangeError(notAFiniteInstant(ms));
    const year = utcYearOf(ms);
    if (Number.isNaN(this.firstYear)) {
      this.firstYear = year;
      this.lastYear = year - 1;
      this.lo = yearStart(year);
      this.hi = this.lo;
      this.appendYears(year);
      return;
    }
    if (year < this.firstYear) this.prependYears(year);
    else if (year > this.lastYear) this.appendYears(year);
  }

  /** Extends the range by one year forwards. */
  private extendForward(): void {
    this.appendYears(this.lastYear + 1);
  }

  /** Extends the range by one year backwards. */
  private extendBackward(): void {
    this.prependYears(this.firstYear - 1);
  }

  /** Index k = number of boundaries <= ms (ms must be covered). Odd k: open. */
  private rank(ms: number): number {
    return upperBound(this.b, ms, 0, 2 * this.n);
  }

  /** Open milliseconds in [lo, ms) for a covered ms. */
  private cumulative(ms: number): number {
    const k = upperBound(this.b, ms, 0, 2 * this.n);
    if ((k & 1) === 1) {
      const i = (k - 1) >> 1;
      return (this.p[i] as number) + (ms - (this.b[2 * i] as number));
    }
    return this.p[k >> 1] as number;
  }

  // ----- queries on epoch ms ---------------------------------------------------------------

  isOpen(ms: number): boolean {
    this.ensure(ms);
    return (this.rank(ms) & 1) === 1;
  }

  /** `ms` when open, else the next opening. */
  nextOpening(ms: number): number {
    this.ensure(ms);
    for (;;) {
      const k = this.rank(ms);
      if ((k & 1) === 1) return ms;
      const i = k >> 1;
      if (i < this.n) return this.b[2 * i] as number;
      if (this.hi - ms > HORIZON_MS) throw noOpenTime(ms, 'after');
      this.extendForward();
    }
  }

  /** The end of the open interval containing `ms`, or of the next one. */
  nextClosing(ms: number): number {
    const open = this.nextOpening(ms);
    for (;;) {
      const k = this.rank(open);
      const close = this.b[k] as number;
      if (close < this.hi) return close;
      if (this.hi - open > HORIZON_MS) throw noClosing(open);
      this.extendForward(); // the interval runs past the covered range: see where it ends
    }
  }

  /** The latest closing instant <= ms, when ms is closed (ms itself when it is a closing). */
  previousClosing(ms: number): number {
    this.ensure(ms);
    for (;;) {
      const k = this.rank(ms);
      if ((k & 1) === 1) return ms; // open: not meaningful, callers check first
      const i = k >> 1; // intervals before: 0..i-1
      if (i > 0) return this.b[2 * i - 1] as number;
      if (ms - this.lo > HORIZON_MS) throw noOpenTime(ms, 'before');
      this.extendBackward();
    }
  }

  /** Open milliseconds between a and b (signed). */
  between(a: number, b: number): number {
    this.ensure(a);
    this.ensure(b);
    return this.cumulative(b) - this.cumulative(a);
  }

  /** Latest u >= t with business(t, u) <= d (d >= 0). */
  addLatest(t: number, d: number): number {
    this.ensure(t);
    for (;;) {
      const target = this.cumulative(t) + d;
      const j = upperBound(this.p, target, 0, this.n + 1) - 1;
      if (j < this.n) return (this.b[2 * j] as number) + (target - (this.p[j] as number));
      this.growForward(t);
    }
  }

  /** Earliest u >= t with business(t, u) >= d (d >= 0). */
  addEarliest(t: number, d: number): number {
    if (d === 0) return t;
    this.ensure(t);
    for (;;) {
      const target = this.cumulative(t) + d;
      if (target <= (this.p[this.n] as number)) {
        const j = lowerBound(this.p, target, 0, this.n + 1) - 1;
        return (this.b[2 * j] as number) + (target - (this.p[j] as number));
      }
      this.growForward(t);
    }
  }

  /** Latest u <= t, open or a closing instant, with business(u, t) >= d (d >= 0). */
  subtract(t: number, d: number): number {
    this.ensure(t);
    if (d === 0) {
      const k = this.rank(t);
      if ((k & 1) === 1) return t;
      return this.previousClosing(t);
    }
    for (;;) {
      const target = this.cumulative(t) - d;
      if (target > 0) {
        const j = upperBound(this.p, target, 0, this.n + 1) - 1;
        return (this.b[2 * j] as number) + (target - (this.p[j] as number));
      }
      if (t - this.lo > HORIZON_MS && this.cumulative(this.lo + HORIZON_MS) === 0) throw noOpenTime(t, 'before');
      this.extendBackward();
    }
  }

  /** The open intervals within [from, to), clipped. */
  intervals(from: number, to: number): Boundaries {
    if (!(to > from)) return [];
    this.ensure(from);
    this.ensure(to);
    const out: Boundaries = [];
    let k = this.rank(from);
    let i = (k & 1) === 1 ? (k - 1) >> 1 : k >> 1;
    for (; i < this.n; i++) {
      const o = this.b[2 * i] as number;
      if (o >= to) break;
      const c = this.b[2 * i + 1] as number;
      out.push(Math.max(o, from), Math.min(c, to));
    }
    return out;
  }

  /**
   * The last closing of the local date `[dayStart, dayEnd)`, or undefined when the date has no
   * open time. An interval that opens on the date and runs past midnight (an overnight shift)
   * ends at its own closing if that comes within 24 hours of midnight; open time that continues
   * for longer (24/7, or whole days back to back) ends the date at midnight.
   */
  lastClosingOfDay(dayStart: number, dayEnd: number): number | undefined {
    const s = dayStart;
    const e = dayEnd;
    this.ensure(s);
    this.ensure(e + MS_PER_DAY);
    if (this.cumulative(e) - this.cumulative(s) === 0) return undefined;
    // the last interval with open time in [s, e)
    const k = upperBound(this.b, e - 1, 0, 2 * this.n);
    const i = (k & 1) === 1 ? (k - 1) >> 1 : (k >> 1) - 1;
    const open = this.b[2 * i] as number;
    const close = this.b[2 * i + 1] as number;
    if (close <= e) return close;
    // open across midnight: an overnight shift that opened on this date ends at its own closing
    const opensOnDay = open > s || (open === s && !this.isOpen(s - 1));
    return opensOnDay && close < e + MS_PER_DAY ? close : e;
  }

  // ----- internals -------------------------------------------------------------------------

  /** Extends forwards; a search that has found no open time for the horizon gives up. */
  private growForward(t: number): void {
    if (this.hi - t > HORIZON_MS && this.cumulative(this.hi - HORIZON_MS) === (this.p[this.n] as number)) {
      throw noOpenTime(t, 'after');
    }
    this.extendForward();
  }

  private buildYears(fromYear: number, toYear: number): Float64Array {
    const pairs: number[] = [];
    for (let y = fromYear; y <= toYear; y++) {
      const w = this.buildYear(yearStart(y), yearStart(y + 1));
      for (const x of w) pairs.push(x);
    }
    return new Float64Array(pairs);
  }

  private appendYears(toYear: number): void {
    const added = this.buildYears(this.lastYear + 1, toYear);
    this.lastYear = toYear;
    this.hi = yearStart(toYear + 1);
    this.splice(this.b.subarray(0, 2 * this.n), added);
  }

  private prependYears(fromYear: number): void {
    const added = this.buildYears(fromYear, this.firstYear - 1);
    this.firstYear = fromYear;
    this.lo = yearStart(fromYear);
    this.splice(added, this.b.subarray(0, 2 * this.n));
  }

  /** Concatenates two normal sets (all of `left` before `right`), merging a touching seam. */
  private splice(left: Float64Array, right: Float64Array): void {
    const seam = left.length > 0 && right.length > 0 && left[left.length - 1] === right[0];
    const keepLeft = seam ? left.length - 1 : left.length;
    const b = new Float64Array(keepLeft + right.length - (seam ? 1 : 0));
    b.set(left.subarray(0, keepLeft), 0);
    b.set(seam ? right.subarray(1) : right, keepLeft);
    const n = b.length / 2;
    const p = new Float64Array(n + 1);
    let acc = 0;
    for (let i = 0; i < n; i++) {
      p[i] = acc;
      acc += (b[2 * i + 1] as number) - (b[2 * i] as number);
    }
    p[n] = acc;
    this.b = b;
    this.p = p;
    this.n = n;
  }
}
