/**
 * Step 3 of a calendar's data flow: the year index of a calendar, its open time as sorted
 * `Float64Array`s of boundaries `[o0, c0, o1, c1, …]` plus prefix sums of open milliseconds.
 * Every query is a binary search plus arithmetic.
 *
 * The index is SPARSE: it holds runs of contiguous UTC years, built on demand where queries
 * land, without the years in between (a query in 9999 costs what a query in 2025 costs, and a
 * `9999-12-31` sentinel does not build eight thousand years). One run is active; a query
 * elsewhere parks it and activates (or starts) the run of its year. A run grows by a year at a
 * time as a search needs it, and swallows a parked run it reaches, so runs never overlap.
 *
 * Work is bounded: a search looks at most {@link SEARCH_HORIZON_YEARS} years from where it
 * starts (a duration it cannot use up there, or open time it cannot find, is a `RangeError`),
 * and no year outside -1…10000 is built (the supported instants, time/instant.ts, plus the
 * day of margin the engine looks past them).
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
/** The horizon in milliseconds: the most business time a search can use up, the widest span a query examines. */
export const SEARCH_HORIZON_MS = /* @__PURE__ */ Math.round(SEARCH_HORIZON_YEARS * 365.2425 * MS_PER_DAY);
const HORIZON_MS = SEARCH_HORIZON_MS;

const EMPTY = /* @__PURE__ */ new Float64Array(0);

/** The years a run may hold: the supported instants' years and one beyond each end. */
const FIRST_BUILDABLE_YEAR = -1;
const LAST_BUILDABLE_YEAR = 10000;
/** A query this many years or fewer from the active run grows it instead of starting a run. */
const GROW_GAP_YEARS = 1;

const utcYearOf = (ms: number): number => civilFromDays(Math.floor(ms / MS_PER_DAY)).year;
const yearStart = (year: number): number => daysFromCivil(year, 1, 1) * MS_PER_DAY;

const noOpenTime = (from: number, direction: 'after' | 'before'): RangeError =>
  new RangeError(noOpenTimeMessage(SEARCH_HORIZON_YEARS, direction, new Date(from).toISOString()));

const noOpening = (from: number): RangeError =>
  new RangeError(
    `No opening within ${SEARCH_HORIZON_YEARS} years before ${new Date(from).toISOString()}: the calendar is open for good there.`,
  );

const beyondHorizon = (from: number, direction: 'after' | 'before'): RangeError =>
  new RangeError(
    `The duration cannot be used up within ${SEARCH_HORIZON_YEARS} years ${direction} ${new Date(from).toISOString()} (the search horizon).`,
  );

const outsideBuildable = (year: number): RangeError =>
  new RangeError(`The year ${year} is outside the supported range (instants of the years 0000-9999): the search went past it.`);

const noClosing = (from: number): RangeError => new RangeError(noClosingMessage(SEARCH_HORIZON_YEARS, new Date(from).toISOString()));

// ---------------------------------------------------------------------------------------------
// The index
// ---------------------------------------------------------------------------------------------

