/**
 * The ticket reader's fast path (a valid log read without building issue paths) against the full
 * reader it short-cuts: on every input, valid or not, the fast path answers nothing else than the
 * full reader's log (`evaluateTicketMillis` reads with the fast path, and with the full reader
 * when the fast path has a doubt).
 */
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { makePlan, type Plan } from '../../src/index.js';
import { fastReadTicketLog, readTicketLogFully } from '../../src/ticket/read.js';
import { office } from '../support/sla-fixtures.js';
import { runs } from '../support/runs.js';

const base = {
  id: 'x',
  calendars: { office: office('Europe/Athens') },
  defaultCalendar: 'office',
  priorities: [{ id: 'p1' }, { id: 'p2' }],
  clocks: [{ id: 'r', kind: 'resolution', targets: { p1: { businessTime: { hours: 2 } }, p2: { businessTime: { hours: 8 } } } }],
};
const plans: Record<string, Plan> = {
  plain: makePlan({ ...base, defaultPriority: 'p2' }),
  noDefault: makePlan(base),
  matrix: makePlan({ ...base, defaultPriority: 'p2', priorityMatrix: { impact: ['high', 'low'], urgency: ['high', 'low'], priority: [['p1', 'p1'], ['p1', 'p2']] } }),
  channels: makePlan({ ...base, defaultPriority: 'p2', channels: { email: {}, phone: { calendar: 'office' } } }),
};

const T0 = Date.UTC(2025, 5, 2, 7);
const MINUTE = 60_000;

/** An instant in any accepted form, sometimes a bad one. */
const instantArb = (minutes: fc.Arbitrary<number>): fc.Arbitrary<unknown> =>
  minutes.chain((m) => {
    const ms = T0 + m * MINUTE;
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant(ms) },
      { weight: 2, arbitrary: fc.constant(new Date(ms).toISOString()) },
      { weight: 1, arbitrary: fc.constant(DateTime.fromMillis(ms, { zone: 'Europe/Athens' }).toISO() as string) },
      { weight: 1, arbitrary: fc.constant(new Date(ms)) },
      { weight: 1, arbitrary: fc.constant(DateTime.fromMillis(ms, { zone: 'UTC' })) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>('2025-06-02T10:00:00', 'soon', NaN, 1e20, null, undefined, {}, DateTime.invalid('x'), new Date(NaN), '2025-02-29T10:00Z') },
    );
  });

const at = instantArb(fc.integer({ min: -120, max: 5 * 24 * 60 }));
const maybe = <T,>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined, freq: 2 });
const odd = fc.constantFrom<unknown>(42, '', 'p9', null, ['p1'], 'x'.repeat(3));

/** An event: mostly valid, sometimes with a bad field, an unknown key or an odd shape. */
const eventArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('message'), at, author: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('customer', 'agent') }, { weight: 1, arbitrary: odd }), visibility: maybe(fc.oneof({ weight: 9, arbitrary: fc.constantFrom('public', 'internal') }, { weight: 1, arbitrary: odd })) }, { requiredKeys: ['type', 'at', 'author'] }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('status'), at, status: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('new', 'open', 'pending', 'solved', 'closed') }, { weight: 1, arbitrary: odd }) }) },
  {
    weight: 2,
    arbitrary: fc.record(
      { type: fc.constant('priority'), at, priority: maybe(fc.oneof({ weight: 9, arbitrary: fc.constantFrom('p1', 'p2') }, { weight: 1, arbitrary: odd })), impact: maybe(fc.constantFrom('high', 'low', 'mid')), urgency: maybe(fc.constantFrom('high', 'low')) },
      { requiredKeys: ['type', 'at'] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'message', [], { type: 'note', at: T0 }, { type: 'message', at: T0, author: 'agent', extra: 1 }, Object.create({ type: 'message' }) as unknown) },
);

