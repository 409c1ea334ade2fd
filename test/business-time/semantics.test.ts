/**
 * The semantic rules of API.md ("Calendars" 1-4 and "Business-time queries"), one test (or a
 * few) per rule, pinned to named zones on their DST days.
 */
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import {
  addBusinessDays,
  addBusinessTime,
  alwaysOpen,
  businessTimeBetween,
  endOfBusinessDay,
  isBusinessDay,
  isOpen,
  makeCalendar,
  nextClosing,
  nextOpening,
  openIntervals,
  subtractBusinessTime,
  type CalendarSpec,
} from '../../src/index.js';

const WEEKDAYS_0930_1730 = {
  mon: ['09:30-17:30'],
  tue: ['09:30-17:30'],
  wed: ['09:30-17:30'],
  thu: ['09:30-17:30'],
  fri: ['09:30-17:30'],
};
const athens = makeCalendar({ timeZone: 'Europe/Athens', week: WEEKDAYS_0930_1730 });
const iso = (d: DateTime): string | null => d.toISO();
const hours = (cal: ReturnType<typeof makeCalendar>, a: string, b: string): number => businessTimeBetween(cal, a, b).as('hours');
const sunday = (spec: Omit<CalendarSpec, 'week'>, intervals: string[]) => makeCalendar({ ...spec, week: { sun: intervals } });
const saturday = (spec: Omit<CalendarSpec, 'week'>, intervals: string[]) => makeCalendar({ ...spec, week: { sat: intervals } });

describe('rule 1: open time is half-open [open, close): the closing instant is closed', () => {
  it('is open at the opening instant and closed at the closing instant', () => {
    expect(isOpen(athens, '2025-06-02T09:30:00+03:00')).toBe(true);
    expect(isOpen(athens, '2025-06-02T17:29:59.999+03:00')).toBe(true);
    expect(isOpen(athens, '2025-06-02T17:30:00+03:00')).toBe(false);
    expect(isOpen(athens, '2025-06-02T09:29:59.999+03:00')).toBe(false);
  });
  it('nextClosing at the closing instant is the next interval close, not the same instant', () => {
    expect(iso(nextClosing(athens, '2025-06-02T17:30:00+03:00'))).toBe('2025-06-03T17:30:00.000+03:00');
    expect(iso(nextOpening(athens, '2025-06-02T17:30:00+03:00'))).toBe('2025-06-03T09:30:00.000+03:00');
  });
  it('accepts every InstantInput: Date, DateTime, epoch ms and ISO strings with offset or Z', () => {
    const t = '2025-06-02T07:00:00Z'; // 10:00 in Athens
    expect(isOpen(athens, t)).toBe(true);
    expect(isOpen(athens, new Date(t))).toBe(true);
    expect(isOpen(athens, Date.parse(t))).toBe(true);
    expect(isOpen(athens, DateTime.fromISO(t, { zone: 'America/New_York' }))).toBe(true);
  });
  it('rejects a zone-less ISO string (it names no instant)', () => {
    expect(() => isOpen(athens, '2025-06-02T10:00:00')).toThrow(TypeError);
    expect(() => isOpen(athens, '2025-06-02')).toThrow(TypeError);
  });
  it('returns DateTimes in the calendar zone', () => {
    expect(nextOpening(athens, '2025-06-01T00:00:00Z').zoneName).toBe('Europe/Athens');
  });
});

