import { either as E } from 'fp-ts';
import { money, type Contract, type PhoneAllowance, type PhoneStatement, type Issue } from '../../src/index.js';

/** ClickMedia's phone package (seed clickmedia-gr): 15-minute increments, 1 h a month AND 12 h a year. */
export const clickMediaPhone: PhoneAllowance = {
  increment: { minutes: 15 },
  limits: [
    { per: 'month', limit: { hours: 1 } },
    { per: 'year', limit: { hours: 12 } },
  ],
  carryOver: 'none',
  overage: { hourlyRate: money('60.00', 'EUR') },
};

export const athens2025: Contract = { start: '2025-01-01', end: '2026-01-01', timeZone: 'Europe/Athens' };

export const right = <T>(r: E.Either<Issue[], T>): T => {
  if (E.isLeft(r)) throw new Error(`expected Right, got issues: ${JSON.stringify(r.left)}`);
  return r.right;
};

export const left = <T>(r: E.Either<Issue[], T>): Issue[] => {
  if (E.isRight(r)) throw new Error('expected Left, got a Right');
  return r.left;
};

export const minutes = (m: number): number => m * 60;

export const summary = (s: PhoneStatement) =>
  s.lines.map((l) => ({ billed: l.billedMinutes, covered: l.coveredMinutes, overage: l.overageMinutes, charge: l.charge.amount }));
