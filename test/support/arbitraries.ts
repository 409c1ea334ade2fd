/**
 * fast-check arbitraries for business calendars and instants, FOR TESTS ONLY.
 *
 * A scenario is a random calendar spec plus an anchor instant: either a DST transition of the zone
 * or an ordinary minute of 2024-2027. Overrides, `{ dates }` holidays and closures are placed on
 * the local dates around the anchor, and test instants are drawn around it too, so that random
 * queries actually meet the transitions, the overrides, the holidays and the closures.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { CalendarSpec } from '../../src/index.js';
import { DAY, HOUR, MINUTE, isoDate, localDateOf, offsetMinutes, parseHours, plusDays, type RefSpec, type WeekKey } from './reference.js';

export const ZONES = [
  'Europe/Athens',
  'Europe/Moscow',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'UTC',
] as const;
export type Zone = (typeof ZONES)[number];

const WEEK: readonly WeekKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** First and last instants of 2024-2027, the range of ordinary anchors. */
export const RANGE_START = Date.UTC(2024, 0, 1);
export const RANGE_END = Date.UTC(2028, 0, 1);

const transitionCache = new Map<string, number[]>();

/**
 * The instants at which `zone`'s UTC offset changes between `fromYear` and `toYear` (daily scan,
 * then bisection to the minute: every offset change of these zones is on a whole minute).
 * 2014-2027 by default, so that Moscow's last change (2014) and São Paulo's last DST (2018-2019,
 * with its transitions at local midnight) are included.
 */
export const transitionsOf = (zone: string, fromYear = 2014, toYear = 2027): number[] => {
  const key = `${zone}|${fromYear}|${toYear}`;
  const cached = transitionCache.get(key);
  if (cached !== undefined) return cached;
  const out: number[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let prev = Date.UTC(fromYear, 0, 1);
  let prevOff = offsetMinutes(zone, prev);
  for (let t = prev + DAY; t <= end; t += DAY) {
    const off = offsetMinutes(zone, t);
    if (off !== prevOff) {
      let lo = prev;
      let hi = t;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
        if (offsetMinutes(zone, mid) === prevOff) lo = mid;
        else hi = mid;
      }
      out.push(hi);
      prevOff = off;
    }
    prev = t;
  }
  transitionCache.set(key, out);
  return out;
};

// ---------------------------------------------------------------------------------------------
// Hours
// ---------------------------------------------------------------------------------------------

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Wall times where DST transitions of the zones above happen, and their neighbours. */
const DST_MINUTES = [0, 60, 90, 105, 120, 135, 150, 165, 180, 195, 210, 225, 240, 270, 300, 1380, 1410];

/** A start minute of the day: DST-prone wall times or a 15-minute grid. */
const startMinute = fc.oneof(fc.constantFrom(...DST_MINUTES), fc.integer({ min: 0, max: 95 }).map((q) => q * 15));

/**
 * One interval string: an ordinary day shift, a short one, an overnight one (end ≤ start), a
 * `24:00` end, or a whole-day `HH:MM-HH:MM` (24 h).
 */
export const intervalArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(startMinute, fc.integer({ min: 1, max: 40 })).map(([s, q]) => {
    const e = s + q * 15; // up to 10 h long; past midnight it becomes an overnight interval
    return `${hhmm(s)}-${e === 1440 ? '24:00' : hhmm(e % 1440)}`;
  }),
  fc.tuple(startMinute, startMinute).map(([s, e]) => `${hhmm(s)}-${hhmm(e)}`), // overnight when e ≤ s
  startMinute.map((s) => `${hhmm(s)}-24:00`),
  fc.constantFrom('00:00-24:00', '09:00-17:00', '22:00-06:00', '23:00-03:00', '01:30-03:30', '02:15-02:45', '03:30-04:15'),
);

/** 0-3 intervals of one day. */
export const dayHoursArb: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 2, arbitrary: fc.constant([] as string[]) },
  { weight: 4, arbitrary: fc.array(intervalArb, { minLength: 1, maxLength: 3 }) },
);

/** Nominal (wall-clock) open minutes of a list of intervals, overlaps counted twice. */
const nominalMinutes = (hours: readonly string[]): number =>
  hours.reduce((acc, h) => {
    const [s, e] = parseHours(h);
    return acc + (e - s) / MINUTE;
  }, 0);

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

export interface Scenario {
  readonly spec: CalendarSpec & RefSpec;
  /** The instant the calendar's overrides, holidays and closures are placed around. */
  readonly anchor: number;
  /** Nominal open minutes of the weekly hours (a scale for durations). */
  readonly weeklyMinutes: number;
}

