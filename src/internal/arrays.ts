/**
 * Arrays that may live long, made without an array literal: those results keep (a cycle's
 * pauses, a ticket's clocks) and a log's columns (a 10,000-event ticket's live through its whole
 * evaluation).
 *
 * V8 decides per allocation site (each array or object literal) whether the objects made there
 * live long: when most of them survive young-generation collections, the site's later objects
 * are made directly in the old generation, which is far slower to allocate into and to collect.
 * A caller that keeps results keeps the arrays in them: after 81,920 kept results, a 1-clock
 * ticket took 5.1-5.7 µs instead of 0.6-0.7; after a 10,000-event ticket, 2.1-2.4 µs
 * (`docs/performance.md`). A copy (`slice`) is made by a builtin that has no allocation site.
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

/**
 * Empty arrays to copy (`EMPTY_NUMBERS.slice()`), never changed themselves: of the elements kinds
 * of the arrays they become, numbers that are not small integers (epoch ms) and small integers,
 * so that filling a copy changes no kind (a change of kind makes every later push slow).
 */
export const EMPTY_NUMBERS: readonly number[] = [0.5].slice(1);
export const EMPTY_INTEGERS: readonly number[] = [0].slice(1);

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/** Copied, never changed; its elements kind is that of objects, which its copies keep. */
const ONE: unknown[] = [undefined];
