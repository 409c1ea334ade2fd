/**
 * A naive reference implementation of business calendars, FOR TESTS ONLY.
 *
 * It shares nothing with the engine (no `src/` import): open time is rebuilt from the spec date by
 * date with luxon, in the calendar's zone, and the queries walk it minute by minute. It is slow and
 * simple on purpose, so that it is obviously right; the property tests compare the engine's index
 * against it.
 *
 * Scope: weekly hours (overnight, `24:00`, `HH:MM:SS`), overrides, closures and `{ dates }`
 * holidays. Queries that step minute by minute (`between`, `add`, `addEarliest`, `subtract`,
 * `nextOpening`, `nextClosing`) require minute-aligned inputs and durations: every boundary of a
 * spec with `HH:MM` times, whole-minute zone offsets and minute-aligned closures is a whole minute,
 * so each minute `[m, m + 1 min)` is either wholly open or wholly closed and `isOpen(m)` decides it.
 *
 * The rules implemented (API.md, "Calendars" and "Business-time queries"):
 * - open time is half-open `[open, close)`;
 * - a local wall time in a spring-forward gap moves forward by the gap; an ambiguous wall time takes
 *   its FIRST occurrence (done explicitly below: luxon's own `fromObject` picks an occurrence that
 *   depends on the current date's offset, so it is not used to decide);
 * - an overnight interval belongs to the date it starts on; an override of a date replaces that
 *   date's weekly intervals;
 * - holidays `{ dates }` close local midnight to local midnight, closures `[start, end)`; both are
 *   subtracted from open time, except that a holiday on an overridden date spares that date's
 *   override hours (`CalendarSpec.overrides`: "an override is the final word on its date") while
 *   still removing the previous date's overnight tail (see {@link RefOptions});
 * - overlapping intervals of one date are merged in wall-clock time before they become instants
 *   (as the engine does; see {@link RefOptions} for the literal reading).
 */
import { DateTime, IANAZone } from 'luxon';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export type WeekKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const WEEK_KEYS: readonly WeekKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The subset of `CalendarSpec` the reference understands (all of it but country holidays). */
export interface RefSpec {
  readonly timeZone: string;
  readonly week: Partial<Record<WeekKey, readonly string[]>>;
  readonly holidays?: readonly { readonly dates: readonly string[] }[];
  readonly overrides?: readonly { readonly date: string; readonly hours: readonly string[] }[];
  readonly closures?: readonly { readonly start: string | number; readonly end: string | number }[];
}

// ---------------------------------------------------------------------------------------------
// Wall clock → instant, with the library's DST rules, made explicit
// ---------------------------------------------------------------------------------------------

/** UTC offset in minutes of `zone` at the instant `ms` (luxon's tz data). */
export const offsetMinutes = (zone: string, ms: number): number => IANAZone.create(zone).offset(ms);

/** A local calendar date. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** `date` plus `n` days (pure calendar arithmetic, no zone). */
export const plusDays = (date: LocalDate, n: number): LocalDate => {
  const d = DateTime.fromObject(date, { zone: 'UTC' }).plus({ days: n });
  return { year: d.year, month: d.month, day: d.day };
};

export const isoDate = (d: LocalDate): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

export const parseDate = (s: string): LocalDate => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
};

/** ISO weekday (1 = Monday … 7 = Sunday) of a local date. */
export const weekdayOf = (date: LocalDate): number => DateTime.fromObject(date, { zone: 'UTC' }).weekday;

/** The local date of an instant in `zone`. */
export const localDateOf = (zone: string, ms: number): LocalDate => {
  const d = DateTime.fromMillis(ms, { zone });
  return { year: d.year, month: d.month, day: d.day };
};

/**
 * The instant of local wall time `msOfDay` (may exceed 24 h: it then lands on a later date) on
 * `date` in `zone`. Every offset the zone uses within a day of that wall time is tried; a wall
 * time is read with offset `o` when the zone really has offset `o` at the resulting instant.
 * Several readings: an overlap, the FIRST (earliest) wins. No reading: a gap, and the wall time
 * moves forward by the gap, i.e. it is read with the offset in force BEFORE the transition (the
 * smaller one, since a gap is an offset increase).
 */
export const wallToInstant = (zone: string, date: LocalDate, msOfDay: number): number => {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + msOfDay;
  const offsets = new Set<number>();
  for (let h = -36; h <= 36; h += 12) offsets.add(offsetMinutes(zone, wall + h * HOUR));
  const readings: number[] = [];
  for (const o of offsets) {
    const t = wall - o * MINUTE;
    if (offsetMinutes(zone, t) === o) readings.push(t);
  }
  if (readings.length > 0) return Math.min(...readings);
  return wall - Math.min(...offsets) * MINUTE;
};

