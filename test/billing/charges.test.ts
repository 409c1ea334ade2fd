import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  billPhoneCalls,
  buildInvoice,
  fixedFee,
  InvalidInputError,
  maintenanceFee,
  money,
  phoneOverageCharge,
  priceWork,
  sumMoney,
  type InvoiceItem,
} from '../../src/index.js';
import { athens2025, clickMediaPhone, left, right } from '../quota/fixtures.js';

describe('work is priced in 15-minute increments at the man-hour rate', () => {
  it('70 minutes at 60 EUR/h bill 75 minutes = 75.00 EUR', () => {
    const [line] = priceWork({ description: 'Fix checkout', duration: { minutes: 70 }, hourlyRate: money('60', 'EUR') });
    expect(line).toMatchObject({ kind: 'work', quantity: 1.25, unit: 'hour', amount: money('75', 'EUR'), unitPrice: money('60', 'EUR') });
  });
  it('at 90 EUR/h (the top of ClickMedia’s 60-90 range) 7 minutes cost a quarter hour, 22.50 EUR', () => {
    expect(priceWork({ description: 'Tweak', duration: { minutes: 7 }, hourlyRate: money('90', 'EUR') })[0]?.amount).toEqual(money('22.50', 'EUR'));
  });
  it('takes another increment and rounds the amount once', () => {
    const [line] = priceWork({ description: 'Call', duration: { minutes: 7 }, hourlyRate: money('61', 'EUR'), increment: { minutes: 6 } });
    expect(line?.quantity).toBeCloseTo(0.2, 12);
    expect(line?.amount).toEqual(money('12.20', 'EUR'));
    const [odd] = priceWork({ description: 'Odd', duration: { minutes: 15 }, hourlyRate: money('60.01', 'EUR'), rounding: 'up' });
    expect(odd?.amount.amount).toBe(1501);
  });
});

describe('the SLA surcharge: +50% on the man-hour cost (ClickMedia), configurable', () => {
  it('adds a surcharge line of 50% of the work line', () => {
    const lines = priceWork({
      description: 'Out-of-hours restore',
      duration: { minutes: 50 },
      hourlyRate: money('60', 'EUR'),
      surchargePercent: 50,
      surchargeDescription: 'SLA: out of hours (+50%)',
    });
    expect(lines.map((l) => [l.kind, l.description, l.amount.amount])).toEqual([
      ['work', 'Out-of-hours restore', 6000],
      ['surcharge', 'SLA: out of hours (+50%)', 3000],
    ]);
    expect(lines[1]).toMatchObject({ quantity: 50, unit: 'percent', unitPrice: money('60', 'EUR') });
  });
  it('a negotiated surcharge (e.g. 35%) works the same way, rounded once', () => {
    const lines = priceWork({ description: 'Priority fix', duration: { minutes: 15 }, hourlyRate: money('65', 'EUR'), surchargePercent: '35' });
    expect(lines[1]?.amount.amount).toBe(569); // 35% of 16.25 = 5.6875
  });
});

describe('maintenance at 12% of the project value, the phone package at 120 EUR', () => {
  it('12% of an 8 500 EUR project is 1 020 EUR a year', () => {
    const line = maintenanceFee({ description: 'Maintenance 2025', baseValue: money('8500', 'EUR'), percent: 12 });
    expect(line).toMatchObject({ kind: 'maintenance', amount: money('1020', 'EUR'), quantity: 12, unit: 'percent' });
  });
  it('rounds a fractional percentage of odd values once (12% of 1 234.56 = 148.1472 → 148.15)', () => {
    expect(maintenanceFee({ description: 'm', baseValue: money('1234.56', 'EUR'), percent: 12 }).amount).toEqual(money('148.15', 'EUR'));
  });
  it('the phone package is a 120 EUR fixed fee', () => {
    expect(fixedFee({ description: 'Phone support package 2025', amount: money('120', 'EUR') })).toEqual({
      kind: 'fee',
      description: 'Phone support package 2025',
      amount: money('120', 'EUR'),
    });
  });
  it('throws InvalidInputError on bad input to the line builders', () => {
    expect(() => priceWork({ description: 'x', duration: { minutes: -1 }, hourlyRate: money('60', 'EUR') })).toThrow(InvalidInputError);
    expect(() => maintenanceFee({ description: 'x', baseValue: money('1', 'EUR'), percent: -12 })).toThrow(/INVALID_PERCENT/);
    expect(() => fixedFee({ description: 'x', amount: { amount: 1, currency: 'EURO' } })).toThrow(/UNKNOWN_CURRENCY/);
  });
  it('a line beyond the safe-integer range of minor units is AMOUNT_OUT_OF_RANGE, never a rounded float', () => {
    // 1e6 hours at 90 000 000 000.00 EUR/h is 9e21 cents: it used to come back as { amount: 9e21 }
    const rate = { amount: 9_000_000_000_000, currency: 'EUR' };
    expect(() => priceWork({ description: 'x', duration: { hours: 1_000_000 }, hourlyRate: rate })).toThrow(/AMOUNT_OUT_OF_RANGE/);
    expect(() => maintenanceFee({ description: 'x', baseValue: { amount: 9_000_000_000_000_000, currency: 'EUR' }, percent: 1000 })).toThrow(
      /AMOUNT_OUT_OF_RANGE/,
    );
    const r = left(buildInvoice([{ kind: 'work', description: 'x', duration: { hours: 1_000_000 }, hourlyRate: rate }]));
    expect(r.map((i) => [i.code, i.path])).toEqual([['AMOUNT_OUT_OF_RANGE', ['items', 0]]]);
    // an increment of { weeks: 1e306 } (Infinity ms) used to throw a RangeError from BigInt(NaN)
    const inc = left(buildInvoice([{ kind: 'work', description: 'x', duration: { hours: 1 }, increment: { weeks: 1e306 }, hourlyRate: money('90', 'EUR') }]));
    expect(inc.map((i) => [i.code, i.path])).toEqual([['DURATION_OUT_OF_RANGE', ['items', 0, 'increment']]]);
  });
});

