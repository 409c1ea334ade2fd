/**
 * The year index looks for an instant beside the one it found last before searching (a ticket's
 * clocks ask about nearby instants in a row). Whatever the order of the queries, the answers are
 * those of a calendar asked each question after a query far away (the hint never used).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMillis,
  businessMillisBetween,
  isOpenMillis,
  makeCalendar,
  nextClosingMillis,
  nextOpeningMillis,
  subtractBusinessMillis,
  type Calendar,
} from '../../src/index.js';
import { ZONES, anchorArb, specAround } from '../support/arbitraries.js';
import { runs } from '../support/runs.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Query = { readonly kind: 'open' | 'next' | 'close' | 'add' | 'addEarliest' | 'subtract' | 'between'; readonly at: number; readonly d: number };

const answer = (cal: Calendar, q: Query): number | boolean => {
  switch (q.kind) {
    case 'open':
      return isOpenMillis(cal, q.at);
    case 'next':
      return nextOpeningMillis(cal, q.at);
    case 'close':
      return nextClosingMillis(cal, q.at);
    case 'add':
      return addBusinessMillis(cal, q.at, q.d);
    case 'addEarliest':
      return addBusinessMillis(cal, q.at, q.d, { boundary: 'earliest' });
    case 'subtract':
      return subtractBusinessMillis(cal, q.at, q.d);
    case 'between':
      return businessMillisBetween(cal, q.at, q.at + q.d);
  }
};

/**
 * A query, abstractly: an instant at one of the calendar's boundaries near the anchor (or just
 * beside it, or some minutes away) and a duration of 0, of the open time to another boundary
 * (sums that land exactly on an interval's start), or of some minutes.
 */
const queryArb = fc.record({
  kind: fc.constantFrom<Query['kind']>('open', 'next', 'close', 'add', 'addEarliest', 'subtract', 'between'),
  from: fc.nat(),
  offset: fc.oneof(fc.constantFrom(0, 0, -1, 1, -15 * MINUTE, 15 * MINUTE), fc.integer({ min: -24 * 60, max: 24 * 60 }).map((m) => m * MINUTE)),
  to: fc.nat(),
  d: fc.oneof(fc.constant(-1), fc.constant(0), fc.integer({ min: 0, max: 30 * 60 }).map((m) => m * MINUTE)),
});

/** The calendar's openings and closings from two days before the anchor to five days after. */
const boundariesNear = (cal: Calendar, anchor: number): number[] => {
  const out: number[] = [anchor];
  let t = anchor - 2 * 24 * HOUR;
  try {
    for (let i = 0; i < 40 && t < anchor + 5 * 24 * HOUR; i++) {
      const open = nextOpeningMillis(cal, t);
      const close = nextClosingMillis(cal, open);
      out.push(open, close);
      t = close;
    }
  } catch {
    // no open time within the search horizon: the anchor alone
  }
  return out;
};

describe('the year index search beside the last answer', () => {
  it('queries in a row give the answers of queries each made after a far one', () => {
    const scenario = fc
      .constantFrom(...ZONES)
      .chain((zone) => anchorArb(zone).chain((anchor) => fc.tuple(specAround(zone, anchor), fc.array(queryArb, { minLength: 1, maxLength: 25 }))));
    fc.assert(
      fc.property(scenario, ([s, abstract]) => {
        const inRow = makeCalendar(s.spec);
        const apart = makeCalendar(s.spec);
        const near = boundariesNear(apart, s.anchor);
        const far = s.anchor + 400 * 24 * HOUR;
        for (const a of abstract) {
          const at = (near[a.from % near.length] as number) + a.offset;
          const other = near[a.to % near.length] as number;
          // -1: the open time from `at` to another boundary (for a subtraction, from it to `at`)
          const d = a.d >= 0 ? a.d : Math.abs(businessMillisBetween(apart, Math.min(at, other), Math.max(at, other)));
          const q: Query = { kind: a.kind, at, d };
          // the calendar asked apart has just answered about an instant a year away
          isOpenMillis(apart, far);
          const expected = (() => {
            try {
              return answer(apart, q);
            } catch (e) {
              return (e as Error).message;
            }
          })();
          const got = (() => {
            try {
              return answer(inRow, q);
            } catch (e) {
              return (e as Error).message;
            }
          })();
          expect(got).toEqual(expected);
        }
      }),
      runs(150),
    );
  });

  it('a query two boundaries on, one back, and the same instant again', () => {
    const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:00-12:00', '13:00-17:00'], tue: ['09:00-17:00'] } });
    const mon = Date.UTC(2025, 5, 2, 6); // Monday 09:00 in Athens
    expect(isOpenMillis(cal, mon)).toBe(true); // rank 1
    expect(isOpenMillis(cal, mon + 4.5 * HOUR)).toBe(true); // 13:30, two boundaries on
    expect(isOpenMillis(cal, mon + 3.5 * HOUR)).toBe(false); // 12:30, one back
    expect(isOpenMillis(cal, mon + 3.5 * HOUR)).toBe(false); // the same again
    expect(businessMillisBetween(cal, mon, mon + 8 * HOUR)).toBe(7 * HOUR);
    expect(addBusinessMillis(cal, mon + 2 * HOUR, 2 * HOUR)).toBe(mon + 5 * HOUR); // 11:00 + 2 h, over lunch
    expect(addBusinessMillis(cal, mon + 2 * HOUR, HOUR, { boundary: 'earliest' })).toBe(mon + 3 * HOUR);
    expect(addBusinessMillis(cal, mon + 2 * HOUR, HOUR)).toBe(mon + 4 * HOUR); // latest: after lunch
  });
});
