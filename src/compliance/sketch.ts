/**
 * Duration sketches: a mergeable summary of many durations (the elapsed business time of
 * completed clocks), from which the median, the 90th percentile and the maximum are read.
 *
 * A sketch is a log-linear histogram on integer milliseconds (the HDR-histogram layout with 7
 * sub-bucket bits): durations below 256 ms have a bucket each; above, every power of two is cut
 * into 128 equal buckets. A bucket's index is computed with integer arithmetic only (no
 * logarithm), so the same duration lands in the same bucket on every machine and runtime.
 * Merging adds the counts of equal buckets: it is exactly associative and commutative, and a
 * sketch of all durations equals the merge of the sketches of any split of them.
 *
 * Error bound: a quantile is the nearest-rank sample (the `ceil(q × n)`-th smallest duration),
 * reported as the middle of its bucket clamped to the exact minimum and maximum (the smallest and
 * largest ranks are the exact minimum and maximum). Its relative
 * error is at most 1/256 (0.39 %): within 14 s of a 1-hour median, 5.6 min of a 1-day one. The
 * minimum, the maximum and the count are exact.
 */

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * A mergeable summary of durations (plain JSON data: it survives `JSON.stringify`,
 * `structuredClone` and a worker's `postMessage` unchanged).
 *
 * @example
 * ```ts
 * import { durationSketchOf, sketchQuantileMs } from 'support-sla';
 * const s = durationSketchOf([60_000, 120_000, 3_600_000]);
 * console.log(s.count, s.maxMs, sketchQuantileMs(s, 0.5)); // 3 3600000 120064 (120000 within 0.4 %)
 * ```
 */
export interface DurationSketch {
  /** Number of durations summarised. */
  readonly count: number;
  /** The smallest duration, exact (`null` when empty). */
  readonly minMs: number | null;
  /** The largest duration, exact (`null` when empty). */
  readonly maxMs: number | null;
  /** `[bucket index, count]` pairs, ascending by index, counts > 0. */
  readonly buckets: readonly (readonly [number, number])[];
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/** The relative error bound of a quantile read from a {@link DurationSketch}: 1/256. */
export const SKETCH_RELATIVE_ERROR = 1 / 256;

/** The sketch of no durations. */
export const EMPTY_DURATION_SKETCH: DurationSketch = Object.freeze({ count: 0, minMs: null, maxMs: null, buckets: Object.freeze([]) });

/**
 * The sketch of some durations in milliseconds (negative ones count as 0, fractions are floored).
 *
 * @example
 * ```ts
 * import { durationSketchOf } from 'support-sla';
 * console.log(durationSketchOf([1_000, 2_000]).count); // 2
 * ```
 */
export const durationSketchOf = (durationsMs: Iterable<number>): DurationSketch => {
  const acc = new SketchAccumulator();
  for (const d of durationsMs) acc.add(d);
  return acc.toSketch();
};

/**
 * Merges two sketches: exactly associative and commutative (counts of equal buckets add).
 *
 * @example
 * ```ts
 * import { durationSketchOf, mergeDurationSketches } from 'support-sla';
 * const m = mergeDurationSketches(durationSketchOf([1_000]), durationSketchOf([5_000]));
 * console.log(m.count, m.minMs, m.maxMs); // 2 1000 5000
 * ```
 */
export const mergeDurationSketches = (a: DurationSketch, b: DurationSketch): DurationSketch => {
  if (b.count === 0) return a;
  if (a.count === 0) return b;
  const out: [number, number][] = [];
  const x = a.buckets;
  const y = b.buckets;
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    const p = x[i];
    const q = y[j];
    if (q === undefined || (p !== undefined && p[0] < q[0])) {
      out.push([p![0], p![1]]);
      i++;
    } else if (p === undefined || q[0] < p[0]) {
      out.push([q[0], q[1]]);
      j++;
    } else {
      out.push([p[0], p[1] + q[1]]);
      i++;
      j++;
    }
  }
  return {
    count: a.count + b.count,
    minMs: Math.min(a.minMs as number, b.minMs as number),
    maxMs: Math.max(a.maxMs as number, b.maxMs as number),
    buckets: out,
  };
};

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * The `q`-quantile (0 < q ≤ 1) of a sketch by nearest rank: the `ceil(q × count)`-th smallest
 * duration, within {@link SKETCH_RELATIVE_ERROR} of the exact one; `null` for an empty sketch.
 * `q = 1` is the exact maximum.
 *
 * @example
 * ```ts
 * import { durationSketchOf, sketchQuantileMs } from 'support-sla';
 * const s = durationSketchOf([10, 20, 30, 40]);
 * console.log(sketchQuantileMs(s, 0.5), sketchQuantileMs(s, 0.9)); // 20 40
 * ```
 */
export const sketchQuantileMs = (sketch: DurationSketch, q: number): number | null => {
  if (!(q > 0 && q <= 1)) throw new RangeError(`sketchQuantileMs: q must be in (0, 1], got ${q}.`);
  if (sketch.count === 0) return null;
  // ceil(q × n), immune to the last-bit error of q × n (0.1 × 30 = 3.0000000000000004)
  const rank = Math.max(1, Math.ceil(q * sketch.count * (1 - 1e-12)));
  return quantileAtRank(sketch, rank);
};

/** The median (nearest rank, the `ceil(n / 2)`-th smallest), or `null` when empty. */
export const sketchMedianMs = (sketch: DurationSketch): number | null =>
  sketch.count === 0 ? null : quantileAtRank(sketch, Math.floor((sketch.count + 1) / 2));

/** The 90th percentile (nearest rank, the `ceil(9n / 10)`-th smallest), or `null` when empty. */
export const sketchP90Ms = (sketch: DurationSketch): number | null =>
  sketch.count === 0 ? null : quantileAtRank(sketch, Math.floor((9 * sketch.count + 9) / 10));

/** The bucket a duration (integer ms ≥ 0) falls in. Integer arithmetic only. @internal */
export const bucketOf = (ms: number): number => {
  if (ms < EXACT_LIMIT) return ms;
  const shift = floorLog2(ms) - SUB_BITS; // ≥ 1
  const sub = Math.floor(ms / 2 ** shift); // in [128, 256)
  return EXACT_LIMIT + (shift - 1) * SUB_COUNT + (sub - SUB_COUNT);
};

/** The smallest and largest integer durations of a bucket. @internal */
export const bucketBounds = (index: number): readonly [number, number] => {
  if (index < EXACT_LIMIT) return [index, index];
  const j = index - EXACT_LIMIT;
  const shift = Math.floor(j / SUB_COUNT) + 1;
  const sub = (j % SUB_COUNT) + SUB_COUNT;
  const width = 2 ** shift;
  return [sub * width, sub * width + width - 1];
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const SUB_BITS = 7;
const SUB_COUNT = 2 ** SUB_BITS; // 128 buckets per power of two
const EXACT_LIMIT = 2 * SUB_COUNT; // below 256 ms, one bucket per millisecond
const TWO_32 = 2 ** 32;

const floorLog2 = (v: number): number =>
  v < TWO_32 ? 31 - Math.clz32(v) : 63 - Math.clz32(Math.floor(v / TWO_32));

/** The middle of the bucket holding the `rank`-th smallest duration, clamped to [min, max] (the first and last ranks are exact). */
const quantileAtRank = (sketch: DurationSketch, rank: number): number => {
  if (rank >= sketch.count) return sketch.maxMs as number;
  if (rank <= 1) return sketch.minMs as number;
  let seen = 0;
  for (const [index, count] of sketch.buckets) {
    seen += count;
    if (seen >= rank) {
      const [lo, hi] = bucketBounds(index);
      const mid = lo + Math.floor((hi - lo + 1) / 2);
      return Math.min(Math.max(mid, sketch.minMs as number), sketch.maxMs as number);
    }
  }
  return sketch.maxMs as number;
};

/** A mutable sketch for accumulation (one `Map` of bucket counts). @internal */
export class SketchAccumulator {
  private readonly counts = new Map<number, number>();
  count = 0;
  min = Infinity;
  max = -Infinity;

  add(durationMs: number): void {
    const ms = durationMs > 0 ? Math.floor(durationMs) : 0;
    const b = bucketOf(ms);
    this.counts.set(b, (this.counts.get(b) ?? 0) + 1);
    this.count++;
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
  }

  toSketch(): DurationSketch {
    if (this.count === 0) return EMPTY_DURATION_SKETCH;
    const buckets = [...this.counts].sort((p, q) => p[0] - q[0]);
    return { count: this.count, minMs: this.min, maxMs: this.max, buckets };
  }
}