describe('rule 2: local wall-clock intervals; DST gap moves forward, overlap takes the first occurrence; business time is real elapsed time', () => {
  it('Europe/Athens: a 00:00-24:00 day is 23 h on the spring-forward day and 25 h on the fall-back day', () => {
    const cal = sunday({ timeZone: 'Europe/Athens' }, ['00:00-24:00']);
    expect(hours(cal, '2025-03-30T00:00:00+02:00', '2025-03-31T00:00:00+03:00')).toBe(23);
    expect(hours(cal, '2025-10-26T00:00:00+03:00', '2025-10-27T00:00:00+02:00')).toBe(25);
  });
  it('Europe/Athens: an interval starting inside the gap starts at the gap end plus the offset (03:30 → 04:30)', () => {
    const cal = sunday({ timeZone: 'Europe/Athens' }, ['03:30-05:00']);
    expect(iso(nextOpening(cal, '2025-03-29T12:00:00+02:00'))).toBe('2025-03-30T04:30:00.000+03:00');
    expect(hours(cal, '2025-03-30T00:00:00+02:00', '2025-03-31T00:00:00+03:00')).toBe(0.5);
  });
  it('Europe/Athens: a window holding the gap counts real time (02:00-05:00 is 2 h on 2025-03-30)', () => {
    const cal = sunday({ timeZone: 'Europe/Athens' }, ['02:00-05:00']);
    expect(hours(cal, '2025-03-30T00:00:00+02:00', '2025-03-31T00:00:00+03:00')).toBe(2);
    expect(hours(cal, '2025-03-23T00:00:00+02:00', '2025-03-24T00:00:00+02:00')).toBe(3);
  });
  it('Europe/Athens: an ambiguous start takes the FIRST occurrence (03:30-05:00 on 2025-10-26 is 2.5 h)', () => {
    const cal = sunday({ timeZone: 'Europe/Athens' }, ['03:30-05:00']);
    expect(nextOpening(cal, '2025-10-25T12:00:00+03:00').toUTC().toISO()).toBe('2025-10-26T00:30:00.000Z');
    expect(hours(cal, '2025-10-26T00:00:00+03:00', '2025-10-27T00:00:00+02:00')).toBe(2.5);
  });
  it('Europe/Athens: a window holding the overlap counts the repeated hour (02:00-05:00 is 4 h on 2025-10-26)', () => {
    const cal = sunday({ timeZone: 'Europe/Athens' }, ['02:00-05:00']);
    expect(hours(cal, '2025-10-26T00:00:00+03:00', '2025-10-27T00:00:00+02:00')).toBe(4);
  });
  it('America/Los_Angeles: 01:00-04:00 is 2 h on 2025-03-09; 01:30-03:00 is 2.5 h on 2025-11-02', () => {
    const spring = sunday({ timeZone: 'America/Los_Angeles' }, ['01:00-04:00']);
    expect(hours(spring, '2025-03-09T00:00:00-08:00', '2025-03-10T00:00:00-07:00')).toBe(2);
    const fall = sunday({ timeZone: 'America/Los_Angeles' }, ['01:30-03:00']);
    expect(nextOpening(fall, '2025-11-01T12:00:00-07:00').toUTC().toISO()).toBe('2025-11-02T08:30:00.000Z');
    expect(hours(fall, '2025-11-02T00:00:00-07:00', '2025-11-03T00:00:00-08:00')).toBe(2.5);
  });
  it('America/Los_Angeles: adding across the spring-forward gap lands on real elapsed time', () => {
    const cal = sunday({ timeZone: 'America/Los_Angeles' }, ['00:00-24:00']);
    // 01:30 PST + 1 h = 03:30 PDT (02:xx does not exist)
    expect(iso(addBusinessTime(cal, '2025-03-09T01:30:00-08:00', { hours: 1 }))).toBe('2025-03-09T03:30:00.000-07:00');
  });
  it('Australia/Lord_Howe (30-minute DST): 02:10 in the gap moves to 02:40; 01:45 in the overlap is its first occurrence', () => {
    const spring = sunday({ timeZone: 'Australia/Lord_Howe' }, ['02:10-03:00']);
    expect(nextOpening(spring, '2025-10-04T12:00:00+10:30').toUTC().toISO()).toBe('2025-10-04T15:40:00.000Z');
    expect(hours(spring, '2025-10-04T12:00:00+10:30', '2025-10-06T00:00:00+11:00')).toBeCloseTo(20 / 60, 10);
    const fall = sunday({ timeZone: 'Australia/Lord_Howe' }, ['01:45-03:00']);
    expect(nextOpening(fall, '2025-04-05T12:00:00+11:00').toUTC().toISO()).toBe('2025-04-05T14:45:00.000Z');
    expect(hours(fall, '2025-04-05T12:00:00+11:00', '2025-04-07T00:00:00+10:30')).toBe(1.75);
    const whole = sunday({ timeZone: 'Australia/Lord_Howe' }, ['00:00-24:00']);
    expect(hours(whole, '2025-10-04T12:00:00+10:30', '2025-10-07T00:00:00+11:00')).toBe(23.5);
    expect(hours(whole, '2025-04-05T12:00:00+11:00', '2025-04-08T00:00:00+10:30')).toBe(24.5);
  });
  it('America/Sao_Paulo (2018 DST began at midnight): the day starts at 01:00 and is 23 h', () => {
    const cal = sunday({ timeZone: 'America/Sao_Paulo' }, ['00:00-24:00']);
    expect(iso(nextOpening(cal, '2018-11-03T12:00:00-03:00'))).toBe('2018-11-04T01:00:00.000-02:00');
    expect(hours(cal, '2018-11-03T12:00:00-03:00', '2018-11-06T00:00:00-02:00')).toBe(23);
  });
  it('America/Sao_Paulo (no DST since 2019) and Asia/Kathmandu (+05:45) keep fixed offsets', () => {
    const sp = makeCalendar({ timeZone: 'America/Sao_Paulo', week: WEEKDAYS_0930_1730 });
    expect(iso(addBusinessTime(sp, '2025-11-07T16:30:00-03:00', { hours: 2 }))).toBe('2025-11-10T10:30:00.000-03:00');
    const ktm = makeCalendar({ timeZone: 'Asia/Kathmandu', week: { sun: ['10:00-17:00'], mon: ['10:00-17:00'] } });
    expect(isOpen(ktm, '2025-06-01T04:15:00Z')).toBe(true); // 10:00 +05:45
    expect(isOpen(ktm, '2025-06-01T04:14:59Z')).toBe(false);
  });
});

