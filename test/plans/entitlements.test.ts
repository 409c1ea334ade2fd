/**
 * A plan's entitlements: read with every issue and its path, normalised to minor units and
 * frozen, and the phone allowance validated by the quota layer's own reader.
 */
import { either as E } from 'fp-ts';
import { Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { billPhoneCalls, parseEntitlements, type Issue, type PhoneAllowance, type PlanEntitlements } from '../../src/index.js';
import { example } from './corpus.js';

const ok = (input: unknown): PlanEntitlements => {
  const r = parseEntitlements(input);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
const issuesOf = (input: unknown): [string, (string | number)[]][] => {
  const r = parseEntitlements(input);
  if (E.isRight(r)) throw new Error('expected issues');
  return r.left.map((i: Issue) => [i.code, i.path]);
};

describe('entitlements: reading', () => {
  it("reads ClickMedia's entitlements into minor units: phone allowance, rates", () => {
    const e = ok(example('clickmedia.json').entitlements);
    expect(e.rates).toEqual({
      hourly: { amount: 6000, currency: 'EUR' },
      surchargePercent: 50,
      maintenancePercent: 12,
      annualFee: { amount: 12000, currency: 'EUR' },
    });
    expect(e.phone).toEqual({
      increment: { minutes: 15 },
      limits: [
        { per: 'month', limit: { hours: 1 } },
        { per: 'year', limit: { hours: 12 } },
      ],
      carryOver: 'none',
      overage: { hourlyRate: { amount: 6000, currency: 'EUR' } },
    });
    expect(e.incidentPacks).toBeUndefined();
  });

  it("reads Civiltech Premium's packs: sizes 2, 4, 10, 25 per calendar year", () => {
    expect(ok(example('civiltech-premium.json').entitlements).incidentPacks).toEqual({ sizes: [2, 4, 10, 25], validity: 'calendarYear' });
  });

  it('defaults pack validity to the contract year', () => {
    expect(ok({ incidentPacks: { sizes: [5] } }).incidentPacks).toEqual({ sizes: [5], validity: 'contractYear' });
  });

  it('freezes what it returns, deeply', () => {
    const e = ok(example('clickmedia.json').entitlements);
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(e.rates)).toBe(true);
    expect(Object.isFrozen(e.rates?.hourly)).toBe(true);
    expect(Object.isFrozen(e.phone)).toBe(true);
    expect(Object.isFrozen(e.phone?.limits)).toBe(true);
    expect(Object.isFrozen(e.phone?.limits[0]?.limit)).toBe(true);
  });

  it('does not keep a reference to the input (a later change of the input changes nothing)', () => {
    const input = { phone: { increment: { minutes: 15 }, limits: [{ per: 'month', limit: { hours: 1 } }], overage: 'refuse' } };
    const e = ok(input);
    input.phone.increment.minutes = 1;
    input.phone.limits[0]!.limit.hours = 99;
    expect(e.phone?.increment).toEqual({ minutes: 15 });
    expect(e.phone?.limits[0]?.limit).toEqual({ hours: 1 });
  });

  it('turns a luxon Duration into plain data', () => {
    const e = ok({ phone: { increment: Duration.fromObject({ minutes: 6 }), limits: [{ per: 'year', limit: { hours: 10 } }], overage: 'refuse' } });
    expect(e.phone?.increment).toEqual({ milliseconds: 360_000 });
  });

  it('gives the plan a phone allowance that billPhoneCalls accepts as it is, with the same statement as the raw one', () => {
    const raw = example('clickmedia.json').entitlements as unknown as { phone: PhoneAllowance };
    const plan = ok({ phone: raw.phone });
    const contract = { start: '2026-01-01', timeZone: 'Europe/Athens' };
    const calls = [
      { start: '2026-03-02T10:05:00+02:00', durationSeconds: 7 * 60 },
      { start: '2026-03-05T12:30:00+02:00', durationSeconds: 55 * 60 },
    ];
    const a = billPhoneCalls(plan.phone!, contract, calls);
    const b = billPhoneCalls(raw.phone, contract, calls); // the file's own allowance, money in major units
    expect(E.isRight(a) && E.isRight(b) && a.right.total).toEqual({ amount: 1500, currency: 'EUR' });
    expect(a).toEqual(b);
  });
});

describe('entitlements: every issue, with its path', () => {
  it('collects all issues of a bad entitlements object in one pass', () => {
    expect(
      issuesOf({
        phone: { increment: { minutes: 0 }, limits: [], overage: 'free' },
        incidentPacks: { sizes: [2, 0, 2.5, 4, 4], validity: 'forever', price: 10 },
        rates: { hourly: { major: '-60', currency: 'EUR' }, surchargePercent: -1, maintenancePercent: '12%', annualFee: { major: '120', currency: 'eur' }, vat: 24 },
        extra: true,
      }),
    ).toEqual(
      expect.arrayContaining([
        ['UNKNOWN_KEY', ['extra']],
        ['INVALID_INCREMENT', ['phone', 'increment']],
        ['NO_LIMITS', ['phone', 'limits']],
        ['INVALID_OVERAGE', ['phone', 'overage']],
        ['UNKNOWN_KEY', ['incidentPacks', 'price']],
        ['INVALID_PACK_SIZE', ['incidentPacks', 'sizes', 1]],
        ['INVALID_PACK_SIZE', ['incidentPacks', 'sizes', 2]],
        ['DUPLICATE_PACK_SIZE', ['incidentPacks', 'sizes', 4]],
        ['INVALID_ENUM', ['incidentPacks', 'validity']],
        ['UNKNOWN_KEY', ['rates', 'vat']],
        ['NEGATIVE_AMOUNT', ['rates', 'hourly']],
        ['INVALID_PERCENT', ['rates', 'surchargePercent']],
        ['NOT_A_NUMBER', ['rates', 'maintenancePercent']],
        ['UNKNOWN_CURRENCY', ['rates', 'annualFee', 'currency']],
      ]),
    );
  });

  it('reports an unknown key inside money (a typo the quota reader leaves to parseMoney)', () => {
    expect(issuesOf({ phone: { increment: { minutes: 15 }, limits: [{ per: 'month', limit: { hours: 1 } }], overage: { hourlyRate: { major: '60', currency: 'EUR', vat: true } } } })).toEqual([
      ['UNKNOWN_KEY', ['phone', 'overage', 'hourlyRate', 'vat']],
    ]);
    expect(issuesOf({ rates: { hourly: { amount: 6000, currency: 'EUR', cents: 1 } } })).toEqual([['UNKNOWN_KEY', ['rates', 'hourly', 'cents']]]);
  });

  it('requires one currency for all the money of a plan', () => {
    expect(
      issuesOf({
        rates: { hourly: { major: '60', currency: 'EUR' }, annualFee: { major: '120', currency: 'USD' } },
        phone: { increment: { minutes: 15 }, limits: [{ per: 'month', limit: { hours: 1 } }], overage: { hourlyRate: { major: '60', currency: 'GBP' } } },
      }),
    ).toEqual([
      ['CURRENCY_MISMATCH', ['rates', 'annualFee', 'currency']],
      ['CURRENCY_MISMATCH', ['phone', 'overage', 'hourlyRate', 'currency']],
    ]);
    expect(issuesOf({ rates: { hourly: { major: '60', currency: 'EUR' } }, phone: { increment: { minutes: 15 }, limits: [{ per: 'month', limit: { hours: 1 } }], overage: 'refuse', currency: 'USD' } })).toEqual([
      ['CURRENCY_MISMATCH', ['phone', 'currency']],
    ]);
  });

  it('requires pack sizes, at least one', () => {
    expect(issuesOf({ incidentPacks: {} })).toEqual([['REQUIRED', ['incidentPacks', 'sizes']]]);
    expect(issuesOf({ incidentPacks: { sizes: [] } })).toEqual([['TOO_FEW_ITEMS', ['incidentPacks', 'sizes']]]);
  });

  it('rejects what is not an object, at its path', () => {
    expect(issuesOf([])).toEqual([['NOT_AN_OBJECT', []]]);
    expect(issuesOf({ rates: 5, incidentPacks: null })).toEqual([
      ['NOT_AN_OBJECT', ['rates']],
      ['NOT_AN_OBJECT', ['incidentPacks']],
    ]);
  });
});
