/**
 * Billing from a plan: the helpers hand the plan's entitlements to the billing functions, so a
 * billing run needs only the plan, the contract and the usage. Each helper is compared with the
 * billing function it wraps, called by hand with the same terms.
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import {
  allocateIncidents,
  allocatePlanIncidents,
  billPhoneCalls,
  billPlan,
  billPlanPhoneCalls,
  buildInvoice,
  maintenanceFee,
  money,
  parseEntitlements,
  planIncidentPacks,
  planMaintenanceFee,
  pricePlanWork,
  priceWork,
  type Issue,
  makePlan,
  type Plan,
  type PlanBilling,
} from '../../src/index.js';
import { example } from './corpus.js';

const right = <T>(r: E.Either<Issue[], T>): T => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
const left = <T>(r: E.Either<Issue[], T>): [string, (string | number)[]][] => {
  if (E.isRight(r)) throw new Error(`expected issues, got ${JSON.stringify(r.right)}`);
  return r.left.map((i) => [i.code, i.path]);
};
/** The example plan file, through parsePlan: billing needs nothing but the parsed plan. */
const planOf = (file: string): Plan => makePlan(example(file));
const clickMedia = planOf('clickmedia.json');
const civiltech = planOf('civiltech-premium.json');
const athens2026 = { start: '2026-01-01', end: '2027-01-01', timeZone: 'Europe/Athens' };

describe('a parsed plan carries its entitlements for billing', () => {
  it("holds ClickMedia's phone allowance and rates in minor units, frozen", () => {
    expect(clickMedia.entitlements?.rates?.hourly).toEqual({ amount: 6000, currency: 'EUR' });
    expect(clickMedia.entitlements?.phone?.overage).toEqual({ hourlyRate: { amount: 6000, currency: 'EUR' } });
    expect(Object.isFrozen(clickMedia.entitlements)).toBe(true);
    expect(civiltech.entitlements?.incidentPacks).toEqual({ sizes: [2, 4, 10, 25], validity: 'calendarYear' });
    expect(makePlan(example('webarting-plus.json')).entitlements).toBeUndefined();
  });
});

describe('billPlanPhoneCalls', () => {
  const calls = [
    { id: 'a', start: '2026-03-02T10:05:00+02:00', durationSeconds: 7 * 60 },
    { id: 'b', start: '2026-03-05T12:30:00+02:00', durationSeconds: 50 * 60 },
    { id: 'c', start: '2026-03-12T09:45:00+02:00', durationSeconds: 16 * 60 },
  ];
  it("is billPhoneCalls with the plan's phone allowance", () => {
    const viaPlan = right(billPlanPhoneCalls(clickMedia, athens2026, calls));
    const byHand = right(
      billPhoneCalls(
        { increment: { minutes: 15 }, limits: [{ per: 'month', limit: { hours: 1 } }, { per: 'year', limit: { hours: 12 } }], carryOver: 'none', overage: { hourlyRate: money('60', 'EUR') } },
        athens2026,
        calls,
      ),
    );
    expect(viaPlan).toEqual(byHand);
    // 15 + 60 = 75 billed, 60 covered; the third call (30 billed) is all overage: 15 + 30 minutes at 60 €/h
    expect(viaPlan.lines.map((l) => [l.billedMinutes, l.coveredMinutes, l.overageMinutes])).toEqual([[15, 15, 0], [60, 45, 15], [30, 0, 30]]);
    expect(viaPlan.total).toEqual({ amount: 4500, currency: 'EUR' });
  });

  it('is a Left naming the missing entitlement when the plan has no phone allowance', () => {
    expect(left(billPlanPhoneCalls(civiltech, athens2026, calls))).toEqual([['ENTITLEMENT_MISSING', ['plan', 'entitlements', 'phone']]]);
    expect(left(billPlanPhoneCalls({}, athens2026, calls))).toEqual([['ENTITLEMENT_MISSING', ['plan', 'entitlements', 'phone']]]);
  });

  it("reports the allowance's issues under the plan's path, the calls' and contract's under theirs", () => {
    const bad: PlanBilling = { entitlements: { phone: { increment: { minutes: 0 }, limits: [{ per: 'month', limit: { hours: 1 } }], overage: 'refuse' } } };
    expect(left(billPlanPhoneCalls(bad, { start: '2026-01-01', timeZone: 'Mars/Olympus' }, [{ start: '2026-03-02T10:05:00', durationSeconds: -1 }]))).toEqual(
      expect.arrayContaining([
        ['INVALID_INCREMENT', ['plan', 'entitlements', 'phone', 'increment']],
        ['INVALID_TIME_ZONE', ['contract', 'timeZone']],
      ]),
    );
  });
});