/** A run of contiguous years, parked while another is active. */
interface Run {
  readonly b: Float64Array;
  readonly p: Float64Array;
  readonly n: number;
  readonly lo: number;
  readonly hi: number;
  readonly firstYear: number;
  readonly lastYear: number;
}

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
  /** The other runs, by first year; none overlaps or touches the active one. */
  private parked: Run[] = [];
  /**
   * The rank last found (see `rank`): queries tend to come in runs of nearby instants (a ticket's
   * clocks ask about its start, pauses, end and due), so the next one is looked for beside it
   * first. Any value is safe: `rank` checks it before using it.
   */
  private hint = 0;
  private readonly buildYear: YearBuilder;

  constructor(buildYear: YearBuilder) {
    this.buildYear = buildYear;
  }

  /** Years built so far (in every run). */
  get builtYears(): number {
    const active = Number.isNaN(this.firstYear) ? 0 : this.lastYear - this.firstYear + 1;
    return this.parked.reduce((s, r) => s + r.lastYear - r.firstYear + 1, active);
  }

  /** Runs of contiguous years held (1 for a calendar queried around one date). */
  get runCount(): number {
    return (Number.isNaN(this.firstYear) ? 0 : 1) + this.parked.length;
  }

  /** Open intervals indexed so far (in every run). */
  get intervalCount(): number {
    return this.parked.reduce((s, r) => s + r.n, this.n);
  }

  /** Bytes held by the index's typed arrays (boundaries and prefix sums, every run). */
  get byteLength(): number {
    return this.parked.reduce((s, r) => s + r.b.byteLength + r.p.byteLength, this.b.byteLength + this.p.byteLength);
  }

  /**
   * Makes the active run hold the instant `ms`: grows it when `ms` is at most a year away,
   * else switches to the parked run of that year, or starts one there.
   */
  private ensure(ms: number): void {
    if (ms >= this.lo && ms < this.hi) return;
    if (!Number.isFinite(ms)) throw new RangeError(notAFiniteInstant(ms));
    const year = utcYearOf(ms);
    if (Number.isNaN(this.firstYear)) {
      this.start(year);
      return;
    }
    if (year >= this.firstYear - GROW_GAP_YEARS && year <= this.lastYear + GROW_GAP_YEARS) {
      this.cover(ms);
      return;
    }
    this.park();
    const i = this.parked.findIndex((r) => year >= r.firstYear - GROW_GAP_YEARS && year <= r.lastYear + GROW_GAP_YEARS);
    if (i < 0) {
      this.start(year);
      return;
    }
    this.activate(this.parked.splice(i, 1)[0] as Run);
    this.cover(ms);
  }

  /**
   * Grows the active run (never switches) until it holds `ms`: for a span `[a, b]` that must
   * be in one run (`between`, `intervals`); callers bound the span.
   */
  private cover(ms: number): void {
    if (ms >= this.lo && ms < this.hi) return;
    if (!Number.isFinite(ms)) throw new RangeError(`Not a finite instant: ${ms}`);
    const year = utcYearOf(ms);
    if (year < this.firstYear) this.prependYears(year);
    else if (year > this.lastYear) this.appendYears(year);
  }

  /** Starts a new active run holding `year` (the active run must be parked or empty). */
  private start(year: number): void {
    if (year < FIRST_BUILDABLE_YEAR || year > LAST_BUILDABLE_YEAR) throw outsideBuildable(year);
    this.b = EMPTY;
    this.p = new Float64Array(1);
    this.n = 0;
    this.firstYear = year;
    this.lastYear = year - 1;
    this.lo = yearStart(year);
    this.hi = this.lo;
    this.appendYears(year);
  }

  private park(): void {
    if (Number.isNaN(this.firstYear)) return;
    const run: Run = { b: this.b, p: this.p, n: this.n, lo: this.lo, hi: this.hi, firstYear: this.firstYear, lastYear: this.lastYear };
    this.parked.push(run);
    this.parked.sort((x, y) => x.firstYear - y.firstYear);
    this.firstYear = Number.NaN;
    this.lastYear = Number.NaN;
    this.lo = Number.NaN;
    this.hi = Number.NaN;
  }

  private activate(run: Run): void {
    this.b = run.b;
    this.p = run.p;
    this.n = run.n;
    this.lo = run.lo;
    this.hi = run.hi;
    this.firstYear = run.firstYear;
    this.lastYear = run.lastYear;
  }

  /** Extends the active run by one year forwards. */
  private extendForward(): void {
    this.appendYears(this.lastYear + 1);
  }

  /** Extends the active run by one year backwards. */
  private extendBackward(): void {
    this.prependYears(this.firstYear - 1);
  }

  /**
   * Index k = number of boundaries <= ms (ms must be covered; odd k: open): the last one found,
   * two boundaries on or one back when it is one of them (three comparisons at most), else a
   * binary search.
   */
  private rank(ms: number): number {
    const b = this.b;
    const m = 2 * this.n;
    let k = this.hint;
    if (k > m) k = m;
    if (k === 0 || (b[k - 1] as number) <= ms) {
      if (k === m || ms < (b[k] as number)) return k;
      if (k + 1 === m || ms < (b[k + 1] as number)) return (this.hint = k + 1);
      if (k + 2 === m || ms < (b[k + 2] as number)) return (this.hint = k + 2);
    } else if (k === 1 || (b[k - 2] as number) <= ms) return (this.hint = k - 1);
    return (this.hint = upperBound(b, ms, 0, m));
  }

  /**
   * The last interval j with `p[j] <= target`, -1 when none: the interval of the last rank found
   * or the next when it is one of them, else a binary search.
   */
  private sumAtMost(target: number): number {
    const p = this.p;
    const n = this.n;
    const j = this.hint >> 1;
    if (j < n && (p[j] as number) <= target) {
      if (target < (p[j + 1] as number)) return j;
      if (j + 1 < n && target < (p[j + 2] as number)) return j + 1;
    }
    return upperBound(p, target, 0, n + 1) - 1;
  }

  /** The last interval j with `p[j] < target`, -1 when none (see `sumAtMost`). */
  private sumBelow(target: number): number {
    const p = this.p;
    const n = this.n;
    const j = this.hint >> 1;
    if (j < n && (p[j] as number) < target) {
      if (target <= (p[j + 1] as number)) return j;
      if (j + 1 < n && target <= (p[j + 2] as number)) return j + 1;
    }
    return lowerBound(p, target, 0, n + 1) - 1;
  }

  /** Open milliseconds in [lo, ms) for a covered ms. */
  private cumulative(ms: number): number {
    const k = this.rank(ms);
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

  /**
   * The opening of the open interval containing `ms`, or of the last one before it (`ms` a
   * closing instant: the interval it closes). The mirror of {@link YearIndex.nextClosing}.
   */
  previousOpening(ms: number): number {
    this.ensure(ms);
    for (;;) {
      const k = this.rank(ms);
      const i = (k & 1) === 1 ? (k - 1) >> 1 : (k >> 1) - 1;
      if (i >= 0) {
        const open = this.b[2 * i] as number;
        if (open > this.lo) return open;
        // the interval may have begun before the covered range: see where it starts
        if (ms - open > HORIZON_MS) throw noOpening(ms);
      } else if (ms - this.lo > HORIZON_MS) {
        throw noOpenTime(ms, 'before');
      }
      this.extendBackward();
    }
  }

  /** Open milliseconds between a and b (signed); both end in one run (callers bound the span). */
  between(a: number, b: number): number {
    this.ensure(a);
    this.cover(b);
    return this.cumulative(b) - this.cumulative(a);
  }

  /** Latest u >= t with business(t, u) <= d (d >= 0). */
  addLatest(t: number, d: number): number {
    if (!(d <= HORIZON_MS)) throw beyondHorizon(t, 'after');
    this.ensure(t);
    for (;;) {
      const target = this.cumulative(t) + d;
      const j = this.sumAtMost(target);
      if (j < this.n) return (this.b[2 * j] as number) + (target - (this.p[j] as number));
      this.growForward(t);
    }
  }

  /** Earliest u >= t with business(t, u) >= d (d >= 0). */
  addEarliest(t: number, d: number): number {
    if (d === 0) return t;
    if (!(d <= HORIZON_MS)) throw beyondHorizon(t, 'after');
    this.ensure(t);
    for (;;) {
      const target = this.cumulative(t) + d;
      if (target <= (this.p[this.n] as number)) {
        const j = this.sumBelow(target);
        return (this.b[2 * j] as number) + (target - (this.p[j] as number));
      }
      this.growForward(t);
    }
  }

  /** Latest u <= t, open or a closing instant, with business(u, t) >= d (d >= 0). */
  subtract(t: number, d: number): number {
    if (!(d <= HORIZON_MS)) throw beyondHorizon(t, 'before');
    this.ensure(t);
    if (d === 0) {
      const k = this.rank(t);
      if ((k & 1) === 1) return t;
      return this.previousClosing(t);
    }
    for (;;) {
      const target = this.cumulative(t) - d;
      if (target > 0) {
        const j = this.sumAtMost(target);
        return (this.b[2 * j] as number) + (target - (this.p[j] as number));
      }
      if (t - this.lo > HORIZON_MS) throw this.cumulative(this.lo + HORIZON_MS) === 0 ? noOpenTime(t, 'before') : beyondHorizon(t, 'before');
      this.extendBackward();
    }
  }

  /** The open intervals within [from, to), clipped. */
  intervals(from: number, to: number): Boundaries {
    if (!(to > from)) return [];
    this.ensure(from);
    this.cover(to);
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
    this.cover(e + MS_PER_DAY);
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
    if (this.hi - t > HORIZON_MS) {
      throw this.cumulative(this.hi - HORIZON_MS) === (this.p[this.n] as number) ? noOpenTime(t, 'after') : beyondHorizon(t, 'after');
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

  /** Grows the active run forwards to `toYear`, swallowing the parked runs it reaches. */
  private appendYears(toYear: number): void {
    if (toYear > LAST_BUILDABLE_YEAR) throw outsideBuildable(toYear);
    while (this.lastYear < toYear) {
      const next = this.parked.find((r) => r.firstYear > this.lastYear);
      const stop = next === undefined ? toYear : Math.min(toYear, next.firstYear - 1);
      if (stop > this.lastYear) {
        const added = this.buildYears(this.lastYear + 1, stop);
        this.lastYear = stop;
        this.hi = yearStart(stop + 1);
        this.splice(this.b.subarray(0, 2 * this.n), added);
      }
      if (next !== undefined && this.lastYear < toYear && next.firstYear === this.lastYear + 1) {
        this.parked.splice(this.parked.indexOf(next), 1);
        this.splice(this.b.subarray(0, 2 * this.n), next.b.subarray(0, 2 * next.n));
        this.lastYear = next.lastYear;
        this.hi = next.hi;
      }
    }
  }

  /** Grows the active run backwards to `fromYear`, swallowing the parked runs it reaches. */
  private prependYears(fromYear: number): void {
    if (fromYear < FIRST_BUILDABLE_YEAR) throw outsideBuildable(fromYear);
    while (this.firstYear > fromYear) {
      let prev: Run | undefined;
      for (const r of this.parked) if (r.lastYear < this.firstYear) prev = r;
      const stop = prev === undefined ? fromYear : Math.max(fromYear, prev.lastYear + 1);
      if (stop < this.firstYear) {
        const added = this.buildYears(stop, this.firstYear - 1);
        this.firstYear = stop;
        this.lo = yearStart(stop);
        this.splice(added, this.b.subarray(0, 2 * this.n));
      }
      if (prev !== undefined && this.firstYear > fromYear && prev.lastYear === this.firstYear - 1) {
        this.parked.splice(this.parked.indexOf(prev), 1);
        this.splice(prev.b.subarray(0, 2 * prev.n), this.b.subarray(0, 2 * this.n));
        this.firstYear = prev.firstYear;
        this.lo = prev.lo;
      }
    }
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
