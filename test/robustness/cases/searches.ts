/**
 * Timed cases for the business-time queries at the edges (issue 10): unbounded durations and
 * counts, the `9999-12-31` sentinel, instants outside the supported range. Each case builds its
 * calendar and warms it on an ordinary instant in `setup` (not timed), then makes ONE call.
 * `expect` says what the call must do: return, or throw that error class at once.
 */
import {
  addBusinessDays,
  addBusinessDaysMillis,
  addBusinessMillis,
  addBusinessTime,
  alwaysOpen,
  businessMillisBetween,
  endOfBusinessDay,
  endOfBusinessDayMillis,
  holidaysBetween,
  isBusinessDay,
  isOpen,
  isOpenMillis,
  makeCalendar,
  nextClosingMillis,
  nextOpening,
  nextOpeningMillis,
  openIntervals,
  subtractBusinessMillis,
  subtractBusinessTime,
  type Calendar,
  type CalendarSpec,
} from '../../../src/index.js';
import type { BudgetCase } from '../budget.js';

export type Expectation = 'returns' | 'RangeError' | 'TypeError';
/**
 * `budgetMs`: the default is {@link DEFAULT_BUDGET_MS}; a search that legitimately walks the
 * whole 20-year horizon (building each year of the calendar once) gets {@link HORIZON_BUDGET_MS}.
 */
export type SearchCase = BudgetCase<Calendar> & { readonly expect: Expectation; readonly budgetMs?: number };

/**
 * Per call: microseconds to a few milliseconds, plus the build of a year on first use (with
 * date-holidays' rules for that year: up to ~150 ms on a loaded machine, in 2031 as in 9999).
 * A regression (building the years in between, an unbounded search) costs seconds or hangs.
 */
export const DEFAULT_BUDGET_MS = 500;
/** A search through the whole horizon builds 20 years once (2-8 ms a year, more on a loaded machine). */
export const HORIZON_BUDGET_MS = 2_500;

const H = 3_600_000;
const DAY = 86_400_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const weekdays = (hours: string): CalendarSpec['week'] => Object.fromEntries(WEEKDAYS.map((d) => [d, [hours]]));

const SPECS = {
  athens: { timeZone: 'Europe/Athens', week: weekdays('09:00-17:00'), holidays: [{ country: 'GR' }] },
  tokyo: { timeZone: 'Asia/Tokyo', week: weekdays('09:00-18:00'), holidays: [{ dates: ['9999-01-01', '9999-12-31'] }] },
  kiritimati: { timeZone: 'Pacific/Kiritimati', week: weekdays('09:00-17:00') },
  honolulu: { timeZone: 'Pacific/Honolulu', week: { ...weekdays('09:00-17:00'), sat: ['22:00-06:00'] } },
  closedAfter2026: {
    timeZone: 'UTC',
    week: weekdays('09:00-17:00'),
    closures: [{ start: '2026-01-01T00:00:00Z', end: '9999-12-31T00:00:00Z' }],
  },
} satisfies Record<string, CalendarSpec>;

const WARM = Date.UTC(2025, 5, 2, 10);
/** Epoch ms of a UTC date-time; unlike `Date.UTC`, years 0-99 are not read as 1900-1999. */
const utc = (year: number, month: number, day: number, hour = 0): number => {
  const d = new Date(Date.UTC(2000, month - 1, day, hour));
  d.setUTCFullYear(year);
  return d.getTime();
};
const calendar = (name: keyof typeof SPECS) => (): Calendar => {
  const cal = makeCalendar(SPECS[name]);
  isOpenMillis(cal, WARM);
  addBusinessMillis(cal, WARM, 40 * H);
  return cal;
};
const twentyFourSeven = (): Calendar => {
  const cal = alwaysOpen('UTC');
  isOpenMillis(cal, WARM);
  return cal;
};

/** The sentinel `9999-12-31` as instants: local midnight in Tokyo, and the last UTC instant. */
const SENTINEL = Date.UTC(9999, 11, 30, 15); // 9999-12-31T00:00+09:00
const LAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const c = (setup: () => Calendar, expect: Expectation, run: (cal: Calendar) => unknown, budgetMs?: number): SearchCase => ({
  setup,
  expect,
  run: (cal) => run(cal),
  ...(budgetMs === undefined ? {} : { budgetMs }),
});

