import { describe, expect, it } from 'vitest';
import { InvalidInputError, isUpgradeCovered } from '../../src/index.js';

describe("isUpgradeCovered: ClickMedia's maintenance covers upgrades within the same major version", () => {
  it('3.4 → 3.5 and 3.4 → 3.9 are covered', () => {
    expect(isUpgradeCovered('3.4', '3.5', 'major')).toBe(true);
    expect(isUpgradeCovered('3.4', '3.9', 'major')).toBe(true);
  });
  it('3.4.2 → 3.9 is covered (two- and three-level versions mix)', () => {
    expect(isUpgradeCovered('3.4.2', '3.9', 'major')).toBe(true);
    expect(isUpgradeCovered('3.4', '3.4.1', 'major')).toBe(true);
  });
  it('3.x → 4.x is a new major version, not covered', () => {
    expect(isUpgradeCovered('3.9', '4.0', 'major')).toBe(false);
    expect(isUpgradeCovered('3.4.2', '4', 'major')).toBe(false);
  });
  it('numbers compare numerically (3.10 is newer than 3.9)', () => {
    expect(isUpgradeCovered('3.9', '3.10', 'major')).toBe(true);
    expect(isUpgradeCovered('3.10', '3.9', 'major')).toBe(false);
  });
  it('a downgrade or the same version is not an upgrade: false', () => {
    expect(isUpgradeCovered('3.9', '3.4', 'major')).toBe(false);
    expect(isUpgradeCovered('3.4', '3.4.0', 'major')).toBe(false);
    expect(isUpgradeCovered('4.0', '3.9', 'major')).toBe(false);
  });
  it("'minor' scope covers only patch upgrades within major.minor", () => {
    expect(isUpgradeCovered('3.4.2', '3.4.7', 'minor')).toBe(true);
    expect(isUpgradeCovered('3.4', '3.5', 'minor')).toBe(false);
  });
  it("accepts a leading 'v'", () => {
    expect(isUpgradeCovered('v3.4', 'V3.6', 'major')).toBe(true);
  });
  it('throws InvalidInputError on a malformed version or scope', () => {
    expect(() => isUpgradeCovered('3.four', '3.5', 'major')).toThrow(InvalidInputError);
    expect(() => isUpgradeCovered('3.4', '', 'major')).toThrow(/INVALID_VERSION/);
    expect(() => isUpgradeCovered('3.4', '3.5', 'patch' as never)).toThrow(/INVALID_SCOPE/);
  });
});

describe('version notations: wildcards and semver suffixes', () => {
  it("reads '3.x' as any 3 version: 3.x → 3.9 covered, 3.x → 4.0 not", () => {
    expect(isUpgradeCovered('3.x', '3.9', 'major')).toBe(true);
    expect(isUpgradeCovered('3.x', '4.0', 'major')).toBe(false);
    expect(isUpgradeCovered('3.*', '3.4.1', 'major')).toBe(true);
  });
  it('orders a pre-release before its release and ignores build metadata', () => {
    expect(isUpgradeCovered('3.5.0-rc.1', '3.5.0', 'major')).toBe(true);
    expect(isUpgradeCovered('3.5.0', '3.5.0-rc.1', 'major')).toBe(false);
    expect(isUpgradeCovered('3.5.0-rc.1', '3.5.0-rc.2', 'major')).toBe(true);
    expect(isUpgradeCovered('3.5.0-rc.9', '3.5.0-rc.10', 'major')).toBe(true);
    expect(isUpgradeCovered('3.5.0+build.1', '3.5.0+build.2', 'major')).toBe(false);
  });
  it('rejects a wildcard in the line the scope keeps', () => {
    expect(() => isUpgradeCovered('x.4', '3.9', 'major')).toThrow(InvalidInputError);
    expect(() => isUpgradeCovered('3.x', '3.4', 'minor')).toThrow(InvalidInputError);
  });
});
