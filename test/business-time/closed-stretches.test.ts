import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { alwaysOpen, closedStretches, closedStretchesMillis, difference, makeCalendar, wholeWorkingDays } from '../../src/index.js';

const weekdays = (hours: string[]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const at = (iso: string): number => DateTime.fromISO(iso, { setZone: true }).toMillis();

describe('closedStretchesMillis', () => {
  it('names Good Friday, Easter Sunday and Easter Monday on a Greek calendar over Orthodox Easter 2026', () => {
    const cal = makeCalendar({ timeZone: 'Europe/Athens', week: weekdays(['09:30-17:30']), holidays: [{ country: 'GR' }] });
    const stretches = closedStretchesMillis(cal, at('2026-04-09T12:00:00+03:00'), at('2026-04-14T12:00:00+03:00'));
    expect(stretches).toEqual([
      {
        from: at('2026-04-09T17:30:00+03:00'),
        to: at('2026-04-14T09:30:00+03:00'),
        days: [
          { date: '2026-04-09', reason: 'night' },
          { date: '2026-04-10', reason: 'holiday', name: 'Good Friday', names: expect.objectContaining({ el: 'Μεγάλη Παρασκευή' }) },
          { date: '2026-04-11', reason: 'weekend' },
          { date: '2026-04-12', reason: 'holiday', name: 'Easter Sunday', names: expect.objectContaining({ el: 'Πάσχα' }) },
          { date: '2026-04-13', reason: 'holiday', name: 'Easter Monday', names: expect.objectContaining({ el: 'Δευτέρα του Πάσχα' }) },
          { date: '2026-04-14', reason: 'night' },
        ],
      },
    ]);
  });

  it('gives night, weekend, weekend, night for a Friday-evening-to-Monday gap', () => {
    const cal = makeCalendar({ timeZone: 'Europe/Moscow', week: weekdays(['10:00-18:00']) });
    const [gap, ...rest] = closedStretchesMillis(cal, at('2025-06-06T12:00:00+03:00'), at('2025-06-09T12:00:00+03:00'));
    expect(rest).toEqual([]);
    expect(gap?.from).toBe(at('2025-06-06T18:00:00+03:00'));
    expect(gap?.to).toBe(at('2025-06-09T10:00:00+03:00'));
    expect(gap?.days.map((d) => [d.date, d.reason])).toEqual([
      ['2025-06-06', 'night'],
      ['2025-06-07', 'weekend'],
      ['2025-06-08', 'weekend'],
      ['2025-06-09', 'night'],
    ]);
  });

  it('lists every stretch of the range in time order, clipped to the range', () => {
    const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-12:00', '13:00-17:00'], tue: ['09:00-17:00'] } });
    const stretches = closedStretchesMillis(cal, Date.UTC(2025, 5, 2, 8), Date.UTC(2025, 5, 3, 10));
    expect(stretches.map((s) => [s.from, s.to])).toEqual([
      [Date.UTC(2025, 5, 2, 8), Date.UTC(2025, 5, 2, 9)],
      [Date.UTC(2025, 5, 2, 12), Date.UTC(2025, 5, 2, 13)],
      [Date.UTC(2025, 5, 2, 17), Date.UTC(2025, 5, 3, 9)],
    ]);
    expect(stretches.map((s) => s.days.map((d) => `${d.date} ${d.reason}`))).toEqual([
      ['2025-06-02 night'],
      ['2025-06-02 night'],
      ['2025-06-02 night', '2025-06-03 night'],
    ]);
  });

  it('says closure for a closure of the spec, ahead of night on the dates it touches', () => {
    const cal = makeCalendar({
      timeZone: 'Europe/Bratislava',
      week: weekdays(['08:00-16:00']),
      closures: [{ start: '2025-06-04T12:00:00+02:00', end: '2025-06-05T10:00:00+02:00' }],
    });
    const stretches = closedStretchesMillis(cal, at('2025-06-04T09:00:00+02:00'), at('2025-06-05T12:00:00+02:00'));
    expect(stretches).toEqual([
      {
        from: at('2025-06-04T12:00:00+02:00'),
        to: at('2025-06-05T10:00:00+02:00'),
        days: [
          { date: '2025-06-04', reason: 'closure' },
          { date: '2025-06-05', reason: 'closure' },
        ],
      },
    ]);
  });

  it('says closure for an override that closes a whole working date, holiday ahead of weekend on a Sunday holiday', () => {
    const cal = makeCalendar({
      timeZone: 'UTC',
      week: weekdays(['09:00-17:00']),
      overrides: [{ date: '2025-06-04', hours: [] }],
      holidays: [{ dates: ['2025-06-08'] }],
    });
    const [mid, , weekend] = closedStretchesMillis(cal, Date.UTC(2025, 5, 3, 12), Date.UTC(2025, 5, 9, 12)).map((s) => s.days);
    expect(mid).toEqual([
      { date: '2025-06-03', reason: 'night' },
      { date: '2025-06-04', reason: 'closure' },
      { date: '2025-06-05', reason: 'night' },
    ]);
    expect(weekend?.map((d) => d.reason)).toEqual(['night', 'weekend', 'holiday', 'night']);
  });

  it('cuts dates at local midnight in two zones across a DST change (New York, spring forward 8 March 2026)', () => {
    const ny = makeCalendar({ timeZone: 'America/New_York', week: weekdays(['09:00-17:00']) });
    const [gap] = closedStretchesMillis(ny, at('2026-03-06T12:00:00-05:00'), at('2026-03-09T12:00:00-04:00'));
    expect(gap?.from).toBe(at('2026-03-06T17:00:00-05:00'));
    expect(gap?.to).toBe(at('2026-03-09T09:00:00-04:00'));
    expect(gap?.days.map((d) => `${d.date} ${d.reason}`)).toEqual(['2026-03-06 night', '2026-03-07 weekend', '2026-03-08 weekend', '2026-03-09 night']);
    // the same instants on a calendar in Athens (no change that weekend): the dates are Athens dates
    const athens = makeCalendar({ timeZone: 'Europe/Athens', week: { sun: ['00:00-24:00'], mon: ['09:00-17:00'] } });
    const stretches = closedStretchesMillis(athens, at('2026-03-07T12:00:00-05:00'), at('2026-03-09T12:00:00-04:00'));
    expect(stretches.map((s) => [s.from, s.to, s.days.map((d) => `${d.date} ${d.reason}`)])).toEqual([
      [at('2026-03-07T12:00:00-05:00'), at('2026-03-08T00:00:00+02:00'), ['2026-03-07 weekend']],
      [at('2026-03-09T00:00:00+02:00'), at('2026-03-09T09:00:00+02:00'), ['2026-03-09 night']],
      [at('2026-03-09T17:00:00+02:00'), at('2026-03-09T12:00:00-04:00'), ['2026-03-09 night']],
    ]);
  });

  it('keeps a 23-hour closed night on a spring-forward day whose date has hours', () => {
    const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { sat: ['09:00-17:00'], sun: ['09:00-17:00'] } });
    const [night] = closedStretchesMillis(cal, at('2026-03-28T12:00:00+02:00'), at('2026-03-29T12:00:00+03:00'));
    expect(night?.to! - night?.from!).toBe(15 * 3_600_000); // 17:00 EET → 09:00 EEST: 15 h
    expect(night?.days).toEqual([
      { date: '2026-03-28', reason: 'night' },
      { date: '2026-03-29', reason: 'night' },
    ]);
  });

  it('explains calendars made by operations: whole working days keep the holiday, a difference closes as closure', () => {
    const office = makeCalendar({ timeZone: 'UTC', week: weekdays(['09:00-17:00']), holidays: [{ dates: ['2025-06-04'] }] });
    const whole = closedStretchesMillis(wholeWorkingDays(office), Date.UTC(2025, 5, 3, 12), Date.UTC(2025, 5, 5, 12));
    expect(whole).toEqual([{ from: Date.UTC(2025, 5, 4), to: Date.UTC(2025, 5, 5), days: [{ date: '2025-06-04', reason: 'holiday', name: 'Holiday' }] }]);
    const lunch = makeCalendar({ timeZone: 'UTC', week: weekdays(['12:00-13:00']) });
    const [cut] = closedStretchesMillis(difference(office, lunch), Date.UTC(2025, 5, 2, 11), Date.UTC(2025, 5, 2, 14));
    expect(cut).toEqual({ from: Date.UTC(2025, 5, 2, 12), to: Date.UTC(2025, 5, 2, 13), days: [{ date: '2025-06-02', reason: 'closure' }] });
  });

  it('is empty for an empty range and for a calendar open throughout', () => {
    const cal = makeCalendar({ timeZone: 'UTC', week: weekdays(['09:00-17:00']) });
    expect(closedStretchesMillis(cal, Date.UTC(2025, 5, 2), Date.UTC(2025, 5, 2))).toEqual([]);
    expect(closedStretchesMillis(cal, Date.UTC(2025, 5, 3), Date.UTC(2025, 5, 2))).toEqual([]);
    expect(closedStretchesMillis(alwaysOpen('Asia/Kathmandu'), Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1))).toEqual([]);
  });
});

describe('closedStretches', () => {
  it('returns the millis twin with DateTimes in the calendar zone', () => {
    const cal = makeCalendar({ timeZone: 'Europe/Athens', week: weekdays(['09:30-17:30']) });
    const [gap] = closedStretches(cal, '2025-06-06T12:00:00+03:00', '2025-06-09T12:00:00+03:00');
    expect(gap?.from.toISO()).toBe('2025-06-06T17:30:00.000+03:00');
    expect(gap?.to.toISO()).toBe('2025-06-09T09:30:00.000+03:00');
    expect(gap?.days).toEqual(closedStretchesMillis(cal, at('2025-06-06T12:00:00+03:00'), at('2025-06-09T12:00:00+03:00'))[0]?.days);
  });
});