describe('planIncidentPacks', () => {
  it('makes calendar-year packs for Civiltech, in the contract zone', () => {
    const packs = right(
      planIncidentPacks(civiltech, { start: '2024-03-15', timeZone: 'Europe/Athens' }, [
        { id: 'P10-2026', size: 10, at: '2026-02-10T10:00:00+02:00' },
        { id: 'P2-2025', size: 2, at: '2025-12-31T23:30:00+02:00' },
      ]),
    );
    expect(packs).toEqual([
      { id: 'P10-2026', size: 10, validFrom: '2026-01-01T00:00:00.000+02:00', validTo: '2027-01-01T00:00:00.000+02:00' },
      { id: 'P2-2025', size: 2, validFrom: '2025-01-01T00:00:00.000+02:00', validTo: '2026-01-01T00:00:00.000+02:00' },
    ]);
  });

  it('makes contract-year packs from the contract start (the default validity)', () => {
    const plan: PlanBilling = { entitlements: right(parseEntitlements({ incidentPacks: { sizes: [5] } })) };
    expect(right(planIncidentPacks(plan, { start: '2025-03-15', timeZone: 'Europe/Athens' }, [{ id: 'P', size: 5, at: '2026-01-10T10:00:00+02:00' }]))).toEqual([
      { id: 'P', size: 5, validFrom: '2025-03-15T00:00:00.000+02:00', validTo: '2026-03-15T00:00:00.000+02:00' },
    ]);
  });

  it('never makes a pack valid outside the contract', () => {
    expect(
      right(planIncidentPacks(civiltech, { start: '2026-04-01', end: '2026-10-01', timeZone: 'Europe/Athens' }, [{ id: 'P', size: 4, at: '2026-05-01T10:00:00+03:00' }])),
    ).toEqual([{ id: 'P', size: 4, validFrom: '2026-04-01T00:00:00.000+03:00', validTo: '2026-10-01T00:00:00.000+03:00' }]);
  });

  it('rejects a size the plan does not sell, a purchase outside the contract, a missing id', () => {
    expect(
      left(
        planIncidentPacks(civiltech, athens2026, [
          { id: 'P3', size: 3, at: '2026-02-10T10:00:00+02:00' },
          { id: 'P4', size: 4, at: '2025-12-10T10:00:00+02:00' },
          { id: '', size: 2, at: '2026-02-10T10:00:00' },
        ]),
      ),
    ).toEqual([
      ['PACK_SIZE_NOT_IN_PLAN', ['purchases', 0, 'size']],
      ['PURCHASE_OUTSIDE_CONTRACT', ['purchases', 1, 'at']],
      ['EMPTY_STRING', ['purchases', 2, 'id']],
      ['INSTANT_WITHOUT_OFFSET', ['purchases', 2, 'at']],
    ]);
    expect(left(planIncidentPacks(clickMedia, athens2026, []))).toEqual([['ENTITLEMENT_MISSING', ['plan', 'entitlements', 'incidentPacks']]]);
  });
});