describe('rule 3: overnight intervals belong to their start date; holidays and closures are subtracted instants', () => {
  const night = (extra: Partial<CalendarSpec> = {}) =>
    makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['22:00-06:00'] }, ...extra });

  it('an overnight interval runs into the next day', () => {
    expect(openIntervals(night(), '2025-06-02T00:00:00+03:00', '2025-06-04T00:00:00+03:00').map(String)).toEqual([
      '[2025-06-02T22:00:00.000+03:00 – 2025-06-03T06:00:00.000+03:00)',
    ]);
  });
  it('an override of the start date replaces the whole overnight interval, tail included', () => {
    const cal = night({ overrides: [{ date: '2025-06-02', hours: [] }] });
    expect(isOpen(cal, '2025-06-03T03:00:00+03:00')).toBe(false);
    expect(isOpen(cal, '2025-06-02T23:00:00+03:00')).toBe(false);
  });
  it('a holiday on the next date removes the overnight tail only', () => {
    const cal = night({ holidays: [{ dates: ['2025-06-03'] }] });
    expect(openIntervals(cal, '2025-06-02T00:00:00+03:00', '2025-06-04T00:00:00+03:00').map(String)).toEqual([
      '[2025-06-02T22:00:00.000+03:00 – 2025-06-03T00:00:00.000+03:00)',
    ]);
  });
  it('an overnight shift across spring-forward is 7 h, across fall-back 9 h (Europe/Athens)', () => {
    const cal = saturday({ timeZone: 'Europe/Athens' }, ['22:00-06:00']);
    expect(hours(cal, '2025-03-29T00:00:00+02:00', '2025-03-31T00:00:00+03:00')).toBe(7);
    expect(hours(cal, '2025-10-25T00:00:00+03:00', '2025-10-27T00:00:00+02:00')).toBe(9);
  });
  it('a closure starting at 14:00 closes from 14:00 (a partial-day closing)', () => {
    const cal = makeCalendar({
      timeZone: 'Europe/Athens',
      week: WEEKDAYS_0930_1730,
      closures: [{ start: '2025-12-24T14:00:00+02:00', end: '2025-12-25T00:00:00+02:00' }],
    });
    expect(isOpen(cal, '2025-12-24T13:59:59+02:00')).toBe(true);
    expect(isOpen(cal, '2025-12-24T14:00:00+02:00')).toBe(false);
    expect(iso(nextClosing(cal, '2025-12-24T10:00:00+02:00'))).toBe('2025-12-24T14:00:00.000+02:00');
    expect(hours(cal, '2025-12-24T00:00:00+02:00', '2025-12-25T00:00:00+02:00')).toBe(4.5);
  });
  it('a date holiday closes the whole local date; an override on a weekend makes an extra working day', () => {
    const cal = makeCalendar({
      timeZone: 'Europe/Athens',
      week: WEEKDAYS_0930_1730,
      holidays: [{ dates: ['2025-06-09'] }],
      overrides: [{ date: '2025-06-07', hours: ['10:00-14:00'] }],
    });
    expect(isBusinessDay(cal, '2025-06-09')).toBe(false);
    expect(isBusinessDay(cal, '2025-06-07')).toBe(true);
    expect(iso(addBusinessTime(cal, '2025-06-06T17:00:00+03:00', { hours: 1 }))).toBe('2025-06-07T10:30:00.000+03:00');
    expect(iso(addBusinessTime(cal, '2025-06-06T17:00:00+03:00', { hours: 5 }))).toBe('2025-06-10T10:00:00.000+03:00');
  });
  it('an override is the final word on its date: a holiday of that date does not close it', () => {
    const cal = makeCalendar({
      timeZone: 'Europe/Athens',
      week: WEEKDAYS_0930_1730,
      holidays: [{ dates: ['2025-12-26'] }],
      overrides: [{ date: '2025-12-26', hours: ['10:00-13:00'] }],
    });
    expect(hours(cal, '2025-12-26T00:00:00+02:00', '2025-12-27T00:00:00+02:00')).toBe(3);
  });
});

