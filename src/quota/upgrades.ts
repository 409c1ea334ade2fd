/**
 * Upgrade coverage of maintenance contracts: which version changes a contract covers.
 */
import { describeValue, InvalidInputError, issue, type Issue } from '../internal/issues.js';
import { IssueCode } from '../internal/codes.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * How far a maintenance contract's upgrades reach: `'major'` covers every upgrade that keeps
 * the first version number (3.4 → 3.9); `'minor'` every upgrade that keeps the first two
 * (3.4.2 → 3.4.7, not 3.4 → 3.5).
 *
 * @example
 * ```ts
 * import type { UpgradeScope } from 'support-sla';
 * const clickMedia: UpgradeScope = 'major';
 * ```
 * @category Quotas
 */
export type UpgradeScope = 'major' | 'minor';

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * Is an upgrade from version `from` to version `to` covered by a maintenance contract of the
 * given scope? Versions are dot-separated whole numbers with an optional leading `v` (`'3.4'`,
 * `'3.4.2'`, `'v4'`), an optional semver pre-release or build suffix (`'3.5.0-rc.1'`,
 * `'3.5.0+build.7'`), and `x` or `*` for "any" (`'3.x'`); missing components count as 0
 * (`'3.4'` equals `'3.4.0'`).
 *
 * Covered means: `to` is in the same major (`'major'`) or major.minor (`'minor'`) line as `from`
 * and strictly NEWER (a pre-release comes before its release). A downgrade or staying on the
 * same version is not an upgrade and returns `false`. When a wildcard leaves the order open
 * (`'3.x'` → `'3.9'`), staying in the line is enough. Malformed versions (or a wildcard inside
 * the line itself, like `'x.4'` for `'major'`) and an unknown scope throw an `InvalidInputError`
 * carrying every issue at once (both versions and the scope), never another error.
 *
 * @example
 * ```ts
 * import { isUpgradeCovered } from 'support-sla';
 * isUpgradeCovered('3.4', '3.9', 'major');   // true
 * isUpgradeCovered('3.4.2', '3.9', 'major'); // true
 * isUpgradeCovered('3.x', '4.0', 'major');   // false: a new major version
 * isUpgradeCovered('3.x', '3.9', 'major');   // true
 * isUpgradeCovered('3.5.0-rc.1', '3.5.0', 'major'); // true
 * isUpgradeCovered('3.4', '3.5', 'minor');   // false
 * isUpgradeCovered('3.9', '3.4', 'major');   // false: a downgrade
 * ```
 * @category Quotas
 */
export const isUpgradeCovered = (from: string, to: string, scope: UpgradeScope): boolean => {
  // every problem in one InvalidInputError: both versions and the scope
  const issues: Issue[] = [];
  const a = parseVersion(from, 'from', issues);
  const b = parseVersion(to, 'to', issues);
  if (scope !== 'major' && scope !== 'minor') {
    issues.push(issue(IssueCode.INVALID_SCOPE, ['scope'], `scope must be 'major' or 'minor', got ${describeValue(scope)}.`));
  }
  if (a === undefined || b === undefined || issues.length > 0) throw new InvalidInputError(a === undefined || b === undefined ? 'version' : 'upgrade scope', issues);
  const fixed = scope === 'major' ? 1 : 2;
  for (let i = 0; i < fixed; i++) {
    for (const [v, name, text] of [[a, 'from', from], [b, 'to', to]] as const) {
      if (Number.isNaN(component(v, i))) {
        throw new InvalidInputError('version', [
          issue(IssueCode.INVALID_VERSION, [name], `The ${scope} line of ${JSON.stringify(text)} cannot be a wildcard.`),
        ]);
      }
    }
    if (component(a, i) !== component(b, i)) return false;
  }
  if ([...a.numbers, ...b.numbers].some(Number.isNaN)) return true; // order left open by a wildcard
  return compareVersions(a, b) < 0;
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

interface Version {
  /** Components; NaN for a wildcard. */
  readonly numbers: number[];
  /** Pre-release identifiers (empty for a release). */
  readonly pre: string[];
}

const VERSION = /^v?((?:\d+|[x*])(?:\.(?:\d+|[x*]))*)(?:-([0-9a-z-]+(?:\.[0-9a-z-]+)*))?(?:\+[0-9a-z-]+(?:\.[0-9a-z-]+)*)?$/i;

const parseVersion = (v: unknown, name: string, issues: Issue[]): Version | undefined => {
  const m = typeof v === 'string' ? VERSION.exec(v.trim()) : null;
  if (m === null || m[1] === undefined) {
    issues.push(issue(IssueCode.INVALID_VERSION, [name], `Expected a version like '3.4', '3.4.2', '3.x' or '3.5.0-rc.1', got ${describeValue(v)}.`));
    return undefined;
  }
  return {
    numbers: m[1].split('.').map((c) => (c === 'x' || c === 'X' || c === '*' ? Number.NaN : Number(c))),
    pre: m[2] === undefined ? [] : m[2].split('.'),
  };
};

const component = (v: Version, i: number): number => v.numbers[i] ?? 0;

/** semver order: numbers, then a pre-release before its release, then pre-release identifiers. */
const compareVersions = (a: Version, b: Version): number => {
  for (let i = 0; i < Math.max(a.numbers.length, b.numbers.length); i++) {
    const d = component(a, i) - component(b, i);
    if (d !== 0) return d;
  }
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
    const x = a.pre[i];
    const y = b.pre[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
};
