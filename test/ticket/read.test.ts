/**
 * Rule 9: bad tickets are a Left with every issue and its path; the log is sorted stably by `at`;
 * events after asOf are not known yet.
 */
import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { evaluateTicket, evaluateTicketMillis, makePlan, type Issue } from '../../src/index.js';
import { HOUR, local, office } from '../support/sla-fixtures.js';

const zone = 'Europe/Athens';
const plan = makePlan({
  id: 'x',
  calendars: { office: office(zone) },
  defaultCalendar: 'office',
  priorities: [{ id: 'p1' }, { id: 'p2' }],
  priorityMatrix: { impact: ['high', 'low'], urgency: ['high', 'low'], priority: [['p1', 'p1'], ['p1', 'p2']] },
  clocks: [{ id: 'r', kind: 'resolution', targets: { p1: { businessTime: { hours: 2 } }, p2: { businessTime: { hours: 8 } } } }],
});
const at = (w: string) => local(zone, w);
const issuesOf = (events: unknown, asOf: unknown = '2025-06-10T00:00:00+03:00'): { code: string; path: Issue['path'] }[] => {
  const r = evaluateTicket(plan, { events }, asOf as string);
  if (E.isRight(r)) throw new Error('expected issues');
  return r.left.map((i) => ({ code: i.code, path: i.path }));
};

describe('rule 9: bad input is a Left with every issue and its path', () => {
  it('an unknown status, priority, impact or urgency in an event, each at its path', () => {
    expect(
      issuesOf([
        { type: 'created', at: at('2025-06-02 10:00'), priority: 'p1' },
        { type: 'status', at: at('2025-06-02 11:00'), status: 'open' },
        { type: 'status', at: at('2025-06-02 11:00'), status: 'sleeping' },
        { type: 'priority', at: at('2025-06-02 12:00'), priority: 'p9' },
        { type: 'priority', at: at('2025-06-02 12:00'), impact: 'huge', urgency: 'low' },
        { type: 'priority', at: at('2025-06-02 12:00'), impact: 'high', urgency: 'never' },
        { type: 'priority', at: at('2025-06-02 12:00'), impact: 'high' },
        { type: 'priority', at: at('2025-06-02 12:00') },
        { type: 'priority', at: at('2025-06-02 12:00'), priority: 'p2', impact: 'high', urgency: 'high' },
      ]),
    ).toEqual([
      { code: 'UNKNOWN_STATUS', path: ['events', 2, 'status'] },
      { code: 'UNKNOWN_PRIORITY', path: ['events', 3, 'priority'] },
      { code: 'UNKNOWN_IMPACT', path: ['events', 4, 'impact'] },
      { code: 'UNKNOWN_URGENCY', path: ['events', 5, 'urgency'] },
      { code: 'REQUIRED', path: ['events', 6, 'urgency'] },
      { code: 'REQUIRED', path: ['events', 7, 'priority'] },
      { code: 'PRIORITY_CONFLICT', path: ['events', 8, 'priority'] },
    ]);
  });

  it('no created event, or two', () => {
    expect(issuesOf([{ type: 'status', at: at('2025-06-02 11:00'), status: 'open' }])).toEqual([{ code: 'NO_CREATED_EVENT', path: ['events'] }]);
    expect(
      issuesOf([
        { type: 'created', at: at('2025-06-02 10:00'), priority: 'p1' },
        { type: 'created', at: at('2025-06-02 11:00'), priority: 'p1' },
      ]),
    ).toEqual([{ code: 'DUPLICATE_CREATED_EVENT', path: ['events', 1, 'type'] }]);
  });

  it('events before created are issues; events AT its instant are fine', () => {
    expect(
      issuesOf([
        { type: 'status', at: at('2025-06-02 09:00'), status: 'open' },
        { type: 'message', at: at('2025-06-02 10:00'), author: 'agent' },
        { type: 'created', at: at('2025-06-02 10:00'), priority: 'p1' },
      ]),
    ).toEqual([{ code: 'EVENT_BEFORE_CREATED', path: ['events', 0, 'at'] }]);
  });

  it('an instant without an offset, an invalid instant, a missing at', () => {
    expect(
      issuesOf([
        { type: 'created', at: '2025-06-02T10:00:00', priority: 'p1' },
        { type: 'message', at: 'yesterday', author: 'agent' },
        { type: 'message', author: 'agent' },
        { type: 'message', at: Number.NaN, author: 'agent' },
      ]).map((i) => i.code + ' ' + i.path.join('.')),
    ).toEqual([
      'INSTANT_WITHOUT_OFFSET events.0.at',
      'INSTANT_WITHOUT_OFFSET events.1.at',
      'REQUIRED events.2.at',
      'INVALID_INSTANT events.3.at',
    ]);
  });

  it('wrong shapes: an unknown event type, an unknown key, a bad author or visibility, a non-array log', () => {
    expect(
      issuesOf([
        { type: 'created', at: at('2025-06-02 10:00'), priority: 'p1', by: 'robot' },
        { type: 'comment', at: at('2025-06-02 11:00') },
        { type: 'message', at: at('2025-06-02 11:00'), author: 'agent', visibility: 'secret', mood: 'happy' },
        { type: 'message', at: at('2025-06-02 11:00'), author: 'bot' },
        null,
      ]),
    ).toEqual([
      { code: 'INVALID_ENUM', path: ['events', 0, 'by'] },
      { code: 'INVALID_ENUM', path: ['events', 1, 'type'] },
      { code: 'UNKNOWN_KEY', path: ['events', 2, 'mood'] },
      { code: 'INVALID_ENUM', path: ['events', 2, 'visibility'] },
      { code: 'INVALID_ENUM', path: ['events', 3, 'author'] },
      { code: 'NOT_AN_OBJECT', path: ['events', 4] },
    ]);
    expect(issuesOf('not a list')).toEqual([{ code: 'NOT_AN_ARRAY', path: ['events'] }]);
    expect(E.isLeft(evaluateTicket(plan, null, '2025-06-10T00:00:00+03:00'))).toBe(true);
  });

  it('asOf before created, or not an instant, is an issue too (together with the ticket issues)', () => {
    expect(issuesOf([{ type: 'created', at: at('2025-06-02 10:00'), priority: 'p1' }], '2025-06-02T09:00:00+03:00')).toEqual([{ code: 'AS_OF_BEFORE_CREATED', path: ['asOf'] }]);
    expect(issuesOf([{ type: 'created', at: at('2025-06-02 10:00'), priority: 'p9' }], '2025-06-02T09:00:00')).toEqual([
      { code: 'INSTANT_WITHOUT_OFFSET', path: ['asOf'] },
      { code: 'UNKNOWN_PRIORITY', path: ['events', 0, 'priority'] },
    ]);
    const r = evaluateTicketMillis(plan, { events: [{ type: 'created', at: 0, priority: 'p1' }] }, Number.NaN);
    expect(E.isLeft(r) && r.left.map((i) => i.code)).toEqual(['INVALID_INSTANT']);
  });

  it('a ticket with no priority where the plan has no defaultPriority', () => {
    expect(issuesOf([{ type: 'created', at: at('2025-06-02 10:00') }])).toEqual([{ code: 'NO_PRIORITY', path: ['events', 0, 'priority'] }]);
  });

  it('a plan that lists channels needs the ticket to name its channel; strictChannels makes an unlisted one an issue', () => {
    const withChannels = makePlan({ ...plan, calendars: { office: office(zone) }, channels: { email: {} } });
    const r = evaluateTicket(withChannels, { events: [{ type: 'created', at: at('2025-06-02 10:00'), priority: 'p1' }] }, at('2025-06-02 11:00'));
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([['CHANNEL_REQUIRED', ['events', 0, 'channel']]]);
    const fax = { events: [{ type: 'created', at: at('2025-06-02 10:00'), priority: 'p1', channel: 'fax' }] };
    const lenient = evaluateTicket(withChannels, fax, at('2025-06-02 11:00'));
    expect(E.isRight(lenient) && lenient.right.entitlement).toEqual({ entitled: false, reason: 'channelNotInPlan' });
    const strict = evaluateTicket(withChannels, fax, at('2025-06-02 11:00'), { strictChannels: true });
    expect(E.isLeft(strict) && strict.left.map((i) => [i.code, i.path])).toEqual([['UNKNOWN_CHANNEL', ['events', 0, 'channel']]]);
  });
});

