/**
 * Issue 10, "every issue in one pass": for every public parser of the random-input run
 * (test/robustness/cases/parsers.ts), each field of its valid input is broken on its own (a
 * symbol, -1 or 'zz-bad', the first that is rejected), and then every PAIR of independent
 * faults is planted together: the issues of both must come back in the same Left (or the same
 * InvalidInputError), not only the first. Two kinds of masking are legitimate and allowed: the
 * same field reported for the other fault, and a discriminator (`kind`, `type`) whose value
 * decides which fields its object has.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/index.js';
import { TARGETS, type Target } from './cases/parsers.js';

type Path = (string | number)[];

const leafPaths = (v: unknown, prefix: Path = [], out: Path[] = []): Path[] => {
  if (Array.isArray(v)) v.forEach((x, i) => leafPaths(x, [...prefix, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) leafPaths(x, [...prefix, k], out);
  else if (prefix.length > 0) out.push(prefix);
  return out;
};
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const setAt = (root: unknown, path: Path, value: unknown): void => {
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], root) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
};

/** The issues of a call as `CODE@path`, or `undefined` for a Right; any other throw fails. */
const issuesOf = (t: Target, args: unknown[]): string[] | undefined => {
  const text = (i: { code: string; path: Path }): string => `${i.code}@${i.path.join('.')}`;
  try {
    const r = t.call(args) as { _tag?: string; left?: { code: string; path: Path }[]; success?: boolean; issues?: { code: string; path: Path }[] };
    if (r?._tag === 'Left') return (r.left ?? []).map(text);
    if (r?.success === false) return (r.issues ?? []).map(text);
    return undefined;
  } catch (e) {
    if (t.throwsInvalidInput && e instanceof InvalidInputError) return e.issues.map(text);
    throw e;
  }
};

const BAD: readonly unknown[] = [Symbol('bad'), -1, 'zz-bad'];

interface Fault {
  readonly key: string;
  readonly path: Path;
  readonly bad: unknown;
  readonly issues: readonly string[];
}

/** Each field broken on its own: the first bad value that is rejected, with its issues. */
const faultsOf = (t: Target): Fault[] => {
  const out: Fault[] = [];
  for (const path of leafPaths(clone(t.valid))) {
    for (const bad of BAD) {
      const args = clone(t.valid) as unknown[];
      setAt(args, path, bad);
      const issues = issuesOf(t, args);
      if (issues !== undefined && issues.length > 0) {
        out.push({ key: path.join('.'), path, bad, issues });
        break;
      }
    }
  }
  return out;
};

const pathOf = (text: string): string => text.slice(text.indexOf('@') + 1);
/** Masking that is not a missed issue: the other fault is on the same field, or is a discriminator. */
const masked = (issue: string, other: Fault): boolean =>
  other.issues.some((o) => pathOf(o) === pathOf(issue)) || /(^|\.)(type|kind)$/.test(other.key);

describe('every issue in one pass: each pair of independent faults is reported together', () => {
  for (const [name, t] of Object.entries(TARGETS)) {
    it(`${name}: two faults planted at once give the issues of both`, () => {
      const faults = faultsOf(t);
      expect(faults.length, 'some field of the valid input can be broken').toBeGreaterThan(0);
      const missed: string[] = [];
      for (let i = 0; i < faults.length; i++) {
        for (let j = i + 1; j < faults.length; j++) {
          const a = faults[i] as Fault;
          const b = faults[j] as Fault;
          if (b.key.startsWith(`${a.key}.`)) continue;
          const args = clone(t.valid) as unknown[];
          setAt(args, a.path, a.bad);
          setAt(args, b.path, b.bad);
          const both = new Set(issuesOf(t, args) ?? []);
          const missing = [...a.issues.filter((x) => !masked(x, b)), ...b.issues.filter((x) => !masked(x, a))].filter((x) => !both.has(x));
          if (missing.length > 0 && missed.length < 5) missed.push(`${a.key} + ${b.key}: missing ${missing.join(', ')}; got ${[...both].join(', ')}`);
        }
      }
      expect(missed).toEqual([]);
    });
  }
});
