/**
 * parsePlan / safeParsePlan / makePlan: a valid plan is normalised and frozen with its calendars
 * built once; bad plans are a Left with EVERY issue and its path.
 */
import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import {
  DEFAULT_STATUSES,
  InvalidInputError,
  isOpen,
  makePlan,
  parsePlan,
  safeParsePlan,
  type Issue,
  type PlanSpec,
} from '../../src/index.js';

const office = { timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'], tue: ['09:30-17:30'], wed: ['09:30-17:30'], thu: ['09:30-17:30'], fri: ['09:30-17:30'] } };
const good: PlanSpec = {
  id: 'clickmedia',
  name: 'ClickMedia support',
  description: 'Two clocks per request.',
  calendars: { office, always: { alwaysOpen: 'Europe/Athens' } },
  defaultCalendar: 'office',
  priorities: [{ id: 'critical', name: 'Critical' }, { id: 'first' }, { id: 'second' }],
  defaultPriority: 'first',
  channels: { email: {}, phone: { calendar: 'office', priorities: ['critical', 'first'] } },
  clocks: [
    { id: 'response', kind: 'firstResponse', targets: { critical: { businessDays: 4 }, first: { businessDays: 4 }, second: { businessDays: 4 } } },
    {
      id: 'resolution',
      kind: 'resolution',
      targets: {
        critical: { elapsedTime: { hours: 1 } },
        first: { endOfBusinessDay: 0 },
        second: { earliestOf: [{ elapsedTime: { days: 7 } }, { latestOf: [{ businessDays: 5 }, { workingDayHours: { hours: 48 }, calendar: 'office' }] }] },
      },
      warnings: [{ percent: 75 }, { remaining: { minutes: 30 } }],
      onPriorityChange: 'earlierOf',
      boundary: 'latest',
      cycles: 'perCycle',
    },
  ],
};

const issuesOf = (input: unknown): Issue[] => {
  const r = parsePlan(input);
  if (E.isRight(r)) throw new Error('expected issues');
  return r.left;
};
const pick = (issues: Issue[]) => issues.map((i) => ({ code: i.code, path: i.path }));

describe('parsePlan: a valid plan', () => {
  it('keeps the spec field names, fills the defaults and freezes the result', () => {
    const plan = makePlan(good);
    expect(plan.id).toBe('clickmedia');
    expect(plan.name).toBe('ClickMedia support');
    expect(plan.description).toBe('Two clocks per request.');
    expect(plan.defaultCalendar).toBe('office');
    expect(plan.priorities.map((p) => p.id)).toEqual(['critical', 'first', 'second']);
    expect(plan.statuses).toEqual(DEFAULT_STATUSES);
    expect(plan.channels).toEqual({ email: {}, phone: { calendar: 'office', priorities: ['critical', 'first'] } });
    expect(plan.clocks[0]).toEqual({
      id: 'response',
      kind: 'firstResponse',
      targets: good.clocks[0]!.targets,
      pauseOn: ['pending', 'onHold'],
      onPriorityChange: 'keepElapsed',
      boundary: 'earliest',
    });
    expect(plan.clocks[1]).toMatchObject({ cycles: 'perCycle', onPriorityChange: 'earlierOf', boundary: 'latest' });
    expect(plan.clocks[1]!.warnings).toEqual([{ percent: 75 }, { remaining: { milliseconds: 1_800_000 } }]);
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.clocks)).toBe(true);
    expect(Object.isFrozen(plan.clocks[1]!.targets)).toBe(true);
    expect(Object.isFrozen(plan.calendars)).toBe(true);
  });

  it('builds its calendars once: a CalendarSpec and { alwaysOpen: zone }', () => {
    const plan = makePlan(good);
    expect(isOpen(plan.calendars['office']!, '2025-06-02T10:00:00+03:00')).toBe(true);
    expect(isOpen(plan.calendars['office']!, '2025-06-02T18:00:00+03:00')).toBe(false);
    expect(isOpen(plan.calendars['always']!, '2025-06-01T03:00:00+03:00')).toBe(true);
    expect(plan.calendars['office']).toBe(plan.calendars['office']);
  });

  it('a plan map of statuses replaces the default one; the default pauseOn follows it', () => {
    const plan = makePlan({ ...good, statuses: { open: 'active', waiting: 'paused', done: 'solved' } });
    expect(plan.statuses).toEqual({ open: 'active', waiting: 'paused', done: 'solved' });
    expect(plan.clocks[0]!.pauseOn).toEqual(['waiting']);
  });

  it('safeParsePlan and makePlan are the two other forms', () => {
    expect(safeParsePlan(good).success).toBe(true);
    const bad = safeParsePlan({ ...good, defaultCalendar: 'nope' });
    expect(bad.success).toBe(false);
    expect(() => makePlan({ ...good, defaultCalendar: 'nope' })).toThrow(InvalidInputError);
  });

  it('reads entitlements (test/plans/entitlements.test.ts has the rest), each issue under entitlements', () => {
    expect(makePlan({ ...good, entitlements: { rates: { hourly: { major: '60', currency: 'EUR' } } } }).entitlements).toEqual({ rates: { hourly: { amount: 6000, currency: 'EUR' } } });
    expect(pick(issuesOf({ ...good, entitlements: { rates: { hourly: 60 } } }))).toEqual([{ code: 'NOT_AN_OBJECT', path: ['entitlements', 'rates', 'hourly'] }]);
  });

  it('round-trips: the plan as JSON parses to the same plan', () => {
    const plan = makePlan(good);
    const again = makePlan({ ...JSON.parse(JSON.stringify(plan)), calendars: good.calendars });
    expect(again.clocks).toEqual(plan.clocks);
  });
});

