/**
 * Sorted sets of half-open instant intervals, stored flat: `[o0, c0, o1, c1, …]` with
 * `o_i < c_i < o_{i+1}` (non-empty, disjoint, non-touching). All operations are linear merges.
 * @internal
 */

/**
 * A flat list of boundaries `[open, close, open, close, …]`.
 * @category Errors
 */
export type Boundaries = number[];

/**
 * Sorts and merges arbitrary (possibly overlapping or empty) flat pairs into a normal set.
 * @category Errors
 */
export const normalize = (pairs: readonly number[]): Boundaries => {
  const n = pairs.length / 2;
  const order: number[] = [];
  for (let i = 0; i < n; i++) if ((pairs[2 * i + 1] as number) > (pairs[2 * i] as number)) order.push(i);
  order.sort((x, y) => (pairs[2 * x] as number) - (pairs[2 * y] as number));
  const out: Boundaries = [];
  for (const i of order) {
    const o = pairs[2 * i] as number;
    const c = pairs[2 * i + 1] as number;
    const last = out.length - 1;
    if (last > 0 && o <= (out[last] as number)) {
      if (c > (out[last] as number)) out[last] = c;
    } else {
      out.push(o, c);
    }
  }
  return out;
};

/**
 * Set union of two normal sets.
 * @category Errors
 */
export const unionOf = (a: Boundaries, b: Boundaries): Boundaries => normalize([...a, ...b]);

/**
 * Set intersection of two normal sets.
 * @category Errors
 */
export const intersectionOf = (a: Boundaries, b: Boundaries): Boundaries => {
  const out: Boundaries = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const o = Math.max(a[i] as number, b[j] as number);
    const c = Math.min(a[i + 1] as number, b[j + 1] as number);
    if (o < c) pushMerged(out, o, c);
    if ((a[i + 1] as number) < (b[j + 1] as number)) i += 2;
    else j += 2;
  }
  return out;
};

/**
 * Set difference `a \ b` of two normal sets.
 * @category Errors
 */
export const differenceOf = (a: Boundaries, b: Boundaries): Boundaries => {
  const out: Boundaries = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let o = a[i] as number;
    const c = a[i + 1] as number;
    while (j < b.length && (b[j + 1] as number) <= o) j += 2;
    let k = j;
    while (k < b.length && (b[k] as number) < c) {
      const bo = b[k] as number;
      const bc = b[k + 1] as number;
      if (bo > o) pushMerged(out, o, bo);
      if (bc > o) o = bc;
      if (o >= c) break;
      k += 2;
    }
    if (o < c) pushMerged(out, o, c);
  }
  return out;
};

/**
 * Clips a normal set to `[lo, hi)`.
 * @category Errors
 */
export const clip = (a: Boundaries, lo: number, hi: number): Boundaries => {
  const out: Boundaries = [];
  for (let i = 0; i < a.length; i += 2) {
    const o = Math.max(a[i] as number, lo);
    const c = Math.min(a[i + 1] as number, hi);
    if (o < c) out.push(o, c);
  }
  return out;
};

const pushMerged = (out: Boundaries, o: number, c: number): void => {
  const last = out.length - 1;
  if (last > 0 && o <= (out[last] as number)) {
    if (c > (out[last] as number)) out[last] = c;
  } else out.push(o, c);
};

/**
 * Number of elements of a sorted array that are `<= x` (upper bound).
 * @category Errors
 */
export const upperBound = (arr: ArrayLike<number>, x: number, lo = 0, hi = arr.length): number => {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * Number of elements of a sorted array that are `< x` (lower bound).
 * @category Errors
 */
export const lowerBound = (arr: ArrayLike<number>, x: number, lo = 0, hi = arr.length): number => {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