describe('the log: sorted stably by at, created first, read as of asOf', () => {
  it('an unsorted log gives the same clocks as the sorted one', () => {
    const events = [
      { type: 'created', at: at('2025-06-02 10:00'), impact: 'low', urgency: 'low' },
      { type: 'status', at: at('2025-06-02 11:00'), status: 'pending' },
      { type: 'status', at: at('2025-06-02 13:00'), status: 'open' },
      { type: 'status', at: at('2025-06-02 15:00'), status: 'solved' },
    ];
    const sorted = evaluateTicketMillis(plan, { events }, at('2025-06-03 10:00'));
    const shuffled = evaluateTicketMillis(plan, { events: [events[3], events[1], events[0], events[2]] }, at('2025-06-03 10:00'));
    expect(shuffled).toEqual(sorted);
    expect(E.isRight(sorted) && sorted.right.clocks[0]!.elapsed).toBe(3 * HOUR);
  });

  it('events at the same instant keep their order (stable): pending then open is not paused', () => {
    const events = [
      { type: 'created', at: at('2025-06-02 10:00'), priority: 'p2' },
      { type: 'status', at: at('2025-06-02 11:00'), status: 'pending' },
      { type: 'status', at: at('2025-06-02 11:00'), status: 'open' },
    ];
    const r = evaluateTicketMillis(plan, { events }, at('2025-06-02 12:00'));
    expect(E.isRight(r) && r.right.clocks[0]!.state).toBe('running');
    const swapped = evaluateTicketMillis(plan, { events: [events[0], events[2], events[1]] }, at('2025-06-02 12:00'));
    expect(E.isRight(swapped) && swapped.right.clocks[0]!.state).toBe('paused');
  });

  it('events after asOf are not known yet', () => {
    const events = [
      { type: 'created', at: at('2025-06-02 10:00'), priority: 'p2' },
      { type: 'status', at: at('2025-06-02 15:00'), status: 'solved' },
    ];
    const r = evaluateTicketMillis(plan, { events }, at('2025-06-02 12:00'));
    expect(E.isRight(r) && r.right.clocks[0]!.state).toBe('running');
  });

  it('the ticket names its priority by the impact x urgency matrix', () => {
    const r = evaluateTicketMillis(plan, { id: 'T-1', events: [{ type: 'created', at: at('2025-06-02 10:00'), impact: 'high', urgency: 'low' }] }, at('2025-06-02 10:00'));
    expect(E.isRight(r) && [r.right.id, r.right.priority, r.right.clocks[0]!.budget]).toEqual(['T-1', 'p1', 2 * HOUR]);
  });
});
