/**
 * Upgrade coverage of maintenance contracts: which version changes a contract covers.
 */
import { InvalidInputError, issue } from '../internal/issues.js';
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
 */
export type UpgradeScope = 'major' | 'minor';

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * Is an upgrade from version `from` to version `to` covered by a maintenance contract of the
 * given scope? Versions are dot-separated whole numbers with an optional leading `v` (`'3.4'`,
 * `'3.4.2'`, `'v4'`); missing components count as 0 (`'3.4'` equals `'3.4.0'`).
 *
 * Covered means: `to` is strictly NEWER than `from` and in the same major (`'major'`) or
 * major.minor (`'minor'`) line. A downgrade or staying on the same version is not an upgrade and
 * returns `false`. Malformed versions or an unknown scope throw an `InvalidInputError`.
 *
 * @example
 * ```ts
 * import { isUpgradeCovered } from 'support-sla';
 * isUpgradeCovered('3.4', '3.9', 'major');   // true
 * isUpgradeCovered('3.4.2', '3.9', 'major'); // true
 * isUpgradeCovered('3.9', '4.0', 'major');   // false: a new major version
 * isUpgradeCovered('3.4', '3.5', 'minor');   // false
 * isUpgradeCovered('3.9', '3.4', 'major');   // false: a downgrade
 * ```
 */
export const isUpgradeCovered = (from: string, to: string, scope: UpgradeScope): boolean => {
  const a = parseVersion(from, 'from');
  const b = parseVersion(to, 'to');
  if (scope !== 'major' && scope !== 'minor') {
    throw new InvalidInputError('upgrade scope', [issue(IssueCode.INVALID_SCOPE, ['scope'], `scope must be 'major' or 'minor', got ${JSON.stringify(scope)}.`)]);
  }
  const fixed = scope === 'major' ? 1 : 2;
  for (let i = 0; i < fixed; i++) if (component(a, i) !== component(b, i)) return false;
  return compareVersions(a, b) < 0;
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const VERSION = /^v?(\d+(?:\.\d+)*)$/i;

const parseVersion = (v: unknown, name: string): number[] => {
  const m = typeof v === 'string' ? VERSION.exec(v.trim()) : null;
  if (m === null || m[1] === undefined) {
    throw new InvalidInputError('version', [
      issue(IssueCode.INVALID_VERSION, [name], `Expected a version like '3.4' or '3.4.2', got ${JSON.stringify(v)}.`),
    ]);
  }
  return m[1].split('.').map(Number);
};

const component = (v: number[], i: number): number => v[i] ?? 0;

const compareVersions = (a: number[], b: number[]): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = component(a, i) - component(b, i);
    if (d !== 0) return d;
  }
  return 0;
};
