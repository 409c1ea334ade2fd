/**
 * What users switching from moment-business-time or dayjs-business-time look for first:
 * previousOpening / previousClosing (and their …Millis twins), and a count of business days
 * between two dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  alwaysOpen,
  businessDaysBetween,
  businessDaysBetweenMillis,
  isOpenMillis,
  makeCalendar,
  nextClosingMillis,
  nextOpeningMillis,
  openIntervals,
  previousClosing,
  previousClosingMillis,
  previousOpening,
  previousOpeningMillis,
} from '../../src/index.js';
import { runs } from '../support/runs.js';

const h = ['09:30-17:30'];
const athens = () =>
  makeCalendar({ timeZone: 'Europe/Athens', week: { mon: h, tue: h, wed: h, thu: h, fri: h }, holidays: [{ country: 'GR' }] });

describe('previousOpening', () => {
  it('is the opening of the open interval containing t', () => {
    const cal = athens();
    expect(previousOpening(cal, '2025-06-10T12:00:00+03:00').toISO()).toBe('2025-06-10T09:30:00.000+03:00');
    expect(previousOpening(cal, '2025-06-10T09:30:00+03:00').toISO()).toBe('2025-06-10T09:30:00.000+03:00'); // the opening itself
  });

  it('at a closing instant (closed) is the opening of the interval it closes', () => {
    expect(previousOpening(athens(), '2025-06-10T17:30:00+03:00').toISO()).toBe('2025-06-10T09:30:00.000+03:00');
  });

  it('in closed time is the opening of the last interval before t, skipping weekends and holidays', () => {
    const cal = athens();
    // Tuesday 10 June early: Whit Monday (9 June) and the weekend are closed → Friday
    expect(previousOpening(cal, '2025-06-10T08:00:00+03:00').toISO()).toBe('2025-06-06T09:30:00.000+03:00');
    // Tuesday 22 April 2025, early: Easter Monday and Good Friday are closed → Thursday 17 April
    expect(previousOpening(cal, '2025-04-22T08:00:00+03:00').toISO()).toBe('2025-04-17T09:30:00.000+03:00');
  });

  it('finds an overnight interval that opened in the previous year, on a calendar indexed from the later year first', () => {
    const night = ['22:00-06:00'];
    const cal = makeCalendar({ timeZone: 'UTC', week: { mon: night, tue: night, wed: night, thu: night, fri: night, sat: night, sun: night } });
    expect(previousOpening(cal, '2026-01-01T03:00:00Z').toISO()).toBe('2025-12-31T22:00:00.000Z');
    expect(previousClosing(cal, '2026-01-01T12:00:00Z').toISO()).toBe('2026-01-01T06:00:00.000Z');
  });

  it('on a calendar open for good before t, gives up with RangeError (never loops forever)', () => {
    expect(() => previousOpening(alwaysOpen('UTC'), '2025-06-09T12:00:00Z')).toThrow(RangeError);
  });

  it('keeps the local wall clock across DST (Los Angeles, spring forward 9 March 2025)', () => {
    const cal = makeCalendar({ timeZone: 'America/Los_Angeles', week: { sat: ['09:00-17:00'], sun: ['01:00-12:00'] } });
    // Sunday 9 March: 01:00 PST; 02:00-03:00 does not exist
    expect(previousOpening(cal, '2025-03-09T11:00:00-07:00').toISO()).toBe('2025-03-09T01:00:00.000-08:00');
    expect(previousClosing(cal, '2025-03-09T20:00:00-07:00').toISO()).toBe('2025-03-09T12:00:00.000-07:00');
  });
});

describe('previousClosing', () => {
  it('is t itself when open (the mirror of nextOpening)', () => {
    expect(previousClosing(athens(), '2025-06-10T12:00:00+03:00').toISO()).toBe('2025-06-10T12:00:00.000+03:00');
  });

  it('is t itself at a closing instant', () => {
    expect(previousClosing(athens(), '2025-06-10T17:30:00+03:00').toISO()).toBe('2025-06-10T17:30:00.000+03:00');
  });

  it('in closed time is the closing of the last open interval before t', () => {
    const cal = athens();
    expect(previousClosing(cal, '2025-06-08T12:00:00+03:00').toISO()).toBe('2025-06-06T17:30:00.000+03:00'); // Sunday → Friday
    expect(previousClosing(cal, '2025-04-21T12:00:00+03:00').toISO()).toBe('2025-04-17T17:30:00.000+03:00'); // Easter Monday → Holy Thursday
  });

  it('returns DateTimes in the calendar zone, and the …Millis twins agree', () => {
    const cal = athens();
    const t = Date.parse('2025-06-08T12:00:00+03:00');
    expect(previousClosing(cal, t).zoneName).toBe('Europe/Athens');
    expect(previousClosing(cal, t).toMillis()).toBe(previousClosingMillis(cal, t));
    expect(previousOpening(cal, t).toMillis()).toBe(previousOpeningMillis(cal, t));
  });
});

describe('previousOpening and previousClosing against the open intervals (property)', () => {
  const cal = makeCalendar({
    timeZone: 'Pacific/Chatham',
    week: { mon: ['08:00-12:00', '13:00-17:00'], wed: ['22:00-06:00'], sat: ['10:00-14:00'] },
    holidays: [{ dates: ['2025-04-07', '2025-09-27'] }],
  });
  const from = Date.parse('2025-01-01T00:00:00Z');
  const span = 2 * 365 * 86_400_000;

  it('previousOpening is the start of the last open interval starting at or before t; previousClosing is t when open, else the last end at or before t', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), (offset) => {
        const t = from + offset;
        // the intervals starting at or before t (the window reaches far enough on both sides)
        const window = openIntervals(cal, t - 30 * 86_400_000, t + 3 * 86_400_000)
          .map((i) => [i.start.toMillis(), i.end.toMillis()] as const)
          .filter(([o]) => o <= t);
        const last = window[window.length - 1] as readonly [number, number];
        expect(previousOpeningMillis(cal, t)).toBe(last[0]);
        const expectedClosing = isOpenMillis(cal, t) || last[1] === t ? t : last[1];
        expect(previousClosingMillis(cal, t)).toBe(expectedClosing);
        // mirrors: the interval found contains or precedes t, and its end is the next closing from it
        expect(nextClosingMillis(cal, previousOpeningMillis(cal, t))).toBe(last[1]);
        expect(nextOpeningMillis(cal, previousOpeningMillis(cal, t))).toBe(last[0]);
      }),
      runs(200),
    );
  });
});

describe('businessDaysBetween', () => {
  it('counts the business days after a up to and including b: Monday to Friday is 4', () => {
    const cal = athens();
    expect(businessDaysBetween(cal, '2025-06-02', '2025-06-06')).toBe(4);
    expect(businessDaysBetween(cal, '2025-06-02', '2025-06-02')).toBe(0);
    expect(businessDaysBetween(cal, '2025-06-06', '2025-06-10')).toBe(1); // over the weekend and Whit Monday
  });

  it('is negative when b is before a, counting b\'s date and not a\'s (as addBusinessDays steps back)', () => {
    const cal = athens();
    expect(businessDaysBetween(cal, '2025-06-06', '2025-06-02')).toBe(-4);
    expect(businessDaysBetween(cal, '2025-06-07', '2025-06-06')).toBe(-1); // Saturday back to Friday
    expect(businessDaysBetween(cal, '2025-06-06', '2025-06-07')).toBe(0); // Friday to Saturday: no business day after Friday
  });

  it('skips holidays (Greek Easter 2025: Good Friday and Easter Monday)', () => {
    expect(businessDaysBetween(athens(), '2025-04-17', '2025-04-22')).toBe(1);
  });

  it('reads instants as local dates in the calendar zone', () => {
    const cal = athens();
    // 2025-06-05T22:30Z is Friday 6 June 01:30 in Athens
    expect(businessDaysBetween(cal, '2025-06-02T12:00:00+03:00', '2025-06-05T22:30:00Z')).toBe(4);
    expect(businessDaysBetweenMillis(cal, Date.parse('2025-06-02T12:00:00+03:00'), Date.parse('2025-06-05T22:30:00Z'))).toBe(4);
  });

  it('rejects a string that is neither a date nor an instant', () => {
    expect(() => businessDaysBetween(athens(), '2025-13-40', '2025-06-02')).toThrow(TypeError);
  });

  it('is the inverse of addBusinessDays on dates (property)', () => {
    const cal = athens();
    const start = Date.parse('2024-12-01T12:00:00+02:00');
    fc.assert(
      // n = 0 keeps t, which moves to the next opening when t is closed: not a step
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: -15, max: 15 }).filter((n) => n !== 0), (day, n) => {
        const t = start + day * 86_400_000;
        const to = addBusinessDays(cal, t, n); // 12:00 of a business day: open, so the date is the n-th business day
        expect(businessDaysBetween(cal, t, to)).toBe(n);
      }),
      runs(200),
    );
  });
});