const createdArb: fc.Arbitrary<unknown> = fc.record(
  {
    type: fc.constant('created'),
    at: instantArb(fc.integer({ min: -60, max: 60 })),
    channel: maybe(fc.oneof({ weight: 9, arbitrary: fc.constantFrom('email', 'phone') }, { weight: 1, arbitrary: fc.constantFrom<unknown>('fax', '', 7) })),
    priority: maybe(fc.oneof({ weight: 9, arbitrary: fc.constantFrom('p1', 'p2') }, { weight: 1, arbitrary: odd })),
    impact: maybe(fc.constantFrom('high', 'low')),
    urgency: maybe(fc.constantFrom('high', 'low', 'none')),
    by: maybe(fc.oneof({ weight: 9, arbitrary: fc.constantFrom('customer', 'agent') }, { weight: 1, arbitrary: odd })),
  },
  { requiredKeys: ['type', 'at'] },
);

/** A ticket: a created event somewhere in (or missing from, or twice in) a log of up to 12 events. */
const ticketArb: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.array(eventArb, { maxLength: 12 }),
    fc.array(createdArb, { minLength: 0, maxLength: 2 }).map((c) => (c.length === 0 ? [] : c)),
    fc.nat(),
    maybe(fc.oneof({ weight: 9, arbitrary: fc.constant('T-1') }, { weight: 1, arbitrary: odd })),
    fc.oneof({ weight: 20, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom<unknown>('extra', null) }),
  )
  .map(([events, created, i, id, extra]) => {
    const log = [...events];
    created.forEach((c, k) => log.splice((i + k) % (log.length + 1), 0, c));
    const t: Record<string, unknown> = { events: log };
    if (id !== undefined) t['id'] = id;
    if (extra !== undefined) t['unexpected'] = extra;
    return t;
  });

/** A ticket that is valid against `plans.plain`: created first or not, numbers and ISO strings. */
const validArb: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.record({ type: fc.constant('message'), at: fc.integer({ min: 0, max: 3000 }), author: fc.constantFrom('customer', 'agent') }),
        fc.record({ type: fc.constant('status'), at: fc.integer({ min: 0, max: 3000 }), status: fc.constantFrom('open', 'pending', 'solved') }),
        fc.record({ type: fc.constant('priority'), at: fc.integer({ min: 0, max: 3000 }), priority: fc.constantFrom('p1', 'p2') }),
      ),
      { maxLength: 10 },
    ),
    fc.nat(),
    fc.boolean(),
  )
  .map(([events, i, iso]) => {
    const log: { type: string; at: number | string }[] = events.map((e) => ({ ...e, at: T0 + e.at * MINUTE }));
    log.splice(i % (log.length + 1), 0, { type: 'created', at: T0 });
    return { events: iso ? log.map((e) => ({ ...e, at: new Date(e.at).toISOString() })) : log };
  });

const asOfArb = fc.oneof(fc.integer({ min: -60, max: 6 * 24 * 60 }).map((m) => T0 + m * MINUTE), fc.constant(Infinity));

describe('the ticket reader: the fast path answers what the full reader answers', () => {
  it('any ticket, valid or not, against plans with and without a default priority, a matrix or channels', () => {
    let fastTaken = 0;
    fc.assert(
      fc.property(ticketArb, asOfArb, fc.constantFrom(...Object.keys(plans)), fc.boolean(), (ticket, asOf, name, strict) => {
        const plan = plans[name] as Plan;
        const options = strict ? { strictChannels: true } : undefined;
        const full = readTicketLogFully(plan, ticket, asOf, options);
        const fast = fastReadTicketLog(plan, ticket, asOf, options);
        if (fast !== undefined) {
          fastTaken++;
          expect(E.right(fast)).toEqual(full);
        }
      }),
      runs(3000),
    );
    expect(fastTaken).toBeGreaterThan(0);
  });

  it('a valid ticket takes the fast path, sorted or not, with epoch ms or ISO strings', () => {
    fc.assert(
      fc.property(validArb, fc.oneof(fc.integer({ min: 0, max: 6 * 24 * 60 }).map((m) => T0 + m * MINUTE), fc.constant(Infinity)), (ticket, asOf) => {
        const fast = fastReadTicketLog(plans['plain'] as Plan, ticket, asOf);
        expect(fast).toBeDefined();
        expect(E.right(fast)).toEqual(readTicketLogFully(plans['plain'] as Plan, ticket, asOf));
      }),
      runs(1000),
    );
  });
});