describe('addBusinessTime: the LATEST u >= t with business(t, u) <= d', () => {
  it('adding 0 inside open time returns t', () => {
    expect(iso(addBusinessTime(athens, '2025-06-02T11:00:00+03:00', { hours: 0 }))).toBe('2025-06-02T11:00:00.000+03:00');
  });
  it('adding 0 from closed time returns the next opening', () => {
    expect(iso(addBusinessTime(athens, '2025-06-07T11:00:00+03:00', { minutes: 0 }))).toBe('2025-06-09T09:30:00.000+03:00');
  });
  it('from a closing instant, adding 0 returns the next opening (the closing instant is closed)', () => {
    expect(iso(addBusinessTime(athens, '2025-06-02T17:30:00+03:00', { hours: 0 }))).toBe('2025-06-03T09:30:00.000+03:00');
  });
  it('an exact fill at a close returns the NEXT OPENING', () => {
    expect(iso(addBusinessTime(athens, '2025-06-06T15:30:00+03:00', { hours: 2 }))).toBe('2025-06-09T09:30:00.000+03:00');
  });
  it("boundary 'earliest' returns the closing instant on an exact fill", () => {
    expect(iso(addBusinessTime(athens, '2025-06-06T15:30:00+03:00', { hours: 2 }, { boundary: 'earliest' }))).toBe(
      '2025-06-06T17:30:00.000+03:00',
    );
    expect(iso(addBusinessTime(athens, '2025-06-06T15:30:00+03:00', { hours: 3 }, { boundary: 'earliest' }))).toBe(
      '2025-06-09T10:30:00.000+03:00',
    );
  });
  it('starting on a holiday counts from the next opening', () => {
    const cal = makeCalendar({ timeZone: 'Europe/Athens', week: WEEKDAYS_0930_1730, holidays: [{ dates: ['2025-04-18', '2025-04-21'] }] });
    expect(iso(addBusinessTime(cal, '2025-04-18T10:00:00+03:00', { hours: 4 }))).toBe('2025-04-22T13:30:00.000+03:00');
  });
  it('a negative duration subtracts', () => {
    expect(iso(addBusinessTime(athens, '2025-06-09T11:30:00+03:00', { hours: -4 }))).toBe('2025-06-06T15:30:00.000+03:00');
  });
  it('spans years at the cost of a few binary searches (2,000 h is 250 working days)', () => {
    const end = addBusinessTime(athens, '2025-01-01T00:00:00+02:00', { hours: 2000 });
    expect(hours(athens, '2025-01-01T00:00:00+02:00', end.toISO() as string)).toBe(2000);
  });
  it('rejects months and years, which have no fixed length', () => {
    expect(() => addBusinessTime(athens, '2025-06-02T11:00:00+03:00', { months: 1 })).toThrow(TypeError);
  });
});