describe('parsePlan: bad plans are a Left with every issue and its path', () => {
  it('collects every issue of a plan at once', () => {
    const issues = issuesOf({
      id: 'x',
      calendars: { office, bad: { timeZone: 'Mars/Olympus', week: { mon: ['09:00-17:00'] } }, z: { alwaysOpen: 'Nowhere/Else' } },
      defaultCalendar: 'office',
      priorities: [{ id: 'p1' }, { id: 'p2' }, { id: 'p1' }],
      priorityMatrix: { impact: ['high', 'low'], urgency: ['high', 'low'], priority: [['p1', 'p2'], ['p2', 'p9']] },
      statuses: { open: 'active', pending: 'sleeping' },
      clocks: [
        { id: 'c1', kind: 'resolution', targets: { p1: { businessTime: { hours: -1 } }, p7: { elapsedTime: { hours: 1 } } } },
        { id: 'c1', kind: 'firstResponse', targets: { p1: { businessTime: { hours: 1 }, calendar: 'elsewhere' }, p2: { earliestOf: [] } } },
        { id: 'c3', kind: 'nextReply', cycles: 'total', targets: { p1: { elapsedTime: { hours: Infinity } }, p2: { businessDays: 1.5 } } },
        { id: 'c4', kind: 'sometimes', targets: {}, pauseOn: ['unknown'], warnings: [{ percent: -5 }, { percent: 5, remaining: { hours: 1 } }] },
      ],
    });
    expect(pick(issues)).toEqual(
      expect.arrayContaining([
        { code: 'INVALID_TIME_ZONE', path: ['calendars', 'bad', 'timeZone'] },
        { code: 'INVALID_TIME_ZONE', path: ['calendars', 'z', 'alwaysOpen'] },
        { code: 'DUPLICATE_ID', path: ['priorities', 2, 'id'] },
        { code: 'UNKNOWN_PRIORITY', path: ['priorityMatrix', 'priority', 1, 1] },
        { code: 'INVALID_ENUM', path: ['statuses', 'pending'] },
        { code: 'NEGATIVE_DURATION', path: ['clocks', 0, 'targets', 'p1', 'businessTime'] },
        { code: 'UNKNOWN_PRIORITY', path: ['clocks', 0, 'targets', 'p7'] },
        { code: 'DUPLICATE_ID', path: ['clocks', 1, 'id'] },
        { code: 'UNKNOWN_CALENDAR', path: ['clocks', 1, 'targets', 'p1', 'calendar'] },
        { code: 'TOO_FEW_ITEMS', path: ['clocks', 1, 'targets', 'p2', 'earliestOf'] },
        { code: 'CYCLES_NOT_RESOLUTION', path: ['clocks', 2, 'cycles'] },
        { code: 'INVALID_DURATION', path: ['clocks', 2, 'targets', 'p1', 'elapsedTime', 'hours'] },
        { code: 'INVALID_TARGET', path: ['clocks', 2, 'targets', 'p2', 'businessDays'] },
        { code: 'INVALID_ENUM', path: ['clocks', 3, 'kind'] },
        { code: 'UNKNOWN_STATUS', path: ['clocks', 3, 'pauseOn', 0] },
        { code: 'INVALID_WARNING', path: ['clocks', 3, 'warnings', 0, 'percent'] },
        { code: 'INVALID_WARNING', path: ['clocks', 3, 'warnings', 1] },
      ]),
    );
  });

  it('required fields, unknown keys and wrong shapes', () => {
    expect(pick(issuesOf({ id: 'x', extra: 1 }))).toEqual([
      { code: 'UNKNOWN_KEY', path: ['extra'] },
      { code: 'REQUIRED', path: ['calendars'] },
      { code: 'REQUIRED', path: ['defaultCalendar'] },
      { code: 'REQUIRED', path: ['priorities'] },
      { code: 'REQUIRED', path: ['clocks'] },
    ]);
    expect(pick(issuesOf(null))).toEqual([{ code: 'NOT_AN_OBJECT', path: [] }]);
    expect(pick(issuesOf([]))).toEqual([{ code: 'NOT_AN_OBJECT', path: [] }]);
  });

  it('a target with no kind or two kinds, a calendar on elapsedTime, unknown keys in a target', () => {
    const issues = issuesOf({
      ...good,
      clocks: [{ id: 'a', kind: 'resolution', targets: { first: {}, second: { elapsedTime: { hours: 1 }, calendar: 'office' }, critical: { businessTime: { hours: 1 }, foo: 1 } } }],
    });
    expect(pick(issues)).toEqual([
      { code: 'INVALID_TARGET', path: ['clocks', 0, 'targets', 'first'] },
      { code: 'UNKNOWN_KEY', path: ['clocks', 0, 'targets', 'second', 'calendar'] },
      { code: 'UNKNOWN_KEY', path: ['clocks', 0, 'targets', 'critical', 'foo'] },
    ]);
  });

  it('a matrix of the wrong shape, a default priority or calendar that does not exist, a channel naming nothing', () => {
    const issues = issuesOf({
      ...good,
      defaultPriority: 'urgent',
      priorityMatrix: { impact: ['high', 'low'], urgency: ['high'], priority: [['first', 'second']] },
      channels: { phone: { calendar: 'nowhere', priorities: ['first', 'zzz'] } },
      clocks: [{ id: 'a', kind: 'resolution', channels: ['fax'], targets: {} }],
    });
    expect(pick(issues)).toEqual(
      expect.arrayContaining([
        { code: 'UNKNOWN_PRIORITY', path: ['defaultPriority'] },
        { code: 'INVALID_MATRIX', path: ['priorityMatrix', 'priority'] },
        { code: 'INVALID_MATRIX', path: ['priorityMatrix', 'priority', 0] },
        { code: 'UNKNOWN_CALENDAR', path: ['channels', 'phone', 'calendar'] },
        { code: 'UNKNOWN_PRIORITY', path: ['channels', 'phone', 'priorities', 1] },
      ]),
    );
  });

  it('targets nest at most 8 levels (a hostile plan cannot recurse forever)', () => {
    let t: unknown = { elapsedTime: { hours: 1 } };
    for (let i = 0; i < 20; i++) t = { earliestOf: [t] };
    expect(pick(issuesOf({ ...good, clocks: [{ id: 'a', kind: 'resolution', targets: { first: t } }] })).map((i) => i.code)).toContain('TARGET_TOO_DEEP');
  });

  it('never throws, whatever the input (throwing getters included)', () => {
    const hostile = { ...good, get clocks(): unknown { throw new Error('boom'); } };
    expect(pick(issuesOf(hostile))).toEqual([{ code: 'UNREADABLE_VALUE', path: ['clocks'] }, { code: 'REQUIRED', path: ['clocks'] }]);
    for (const x of [undefined, 42, 'plan', { calendars: 5 }, { clocks: [null, 1, 'x'] }]) expect(E.isLeft(parsePlan(x))).toBe(true);
  });
});