/** Start of local date `date` (its 00:00, moved forward if midnight falls in a gap). */
export const startOfDate = (zone: string, date: LocalDate): number => wallToInstant(zone, date, 0);

// ---------------------------------------------------------------------------------------------
// Open time
// ---------------------------------------------------------------------------------------------

/** `'HH:MM[:SS]-HH:MM[:SS]'` → `[start, end]` in ms of the day; end past 24 h when overnight. */
export const parseHours = (s: string): [number, number] => {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?-(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
  if (m === null) throw new Error(`reference: bad interval ${s}`);
  const n = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]));
  const start = n(1) * HOUR + n(2) * MINUTE + n(3) * 1000;
  let end = n(4) * HOUR + n(5) * MINUTE + n(6) * 1000;
  if (end <= start) end += DAY;
  return [start, end];
};

const toMs = (x: string | number): number => (typeof x === 'number' ? x : DateTime.fromISO(x, { setZone: true }).toMillis());

/** Sorts and merges `[start, end]` pairs (empty ones dropped); touching pairs merge. */
export const mergePairs = (pairs: readonly (readonly [number, number])[]): [number, number][] => {
  const sorted = pairs.filter(([s, e]) => e > s).map(([s, e]) => [s, e] as [number, number]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
    else out.push(p);
  }
  return out;
};

/** `a` minus `b` (both merged). */
export const subtractPairs = (a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]): [number, number][] => {
  let out: [number, number][] = a.map(([s, e]) => [s, e]);
  for (const [bs, be] of b) {
    const next: [number, number][] = [];
    for (const [s, e] of out) {
      if (be <= s || bs >= e) next.push([s, e]);
      else {
        if (bs > s) next.push([s, bs]);
        if (be < e) next.push([be, e]);
      }
    }
    out = next;
  }
  return out;
};

/**
 * Readings of API.md the reference can take where the text allows two.
 *
 * `literalGapIntervals` (default false): a date's intervals are each turned into instants on their
 * own, then united. By default, as the engine does (src/calendar/spec.ts, parseDayIntervals),
 * overlapping or touching intervals of one date are first merged in wall-clock time. The two
 * differ only when an interval end falls in a spring-forward gap inside another interval of the
 * same date: `['00:00-04:00', '03:30-10:15']` on Chatham's spring-forward day (gap 02:45-03:45)
 * is 00:00-10:15 merged first, but 00:00-04:00 plus 04:30-10:15 literally (03:30 moves to 04:30).
 */
export interface RefOptions {
  readonly literalGapIntervals?: boolean;
  /**
   * A `{ dates }` holiday on an overridden date. `'spare-override-only'` (default): it spares
   * only the override's own hours (`CalendarSpec.overrides`: "holidays of that date are not
   * subtracted from it") and still removes the previous date's overnight tail (API.md rule 3).
   * `'spare-overrides'`: it spares the hours of every overridden date, so it removes the
   * previous date's overnight tail only when that date is not overridden itself (the engine at
   * commit d3705f9; see test/properties/found-bugs.test.ts).
   * `'ignored'`: the holiday is dropped altogether (the engine before commit d3705f9).
   */
  readonly overriddenHolidays?: 'spare-override-only' | 'spare-overrides' | 'ignored';
}

/**
 * The readings the property suites compare the engine with: API.md's, except for the engine
 * deviations pinned in test/properties/found-bugs.test.ts, so that the rest of the suite stays
 * green and keeps finding NEW differences. Remove an entry when the engine is fixed.
 */
export const SUITE_OPTIONS: RefOptions = {};

/**
 * The open intervals of `spec` built from the local dates `first … last` (each date's own
 * intervals, overnight tails included), minus holidays and closures. Open time of instants
 * outside those dates' reach is not represented: callers take a margin (see {@link RefCalendar}).
 */
