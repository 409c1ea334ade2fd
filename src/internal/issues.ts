/**
 * Issues: the one place where validation problems are built.
 *
 * Expected failures (bad input) are values: `Either<Issue[], T>` with every problem collected.
 * Only programmer misuse throws.
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js';
import { IssueCode } from './codes.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * A path into the input that an issue points at, e.g. `['week', 'mon', 0]`.
 * @category Errors
 */
export type IssuePath = (string | number)[];

/**
 * One validation problem: a stable machine code, where it is, and a human message.
 *
 * @example
 * ```ts
 * import { safeParseCalendar } from 'support-sla';
 * const r = safeParseCalendar({ timeZone: 'UTC', week: { mon: ['9-5'] } });
 * if (!r.success) console.log(r.issues[0]); // { code: 'INVALID_INTERVAL', path: ['week', 'mon', 0], message: '…' }
 * ```
 * @category Errors
 */
export interface Issue {
  /** A stable code from {@link IssueCode}, e.g. `'INVALID_TIME_ZONE'`. */
  readonly code: IssueCode;
  /** Where in the input: keys and array indexes, e.g. `['week', 'mon', 0]`. */
  readonly path: IssuePath;
  /** A sentence for humans. */
  readonly message: string;
}

/**
 * The result of a `safeParseX` function.
 *
 * @example
 * ```ts
 * import { safeParseCalendar } from 'support-sla';
 * const r = safeParseCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'] } });
 * if (r.success) console.log(r.value.timeZone); else console.log(r.issues);
 * ```
 * @category Errors
 */
export type SafeParseResult<T> =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The parsed value. */
      readonly value: T;
    }
  | {
      /** The input was not valid. */
      readonly success: false;
      /** Every problem found. */
      readonly issues: Issue[];
    };

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/**
 * Builds an issue.
 * @category Errors
 */
export const issue = (code: IssueCode, path: IssuePath, message: string): Issue => ({ code, path, message });

/**
 * The error `makeX` functions throw when their input is invalid. It carries every issue.
 *
 * @example
 * ```ts
 * import { makeCalendar, InvalidInputError } from 'support-sla';
 * try {
 *   makeCalendar({ timeZone: 'Nowhere', week: {} });
 * } catch (e) {
 *   if (e instanceof InvalidInputError) console.log(e.issues.map((i) => i.code)); // ['INVALID_TIME_ZONE', 'NO_OPEN_TIME']
 * }
 * ```
 * @category Errors
 */
export class InvalidInputError extends Error {
  /** Always `'InvalidInputError'`. */
  override readonly name = 'InvalidInputError';
  /** Every problem found in the input. */
  readonly issues: Issue[];
  constructor(what: string, issues: Issue[]) {
    super(
      `Invalid ${what}: ` +
        issues.map((i) => `${i.path.length > 0 ? i.path.join('.') + ': ' : ''}${i.message} [${i.code}]`).join('; '),
    );
    this.issues = issues;
  }
}

// ---------------------------------------------------------------------------------------------
// Combinators for the parse / safeParse / make triad
// ---------------------------------------------------------------------------------------------

/**
 * Turns an `Either` into the `safeParse` shape.
 * @category Errors
 */
export const toSafe = <T>(result: E.Either<Issue[], T>): SafeParseResult<T> =>
  E.isRight(result) ? { success: true, value: result.right } : { success: false, issues: result.left };

/**
 * Unwraps an `Either`, throwing {@link InvalidInputError} on the left.
 * @category Errors
 */
export const orThrow = <T>(what: string, result: E.Either<Issue[], T>): T => {
  if (E.isLeft(result)) throw new InvalidInputError(what, result.left);
  return result.right;
};

/**
 * Prefixes the path of every issue.
 * @category Errors
 */
export const atPath = (prefix: IssuePath, issues: readonly Issue[]): Issue[] =>
  issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));

/**
 * A short description of a value for messages: `null`, `an array`, `"text"`, `number 42`, `an object`.
 * @category Errors
 */
export const describeValue = (u: unknown): string => {
  // never throws: a revoked proxy fails Array.isArray, a throwing toString fails String()
  try {
    return describeUnsafe(u);
  } catch {
    return 'an unreadable value';
  }
};

const describeUnsafe = (u: unknown): string => {
  if (u === null) return 'null';
  if (Array.isArray(u)) return 'an array';
  // a long string is quoted in part: an issue's message never carries megabytes of input
  if (typeof u === 'string') return u.length > 80 ? `${JSON.stringify(u.slice(0, 40))}… (${u.length} characters)` : JSON.stringify(u);
  if (typeof u === 'symbol') return 'a symbol';
  return typeof u === 'object' ? 'an object' : `${typeof u} ${String(u)}`;
};

/**
 * Adds an `UNKNOWN_KEY` issue for every key of `input` that is not `allowed`.
 * @category Errors
 */
export const checkUnknownKeys = (
  input: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  path: IssuePath,
  issues: Issue[],
): void => {
  for (const key of Object.keys(input)) {
    if (!allowed.has(key)) {
      issues.push(issue(IssueCode.UNKNOWN_KEY, [...path, key], `Unknown key ${JSON.stringify(key)}; expected one of ${[...allowed].join(', ')}.`));
    }
  }
};

/**
 * Is the value a plain object (not null, not an array)?
 * @category Errors
 */
export const isRecord = (u: unknown): u is Record<string, unknown> => {
  if (typeof u !== 'object' || u === null) return false;
  try {
    return !Array.isArray(u);
  } catch {
    return false; // a revoked proxy: not an object that can be read
  }
};
