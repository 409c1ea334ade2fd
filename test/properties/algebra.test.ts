/**
 * Calendar algebra as set algebra on open time (API.md, "Calendars"): union, intersection,
 * difference, and wholeWorkingDays, over random calendars in possibly different zones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  businessMillisBetween,
  difference,
  intersection,
  isBusinessDay,
  isOpenMillis,
  makeCalendar,
  union,
  wholeWorkingDays,
} from '../../src/index.js';
import { ZONES, anchorArb, minuteNear, msNear, show, specAround, type Scenario } from '../support/arbitraries.js';
import { isoDate, localDateOf, RefCalendar, SUITE_OPTIONS } from '../support/reference.js';
import { runs } from '../support/runs.js';

/** Two calendars (any zones) with their overrides, holidays and closures around one anchor. */
const twoCalendars: fc.Arbitrary<[Scenario, Scenario]> = fc
  .tuple(fc.constantFrom(...ZONES), fc.constantFrom(...ZONES))
  .chain(([za, zb]) => anchorArb(za).chain((anchor) => fc.tuple(specAround(za, anchor), specAround(zb, anchor))));

describe('calendar algebra (fast-check)', () => {
  it('isOpen(union(a, b), t) = isOpen(a, t) || isOpen(b, t); intersection &&; difference && !', () => {
    fc.assert(
      fc.property(
        twoCalendars.chain((ab) => fc.tuple(fc.constant(ab), fc.array(msNear(ab[0].anchor, 5), { minLength: 1, maxLength: 15 }))),
        ([[sa, sb], ts]) => {
          const a = makeCalendar(sa.spec);
          const b = makeCalendar(sb.spec);
          const u = union(a, b);
          const i = intersection(a, b);
          const d = difference(a, b);
          for (const t of ts) {
            const oa = isOpenMillis(a, t);
            const ob = isOpenMillis(b, t);
            const where = show(t, sa.spec.timeZone);
            expect(isOpenMillis(u, t), `union ${where}`).toBe(oa || ob);
            expect(isOpenMillis(i, t), `intersection ${where}`).toBe(oa && ob);
            expect(isOpenMillis(d, t), `difference ${where}`).toBe(oa && !ob);
          }
        },
      ),
      runs(200),
    );
  });

  it('business time adds up: between(union) + between(intersection) = between(a) + between(b); between(difference) = between(a) - between(intersection)', () => {
    fc.assert(
      fc.property(
        twoCalendars.chain((ab) => fc.tuple(fc.constant(ab), msNear(ab[0].anchor, 6), msNear(ab[0].anchor, 6))),
        ([[sa, sb], x, y]) => {
          const a = makeCalendar(sa.spec);
          const b = makeCalendar(sb.spec);
          const ba = businessMillisBetween(a, x, y);
          const bb = businessMillisBetween(b, x, y);
          const bi = businessMillisBetween(intersection(a, b), x, y);
          expect(businessMillisBetween(union(a, b), x, y) + bi).toBe(ba + bb);
          expect(businessMillisBetween(difference(a, b), x, y)).toBe(ba - bi);
        },
      ),
      runs(200),
    );
  });

  it("wholeWorkingDays(cal) is open at t iff cal has open time on t's local date (reference walker)", () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...ZONES)
          .chain((z) => anchorArb(z).chain((anchor) => specAround(z, anchor)))
          .chain((s) => fc.tuple(fc.constant(s), fc.array(fc.oneof(msNear(s.anchor, 5), minuteNear(s.anchor, 1)), { minLength: 1, maxLength: 10 }))),
        ([s, ts]) => {
          const cal = makeCalendar(s.spec);
          const whole = wholeWorkingDays(cal);
          const ref = new RefCalendar(s.spec, SUITE_OPTIONS);
          for (const t of ts) {
            const date = localDateOf(s.spec.timeZone, t);
            const expected = ref.isBusinessDay(date);
            expect(isOpenMillis(whole, t), `${show(t, s.spec.timeZone)} on ${isoDate(date)}`).toBe(expected);
            expect(isBusinessDay(cal, t)).toBe(expected);
            expect(isBusinessDay(whole, t)).toBe(expected);
          }
        },
      ),
      runs(200),
    );
  });
});