describe('the ticket reader: the fast path reads only own enumerable keys, as the full reader does', () => {
  const plan = plans['plain'] as Plan;
  const created = { type: 'created', at: T0 };
  const hidden = (o: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> => Object.defineProperty(o, key, { value, enumerable: false });
  class StatusEvent {
    type = 'status';
    at = T0 + MINUTE;
    get status(): string {
      return 'pending';
    }
  }
  const arrayEvent = Object.assign([] as unknown[], { type: 'status', at: T0 + MINUTE, status: 'pending' });
  const cases: [string, unknown][] = [
    ['a status given by a non-enumerable own key', { events: [created, hidden({ type: 'status', at: T0 + MINUTE }, 'status', 'pending')] }],
    ['an author given by a non-enumerable own key', { events: [created, hidden({ type: 'message', at: T0 + MINUTE }, 'author', 'agent')] }],
    ['a type given by a non-enumerable own key', { events: [created, hidden({ at: T0 + MINUTE, status: 'pending' }, 'type', 'status')] }],
    ['an instant given by a non-enumerable own key', { events: [created, hidden({ type: 'status', status: 'pending' }, 'at', T0 + MINUTE)] }],
    ['a channel given by a non-enumerable own key', { events: [hidden({ type: 'created', at: T0 }, 'channel', 'email')] }],
    ['a priority given by a non-enumerable own key', { events: [created, hidden({ type: 'priority', at: T0 + MINUTE }, 'priority', 'p1')] }],
    ['the events given by a non-enumerable own key', hidden({}, 'events', [created])],
    ['an id given by a non-enumerable own key', hidden({ events: [created] }, 'id', 'T-1')],
    ['a status from a getter on the prototype (a class instance)', { events: [created, new StatusEvent()] }],
    ['a status inherited from a plain prototype', { events: [created, Object.assign(Object.create({ status: 'pending' }) as object, { type: 'status', at: T0 + MINUTE })] }],
    ['an event that is an array with the keys of a status event', { events: [created, arrayEvent] }],
    ['an event without a prototype', { events: [created, Object.assign(Object.create(null) as object, { type: 'status', at: T0 + MINUTE, status: 'pending' })] }],
    ['a key given as undefined', { events: [created, { type: 'message', at: T0 + MINUTE, author: 'agent', visibility: undefined }] }],
    ['an id given as undefined', { id: undefined, events: [created] }],
  ];
  it.each(cases)('%s: the fast path answers the full reader, or leaves the ticket to it', (_, ticket) => {
    const full = readTicketLogFully(plan, ticket, T0 + 60 * MINUTE);
    const fast = fastReadTicketLog(plan, ticket, T0 + 60 * MINUTE);
    if (fast !== undefined) expect(E.right(fast)).toEqual(full);
    // what the full reader does not see (a hidden or inherited key) the fast path must not read
    if (E.isLeft(full)) expect(fast).toBeUndefined();
  });
  it('a key given as undefined is no key: the fast path reads such a ticket itself', () => {
    for (const [, ticket] of cases.slice(-2)) {
      const fast = fastReadTicketLog(plan, ticket, T0 + 60 * MINUTE);
      expect(fast).toBeDefined();
      expect(E.right(fast)).toEqual(readTicketLogFully(plan, ticket, T0 + 60 * MINUTE));
    }
  });
  it('the full reader reports the keys it cannot see as missing', () => {
    const [first] = cases;
    const full = readTicketLogFully(plan, (first as [string, unknown])[1], T0 + 60 * MINUTE);
    expect(E.isLeft(full) && full.left.map((i) => i.path.join('.'))).toEqual(['events.1.status']);
  });
});
