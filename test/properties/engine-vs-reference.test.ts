/**
 * The fast path equals the naive reference walker (test/support/reference.ts): the engine's
 * binary searches over its year index against a luxon rebuild of the spec, walked minute by
 * minute. Random calendars and minute-aligned instants around DST transitions and ordinary dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessMillis,
  businessMillisBetween,
  endOfBusinessDay,
  isBusinessDay,
  isOpenMillis,
  makeCalendar,
  nextClosingMillis,
  nextOpeningMillis,
  subtractBusinessMillis,
  type Calendar,
} from '../../src/index.js';
import { MINUTE, minuteNear, minutesFor, msNear, scenarioArb, show, type Scenario } from '../support/arbitraries.js';
import { isoDate, localDateOf, plusDays, RefCalendar, SUITE_OPTIONS } from '../support/reference.js';
import { runs } from '../support/runs.js';

const pair = (s: Scenario): { cal: Calendar; ref: RefCalendar } => ({ cal: makeCalendar(s.spec), ref: new RefCalendar(s.spec, SUITE_OPTIONS) });

describe('engine = reference walker (fast-check)', () => {
  it('isOpen at random instants (to the millisecond)', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.tuple(fc.constant(s), fc.array(msNear(s.anchor, 5), { minLength: 1, maxLength: 20 }))),
        ([s, ts]) => {
          const { cal, ref } = pair(s);
          for (const t of ts) expect(isOpenMillis(cal, t), show(t, s.spec.timeZone)).toBe(ref.isOpen(t));
        },
      ),
      runs(250),
    );
  });

  it('between over random ranges of up to 10 days (minute-aligned), both directions', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.tuple(fc.constant(s), minuteNear(s.anchor, 5), fc.integer({ min: 0, max: 10 * 24 * 60 }), fc.boolean())),
        ([s, a, len, backwards]) => {
          const { cal, ref } = pair(s);
          const b = backwards ? a - len * MINUTE : a + len * MINUTE;
          expect(businessMillisBetween(cal, a, b), `${show(a, s.spec.timeZone)} → ${show(b, s.spec.timeZone)}`).toBe(ref.between(a, b));
        },
      ),
      runs(200),
    );
  });

  it('add (latest and earliest) and subtract of random minute durations, positive and negative', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.tuple(fc.constant(s), minuteNear(s.anchor), minutesFor(s, 48), fc.boolean())),
        ([s, t, m, negative]) => {
          const { cal, ref } = pair(s);
          const d = (negative ? -m : m) * MINUTE;
          const where = `t=${show(t, s.spec.timeZone)} d=${m} min${negative ? ' (negative)' : ''}`;
          expect(addBusinessMillis(cal, t, d), `add ${where}`).toBe(ref.add(t, d));
          expect(addBusinessMillis(cal, t, d, { boundary: 'earliest' }), `addEarliest ${where}`).toBe(ref.addEarliest(t, d));
          expect(subtractBusinessMillis(cal, t, d), `subtract ${where}`).toBe(ref.subtract(t, d));
        },
      ),
      runs(300),
    );
  });

  it('nextOpening and nextClosing', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.tuple(fc.constant(s), minuteNear(s.anchor))),
        ([s, t]) => {
          const { cal, ref } = pair(s);
          expect(nextOpeningMillis(cal, t), show(t, s.spec.timeZone)).toBe(ref.nextOpening(t));
          expect(nextClosingMillis(cal, t), show(t, s.spec.timeZone)).toBe(ref.nextClosing(t));
        },
      ),
      runs(300),
    );
  });

  it('isBusinessDay on the local dates around the anchor', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: -4, max: 7 }))),
        ([s, k]) => {
          const { cal, ref } = pair(s);
          const date = plusDays(localDateOf(s.spec.timeZone, s.anchor), k);
          expect(isBusinessDay(cal, isoDate(date)), isoDate(date)).toBe(ref.isBusinessDay(date));
        },
      ),
      runs(250),
    );
  });

  it('addBusinessDays (n in -3..5) and endOfBusinessDay (n in 0..3)', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.tuple(fc.constant(s), minuteNear(s.anchor, 3), fc.integer({ min: -3, max: 5 }), fc.integer({ min: 0, max: 3 }))),
        ([s, t, n, m]) => {
          const { cal, ref } = pair(s);
          const z = s.spec.timeZone;
          expect(addBusinessDays(cal, t, n).toMillis(), `addBusinessDays ${show(t, z)} n=${n}`).toBe(ref.addBusinessDays(t, n));
          expect(endOfBusinessDay(cal, t, m).toMillis(), `endOfBusinessDay ${show(t, z)} n=${m}`).toBe(ref.endOfBusinessDay(t, m));
        },
      ),
      runs(250),
    );
  });
});

