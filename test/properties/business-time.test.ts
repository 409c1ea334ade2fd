/**
 * Invariants of business-time arithmetic (API.md, "Business-time queries") over random calendars
 * (random zones, split, overnight and 24:00 shifts, overrides, closures, `{ dates }` holidays)
 * and random instants, at millisecond resolution, around DST transitions and ordinary dates.
 *
 * Exact statements derived from API.md (for d ≥ 0, business(x, y) = businessMillisBetween):
 * - add (latest) u: the LATEST u ≥ t with business(t, u) ≤ d. So business(t, u) = d, u is open
 *   (an opening at the latest), and business(t, u + 1) > d.
 * - add (earliest) u, d > 0: the EARLIEST u with business(t, u) ≥ d. So business(t, u) = d, u is
 *   open or a closing instant, and business(t, u - 1) < d.
 * - subtract u, d > 0: the latest u ≤ t, open or closing, with business(u, t) ≥ d. So
 *   business(u, t) = d and u is open (landing on an opening returns it).
 *   subtract with d = 0: t when t is open or a closing instant, else the previous closing.
 * - Round trips (the "snapping" of the issue): business(t, ·) is flat on closed time, so
 *   subtract(add(t, d), d) = nextOpening(t) and add(subtract(t, d), d) = nextOpening(t) for every
 *   d ≥ 0, and addEarliest(subtract(t, d), d) = subtract(t, 0) for d > 0. In particular
 *   subtract(add(t, d), d) ≥ t (not ≤ t) with business(t, subtract(add(t, d), d)) = 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMillis,
  businessMillisBetween,
  makeCalendar,
  nextClosingMillis,
  nextOpeningMillis,
  isOpenMillis,
  subtractBusinessMillis,
  type Calendar,
} from '../../src/index.js';
import { MINUTE, minutesFor, msNear, scenarioArb, type Scenario } from '../support/arbitraries.js';
import { runs } from '../support/runs.js';

const calendars = new WeakMap<Scenario, Calendar>();
const calOf = (s: Scenario): Calendar => {
  let cal = calendars.get(s);
  if (cal === undefined) {
    cal = makeCalendar(s.spec);
    calendars.set(s, cal);
  }
  return cal;
};

/** A scenario, an instant near its anchor and a duration in ms (whole minutes plus any ms). */
const withInstantAndDuration = scenarioArb.chain((s) =>
  fc.record({
    s: fc.constant(s),
    t: msNear(s.anchor),
    d: fc.tuple(minutesFor(s), fc.integer({ min: 0, max: MINUTE - 1 }), fc.boolean()).map(([m, ms, whole]) => m * MINUTE + (whole ? 0 : ms)),
  }),
);

const earliest = { boundary: 'earliest' } as const;

