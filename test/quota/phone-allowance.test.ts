import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  billPhoneCalls,
  InvalidInputError,
  makePhoneAllowance,
  money,
  parsePhoneAllowance,
  readPhoneAllowance,
  safeParsePhoneAllowance,
  type Issue,
  type PhoneAllowance,
} from '../../src/index.js';

const clickMedia: PhoneAllowance = {
  increment: { minutes: 15 },
  limits: [{ per: 'month', limit: { hours: 1 } }, { per: 'year', limit: { hours: 12 } }],
  carryOver: 'none',
  overage: { hourlyRate: money('60.00', 'EUR') },
};
const bad = { increment: { minutes: 0 }, limits: [{ per: 'week', limit: { hours: -1 } }], carryOver: 'monthly', overage: 'free', colour: 'red' };

describe('phone allowance reader', () => {
  it('parsePhoneAllowance returns a valid allowance as it is', () => {
    const r = parsePhoneAllowance(clickMedia);
    expect(E.isRight(r) && r.right).toBe(clickMedia);
  });

  it('parsePhoneAllowance collects every issue with its path', () => {
    const r = parsePhoneAllowance(bad);
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_KEY', ['colour']],
      ['INVALID_INCREMENT', ['increment']],
      ['INVALID_PERIODS', ['limits', 0, 'per']],
      ['INVALID_LIMIT', ['limits', 0, 'limit']],
      ['UNSUPPORTED_CARRY_OVER', ['carryOver']],
      ['INVALID_OVERAGE', ['overage']],
    ]);
  });

  it('readPhoneAllowance collects under the given path, as billPhoneCalls reports its allowance', () => {
    const issues: Issue[] = [];
    expect(readPhoneAllowance(bad, ['plan', 'phone'], issues)).toBeUndefined();
    expect(issues.map((i) => i.path.slice(0, 2))).toEqual(issues.map(() => ['plan', 'phone']));
    const billed = billPhoneCalls(bad as never, { start: '2025-01-01', timeZone: 'UTC' }, []);
    const fromBilling = E.isLeft(billed) ? billed.left.map((i) => ({ ...i, path: i.path.slice(1) })) : [];
    expect(issues.map((i) => ({ ...i, path: i.path.slice(2) }))).toEqual(fromBilling);
    const ok: Issue[] = [];
    expect(readPhoneAllowance(clickMedia, ['phone'], ok)).toBe(clickMedia);
    expect(ok).toEqual([]);
  });

  it('rejects a non-object', () => {
    const r = parsePhoneAllowance('1h a month');
    expect(E.isLeft(r) && r.left.map((i) => i.code)).toEqual(['NOT_AN_OBJECT']);
  });

  it('safeParsePhoneAllowance and makePhoneAllowance are built on it', () => {
    expect(safeParsePhoneAllowance(clickMedia)).toEqual({ success: true, value: clickMedia });
    const s = safeParsePhoneAllowance(bad);
    expect(s.success === false && s.issues.length).toBe(6);
    expect(makePhoneAllowance(clickMedia)).toBe(clickMedia);
    expect(() => makePhoneAllowance(bad as never)).toThrow(InvalidInputError);
  });
});