describe('allocatePlanIncidents', () => {
  it('is allocateIncidents on the packs bought under the plan', () => {
    const purchases = [
      { id: 'P4-2026', size: 4, at: '2026-01-05T10:00:00+02:00' },
      { id: 'P2-2025', size: 2, at: '2025-11-05T10:00:00+02:00' },
    ];
    const incidents = [
      { id: 'i1', openedAt: '2025-12-01T10:00:00+02:00' },
      { id: 'i2', openedAt: '2025-12-02T10:00:00+02:00' },
      { id: 'i3', openedAt: '2025-12-03T10:00:00+02:00' },
      { id: 'i4', openedAt: '2026-01-10T10:00:00+02:00' },
      { id: 'i5', openedAt: '2026-01-11T10:00:00+02:00', mergedInto: 'i4' },
    ];
    const contract = { start: '2025-01-01', timeZone: 'Europe/Athens' };
    const a = right(allocatePlanIncidents(civiltech, contract, purchases, incidents));
    expect(a).toEqual(right(allocateIncidents(right(planIncidentPacks(civiltech, contract, purchases)), incidents)));
    // the 2025 pack does not carry into 2026; the 2026 pack cannot be used in 2025
    expect(a.incidents.map((i) => i.pack)).toEqual(['P2-2025', 'P2-2025', 'uncovered', 'P4-2026', null]);
    expect(a.packs).toEqual([
      { id: 'P4-2026', size: 4, used: 1, remaining: 3 },
      { id: 'P2-2025', size: 2, used: 2, remaining: 0 },
    ]);
  });
});

describe('pricePlanWork and planMaintenanceFee', () => {
  it("prices work at the plan's man-hour, with the plan's SLA surcharge when asked", () => {
    const lines = right(pricePlanWork(clickMedia, { description: 'Site down: restore', duration: { minutes: 95 }, surcharge: true }));
    expect(lines).toEqual(priceWork({ description: 'Site down: restore', duration: { minutes: 95 }, hourlyRate: money('60', 'EUR'), surchargePercent: 50, surchargeDescription: 'SLA surcharge +50 % on Site down: restore' }));
    expect(lines.map((l) => [l.kind, l.amount.amount])).toEqual([['work', 10_500], ['surcharge', 5_250]]); // 95 min → 1 h 45 at 60 €, +50 %
    expect(right(pricePlanWork(clickMedia, { description: 'Banner', duration: { minutes: 20 } })).map((l) => l.amount.amount)).toEqual([3000]);
  });

  it('is a Left when the plan has no rate, or the work is bad', () => {
    expect(left(pricePlanWork(civiltech, { description: 'x', duration: { minutes: 5 }, surcharge: true }))).toEqual([
      ['ENTITLEMENT_MISSING', ['plan', 'entitlements', 'rates', 'hourly']],
      ['ENTITLEMENT_MISSING', ['plan', 'entitlements', 'rates', 'surchargePercent']],
    ]);
    expect(left(pricePlanWork(clickMedia, { description: 'x', duration: { minutes: -5 } }))).toEqual([['NEGATIVE_DURATION', ['work', 'duration']]]);
  });

  it("charges the plan's maintenance percent of a project's value", () => {
    const line = right(planMaintenanceFee(clickMedia, { baseValue: money('8500', 'EUR') }));
    expect(line).toEqual(maintenanceFee({ description: "Maintenance: 12 % of the project's value", baseValue: money('8500', 'EUR'), percent: 12 }));
    expect(line.amount).toEqual({ amount: 102_000, currency: 'EUR' });
    expect(left(planMaintenanceFee(civiltech, { baseValue: money('8500', 'EUR') }))).toEqual([['ENTITLEMENT_MISSING', ['plan', 'entitlements', 'rates', 'maintenancePercent']]]);
  });
});

