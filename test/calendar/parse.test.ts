import { describe, expect, it } from 'vitest';
import { either as E } from 'fp-ts';
import { InvalidInputError, makeCalendar, parseCalendar, safeParseCalendar, type Issue } from '../../src/index.js';

const codes = (r: E.Either<Issue[], unknown>): string[] => (E.isLeft(r) ? r.left.map((i) => i.code) : []);
const issuesOf = (input: unknown): Issue[] => {
  const r = parseCalendar(input);
  return E.isLeft(r) ? r.left : [];
};

describe('parseCalendar', () => {
  it('accepts a valid spec with split, overnight and 24:00 intervals', () => {
    const r = parseCalendar({
      timeZone: 'Europe/Athens',
      week: { mon: ['09:00-12:00', '13:00-17:00'], tue: ['22:00-06:00'], wed: ['00:00-24:00'], thu: ['08:00:30-16:59:59'] },
      overrides: [{ date: '2025-12-27', hours: ['10:00-14:00'] }],
      closures: [{ start: '2025-08-01T00:00:00+03:00', end: '2025-08-15T00:00:00+03:00' }],
      holidays: [{ dates: ['2025-12-25'] }],
    });
    expect(E.isRight(r)).toBe(true);
  });

  it('never throws on garbage: null, numbers, arrays and wrong shapes give issues', () => {
    for (const garbage of [null, undefined, 42, 'cal', [], true, { timeZone: 5, week: [] }]) {
      const r = parseCalendar(garbage);
      expect(E.isLeft(r)).toBe(true);
    }
    expect(codes(parseCalendar(null))).toEqual(['NOT_AN_OBJECT']);
  });

  it('collects ALL issues, each with a code and a path', () => {
    const issues = issuesOf({
      timeZone: 'Mars/Olympus',
      week: { mon: ['25:00-26:00', '09:00-17:00'], monday: ['09:00-17:00'], tue: 'nine to five', wed: ['09:60-10:00'] },
      overrides: [{ date: '2025-02-30', hours: ['10:00-12:00'] }, { date: '2025-03-01', hours: ['x'] }],
      closures: [{ start: '2025-08-01T00:00:00', end: '2025-08-15T00:00:00+03:00' }, { start: 0, end: -1 }],
      holidays: 'GR',
      extra: true,
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join('.'), i.code]));
    expect(byPath).toMatchObject({
      extra: 'UNKNOWN_KEY',
      timeZone: 'INVALID_TIME_ZONE',
      'week.mon.0': 'INVALID_INTERVAL',
      'week.monday': 'UNKNOWN_WEEKDAY',
      'week.tue': 'NOT_AN_ARRAY',
      'week.wed.0': 'INVALID_INTERVAL',
      'overrides.0.date': 'INVALID_DATE',
      'overrides.1.hours.0': 'INVALID_INTERVAL',
      'closures.0.start': 'INSTANT_WITHOUT_OFFSET',
      'closures.1': 'CLOSURE_END_BEFORE_START',
      holidays: 'NOT_AN_ARRAY',
    });
    for (const i of issues) expect(i.message.length).toBeGreaterThan(10);
  });

  it('rejects a calendar with no weekly open time (NO_OPEN_TIME)', () => {
    expect(codes(parseCalendar({ timeZone: 'UTC', week: {} }))).toEqual(['NO_OPEN_TIME']);
    expect(codes(parseCalendar({ timeZone: 'UTC', week: { mon: [], sat: [] } }))).toEqual(['NO_OPEN_TIME']);
  });

  it('accepts 24:00 only as an end, and rejects 24:30', () => {
    expect(E.isRight(parseCalendar({ timeZone: 'UTC', week: { mon: ['12:00-24:00'] } }))).toBe(true);
    expect(codes(parseCalendar({ timeZone: 'UTC', week: { mon: ['24:00-01:00'] } }))).toEqual(['INVALID_INTERVAL']);
    expect(codes(parseCalendar({ timeZone: 'UTC', week: { mon: ['12:00-24:30'] } }))).toEqual(['INVALID_INTERVAL']);
  });

  it('rejects an override date given twice', () => {
    const r = parseCalendar({
      timeZone: 'UTC',
      week: { mon: ['09:00-17:00'] },
      overrides: [{ date: '2025-01-01', hours: [] }, { date: '2025-01-01', hours: ['10:00-11:00'] }],
    });
    expect(codes(r)).toEqual(['DUPLICATE_OVERRIDE']);
  });

  it('safeParseCalendar returns success or issues; makeCalendar throws InvalidInputError with .issues', () => {
    const ok = safeParseCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
    expect(ok.success).toBe(true);
    const bad = safeParseCalendar({ timeZone: 'UTC', week: { mon: ['9-5'] } });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues[0]?.path).toEqual(['week', 'mon', 0]);
    try {
      makeCalendar({ timeZone: 'Nowhere/Land', week: {} });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues.map((i) => i.code)).toEqual(['INVALID_TIME_ZONE', 'NO_OPEN_TIME']);
    }
  });

  it('keeps the spec on the calendar, frozen, so users cannot change a built calendar', () => {
    const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
    expect(cal.timeZone).toBe('UTC');
    expect(cal.definition.kind).toBe('spec');
    expect(Object.isFrozen(cal)).toBe(true);
    if (cal.definition.kind === 'spec') expect(Object.isFrozen(cal.definition.spec.week)).toBe(true);
  });
});
