/**
 * Civiltech (examples/plans/civiltech-*.json), end to end: Professional electronic support,
 * Premium adds phone in working hours and days and incident packs of 2, 4, 10 or 25 valid per
 * calendar year; no response or resolution guarantee (no clocks).
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { allocatePlanIncidents, billPlan, checkEntitlement, planIncidentPacks, type Issue } from '../../src/index.js';
import { loadPlan, slaOf } from './helpers.js';

const professional = loadPlan('civiltech-professional');
const premium = loadPlan('civiltech-premium');
const contract = { start: '2025-01-01', timeZone: 'Europe/Athens' };
const right = <T>(r: E.Either<Issue[], T>): T => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

describe('Civiltech: channels and no time guarantee', () => {
  it('Professional takes email at any time and has no phone', () => {
    expect(checkEntitlement(professional, { channel: 'email', at: '2026-04-11T22:00:00+03:00' })).toEqual({ entitled: true });
    expect(checkEntitlement(professional, { channel: 'phone', at: '2026-04-14T10:00:00+03:00' })).toEqual({ entitled: false, reason: 'channelNotInPlan' });
  });

  it('Premium takes phone calls in working hours and days only', () => {
    expect(checkEntitlement(premium, { channel: 'phone', at: '2026-04-14T10:00:00+03:00' })).toEqual({ entitled: true });
    expect(checkEntitlement(premium, { channel: 'phone', at: '2026-04-14T17:00:00+03:00' })).toEqual({ entitled: false, reason: 'outsideChannelHours' });
    expect(checkEntitlement(premium, { channel: 'phone', at: '2026-04-10T10:00:00+03:00' })).toEqual({ entitled: false, reason: 'outsideChannelHours' }); // Good Friday
    expect(checkEntitlement(premium, { channel: 'phone', at: '2026-01-06T10:00:00+02:00' })).toEqual({ entitled: false, reason: 'outsideChannelHours' }); // Epiphany
  });

  it('a ticket is entitled and has no clocks: nothing can breach', () => {
    for (const plan of [professional, premium]) {
      const s = slaOf(plan, { at: '2026-04-14T10:00:00+03:00', channel: 'email' }, '2027-04-14T10:00:00+03:00');
      expect(s.entitlement).toEqual({ entitled: true });
      expect(s.clocks).toEqual([]);
    }
  });
});

describe('Civiltech Premium: incident packs from the plan', () => {
  it('sells packs of 2, 4, 10 and 25 only', () => {
    const r = planIncidentPacks(premium, contract, [
      { id: 'P3', size: 3, at: '2026-01-10T10:00:00+02:00' },
      { id: 'P25', size: 25, at: '2026-01-10T10:00:00+02:00' },
    ]);
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([['PACK_SIZE_NOT_IN_PLAN', ['purchases', 0, 'size']]]);
    expect(E.isLeft(planIncidentPacks(professional, contract, []))).toBe(true);
  });

  it('a pack is valid for the calendar year it is bought in, whenever in the year it is bought', () => {
    const packs = right(planIncidentPacks(premium, contract, [{ id: 'P10-2026', size: 10, at: '2026-09-30T10:00:00+03:00' }]));
    expect(packs).toEqual([{ id: 'P10-2026', size: 10, validFrom: '2026-01-01T00:00:00.000+02:00', validTo: '2027-01-01T00:00:00.000+02:00' }]);
  });

  it('each opened incident consumes one; unused incidents expire at the year end; a duplicate consumes nothing', () => {
    const purchases = [
      { id: 'P2-2025', size: 2, at: '2025-02-01T10:00:00+02:00' },
      { id: 'P4-2026', size: 4, at: '2026-01-05T10:00:00+02:00' },
    ];
    const incidents = [
      { id: 'phone-1', openedAt: '2025-03-03T10:00:00+02:00' },
      { id: 'email-1', openedAt: '2025-12-31T16:00:00+02:00' }, // written questions count too
      { id: 'email-1b', openedAt: '2025-12-31T16:30:00+02:00', mergedInto: 'email-1' },
      { id: 'phone-2', openedAt: '2026-01-02T10:00:00+02:00' }, // 2026, before the 2026 pack: uncovered
      { id: 'phone-3', openedAt: '2026-01-07T10:00:00+02:00' },
      { id: 'phone-4', openedAt: '2026-02-03T10:00:00+02:00' },
    ];
    const a = right(allocatePlanIncidents(premium, contract, purchases, incidents));
    expect(a.incidents.map((i) => [i.id, i.pack])).toEqual([
      ['phone-1', 'P2-2025'],
      ['email-1', 'P2-2025'],
      ['email-1b', null],
      ['phone-2', 'P4-2026'], // the 2026 pack is valid from 1 January, whenever it was bought
      ['phone-3', 'P4-2026'],
      ['phone-4', 'P4-2026'],
    ]);
    expect(a.packs).toEqual([
      { id: 'P2-2025', size: 2, used: 2, remaining: 0 },
      { id: 'P4-2026', size: 4, used: 3, remaining: 1 },
    ]);
  });

  it('an incident beyond every pack of its year is uncovered (a 2025 pack does not carry into 2026)', () => {
    const a = right(
      allocatePlanIncidents(premium, contract, [{ id: 'P2-2025', size: 2, at: '2025-02-01T10:00:00+02:00' }], [
        { id: 'i1', openedAt: '2025-12-01T10:00:00+02:00' },
        { id: 'i2', openedAt: '2026-01-02T10:00:00+02:00' },
      ]),
    );
    expect(a.incidents.map((i) => i.pack)).toEqual(['P2-2025', 'uncovered']);
    expect(a.packs[0]?.remaining).toBe(1);
  });

  it('billPlan returns the packs and the allocation of a billing run', () => {
    const bill = right(
      billPlan(premium, contract, { packs: [{ id: 'P2', size: 2, at: '2026-03-01T10:00:00+02:00' }], incidents: [{ id: 'i1', openedAt: '2026-03-02T10:00:00+02:00' }] }, { currency: 'EUR' }),
    );
    expect(bill.packs?.map((p) => p.id)).toEqual(['P2']);
    expect(bill.incidents?.incidents).toEqual([{ id: 'i1', pack: 'P2' }]);
  });
});