describe('business-time invariants (fast-check)', () => {
  it('between(t, add(t, d)) = d, and add is the LATEST such instant (open: one more ms is too much)', () => {
    fc.assert(
      fc.property(withInstantAndDuration, ({ s, t, d }) => {
        const cal = calOf(s);
        const u = addBusinessMillis(cal, t, d);
        expect(u).toBeGreaterThanOrEqual(t);
        expect(businessMillisBetween(cal, t, u)).toBe(d);
        expect(isOpenMillis(cal, u)).toBe(true);
        expect(nextOpeningMillis(cal, u)).toBe(u);
        expect(businessMillisBetween(cal, t, u + 1)).toBe(d + 1);
      }),
      runs(400),
    );
  });

  it("between(t, add(t, d, 'earliest')) = d, and it is the EARLIEST such instant (open or a closing instant)", () => {
    fc.assert(
      fc.property(withInstantAndDuration, ({ s, t, d }) => {
        const cal = calOf(s);
        const u = addBusinessMillis(cal, t, d, earliest);
        expect(u).toBeGreaterThanOrEqual(t);
        expect(businessMillisBetween(cal, t, u)).toBe(d);
        if (d === 0) expect(u).toBe(t);
        else {
          expect(isOpenMillis(cal, u) || isOpenMillis(cal, u - 1)).toBe(true);
          expect(businessMillisBetween(cal, t, u - 1)).toBe(d - 1);
        }
        // earliest ≤ latest, with nothing open between them
        const latest = addBusinessMillis(cal, t, d);
        expect(u).toBeLessThanOrEqual(latest);
        expect(businessMillisBetween(cal, u, latest)).toBe(0);
      }),
      runs(400),
    );
  });

  it('between is additive and antisymmetric: between(a, b) + between(b, c) = between(a, c), between(a, b) = -between(b, a)', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.tuple(fc.constant(s), msNear(s.anchor, 6), msNear(s.anchor, 6), msNear(s.anchor, 6))),
        ([s, a, b, c]) => {
          const cal = calOf(s);
          const ab = businessMillisBetween(cal, a, b);
          expect(ab + businessMillisBetween(cal, b, c)).toBe(businessMillisBetween(cal, a, c));
          expect(businessMillisBetween(cal, b, a)).toBe(0 - ab);
          expect(Math.abs(ab)).toBeLessThanOrEqual(Math.abs(b - a));
          expect(businessMillisBetween(cal, a, a)).toBe(0);
        },
      ),
      runs(400),
    );
  });

  it('add is monotonic in t and in d (latest and earliest)', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) =>
          fc.record({ s: fc.constant(s), t1: msNear(s.anchor), t2: msNear(s.anchor), d1: minutesFor(s), d2: minutesFor(s), ms: fc.integer({ min: 0, max: MINUTE }) }),
        ),
        ({ s, t1, t2, d1, d2, ms }) => {
          const cal = calOf(s);
          const [ta, tb] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const [da, db] = d1 <= d2 ? [d1 * MINUTE, d2 * MINUTE + ms] : [d2 * MINUTE, d1 * MINUTE + ms];
          expect(addBusinessMillis(cal, ta, da)).toBeLessThanOrEqual(addBusinessMillis(cal, tb, da));
          expect(addBusinessMillis(cal, ta, da, earliest)).toBeLessThanOrEqual(addBusinessMillis(cal, tb, da, earliest));
          expect(addBusinessMillis(cal, ta, da)).toBeLessThanOrEqual(addBusinessMillis(cal, ta, db));
          expect(addBusinessMillis(cal, ta, da, earliest)).toBeLessThanOrEqual(addBusinessMillis(cal, ta, db, earliest));
          if (db > da) expect(addBusinessMillis(cal, ta, da)).toBeLessThan(addBusinessMillis(cal, ta, db, earliest));
          expect(subtractBusinessMillis(cal, ta, db)).toBeLessThanOrEqual(subtractBusinessMillis(cal, ta, da));
          expect(subtractBusinessMillis(cal, ta, da)).toBeLessThanOrEqual(subtractBusinessMillis(cal, tb, da));
        },
      ),
      runs(300),
    );
  });

  it('subtract: the latest u ≤ t, open or a closing instant, with business(u, t) ≥ d (exactly d; 0 from closed time → previous closing)', () => {
    fc.assert(
      fc.property(withInstantAndDuration, ({ s, t, d }) => {
        const cal = calOf(s);
        const u = subtractBusinessMillis(cal, t, d);
        expect(u).toBeLessThanOrEqual(t);
        expect(businessMillisBetween(cal, u, t)).toBe(d);
        if (d > 0) {
          expect(isOpenMillis(cal, u)).toBe(true);
          expect(businessMillisBetween(cal, u + 1, t)).toBe(d - 1);
        } else if (isOpenMillis(cal, t) || isOpenMillis(cal, t - 1)) {
          expect(u).toBe(t);
        } else {
          // the previous closing: closed, open just before, and closed all the way to t
          expect(isOpenMillis(cal, u)).toBe(false);
          expect(isOpenMillis(cal, u - 1)).toBe(true);
          expect(nextOpeningMillis(cal, u)).toBeGreaterThan(t);
        }
      }),
      runs(400),
    );
  });

  it('subtract inverts add up to snapping: subtract(add(t, d), d) = nextOpening(t) = add(subtract(t, d), d); addEarliest(subtract(t, d), d) = subtract(t, 0) for d > 0 (the closing before t when t is an opening)', () => {
    fc.assert(
      fc.property(withInstantAndDuration, ({ s, t, d }) => {
        const cal = calOf(s);
        const open = nextOpeningMillis(cal, t);
        const back = subtractBusinessMillis(cal, addBusinessMillis(cal, t, d), d);
        expect(back).toBe(open);
        expect(back).toBeGreaterThanOrEqual(t);
        expect(businessMillisBetween(cal, t, back)).toBe(0);
        const sub = subtractBusinessMillis(cal, t, d);
        expect(addBusinessMillis(cal, sub, d)).toBe(open);
        // the earliest instant d after sub is the first point of zero business time before t
        // that is open or a closing: t itself, unless t is an opening, then the closing before it
        const atOpening = isOpenMillis(cal, t) && !isOpenMillis(cal, t - 1);
        if (d > 0) expect(addBusinessMillis(cal, sub, d, earliest)).toBe(subtractBusinessMillis(cal, atOpening ? t - 1 : t, 0));
      }),
      runs(400),
    );
  });

  it('a negative duration subtracts: add(t, -d) = subtract(t, d) (both boundaries), subtract(t, -d) = add(t, d)', () => {
    fc.assert(
      fc.property(withInstantAndDuration, ({ s, t, d }) => {
        const cal = calOf(s);
        if (d === 0) return;
        expect(addBusinessMillis(cal, t, -d)).toBe(subtractBusinessMillis(cal, t, d));
        expect(addBusinessMillis(cal, t, -d, earliest)).toBe(subtractBusinessMillis(cal, t, d));
        expect(subtractBusinessMillis(cal, t, -d)).toBe(addBusinessMillis(cal, t, d));
      }),
      runs(200),
    );
  });

  it('nextOpening and nextClosing bracket the open interval at or after t', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.tuple(fc.constant(s), msNear(s.anchor))),
        ([s, t]) => {
          const cal = calOf(s);
          const o = nextOpeningMillis(cal, t);
          const c = nextClosingMillis(cal, t);
          expect(o).toBeGreaterThanOrEqual(t);
          expect(isOpenMillis(cal, o)).toBe(true);
          if (o > t) expect(isOpenMillis(cal, o - 1)).toBe(false);
          expect(businessMillisBetween(cal, t, o)).toBe(0);
          expect(c).toBeGreaterThan(o);
          expect(isOpenMillis(cal, c)).toBe(false);
          expect(businessMillisBetween(cal, o, c)).toBe(c - o);
        },
      ),
      runs(400),
    );
  });
});