describe('subtractBusinessTime: the latest u <= t, open or a closing instant, with business(u, t) >= d', () => {
  it('landing exactly on an opening returns that opening (not the previous closing)', () => {
    expect(iso(subtractBusinessTime(athens, '2025-06-09T11:30:00+03:00', { hours: 2 }))).toBe('2025-06-09T09:30:00.000+03:00');
  });
  it('subtracting 0 from closed time returns the previous closing', () => {
    expect(iso(subtractBusinessTime(athens, '2025-06-08T12:00:00+03:00', { hours: 0 }))).toBe('2025-06-06T17:30:00.000+03:00');
  });
  it('subtracting 0 at a closing instant returns it; inside open time returns t', () => {
    expect(iso(subtractBusinessTime(athens, '2025-06-06T17:30:00+03:00', { hours: 0 }))).toBe('2025-06-06T17:30:00.000+03:00');
    expect(iso(subtractBusinessTime(athens, '2025-06-06T12:00:00+03:00', { hours: 0 }))).toBe('2025-06-06T12:00:00.000+03:00');
  });
  it('crosses closed time backwards', () => {
    expect(iso(subtractBusinessTime(athens, '2025-06-09T10:30:00+03:00', { hours: 3 }))).toBe('2025-06-06T15:30:00.000+03:00');
  });
  it('a negative duration adds', () => {
    expect(iso(subtractBusinessTime(athens, '2025-06-06T15:30:00+03:00', { hours: -4 }))).toBe('2025-06-09T11:30:00.000+03:00');
  });
});

describe('businessTimeBetween is signed', () => {
  it('is negative when b < a and zero for equal instants', () => {
    expect(hours(athens, '2025-06-06T15:30:00+03:00', '2025-06-09T11:30:00+03:00')).toBe(4);
    expect(hours(athens, '2025-06-09T11:30:00+03:00', '2025-06-06T15:30:00+03:00')).toBe(-4);
    expect(hours(athens, '2025-06-09T11:30:00+03:00', '2025-06-09T11:30:00+03:00')).toBe(0);
  });
  it('returns a luxon Duration in milliseconds (.as works)', () => {
    const d = businessTimeBetween(athens, '2025-06-02T09:30:00+03:00', '2025-06-02T11:00:00+03:00');
    expect(d.as('minutes')).toBe(90);
    expect(d.toMillis()).toBe(5_400_000);
  });
});

describe('endOfBusinessDay: day 0 is t’s date before its last closing, else the next business day', () => {
  it('before the last closing: that day’s closing', () => {
    expect(iso(endOfBusinessDay(athens, '2025-06-06T08:00:00+03:00'))).toBe('2025-06-06T17:30:00.000+03:00');
    expect(iso(endOfBusinessDay(athens, '2025-06-06T17:29:00+03:00'))).toBe('2025-06-06T17:30:00.000+03:00');
  });
  it('at or after the last closing, or on a closed day: the next business day’s closing', () => {
    expect(iso(endOfBusinessDay(athens, '2025-06-06T17:30:00+03:00'))).toBe('2025-06-09T17:30:00.000+03:00');
    expect(iso(endOfBusinessDay(athens, '2025-06-07T10:00:00+03:00'))).toBe('2025-06-09T17:30:00.000+03:00');
  });
  it('n counts business days after day 0', () => {
    expect(iso(endOfBusinessDay(athens, '2025-06-05T10:00:00+03:00', 1))).toBe('2025-06-06T17:30:00.000+03:00');
    expect(iso(endOfBusinessDay(athens, '2025-06-05T10:00:00+03:00', 2))).toBe('2025-06-09T17:30:00.000+03:00');
  });
  it('an overnight shift’s business day ends at its closing the next morning', () => {
    const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['22:00-06:00'], tue: ['22:00-06:00'] } });
    expect(iso(endOfBusinessDay(cal, '2025-06-02T23:00:00+03:00'))).toBe('2025-06-03T06:00:00.000+03:00');
  });
  it('a 24/7 calendar’s business day ends at midnight', () => {
    expect(iso(endOfBusinessDay(alwaysOpen('Europe/Athens'), '2025-06-02T23:00:00+03:00'))).toBe('2025-06-03T00:00:00.000+03:00');
  });
  it('rejects a negative or fractional n', () => {
    expect(() => endOfBusinessDay(athens, '2025-06-02T10:00:00+03:00', -1)).toThrow(RangeError);
    expect(() => endOfBusinessDay(athens, '2025-06-02T10:00:00+03:00', 1.5)).toThrow(RangeError);
  });
});

