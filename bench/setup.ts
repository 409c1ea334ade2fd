/**
 * The shared fixture of the benchmark: one calendar (Europe/Athens, Mon-Fri 09:30-17:30, Greek
 * public holidays), the holiday dates every peer is fed, and the seeded random inputs.
 */
import Holidays from 'date-holidays';
import type { CalendarSpec } from '../src/index.js';
import { prng } from '../examples/data/synthetic.js';

export const ZONE = 'Europe/Athens';
export const OPEN = '09:30';
export const CLOSE = '17:30';
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Greek PUBLIC holidays from date-holidays, as local dates 'YYYY-MM-DD', for years from..to. */
export const greekPublicHolidays = (from: number, to: number): string[] => {
  const hd = new Holidays('GR');
  const out: string[] = [];
  for (let y = from; y <= to; y++) {
    for (const h of hd.getHolidays(y)) if (h.type === 'public') out.push(h.date.slice(0, 10));
  }
  return [...new Set(out)].sort();
};

/** The dates fed to us and to every peer that supports holidays. */
export const HOLIDAY_FIRST_YEAR = 2024;
export const HOLIDAY_LAST_YEAR = 2028;
export const HOLIDAY_DATES = greekPublicHolidays(HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR);

const hours = [`${OPEN}-${CLOSE}`];
export const specWith = (dates: readonly string[]): CalendarSpec => ({
  timeZone: ZONE,
  week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours },
  holidays: [{ dates: [...dates] }],
});

/** mulberry32: a small seeded PRNG, uniform in [0, 1) (the one the synthetic example data uses). */
export const mulberry32 = prng;

/** Number of random inputs per workload (a power of two: inputs are cycled with a mask). */
export const N = 4096;
export const MASK = N - 1;
export const SEED = 20_250_101;

const FROM = Date.parse('2025-01-01T00:00:00+02:00');
const TO = Date.parse('2027-01-01T00:00:00+02:00');
export const MINUTE = 60_000;

export interface Inputs {
  /** Random instants in 2025-2026 (Athens), whole minutes by default (peers work at minute resolution). */
  readonly starts: Float64Array;
  /** Ends for "between 0-30 days": start + uniform [0, 30 days), whole minutes. */
  readonly ends30d: Float64Array;
  /** Ends for "between 2 years": start + 730 days. */
  readonly ends2y: Float64Array;
}

/** `resolution`: starts and ends are whole multiples of it (ms); whole minutes by default. */
export const makeInputs = (seed = SEED, resolution = MINUTE): Inputs => {
  const rnd = mulberry32(seed);
  const starts = new Float64Array(N);
  const ends30d = new Float64Array(N);
  const ends2y = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const s = FROM + Math.floor((rnd() * (TO - FROM)) / resolution) * resolution;
    starts[i] = s;
    ends30d[i] = s + Math.floor((rnd() * 30 * DAY) / resolution) * resolution;
    ends2y[i] = s + 730 * DAY;
  }
  return { starts, ends30d, ends2y };
};

/**
 * A ticket event of a kind at `at` (the SLA benches' logs): 'customer' or 'agent' a public
 * message, 'internal' an agent's internal note, 'p1'..'p9' a priority change, else a status.
 */
export const eventOf = (kind: string, at: number): Record<string, unknown> =>
  kind === 'customer' || kind === 'agent'
    ? { type: 'message', at, author: kind }
    : kind === 'internal'
      ? { type: 'message', at, author: 'agent', visibility: 'internal' }
      : /^p\d$/.test(kind)
        ? { type: 'priority', at, priority: kind }
        : { type: 'status', at, status: kind };
