/**
 * Duration sketches: the mergeable summary behind a report's median, p90 and max.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketBounds,
  bucketOf,
  durationSketchOf,
  EMPTY_DURATION_SKETCH,
  mergeDurationSketches,
  SKETCH_RELATIVE_ERROR,
  sketchMedianMs,
  sketchP90Ms,
  sketchQuantileMs,
} from '../../src/compliance/sketch.js';

const HOUR = 3_600_000;
/** Durations a clock can show: 0 ms to 2 years, with a bias to small ones. */
const duration = fc.oneof(
  fc.integer({ min: 0, max: 1_000 }),
  fc.integer({ min: 0, max: 48 * HOUR }),
  fc.integer({ min: 0, max: 2 * 366 * 24 * HOUR }),
);
const durations = fc.array(duration, { minLength: 0, maxLength: 200 });

/** The exact nearest-rank quantile: the ceil(q·n)-th smallest. */
const exactRank = (xs: number[], rank: number): number => [...xs].sort((a, b) => a - b)[rank - 1] as number;

describe('bucket layout', () => {
  it('durations below 256 ms are exact (one bucket per millisecond)', () => {
    for (let ms = 0; ms < 256; ms++) {
      expect(bucketOf(ms)).toBe(ms);
      expect(bucketBounds(ms)).toEqual([ms, ms]);
    }
  });

  it('every duration lies within the bounds of its bucket, and buckets are contiguous and ordered', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), (ms) => {
        const b = bucketOf(ms);
        const [lo, hi] = bucketBounds(b);
        expect(lo).toBeLessThanOrEqual(ms);
        expect(ms).toBeLessThanOrEqual(hi);
        // the next bucket starts right after this one
        expect(bucketBounds(b + 1)[0]).toBe(hi + 1);
        // a bucket is at most 1/128 of its lower bound wide
        expect(hi - lo + 1).toBeLessThanOrEqual(Math.max(1, lo / 128));
      }),
    );
  });

  it('is monotone across powers of two (the integer log needs no Math.log)', () => {
    for (let e = 8; e < 46; e++) {
      const p = 2 ** e;
      expect(bucketOf(p - 1)).toBe(bucketOf(p) - 1);
      expect(bucketBounds(bucketOf(p))[0]).toBe(p);
    }
  });
});

describe('quantiles', () => {
  it(`a quantile is within ${SKETCH_RELATIVE_ERROR} relative error of the exact nearest-rank sample; max and min are exact`, () => {
    fc.assert(
      fc.property(durations.filter((xs) => xs.length > 0), fc.double({ min: 0.01, max: 1, noNaN: true }), (xs, q) => {
        const s = durationSketchOf(xs);
        const n = xs.length;
        const check = (estimate: number | null, rank: number): void => {
          const exact = exactRank(xs, rank);
          expect(estimate).not.toBeNull();
          expect(Math.abs((estimate as number) - exact)).toBeLessThanOrEqual(exact * SKETCH_RELATIVE_ERROR);
        };
        check(sketchMedianMs(s), Math.ceil(n / 2));
        check(sketchP90Ms(s), Math.ceil((9 * n) / 10));
        check(sketchQuantileMs(s, q), Math.max(1, Math.ceil(q * n - 1e-9)));
        expect(s.maxMs).toBe(Math.max(...xs));
        expect(s.minMs).toBe(Math.min(...xs));
        expect(sketchQuantileMs(s, 1)).toBe(Math.max(...xs));
        expect(s.count).toBe(n);
      }),
    );
  });

  it('reads the nearest rank: median of 1..10 min is the 5th, p90 the 9th', () => {
    const s = durationSketchOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => m * 60_000));
    expect(Math.abs((sketchMedianMs(s) as number) - 300_000)).toBeLessThanOrEqual(300_000 / 256);
    expect(Math.abs((sketchP90Ms(s) as number) - 540_000)).toBeLessThanOrEqual(540_000 / 256);
  });

  it('an empty sketch has no quantiles', () => {
    expect(sketchMedianMs(EMPTY_DURATION_SKETCH)).toBeNull();
    expect(sketchP90Ms(EMPTY_DURATION_SKETCH)).toBeNull();
    expect(sketchQuantileMs(EMPTY_DURATION_SKETCH, 0.5)).toBeNull();
  });

  it('a q outside (0, 1] is a programmer error', () => {
    expect(() => sketchQuantileMs(EMPTY_DURATION_SKETCH, 0)).toThrow(RangeError);
    expect(() => sketchQuantileMs(EMPTY_DURATION_SKETCH, 1.5)).toThrow(RangeError);
  });
});

describe('merging sketches', () => {
  it('the sketch of all durations equals the merge of the sketches of a split', () => {
    fc.assert(
      fc.property(durations, durations, (xs, ys) => {
        expect(mergeDurationSketches(durationSketchOf(xs), durationSketchOf(ys))).toEqual(durationSketchOf([...xs, ...ys]));
      }),
    );
  });

  it('is commutative and associative, with the empty sketch as identity', () => {
    fc.assert(
      fc.property(durations, durations, durations, (xs, ys, zs) => {
        const [a, b, c] = [durationSketchOf(xs), durationSketchOf(ys), durationSketchOf(zs)];
        expect(mergeDurationSketches(a, b)).toEqual(mergeDurationSketches(b, a));
        expect(mergeDurationSketches(mergeDurationSketches(a, b), c)).toEqual(mergeDurationSketches(a, mergeDurationSketches(b, c)));
        expect(mergeDurationSketches(a, EMPTY_DURATION_SKETCH)).toEqual(a);
      }),
    );
  });

  it('survives JSON (a sketch is plain data)', () => {
    const s = durationSketchOf([5, 500, 5_000_000, 86_400_000]);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
