/**
 * Field readers: the one way a parser in `src/` reads untrusted input.
 *
 * Grammar (see docs/architecture.md): `parseX` returns an `Either`, `readX` collects into an
 * issue list and returns the value or `undefined`, `assertX` throws, `toX` converts, `isX` is a
 * guard. Every reader here takes `(input, path, issues)` and never throws, whatever the input
 * is (throwing getters and revoked proxies included): it pushes an {@link Issue} with the path
 * and returns `undefined`. A parser reads every field, then decides once with {@link finish}, so
 * ALL issues are reported in one pass.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * const rec = readRecord(input, [], issues, ['id', 'hours']);
 * const id = rec && readRequired(rec, 'id', [], issues, readString);
 * const hours = rec && readOptional(rec, 'hours', [], issues, readDurationMillis); // from time/instant
 * return finish(issues, () => ({ id: id!, hours }));
 * ```
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js';
import { describeValue, issue, isRecord, type Issue, type IssuePath } from './issues.js';
import { IssueCode } from './codes.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * A reader of one value: the value, or `undefined` with issues pushed.
 * @category Errors
 */
export type Reader<T> = (input: unknown, path: IssuePath, issues: Issue[]) => T | undefined;

/**
 * Options of {@link readFiniteNumber}.
 * @category Errors
 */