export const buildOpenIntervals = (spec: RefSpec, first: LocalDate, last: LocalDate, options: RefOptions = {}): [number, number][] => {
  const zone = spec.timeZone;
  const overrides = new Map<string, readonly string[]>();
  for (const o of spec.overrides ?? []) overrides.set(o.date, o.hours);
  // open time by the date it comes from: '' = a weekly date, else the overridden date
  const open = new Map<string, [number, number][]>([['', []]]);
  for (let d = first; isoDate(d) <= isoDate(last); d = plusDays(d, 1)) {
    const override = overrides.get(isoDate(d));
    const hours = override ?? spec.week[WEEK_KEYS[weekdayOf(d) - 1] as WeekKey] ?? [];
    const group = override === undefined ? '' : isoDate(d);
    const list = open.get(group) ?? [];
    open.set(group, list);
    const wall = hours.map(parseHours);
    for (const [s, e] of options.literalGapIntervals ? wall : mergePairs(wall)) {
      const start = wallToInstant(zone, plusDays(d, Math.floor(s / DAY)), s % DAY);
      const end = wallToInstant(zone, plusDays(d, Math.floor(e / DAY)), e % DAY);
      list.push([start, end]); // dropped by mergePairs when a gap makes it empty
    }
  }
  const holidays: { date: string; span: [number, number] }[] = [];
  for (const source of spec.holidays ?? []) {
    for (const date of source.dates) {
      const d = parseDate(date);
      holidays.push({ date, span: [startOfDate(zone, d), startOfDate(zone, plusDays(d, 1))] });
    }
  }
  const mode = options.overriddenHolidays ?? 'spare-override-only';
  const spares = (group: string, date: string): boolean =>
    overrides.has(date) && (mode === 'ignored' || (mode === 'spare-overrides' ? group !== '' : group === date));
  const kept: [number, number][] = [];
  for (const [group, list] of open) {
    const closed = holidays.filter((h) => !spares(group, h.date)).map((h) => h.span);
    kept.push(...subtractPairs(mergePairs(list), mergePairs(closed)));
  }
  const closures = (spec.closures ?? []).map((c): [number, number] => [toMs(c.start), toMs(c.end)]);
  return subtractPairs(mergePairs(kept), mergePairs(closures));
};

/**
 * A reference calendar: open intervals rebuilt on demand for a window of local dates that grows
 * (doubling) whenever a query leaves it, with two days of margin on each side so that every
 * overnight interval reaching an instant of the window is included.
 */
export class RefCalendar {
  readonly spec: RefSpec;
  readonly zone: string;
  private lo = Number.NaN;
  private hi = Number.NaN;
  private iv: [number, number][] = [];

  private readonly options: RefOptions;

  constructor(spec: RefSpec, options: RefOptions = {}) {
    this.spec = spec;
    this.zone = spec.timeZone;
    this.options = options;
  }

  /** Makes the window cover [from, to). */
  cover(from: number, to: number): void {
    if (from >= this.lo && to <= this.hi) return;
    let lo = Number.isNaN(this.lo) ? from - 3 * DAY : Math.min(from - 3 * DAY, this.lo - (this.hi - this.lo));
    let hi = Number.isNaN(this.hi) ? to + 3 * DAY : Math.max(to + 3 * DAY, this.hi + (this.hi - this.lo));
    if (from >= this.lo) lo = this.lo;
    if (to <= this.hi) hi = this.hi;
    // dates whose own intervals can reach [lo, hi): intervals end < 48 h after their date starts
    const first = plusDays(localDateOf(this.zone, lo), -2);
    const last = plusDays(localDateOf(this.zone, hi), 1);
    this.iv = buildOpenIntervals(this.spec, first, last, this.options);
    this.lo = lo;
    this.hi = hi;
  }

  /** The open intervals meeting [from, to), NOT clipped. */
  intervals(from: number, to: number): [number, number][] {
    this.cover(from, to);
    return this.iv.filter(([s, e]) => e > from && s < to);
  }