export const cases: Record<string, SearchCase> = {
  // unbounded durations and counts: a RangeError at once
  'addBusinessTime { hours: 1e9 }': c(calendar('athens'), 'RangeError', (cal) => addBusinessTime(cal, WARM, { hours: 1e9 })),
  'addBusinessTime { hours: 1e308 }': c(calendar('athens'), 'RangeError', (cal) => addBusinessTime(cal, WARM, { hours: 1e308 })),
  'addBusinessTime { hours: -1e308 }': c(calendar('athens'), 'RangeError', (cal) => addBusinessTime(cal, WARM, { hours: -1e308 })),
  'addBusinessMillis Infinity': c(calendar('athens'), 'RangeError', (cal) => addBusinessMillis(cal, WARM, Infinity)),
  'addBusinessMillis NaN': c(calendar('athens'), 'RangeError', (cal) => addBusinessMillis(cal, WARM, Number.NaN)),
  'addBusinessMillis 1e15 (24/7)': c(twentyFourSeven, 'RangeError', (cal) => addBusinessMillis(cal, WARM, 1e15)),
  'addBusinessMillis 21 years (24/7)': c(twentyFourSeven, 'RangeError', (cal) => addBusinessMillis(cal, WARM, 21 * 366 * DAY)),
  'addBusinessMillis 19 years (24/7)': c(twentyFourSeven, 'returns', (cal) => addBusinessMillis(cal, WARM, 19 * 365 * DAY)),
  'addBusinessMillis 19 years of weekday hours': c(calendar('athens'), 'returns', (cal) => addBusinessMillis(cal, WARM, 19 * 240 * 8 * H), HORIZON_BUDGET_MS),
  'addBusinessMillis 21 years of weekday hours': c(calendar('athens'), 'RangeError', (cal) => addBusinessMillis(cal, WARM, 21 * 260 * 8 * H), HORIZON_BUDGET_MS),
  'addBusinessMillis earliest 1e15': c(calendar('athens'), 'RangeError', (cal) => addBusinessMillis(cal, WARM, 1e15, { boundary: 'earliest' })),
  'subtractBusinessTime 1e15 ms': c(calendar('athens'), 'RangeError', (cal) => subtractBusinessTime(cal, WARM, { milliseconds: 1e15 })),
  'subtractBusinessMillis 1e15': c(calendar('athens'), 'RangeError', (cal) => subtractBusinessMillis(cal, WARM, 1e15)),
  'subtractBusinessMillis -1e15': c(calendar('athens'), 'RangeError', (cal) => subtractBusinessMillis(cal, WARM, -1e15)),
  'addBusinessDays 1e9': c(calendar('athens'), 'RangeError', (cal) => addBusinessDays(cal, WARM, 1e9)),
  'addBusinessDays -1e9': c(calendar('athens'), 'RangeError', (cal) => addBusinessDays(cal, WARM, -1e9)),
  'addBusinessDaysMillis 1e9': c(calendar('athens'), 'RangeError', (cal) => addBusinessDaysMillis(cal, WARM, 1e9)),
  'addBusinessDays 4000 (15 years)': c(calendar('athens'), 'returns', (cal) => addBusinessDays(cal, WARM, 4000), HORIZON_BUDGET_MS),
  'addBusinessDays -4000 (15 years back)': c(calendar('athens'), 'returns', (cal) => addBusinessDays(cal, WARM, -4000), HORIZON_BUDGET_MS),
  'endOfBusinessDay n = 1e9': c(calendar('athens'), 'RangeError', (cal) => endOfBusinessDay(cal, WARM, 1e9)),
  'endOfBusinessDayMillis n = 1e9': c(calendar('athens'), 'RangeError', (cal) => endOfBusinessDayMillis(cal, WARM, 1e9)),
  'endOfBusinessDay n = Infinity': c(calendar('athens'), 'RangeError', (cal) => endOfBusinessDay(cal, WARM, Infinity)),
  'nextOpening of a calendar closed for good': c(calendar('closedAfter2026'), 'RangeError', (cal) => nextOpeningMillis(cal, Date.UTC(2030, 0, 1)), HORIZON_BUDGET_MS),
  'addBusinessMillis 1 h on a calendar closed for good': c(calendar('closedAfter2026'), 'RangeError', (cal) => addBusinessMillis(cal, Date.UTC(2025, 11, 31, 16), 2 * H), HORIZON_BUDGET_MS),
  'subtractBusinessMillis 1 h from far after a closure (9999)': c(calendar('closedAfter2026'), 'RangeError', (cal) => subtractBusinessMillis(cal, Date.UTC(9999, 11, 30), H), HORIZON_BUDGET_MS),

  // the 9999-12-31 sentinel: queries there cost what queries in 2025 cost
  'isOpen at the 9999-12-31 sentinel (Tokyo)': c(calendar('tokyo'), 'returns', (cal) => isOpenMillis(cal, SENTINEL + 10 * H)),
  'nextOpening at 9999-12-30 (Tokyo)': c(calendar('tokyo'), 'returns', (cal) => nextOpening(cal, SENTINEL - DAY)),
  'isBusinessDay 9999-01-01 (a { dates } holiday, Tokyo)': c(calendar('tokyo'), 'returns', (cal) => isBusinessDay(cal, '9999-01-01')),
  'addBusinessMillis 1 h in 2031, a year not built yet (Athens, GR holidays)': c(calendar('athens'), 'returns', (cal) => addBusinessMillis(cal, Date.UTC(2031, 5, 2, 10), H)),
  'addBusinessMillis 1 h in 9999 (Athens, GR holidays)': c(calendar('athens'), 'returns', (cal) => addBusinessMillis(cal, Date.UTC(9999, 5, 1, 10), H)),
  'isOpen at the last supported instant (Kiritimati)': c(calendar('kiritimati'), 'returns', (cal) => isOpenMillis(cal, LAST_MS)),
  'nextClosing at 9999-12-31 23:59 (Honolulu overnight)': c(calendar('honolulu'), 'returns', (cal) => {
    try {
      return nextClosingMillis(cal, Date.UTC(9999, 11, 31, 20));
    } catch (e) {
      if (e instanceof RangeError) return 'RangeError'; // past the supported range: a RangeError is a fine answer
      throw e;
    }
  }),
  'a query in 2025 after one in 9999': c(
    () => {
      const cal = calendar('athens')();
      addBusinessMillis(cal, Date.UTC(9999, 5, 1, 10), H);
      return cal;
    },
    'returns',
    (cal) => addBusinessMillis(cal, Date.UTC(2024, 5, 3, 10), 100 * H),
  ),
  'holidaysBetween in 9999 (Athens)': c(calendar('athens'), 'returns', (cal) => holidaysBetween(cal, Date.UTC(9999, 0, 1), Date.UTC(9999, 11, 1)).length),
  'businessMillisBetween 2025 and 9999': c(calendar('athens'), 'RangeError', (cal) => businessMillisBetween(cal, WARM, SENTINEL)),
  'openIntervals 2025 to 9999': c(calendar('athens'), 'RangeError', (cal) => openIntervals(cal, WARM, SENTINEL).length),
  'holidaysBetween 2025 to 9999': c(calendar('athens'), 'RangeError', (cal) => holidaysBetween(cal, WARM, SENTINEL).length),

  // instants outside the supported range: programmer misuse, a RangeError at once
  'isOpenMillis 1e20': c(calendar('athens'), 'RangeError', (cal) => isOpenMillis(cal, 1e20)),
  'isOpenMillis -9e15': c(calendar('athens'), 'RangeError', (cal) => isOpenMillis(cal, -9e15)),
  'nextOpeningMillis 9e15': c(calendar('athens'), 'RangeError', (cal) => nextOpeningMillis(cal, 9e15)),
  'addBusinessMillis from 8.64e15 (the Date limit)': c(calendar('athens'), 'RangeError', (cal) => addBusinessMillis(cal, 8.64e15, H)),
  'isOpen with epoch ms 1e20': c(calendar('athens'), 'RangeError', (cal) => isOpen(cal, 1e20)),
  'isOpen in year 10000': c(calendar('athens'), 'RangeError', (cal) => isOpen(cal, Date.UTC(10000, 0, 2))),
  'isOpen in year -1': c(calendar('athens'), 'RangeError', (cal) => isOpen(cal, Date.UTC(-1, 0, 2))),
  'isOpenMillis NaN': c(calendar('athens'), 'RangeError', (cal) => isOpenMillis(cal, Number.NaN)),
  'addBusinessDaysMillis from 1e20': c(calendar('athens'), 'RangeError', (cal) => addBusinessDaysMillis(cal, 1e20, 1)),
  'endOfBusinessDayMillis from -9e15': c(calendar('athens'), 'RangeError', (cal) => endOfBusinessDayMillis(cal, -9e15, 0)),
  'businessMillisBetween 0 and 1e20': c(calendar('athens'), 'RangeError', (cal) => businessMillisBetween(cal, 0, 1e20)),
  'isOpen in year 0001 (supported)': c(calendar('athens'), 'returns', (cal) => isOpen(cal, utc(1, 6, 4, 10))),
  'addBusinessMillis 10 h in year 0000 (Tokyo)': c(calendar('tokyo'), 'returns', (cal) => addBusinessMillis(cal, utc(0, 1, 3, 1), 10 * H)),
  'isBusinessDay 0000-01-03 (Kiritimati)': c(calendar('kiritimati'), 'returns', (cal) => isBusinessDay(cal, '0000-01-03')),
};
