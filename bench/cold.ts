/**
 * Cold costs (parse + first query; first query of a new year) and memory per calendar-year.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { addBusinessMillis, isOpenMillis, makeCalendar, safeParseCalendar, type Calendar } from '../src/index.js';
// internal, for the index's own byte size only (not part of the public API)
import { yearIndexOf } from '../src/calendar/engine.js';
import { greekPublicHolidays, HOUR, mulberry32, specWith } from './setup.js';
import { median, timeOnce } from './harness.js';

const p95 = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] as number;
};

export interface Stats {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly n: number;
}
const stats = (xs: readonly number[]): Stats => ({ median: median(xs), p95: p95(xs), max: Math.max(...xs), n: xs.length });

export interface ColdResult {
  /** makeCalendar alone (validation, holiday source), fresh calendars. */
  readonly parse: Stats;
  /** first query (builds the year of the query instant) on a fresh calendar. */
  readonly firstQuery: Stats;
  /** parse + first query. */
  readonly parseAndFirst: Stats;
  /** first query of each new year 2030..2050 on one calendar, the zone's offset table not yet built. */
  readonly newYearZoneCold: Stats;
  /** the same on a second calendar (the zone's offset tables are shared per zone and now built). */
  readonly newYearZoneWarm: Stats;
  /** 2031..2050 built in one go on a fresh calendar (zone tables warm), per year: median of 10 calendars. */
  readonly bulkPerYear: number;
  /** `{ country: 'GR' }` (date-holidays) if this build accepts it: parse, and first query. */
  readonly countrySource: { parse: Stats; firstQuery: Stats } | string;
}

const yearProbe = (y: number): number => Date.UTC(y, 6, 1, 12);

/** The very first calendar of the process: parse + first query, module JIT and luxon's Intl set-up included. */
export const processCold = (): { parse: number; firstQuery: number } => {
  let cal: Calendar | undefined;
  const parse = timeOnce(() => (cal = makeCalendar(specWith(greekPublicHolidays(2024, 2028)))));
  const firstQuery = timeOnce(() => addBusinessMillis(cal as Calendar, Date.parse('2025-06-06T15:30:00+03:00'), 4 * HOUR));
  return { parse, firstQuery };
};

export const runCold = (gc?: () => void): ColdResult => {
  const dates = greekPublicHolidays(2024, 2055);
  const spec = specWith(dates);
  const rnd = mulberry32(7);
  const from = Date.parse('2025-01-01T00:00:00+02:00');
  const span = 2 * 365 * 24 * HOUR;
  const fresh = (make: () => Calendar, count: number, warm: number): { parse: number[]; first: number[] } => {
    const parse: number[] = [];
    const first: number[] = [];
    for (let k = 0; k < count + warm; k++) {
      const t = from + Math.floor(rnd() * span);
      let cal: Calendar | undefined;
      const tp = timeOnce(() => (cal = make()));
      const tq = timeOnce(() => addBusinessMillis(cal as Calendar, t, 4 * HOUR));
      if (k >= warm) {
        parse.push(tp);
        first.push(tq);
      }
    }
    return { parse, first };
  };
  gc?.();
  const d = fresh(() => makeCalendar(spec), 300, 20);

  const perYear = (cal: Calendar): number[] => {
    const out: number[] = [];
    isOpenMillis(cal, yearProbe(2029)); // start the index just before the measured years
    for (let y = 2030; y <= 2050; y++) out.push(timeOnce(() => isOpenMillis(cal, yearProbe(y))));
    return out;
  };
  gc?.();
  const zoneCold = perYear(makeCalendar(spec));
  const zoneWarm = perYear(makeCalendar(spec));

  const bulks: number[] = [];
  for (let k = 0; k < 10; k++) {
    const bulkCal = makeCalendar(spec);
    isOpenMillis(bulkCal, yearProbe(2030));
    bulks.push(timeOnce(() => isOpenMillis(bulkCal, yearProbe(2050))) / 20); // builds 2031..2050
  }
  const bulk = median(bulks);

  let countrySource: ColdResult['countrySource'];
  const countrySpec = { ...spec, holidays: [{ country: 'GR' }] };
  const probe = safeParseCalendar(countrySpec);
  if (!probe.success) {
    countrySource = `not measured: this build rejects { country: 'GR' } (${probe.issues.map((i) => i.code).join(', ')})`;
  } else {
    gc?.();
    const c = fresh(() => makeCalendar(countrySpec), 100, 10);
    countrySource = { parse: stats(c.parse), firstQuery: stats(c.first) };
  }

  return {
    parse: stats(d.parse),
    firstQuery: stats(d.first),
    parseAndFirst: stats(d.parse.map((x, i) => x + (d.first[i] as number))),
    newYearZoneCold: stats(zoneCold),
    newYearZoneWarm: stats(zoneWarm),
    bulkPerYear: bulk,
    countrySource,
  };
};

// ---------------------------------------------------------------------------------------------
// Memory
// ---------------------------------------------------------------------------------------------

export const getGc = (): (() => void) | undefined => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  try {
    setFlagsFromString('--expose_gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
};

export interface MemoryResult {
  readonly calendars: number;
  readonly years: number;
  readonly gcAvailable: boolean;
  /** (heapUsed + arrayBuffers) after − before, per calendar-year, bytes. */
  readonly heapPerYear: number;
  /** The index itself: boundaries + prefix sums, bytes per year (read through an internal import). */
  readonly indexBytesPerYear: number;
  /** Open intervals per year. */
  readonly intervalsPerYear: number;
}

/**
 * `calendars` calendars of `years` years each (the zone's offset tables of those years are built
 * beforehand: they are shared by every calendar of the zone).
 */
export const runMemory = (calendars = 20, years = 50): MemoryResult => {
  const first = 1960;
  const last = first + years - 1;
  const gc = getGc();
  const spec = specWith(greekPublicHolidays(first, last));
  const build = (): Calendar => {
    const cal = makeCalendar(spec);
    // the index is sparse (issue 10): a year is built when a query lands in it or a search
    // crosses it, so every year is asked about, in order (one run of `years` years)
    for (let y = first; y <= last; y++) isOpenMillis(cal, yearProbe(y));
    return cal;
  };
  build(); // zone tables and JIT
  const settle = (): number => {
    if (gc !== undefined) for (let k = 0; k < 4; k++) gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = settle();
  const kept: Calendar[] = [];
  for (let k = 0; k < calendars; k++) kept.push(build());
  const after = settle();
  const tl = yearIndexOf(kept[0] as Calendar);
  if (tl.builtYears !== years) throw new Error(`expected ${years} built years, got ${tl.builtYears}`);
  return {
    calendars,
    years,
    gcAvailable: gc !== undefined,
    heapPerYear: (after - before) / (calendars * years),
    indexBytesPerYear: tl.byteLength / years,
    intervalsPerYear: tl.intervalCount / years,
  };
};
