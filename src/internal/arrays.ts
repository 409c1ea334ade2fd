/**
 * The arrays of an evaluation (a log's columns, a clock's frames, a cycle's pauses, a ticket's
 * clocks), made without an array literal.
 *
 * V8 decides per allocation site (each array or object literal, each `new Array`) whether the
 * objects made there live long: when most of a site's objects survive young-generation
 * collections, its later objects are made directly in the old generation, which is far slower to
 * allocate into and to collect. A caller that keeps results (the SLA figures of a batch of
 * tickets) keeps the arrays inside them, and every later evaluation would then make its arrays in
 * the old generation: a ticket of one clock took 5.1-5.7 µs instead of 0.6-0.7 µs after 81,920
 * results were kept, and 2.2 µs after one 10,000-event ticket whose columns lived long
 * (`docs/performance.md`). A copy of an array (`slice`) is made by a builtin
 * that has no allocation site; objects are instances of classes, which are not subject to it.
 * @internal
 */

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/** `[x]`, made without an allocation site. */
export const listOf = <T>(x: T): T[] => {
  const a = ONE.slice() as T[];
  a[0] = x;
  return a;
};

/** `[]`, made without an allocation site. */
export const emptyList = <T>(): T[] => NONE.slice() as T[];

/** `list` with `x` added, or `[x]` (made by {@link listOf}) when there is no list yet. */
export const pushTo = <T>(list: T[] | undefined, x: T): T[] => {
  if (list === undefined) return listOf(x);
  list.push(x);
  return list;
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const ONE: unknown[] = [undefined];
const NONE: unknown[] = [];