  isOpen(ms: number): boolean {
    this.cover(ms, ms + 1);
    // binary search for the last interval starting at or before ms
    let a = 0;
    let b = this.iv.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if ((this.iv[mid] as [number, number])[0] <= ms) a = mid + 1;
      else b = mid;
    }
    const iv = this.iv[a - 1];
    return iv !== undefined && ms < iv[1];
  }

  // ----- minute walkers (minute-aligned instants and durations only) -----------------------

  private static aligned(...xs: number[]): void {
    for (const x of xs) if (x % MINUTE !== 0) throw new Error(`reference walker: ${x} is not minute-aligned`);
  }

  /** Signed business ms from a to b, counting open minutes. */
  between(a: number, b: number): number {
    RefCalendar.aligned(a, b);
    if (b < a) return 0 - this.between(b, a);
    let n = 0;
    for (let m = a; m < b; m += MINUTE) if (this.isOpen(m)) n++;
    return n * MINUTE;
  }

  /** `t` when open, else the first open minute after it. */
  nextOpening(t: number): number {
    RefCalendar.aligned(t);
    let u = t;
    while (!this.isOpen(u)) u += MINUTE;
    return u;
  }

  /** The first closed minute at or after the next opening. */
  nextClosing(t: number): number {
    let u = this.nextOpening(t);
    while (this.isOpen(u)) u += MINUTE;
    return u;
  }

  /** Latest u ≥ t with business(t, u) ≤ d; negative d subtracts. */
  add(t: number, d: number): number {
    RefCalendar.aligned(t, d);
    if (d < 0) return this.subtract(t, -d);
    let left = d;
    let u = t;
    while (left > 0) {
      if (this.isOpen(u)) left -= MINUTE;
      u += MINUTE;
    }
    // d used up at u: closed time after it costs nothing, so go on to the next opening
    return this.nextOpening(u);
  }

  /** Earliest u ≥ t with business(t, u) ≥ d; negative d subtracts. */
  addEarliest(t: number, d: number): number {
    RefCalendar.aligned(t, d);
    if (d < 0) return this.subtract(t, -d);
    let left = d;
    let u = t;
    while (left > 0) {
      if (this.isOpen(u)) left -= MINUTE;
      u += MINUTE;
    }
    return u;
  }

  /** Latest u ≤ t, open or a closing instant, with business(u, t) ≥ d; negative d adds. */
  subtract(t: number, d: number): number {
    RefCalendar.aligned(t, d);
    if (d < 0) return this.add(t, -d);
    let left = d;
    let u = t;
    while (left > 0) {
      if (this.isOpen(u - MINUTE)) left -= MINUTE;
      u -= MINUTE;
    }
    if (d > 0) return u; // the minute [u, u + 1 min) was open: u is open
    // d = 0: t itself when open or a closing instant, else the previous closing
    while (!this.isOpen(u) && !this.isOpen(u - MINUTE)) u -= MINUTE;
    return u;
  }

  // ----- days ------------------------------------------------------------------------------

  /** [start, end) of a local date. */
  dayBounds(date: LocalDate): [number, number] {
    return [startOfDate(this.zone, date), startOfDate(this.zone, plusDays(date, 1))];
  }

  /** Any open time on the local date? */
  isBusinessDay(date: LocalDate): boolean {
    const [s, e] = this.dayBounds(date);
    return this.intervals(s, e).length > 0;
  }

  private nextBusinessDay(date: LocalDate): LocalDate {
    let d = plusDays(date, 1);
    for (let i = 0; i < 3660 && !this.isBusinessDay(d); i++) d = plusDays(d, 1);
    return d;
  }

  private previousBusinessDay(date: LocalDate): LocalDate {
    let d = plusDays(date, -1);
    for (let i = 0; i < 3660 && !this.isBusinessDay(d); i++) d = plusDays(d, -1);
    return d;
  }

  /**
   * The last closing of a business date: the closing of its last open interval. An interval
   * that opens on the date and runs past midnight (an overnight shift) closes the date at its
   * own closing when that comes within 24 h of midnight; open time that runs on for longer, or
   * that opened on an earlier date, ends the date at midnight.
   */
  lastClosing(date: LocalDate): number {
    const [s, e] = this.dayBounds(date);
    const ivs = this.intervals(s, e);
    const last = ivs[ivs.length - 1];
    if (last === undefined) throw new Error('reference: not a business day');
    if (last[1] <= e) return last[1];
    this.cover(s, last[1] + DAY);
    const opensOnDate = last[0] >= s;
    return opensOnDate && last[1] - e < DAY ? last[1] : e;
  }

  /** API.md `endOfBusinessDay(cal, t, n)`. */
  endOfBusinessDay(t: number, n: number): number {
    const d0 = localDateOf(this.zone, t);
    let day = this.isBusinessDay(d0) && t < this.lastClosing(d0) ? d0 : this.nextBusinessDay(d0);
    for (let i = 0; i < n; i++) day = this.nextBusinessDay(day);
    return this.lastClosing(day);
  }

  /** API.md `addBusinessDays(cal, t, n)`: wall-clock time kept, then the next opening. */
  addBusinessDays(t: number, n: number): number {
    const local = DateTime.fromMillis(t, { zone: this.zone });
    let day: LocalDate = { year: local.year, month: local.month, day: local.day };
    for (let i = 0; i < n; i++) day = this.nextBusinessDay(day);
    for (let i = 0; i > n; i--) day = this.previousBusinessDay(day);
    const msOfDay = ((local.hour * 60 + local.minute) * 60 + local.second) * 1000 + local.millisecond;
    const target = wallToInstant(this.zone, day, msOfDay);
    if (this.isOpen(target)) return target;
    for (let to = target + 8 * DAY; ; to += 30 * DAY) {
      const next = this.intervals(target, to)[0];
      if (next !== undefined) return Math.max(next[0], target);
    }
  }
}
