/**
 * Issue 10: the year index is sparse. Years are built where queries land, without the years in
 * between; runs of years merge when a search reaches a parked run; and the answers are exactly
 * those of a calendar whose index was built in one piece (a fragmented index never changes an
 * answer).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDaysMillis,
  addBusinessMillis,
  businessMillisBetween,
  endOfBusinessDayMillis,
  isBusinessDay,
  isOpenMillis,
  makeCalendar,
  nextClosingMillis,
  nextOpeningMillis,
  subtractBusinessMillis,
  type CalendarSpec,
} from '../../src/index.js';
import { yearIndexOf } from '../../src/calendar/engine.js';
import { runs } from '../support/runs.js';

const H = 3_600_000;
const SPEC: CalendarSpec = {
  timeZone: 'Europe/Athens',
  week: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['22:00-06:00'], fri: ['09:00-13:00'] },
  holidays: [{ country: 'GR' }],
  overrides: [{ date: '2031-06-07', hours: ['10:00-14:00'] }],
  closures: [{ start: '2033-08-01T00:00:00+03:00', end: '2034-03-01T00:00:00+02:00' }],
};

describe('a sparse year index', () => {
  it('a query in 9999 builds the years around it, not the years since 2025', () => {
    const cal = makeCalendar(SPEC);
    isOpenMillis(cal, Date.UTC(2025, 5, 2, 10));
    addBusinessMillis(cal, Date.UTC(9999, 5, 1, 10), 10 * H);
    const index = yearIndexOf(cal);
    expect(index.builtYears).toBeLessThanOrEqual(4);
    expect(index.runCount).toBe(2);
    // back near 2025: the 2025 run is used again, nothing is rebuilt in between
    addBusinessMillis(cal, Date.UTC(2025, 5, 3, 10), 100 * H);
    expect(index.builtYears).toBeLessThanOrEqual(5);
  });

  it('isBusinessDay on the 9999-12-31 sentinel does not build the days in between', () => {
    const cal = makeCalendar({ timeZone: 'Asia/Tokyo', week: { fri: ['09:00-18:00'] } });
    expect(isBusinessDay(cal, '2025-06-06')).toBe(true);
    expect(isBusinessDay(cal, '9999-12-31')).toBe(true); // a Friday
    expect(isBusinessDay(cal, '9999-12-30')).toBe(false);
    expect(yearIndexOf(cal).builtYears).toBeLessThanOrEqual(6);
  });

  it('a search that reaches a parked run swallows it: runs never overlap', () => {
    const cal = makeCalendar(SPEC);
    isOpenMillis(cal, Date.UTC(2030, 0, 10));
    isOpenMillis(cal, Date.UTC(2025, 0, 10));
    expect(yearIndexOf(cal).runCount).toBe(2);
    addBusinessMillis(cal, Date.UTC(2025, 0, 10), 8000 * H); // 28 h a week: into 2030
    expect(yearIndexOf(cal).runCount).toBe(1);
    expect(yearIndexOf(cal).builtYears).toBe(6);
  });

  it('answers on an index fragmented by earlier queries equal those of an index built in one piece', () => {
    const YEAR = 365.2425 * 24 * H;
    const base = Date.UTC(2020, 0, 1);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 20 * 365 * 24 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 800 }),
        (touched, hourOffset, durationHours, days) => {
          const fragmented = makeCalendar(SPEC);
          for (const y of touched) isOpenMillis(fragmented, base + y * YEAR);
          const fresh = makeCalendar(SPEC);
          const t = base + hourOffset * H + 1234;
          const d = durationHours * H;
          const ask = (cal: typeof fresh): unknown[] => [
            isOpenMillis(cal, t),
            nextOpeningMillis(cal, t),
            nextClosingMillis(cal, t),
            addBusinessMillis(cal, t, d),
            addBusinessMillis(cal, t, d, { boundary: 'earliest' }),
            subtractBusinessMillis(cal, t, d),
            businessMillisBetween(cal, t, t + d * 3),
            addBusinessDaysMillis(cal, t, days),
            addBusinessDaysMillis(cal, t, -days),
            endOfBusinessDayMillis(cal, t, days),
          ];
          // the fresh calendar answers first, so its index grows in one piece from t
          const want = ask(fresh);
          expect(ask(fragmented)).toEqual(want);
        },
      ),
      runs(25),
    );
  }, 120_000);
});