describe('billPlan: a billing run from the plan, the contract and the usage', () => {
  it('bills a ClickMedia year: annual fee, maintenance, work with the SLA surcharge, phone overage', () => {
    const bill = right(
      billPlan(clickMedia, athens2026, {
        annualFee: true,
        maintenance: { baseValue: money('10000', 'EUR'), description: 'Maintenance 2026' },
        work: [
          { description: 'Urgent fix', duration: { minutes: 20 }, surcharge: true },
          { description: 'New banner', duration: { minutes: 50 } },
        ],
        calls: [
          { id: 'a', start: '2026-03-02T10:05:00+02:00', durationSeconds: 50 * 60 },
          { id: 'b', start: '2026-03-09T10:05:00+02:00', durationSeconds: 20 * 60 },
        ],
      }),
    );
    const byHand = right(
      buildInvoice([
        { kind: 'fee', description: 'Annual fee (clickmedia)', amount: money('120', 'EUR') },
        { kind: 'maintenance', description: 'Maintenance 2026', baseValue: money('10000', 'EUR'), percent: 12 },
        { kind: 'work', description: 'Urgent fix', duration: { minutes: 20 }, hourlyRate: money('60', 'EUR'), surchargePercent: 50, surchargeDescription: 'SLA surcharge +50 % on Urgent fix' },
        { kind: 'work', description: 'New banner', duration: { minutes: 50 }, hourlyRate: money('60', 'EUR') },
        { kind: 'phone', statement: bill.phone!, description: 'Phone support beyond the allowance' },
      ]),
    );
    expect(bill.invoice).toEqual(byHand);
    expect(bill.invoice.lines.map((l) => [l.kind, l.amount.amount])).toEqual([
      ['fee', 12_000],
      ['maintenance', 120_000],
      ['work', 3_000],
      ['surcharge', 1_500],
      ['work', 6_000],
      ['phoneOverage', 3_000], // 50 min bills 60 (the whole March hour), 20 min bills 30: all overage
    ]);
    expect(bill.phone?.overageMinutes).toBe(30);
    expect(bill.invoice.total).toEqual({ amount: 145_500, currency: 'EUR' });
  });

  it('bills Civiltech packs and incidents, with an empty invoice in the plan currency when nothing is charged', () => {
    const bill = right(
      billPlan(civiltech, { start: '2026-01-01', timeZone: 'Europe/Athens' }, {
        packs: [{ id: 'P2', size: 2, at: '2026-01-02T10:00:00+02:00' }],
        incidents: [{ id: 'i1', openedAt: '2026-01-05T10:00:00+02:00' }, { id: 'i2', openedAt: '2026-01-06T10:00:00+02:00' }, { id: 'i3', openedAt: '2026-01-07T10:00:00+02:00' }],
      }, { currency: 'EUR' }),
    );
    expect(bill.incidents?.incidents.map((i) => i.pack)).toEqual(['P2', 'P2', 'uncovered']);
    expect(bill.invoice).toEqual({ lines: [], total: { amount: 0, currency: 'EUR' } });
  });

  it('collects every issue of every part, each at its path', () => {
    expect(
      left(
        billPlan(civiltech, athens2026, {
          annualFee: true,
          work: [{ description: 'x', duration: { minutes: 5 } }],
          calls: [{ start: '2026-03-02T10:05:00+02:00', durationSeconds: 60 }],
          packs: [{ id: 'P3', size: 3, at: '2026-01-02T10:00:00+02:00' }],
        }),
      ),
    ).toEqual([
      ['ENTITLEMENT_MISSING', ['plan', 'entitlements', 'rates', 'annualFee']],
      ['ENTITLEMENT_MISSING', ['plan', 'entitlements', 'rates', 'hourly']],
      ['ENTITLEMENT_MISSING', ['plan', 'entitlements', 'phone']],
      ['PACK_SIZE_NOT_IN_PLAN', ['usage', 'packs', 0, 'size']],
    ]);
    expect(
      left(billPlan(clickMedia, athens2026, { calls: [{ start: '2026-03-02T10:05:00+02:00', durationSeconds: -60 }], work: [{ description: 'y', duration: { minutes: 10 } }, { description: 'z', duration: { hours: -1 } }] })),
    ).toEqual([
      ['NEGATIVE_DURATION', ['usage', 'work', 1, 'duration']],
      ['NEGATIVE_DURATION', ['usage', 'calls', 0, 'durationSeconds']],
    ]);
    expect(left(billPlan(clickMedia, athens2026, { maintenance: { baseValue: money('100', 'USD') } }))).toEqual([['CURRENCY_MISMATCH', ['usage', 'maintenance']]]);
  });
});