export interface ReadNumberOptions {
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** The code used for a number out of range (default `NOT_A_NUMBER`). */
  readonly code?: IssueCode;
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/**
 * `E.right(build())` when no issue was collected, else `E.left(issues)`.
 * @category Errors
 */
export const finish = <T>(issues: Issue[], build: () => T): E.Either<Issue[], T> =>
  issues.length > 0 ? E.left(issues) : E.right(build());

// ---------------------------------------------------------------------------------------------
// Readers
// ---------------------------------------------------------------------------------------------

/**
 * A plain object, its unknown keys reported as `UNKNOWN_KEY` when `allowed` is given. The
 * returned record is a snapshot of the own enumerable fields (read once, getters run once,
 * a throwing getter is an issue), so later reads cannot throw.
 * @category Errors
 */
export const readRecord = (
  input: unknown,
  path: IssuePath,
  issues: Issue[],
  allowed?: readonly string[],
): Record<string, unknown> | undefined => {
  if (!holds(isRecord, input)) {
    issues.push(issue(IssueCode.NOT_AN_OBJECT, path, `Expected an object, got ${safeDescribe(input)}.`));
    return undefined;
  }
  const snapshot: Record<string, unknown> = {};
  let keys: string[];
  try {
    keys = Object.keys(input as object);
  } catch (e) {
    issues.push(issue(IssueCode.UNREADABLE_VALUE, path, `The object cannot be read: ${errorText(e)}.`));
    return undefined;
  }
  for (const key of keys) {
    try {
      // defined, never assigned: an own key `__proto__` must not become the snapshot's prototype
      Object.defineProperty(snapshot, key, { value: (input as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
    } catch (e) {
      issues.push(issue(IssueCode.UNREADABLE_VALUE, [...path, key], `The field cannot be read: ${errorText(e)}.`));
    }
  }
  if (allowed !== undefined) {
    const set = new Set(allowed);
    for (const key of keys) {
      if (!set.has(key)) {
        issues.push(issue(IssueCode.UNKNOWN_KEY, [...path, key], `Unknown key ${JSON.stringify(key)}; expected one of ${allowed.join(', ')}.`));
      }
    }
  }
  return snapshot;
};

/**
 * An array (a snapshot of its items); at most `maxLength` items (default 1,000,000).
 * @category Errors
 */
export const readArray = (
  input: unknown,
  path: IssuePath,
  issues: Issue[],
  options: { readonly minLength?: number; readonly maxLength?: number } = {},
): unknown[] | undefined => {
  if (!holds(Array.isArray, input)) {
    issues.push(issue(IssueCode.NOT_AN_ARRAY, path, `Expected an array, got ${safeDescribe(input)}.`));
    return undefined;
  }
  const arr = input as unknown[];
  let length: number;
  try {
    length = arr.length; // a proxy's get trap may throw
  } catch (e) {
    issues.push(issue(IssueCode.UNREADABLE_VALUE, path, `The array cannot be read: ${errorText(e)}.`));
    return undefined;
  }
  const max = options.maxLength ?? 1_000_000;
  if (length > max) {
    issues.push(issue(IssueCode.TOO_LARGE, path, `At most ${max} items, got ${length}.`));
    return undefined;
  }
  if (options.minLength !== undefined && length < options.minLength) {
    issues.push(issue(IssueCode.TOO_FEW_ITEMS, path, `Expected at least ${options.minLength} item(s), got ${length}.`));
    return undefined;
  }
  const out: unknown[] = new Array(length);
  for (let i = 0; i < length; i++) {
    try {
      out[i] = arr[i];
    } catch (e) {
      issues.push(issue(IssueCode.UNREADABLE_VALUE, [...path, i], `The item cannot be read: ${errorText(e)}.`));
    }
  }
  return out;
};

/**
 * A string (else `NOT_A_STRING`), non-empty unless `allowEmpty` (else `EMPTY_STRING`), at most
 * `maxLength` characters (default 10,000; else `TOO_LARGE`).
 * @category Errors
 */
export const readString = (
  input: unknown,
  path: IssuePath,
  issues: Issue[],
  options: { readonly allowEmpty?: boolean; readonly maxLength?: number } = {},
): string | undefined => {
  if (typeof input !== 'string') {
    issues.push(issue(IssueCode.NOT_A_STRING, path, `Expected a string, got ${safeDescribe(input)}.`));
    return undefined;
  }
  if (!options.allowEmpty && input.length === 0) {
    issues.push(issue(IssueCode.EMPTY_STRING, path, 'Expected a non-empty string.'));
    return undefined;
  }
  const max = options.maxLength ?? 10_000;
  if (input.length > max) {
    issues.push(issue(IssueCode.TOO_LARGE, path, `At most ${max} characters, got ${input.length}.`));
    return undefined;
  }
  return input;
};

/**
 * One of `values`; otherwise an issue with `code` (default `INVALID_ENUM`) listing them.
 * @category Errors
 */
export const readEnum = <T extends string>(
  input: unknown,
  values: readonly T[],
  path: IssuePath,
  issues: Issue[],
  code: IssueCode = IssueCode.INVALID_ENUM,
): T | undefined => {
  if (typeof input === 'string' && (values as readonly string[]).includes(input)) return input as T;
  issues.push(issue(code, path, `Expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${safeDescribe(input)}.`));
  return undefined;
};

/**
 * A finite number, optionally an integer within `[min, max]`.
 * @category Errors
 */
export const readFiniteNumber = (
  input: unknown,
  path: IssuePath,
  issues: Issue[],
  options: ReadNumberOptions = {},
): number | undefined => {
  if (typeof input !== 'number' || !Number.isFinite(input)) {
    issues.push(issue(IssueCode.NOT_A_NUMBER, path, `Expected a finite number, got ${safeDescribe(input)}.`));
    return undefined;
  }
  const code = options.code ?? IssueCode.NOT_A_NUMBER;
  if (options.integer && !Number.isInteger(input)) {
    issues.push(issue(code, path, `Expected an integer, got ${input}.`));
    return undefined;
  }
  if ((options.min !== undefined && input < options.min) || (options.max !== undefined && input > options.max)) {
    issues.push(issue(code, path, `Expected a number in [${options.min ?? '-∞'}, ${options.max ?? '∞'}], got ${input}.`));
    return undefined;
  }
  return input;
};

/**
 * A boolean.
 * @category Errors
 */
export const readBoolean = (input: unknown, path: IssuePath, issues: Issue[]): boolean | undefined => {
  if (typeof input === 'boolean') return input;
  issues.push(issue(IssueCode.NOT_A_BOOLEAN, path, `Expected true or false, got ${safeDescribe(input)}.`));
  return undefined;
};

/**
 * `record[key]` read with `reader` when present (not `undefined`), else `undefined` without an issue.
 * @category Errors
 */
export const readOptional = <T>(
  record: Record<string, unknown>,
  key: string,
  path: IssuePath,
  issues: Issue[],
  reader: Reader<T>,
): T | undefined => {
  const value = record[key];
  return value === undefined ? undefined : reader(value, [...path, key], issues);
};

/**
 * `record[key]` read with `reader`; a missing key is a `REQUIRED` issue.
 * @category Errors
 */
export const readRequired = <T>(
  record: Record<string, unknown>,
  key: string,
  path: IssuePath,
  issues: Issue[],
  reader: Reader<T>,
): T | undefined => {
  const value = record[key];
  if (value === undefined) {
    issues.push(issue(IssueCode.REQUIRED, [...path, key], `${JSON.stringify(key)} is required.`));
    return undefined;
  }
  return reader(value, [...path, key], issues);
};

/**
 * Every item of an array read with `reader`; `undefined` when the array or any item failed
 * (with `keepRead`: the items that were read, so that later checks still see them).
 * @category Errors
 */
export const readEach = <T>(
  input: unknown,
  path: IssuePath,
  issues: Issue[],
  reader: (item: unknown, path: IssuePath, issues: Issue[], index: number) => T | undefined,
  options?: { readonly minLength?: number; readonly maxLength?: number; readonly keepRead?: boolean },
): T[] | undefined => {
  const arr = readArray(input, path, issues, options);
  if (arr === undefined) return undefined;
  const before = issues.length;
  const out: T[] = [];
  for (let i = 0; i < arr.length; i++) {
    const v = reader(arr[i], [...path, i], issues, i);
    if (v !== undefined) out.push(v);
  }
  return issues.length === before || options?.keepRead === true ? out : undefined;
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/** `test(input)`, false when the test itself throws (a revoked proxy). */
const holds = (test: (u: unknown) => boolean, input: unknown): boolean => {
  try {
    return test(input);
  } catch {
    return false;
  }
};

export const safeDescribe = (u: unknown): string => {
  try {
    return describeValue(u);
  } catch {
    return 'an unreadable value';
  }
};

export const errorText = (e: unknown): string => {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
};