describe('buildInvoice itemises and totals exactly', () => {
  it('a ClickMedia year: package, maintenance, phone overage and an SLA job', () => {
    const statement = right(
      billPhoneCalls(clickMediaPhone, athens2025, [{ start: '2025-03-03T10:00:00+02:00', durationSeconds: 61 * 60 }]),
    );
    const items: InvoiceItem[] = [
      { kind: 'fee', description: 'Phone support package 2025', amount: money('120', 'EUR') },
      { kind: 'maintenance', description: 'Maintenance 2025 (12%)', baseValue: money('10000', 'EUR'), percent: 12 },
      { kind: 'phone', statement },
      { kind: 'work', description: 'Urgent fix', duration: { minutes: 20 }, hourlyRate: money('60', 'EUR'), surchargePercent: 50 },
    ];
    const invoice = right(buildInvoice(items));
    expect(invoice.lines.map((l) => [l.kind, l.amount.amount])).toEqual([
      ['fee', 12000],
      ['maintenance', 120000],
      ['phoneOverage', 1500],
      ['work', 3000],
      ['surcharge', 1500],
    ]);
    expect(invoice.total).toEqual(money('1380', 'EUR'));
    expect(invoice.total).toEqual(sumMoney(invoice.lines.map((l) => l.amount)));
    expect(phoneOverageCharge(statement).quantity).toBe(0.25);
  });
  it('collects every issue with item paths, including currency mixes', () => {
    const issues = left(
      buildInvoice([
        { kind: 'fee', description: 'ok', amount: money('1', 'EUR') },
        { kind: 'fee', description: 'usd', amount: money('1', 'USD') },
        { kind: 'work', description: 'bad', duration: { minutes: -5 }, hourlyRate: money('60', 'EUR'), increment: { minutes: 0 } },
        { kind: 'travel' } as never,
      ]),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['CURRENCY_MISMATCH', 'items.1'],
      ['NEGATIVE_DURATION', 'items.2.duration'],
      ['INVALID_INCREMENT', 'items.2.increment'],
      ['INVALID_CHARGE_ITEM', 'items.3.kind'],
    ]);
  });
  it('an empty invoice needs a currency', () => {
    expect(left(buildInvoice([])).map((i) => i.code)).toEqual(['REQUIRED']);
    expect(right(buildInvoice([], { currency: 'EUR' })).total).toEqual(money('0', 'EUR'));
  });
  it('property: the lines always sum to the total, to the cent', () => {
    const item: fc.Arbitrary<InvoiceItem> = fc.oneof(
      fc.record({
        kind: fc.constant('work' as const),
        description: fc.constant('w'),
        duration: fc.integer({ min: 0, max: 6000 }).map((m) => ({ minutes: m })),
        hourlyRate: fc.integer({ min: 0, max: 20000 }).map((a) => ({ amount: a, currency: 'EUR' })),
        surchargePercent: fc.constantFrom(0, 25, 50, '12.5'),
      }),
      fc.record({
        kind: fc.constant('maintenance' as const),
        description: fc.constant('m'),
        baseValue: fc.integer({ min: 0, max: 10_000_000 }).map((a) => ({ amount: a, currency: 'EUR' })),
        percent: fc.constantFrom(12, '12.5', 7),
      }),
      fc.record({ kind: fc.constant('fee' as const), description: fc.constant('f'), amount: fc.integer({ min: 0, max: 100000 }).map((a) => ({ amount: a, currency: 'EUR' })) }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), (items) => {
        const inv = right(buildInvoice(items, { currency: 'EUR' }));
        expect(inv.lines.reduce((s, l) => s + l.amount.amount, 0)).toBe(inv.total.amount);
        for (const l of inv.lines) expect(Number.isSafeInteger(l.amount.amount)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