const wallNewYear = (zone: string, year: number): number => DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).toMillis();

/**
 * A minute-aligned anchor: a DST transition of `zone` (when it has one), a minute of 2024-2027,
 * or a New Year (UTC and local).
 */
export const anchorArb = (zone: string): fc.Arbitrary<number> => {
  const ordinary = fc.integer({ min: RANGE_START / MINUTE, max: RANGE_END / MINUTE - 1 }).map((m) => m * MINUTE);
  // the seams of the engine's lazily built UTC years, and local New Year
  const newYears = fc.constantFrom(...[2025, 2026, 2027].flatMap((y) => [Date.UTC(y, 0, 1), wallNewYear(zone, y)]));
  const transitions = transitionsOf(zone);
  if (transitions.length === 0) return fc.oneof({ weight: 3, arbitrary: ordinary }, { weight: 1, arbitrary: newYears });
  return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...transitions) }, { weight: 2, arbitrary: ordinary }, { weight: 1, arbitrary: newYears });
};

/** A random calendar in `zone` whose overrides, holidays and closures lie around `anchor`. */
export const specAround = (zone: string, anchor: number): fc.Arbitrary<Scenario> => {
  const date0 = localDateOf(zone, anchor);
  const dateAt = (k: number): string => isoDate(plusDays(date0, k));
  return fc
    .record({
      week: fc.tuple(dayHoursArb, dayHoursArb, dayHoursArb, dayHoursArb, dayHoursArb, dayHoursArb, dayHoursArb),
      overrides: fc.uniqueArray(fc.record({ k: fc.integer({ min: -3, max: 6 }), hours: dayHoursArb }), {
        maxLength: 3,
        selector: (o) => o.k,
      }),
      holidays: fc.uniqueArray(fc.integer({ min: -3, max: 6 }), { maxLength: 3 }),
      closures: fc.array(
        fc.record({ at: fc.integer({ min: -4 * 24 * 60, max: 7 * 24 * 60 }), len: fc.integer({ min: 0, max: 2 * 24 * 60 }) }),
        { maxLength: 2 },
      ),
    })
    .filter((r) => r.week.some((d) => d.length > 0))
    .map((r) => {
      const week: Partial<Record<WeekKey, string[]>> = {};
      r.week.forEach((hours, i) => {
        if (hours.length > 0) week[WEEK[i] as WeekKey] = hours;
      });
      const spec: CalendarSpec & RefSpec = {
        timeZone: zone,
        week,
        ...(r.overrides.length > 0 ? { overrides: r.overrides.map((o) => ({ date: dateAt(o.k), hours: o.hours })) } : {}),
        ...(r.holidays.length > 0 ? { holidays: [{ dates: r.holidays.map(dateAt) }] } : {}),
        ...(r.closures.length > 0
          ? {
              closures: r.closures.map((c) => ({
                start: new Date(anchor + c.at * MINUTE).toISOString(),
                end: new Date(anchor + (c.at + c.len) * MINUTE).toISOString(),
              })),
            }
          : {}),
      };
      return { spec, anchor, weeklyMinutes: r.week.reduce((acc, d) => acc + nominalMinutes(d), 0) };
    });
};

/** A random calendar in a random zone of {@link ZONES}. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .constantFrom(...ZONES)
  .chain((zone) => anchorArb(zone).chain((anchor) => specAround(zone, anchor)));

/** A minute-aligned instant within [-days, +days] of the anchor, often right at a transition. */
export const minuteNear = (anchor: number, days = 4): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -days * 24 * 60, max: days * 24 * 60 }).map((m) => anchor + m * MINUTE) },
    { weight: 1, arbitrary: fc.integer({ min: -120, max: 120 }).map((m) => anchor + m * MINUTE) },
  );

/** Any millisecond within [-days, +days] of the anchor. */
export const msNear = (anchor: number, days = 4): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: -days * DAY, max: days * DAY }).map((d) => anchor + d) },
    { weight: 1, arbitrary: minuteNear(anchor, days) },
  );

/** A business duration in whole minutes, scaled to the calendar (at most ~2 weeks of its hours). */
export const minutesFor = (s: Scenario, maxHours = 72): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 15, 30, 60) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: Math.max(1, Math.min(maxHours * 60, 2 * s.weeklyMinutes)) }) },
  );

/** Human-readable rendering of an instant in a zone, for failure messages. */
export const show = (ms: number, zone: string): string => `${DateTime.fromMillis(ms, { zone }).toISO()} (${ms})`;

export { DAY, HOUR, MINUTE };