describe('addBusinessDays: n business days from t’s date, same wall-clock time, then the next opening', () => {
  it('1 business day after Sunday 12:00 is Monday 12:00', () => {
    expect(iso(addBusinessDays(athens, '2025-06-08T12:00:00+03:00', 1))).toBe('2025-06-09T12:00:00.000+03:00');
  });
  it('t’s own date is not counted: Friday 12:00 + 1 = Monday 12:00', () => {
    expect(iso(addBusinessDays(athens, '2025-06-06T12:00:00+03:00', 1))).toBe('2025-06-09T12:00:00.000+03:00');
  });
  it('a closed wall-clock time moves to the next opening: Friday 18:00 + 1 → Tuesday 09:30', () => {
    expect(iso(addBusinessDays(athens, '2025-06-06T18:00:00+03:00', 1))).toBe('2025-06-10T09:30:00.000+03:00');
  });
  it('skips holidays, keeps wall time across a DST change', () => {
    const cal = makeCalendar({ timeZone: 'Europe/Athens', week: WEEKDAYS_0930_1730, holidays: [{ dates: ['2025-03-31'] }] });
    expect(iso(addBusinessDays(cal, '2025-03-28T12:00:00+02:00', 1))).toBe('2025-04-01T12:00:00.000+03:00');
  });
  it('a negative n steps back; 0 keeps the date', () => {
    expect(iso(addBusinessDays(athens, '2025-06-09T12:00:00+03:00', -1))).toBe('2025-06-06T12:00:00.000+03:00');
    expect(iso(addBusinessDays(athens, '2025-06-07T12:00:00+03:00', 0))).toBe('2025-06-09T09:30:00.000+03:00');
  });
});

describe('isBusinessDay: any open time on the local date', () => {
  it('takes a YYYY-MM-DD date or an instant (read in the calendar zone)', () => {
    expect(isBusinessDay(athens, '2025-06-06')).toBe(true);
    expect(isBusinessDay(athens, '2025-06-07')).toBe(false);
    // Friday 22:00 UTC is Saturday 01:00 in Athens
    expect(isBusinessDay(athens, '2025-06-06T22:00:00Z')).toBe(false);
  });
});

describe('no open time within 20 years throws RangeError (never loops forever)', () => {
  const closedForGood = makeCalendar({
    timeZone: 'UTC',
    week: { mon: ['09:00-17:00'] },
    closures: [{ start: '2025-01-01T00:00:00Z', end: '2080-01-01T00:00:00Z' }],
  });
  it('nextOpening, addBusinessTime, nextClosing, subtract and addBusinessDays give up with RangeError', () => {
    expect(() => nextOpening(closedForGood, '2025-06-01T00:00:00Z')).toThrow(RangeError);
    expect(() => addBusinessTime(closedForGood, '2025-06-01T00:00:00Z', { hours: 1 })).toThrow(RangeError);
    expect(() => nextClosing(closedForGood, '2025-06-01T00:00:00Z')).toThrow(RangeError);
    expect(() => subtractBusinessTime(closedForGood, '2079-06-01T00:00:00Z', { hours: 1 })).toThrow(RangeError);
    expect(() => addBusinessDays(closedForGood, '2025-06-01T00:00:00Z', 1)).toThrow(RangeError);
  });
  it('a 24/7 calendar has no closing within 20 years: nextClosing throws RangeError', () => {
    expect(() => nextClosing(alwaysOpen('UTC'), '2025-06-01T00:00:00Z')).toThrow(RangeError);
  });
  it('still finds open time after a long closure shorter than the horizon', () => {
    const cal = makeCalendar({
      timeZone: 'UTC',
      week: { mon: ['09:00-17:00'] },
      closures: [{ start: '2025-01-01T00:00:00Z', end: '2040-01-01T00:00:00Z' }],
    });
    expect(nextOpening(cal, '2025-06-01T00:00:00Z').toISO()).toBe('2040-01-02T09:00:00.000Z');
  });
});
