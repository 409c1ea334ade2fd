/**
 * Issue 10, strict input: misspelt optional keys are UNKNOWN_KEY with their path (never silently
 * ignored: each of these changes a bill), every issue of an input comes back in one pass (an
 * input with several independent faults gets all of them, not the first), and currencies are
 * checked wherever money enters (a statement's `'EURO'` inside an invoice included).
 */
import { describe, expect, it } from 'vitest';
import { either as E } from 'fp-ts';
import {
  allocateIncidents,
  allocatePlanIncidents,
  billPhoneCalls,
  billPlan,
  buildInvoice,
  InvalidInputError,
  maintenanceFee,
  money,
  parseCalendar,
  parseHolidaySource,
  parseMoney,
  pricePlanWork,
  priceWork,
  type Issue,
  type PhoneStatement,
} from '../../src/index.js';
import { athens2025, clickMediaPhone } from '../quota/fixtures.js';

const codes = (r: E.Either<Issue[], unknown>): [string, string][] => {
  if (E.isRight(r)) throw new Error('expected a Left, got a Right');
  return r.left.map((i) => [i.code, i.path.join('.')]);
};
const thrown = (f: () => unknown): [string, string][] => {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidInputError) return e.issues.map((i) => [i.code, i.path.join('.')]);
    throw e;
  }
  throw new Error('expected an InvalidInputError');
};

const WORK = { description: 'Fix', duration: { minutes: 70 }, hourlyRate: money('60', 'EUR') };
const PACKS = [{ id: 'P2', size: 2, validFrom: '2025-01-01T00:00:00+02:00', validTo: '2026-01-01T00:00:00+02:00' }];
const PLAN = {
  id: 'clickmedia',
  entitlements: {
    phone: clickMediaPhone,
    rates: { hourly: money('60', 'EUR'), surchargePercent: 50, maintenancePercent: 12 },
    incidentPacks: { sizes: [2, 4], validity: 'calendarYear' as const },
  },
};

describe('a misspelt optional key is UNKNOWN_KEY with its path, never ignored', () => {
  it('surchargePercnt in work (priceWork, buildInvoice)', () => {
    expect(thrown(() => priceWork({ ...WORK, surchargePercnt: 50 } as never))).toEqual([['UNKNOWN_KEY', 'surchargePercnt']]);
    expect(codes(buildInvoice([{ kind: 'work', ...WORK, surchargePercnt: 50 } as never]))).toEqual([['UNKNOWN_KEY', 'items.0.surchargePercnt']]);
  });
  it('roundng in work, in a maintenance fee and in a phone allowance overage', () => {
    expect(thrown(() => priceWork({ ...WORK, roundng: 'down' } as never))).toEqual([['UNKNOWN_KEY', 'roundng']]);
    expect(thrown(() => maintenanceFee({ description: 'M', baseValue: money('100', 'EUR'), percent: 12, roundng: 'up' } as never))).toEqual([
      ['UNKNOWN_KEY', 'roundng'],
    ]);
    const allowance = { ...clickMediaPhone, overage: { hourlyRate: money('60', 'EUR'), roundng: 'down' } };
    expect(codes(billPhoneCalls(allowance as never, athens2025, []))).toEqual([['UNKNOWN_KEY', 'allowance.overage.roundng']]);
  });
  it('mergedinto in an incident (and in a plan billing run)', () => {
    const incidents = [
      { id: 'i1', openedAt: '2025-02-03T10:00:00+02:00' },
      { id: 'i2', openedAt: '2025-02-03T11:00:00+02:00', mergedinto: 'i1' },
    ];
    expect(codes(allocateIncidents(PACKS, incidents as never))).toEqual([['UNKNOWN_KEY', 'incidents.1.mergedinto']]);
    const purchases = [{ id: 'P2', size: 2, at: '2025-01-05T10:00:00+02:00' }];
    expect(codes(allocatePlanIncidents(PLAN, athens2025, purchases, incidents as never))).toEqual([['UNKNOWN_KEY', 'incidents.1.mergedinto']]);
  });
  it('reopenWindowDay in the allocation options and in the billing-run options', () => {
    expect(codes(allocateIncidents(PACKS, [], { reopenWindowDay: 30 } as never))).toEqual([['UNKNOWN_KEY', 'options.reopenWindowDay']]);
    expect(codes(billPlan(PLAN, athens2025, { incidents: [] }, { reopenWindowDay: 30 } as never))).toEqual([['UNKNOWN_KEY', 'options.reopenWindowDay']]);
  });
  it("a key inside a calendar's override or closure (the JSON schema forbids them too)", () => {
    const r = parseCalendar({
      timeZone: 'UTC',
      week: { mon: ['09:00-17:00'] },
      overrides: [{ date: '2025-01-06', hours: [], huors: ['10:00-12:00'] }],
      closures: [{ start: '2025-01-07T00:00:00Z', end: '2025-01-08T00:00:00Z', ends: '2025-01-09T00:00:00Z' }],
    });
    expect(codes(r)).toEqual([
      ['UNKNOWN_KEY', 'overrides.0.huors'],
      ['UNKNOWN_KEY', 'closures.0.ends'],
    ]);
  });
  it('a key inside money, a call, a pack, a reopen, an invoice option, plan work and usage', () => {
    expect(codes(parseMoney({ amount: 1, currency: 'EUR', cents: 1 }))).toEqual([['UNKNOWN_KEY', 'cents']]);
    expect(codes(billPhoneCalls(clickMediaPhone, athens2025, [{ start: '2025-03-03T10:00:00+02:00', durationSeconds: 60, duration: 1 } as never]))).toEqual([
      ['UNKNOWN_KEY', 'calls.0.duration'],
    ]);
    expect(codes(allocateIncidents([{ ...PACKS[0], sise: 4 } as never], []))).toEqual([['UNKNOWN_KEY', 'packs.0.sise']]);
    const reopen = [{ id: 'i3', openedAt: '2025-02-10T10:00:00+02:00', reopens: { id: 'i1', closedAt: '2025-02-05T10:00:00+02:00', closed: true } }];
    expect(codes(allocateIncidents(PACKS, reopen as never))).toEqual([['UNKNOWN_KEY', 'incidents.0.reopens.closed']]);
    expect(codes(buildInvoice([], { currency: 'EUR', curency: 'USD' } as never))).toEqual([['UNKNOWN_KEY', 'options.curency']]);
    expect(codes(pricePlanWork(PLAN, { description: 'x', duration: { minutes: 10 }, surchage: true } as never))).toEqual([['UNKNOWN_KEY', 'work.surchage']]);
    expect(codes(billPlan(PLAN, athens2025, { incident: [] } as never))).toEqual([['UNKNOWN_KEY', 'usage.incident']]);
  });
});

describe('every issue in one pass: two or three independent faults are all reported', () => {
  it('work: a negative duration, a zero increment and an unknown currency', () => {
    expect(
      thrown(() => priceWork({ description: 'x', duration: { minutes: -5 }, increment: { minutes: 0 }, hourlyRate: { amount: 6000, currency: 'EURO' } })),
    ).toEqual([
      ['NEGATIVE_DURATION', 'duration'],
      ['INVALID_INCREMENT', 'increment'],
      ['UNKNOWN_CURRENCY', 'hourlyRate.currency'],
    ]);
  });
  it('money: an unknown key, an unknown currency and a non-integer amount', () => {
    expect(codes(parseMoney({ amount: 1.5, currency: 'EURO', vat: 0 }))).toEqual([
      ['UNKNOWN_KEY', 'vat'],
      ['UNKNOWN_CURRENCY', 'currency'],
      ['INVALID_AMOUNT', 'amount'],
    ]);
  });
  it('a phone run: a bad increment, a bad rounding and a call with a bad start and duration', () => {
    const allowance = { ...clickMediaPhone, increment: { minutes: 0 }, overage: { hourlyRate: money('60', 'EUR'), rounding: 'nearest' } };
    expect(codes(billPhoneCalls(allowance as never, athens2025, [{ start: '2025-03-03T10:00:00', durationSeconds: -1 }]))).toEqual([
      ['INVALID_INCREMENT', 'allowance.increment'],
      ['INVALID_ROUNDING', 'allowance.overage.rounding'],
      ['NEGATIVE_DURATION', 'calls.0.durationSeconds'],
      ['INSTANT_WITHOUT_OFFSET', 'calls.0.start'],
    ]);
  });
  it('a phone run: a call of 1e300 s beside an unknown currency and a bad contract zone', () => {
    const allowance = { ...clickMediaPhone, overage: { hourlyRate: { amount: 6000, currency: 'EURO' } } };
    expect(codes(billPhoneCalls(allowance, { ...athens2025, timeZone: 'Europe/Atlantis' }, [{ start: '2025-03-03T10:00:00+02:00', durationSeconds: 1e300 }]))).toEqual([
      ['UNKNOWN_CURRENCY', 'allowance.overage.hourlyRate.currency'],
      ['INVALID_TIME_ZONE', 'contract.timeZone'],
      ['DURATION_OUT_OF_RANGE', 'calls.0.durationSeconds'],
    ]);
  });
  it('incidents: a bad pack size, a duplicate id and a self-merge', () => {
    const incidents = [
      { id: 'i1', openedAt: '2025-02-03T10:00:00+02:00' },
      { id: 'i1', openedAt: '2025-02-03T11:00:00+02:00', mergedInto: 'i1' },
    ];
    expect(codes(allocateIncidents([{ ...PACKS[0], size: 0 } as never], incidents, { reopenWindowDays: -1 }))).toEqual([
      ['INVALID_PACK_SIZE', 'packs.0.size'],
      ['DUPLICATE_ID', 'incidents.1.id'],
      ['SELF_MERGE', 'incidents.1.mergedInto'],
      ['INVALID_WINDOW', 'options.reopenWindowDays'],
    ]);
  });
  it('a holiday override: a bad year does not hide the bad dates and weekday beside it', () => {
    const r = parseHolidaySource(
      { country: 'SK', overrides: [{ year: 99, daysOff: ['2027-02-30'], workingDays: [{ date: '2027-01-09', hoursOf: 'monday' }] }] },
      'Europe/Bratislava',
    );
    expect(codes(r)).toEqual([
      ['INVALID_YEAR', 'overrides.0.year'],
      ['INVALID_DATE', 'overrides.0.daysOff.0'],
      ['UNKNOWN_WEEKDAY', 'overrides.0.workingDays.0.hoursOf'],
    ]);
  });
  it('a holiday source: an unknown sector, an unknown type and a misspelt key', () => {
    expect(codes(parseHolidaySource({ country: 'GR', sector: 'state', types: ['public', 'civic'], overide: [] }, 'Europe/Athens'))).toEqual([
      ['UNKNOWN_KEY', 'overide'],
      ['UNKNOWN_HOLIDAY_TYPE', 'types.1'],
      ['UNKNOWN_HOLIDAY_SECTOR', 'sector'],
    ]);
  });
  it('a calendar: a bad zone, a bad interval and a bad holiday date', () => {
    const r = parseCalendar({ timeZone: 'Europe/Atlantis', week: { mon: ['9-17'], tue: ['09:00-17:00'] }, holidays: [{ dates: ['2025-13-01'] }] });
    expect(codes(r)).toEqual(expect.arrayContaining([
      ['INVALID_TIME_ZONE', 'timeZone'],
      ['INVALID_INTERVAL', 'week.mon.0'],
      ['INVALID_DATE', 'holidays.0.dates.0'],
    ]));
  });
  it('an invoice: an unknown option currency, a bad item and a bad statement', () => {
    const statement = { total: { amount: 100, currency: 'EURO' }, overageMinutes: -1 };
    expect(
      codes(buildInvoice([{ kind: 'fee', description: 'f', amount: { amount: -1, currency: 'EUR' } }, { kind: 'phone', statement } as never], { currency: 'EUROS' })),
    ).toEqual([
      ['UNKNOWN_CURRENCY', 'options.currency'],
      ['NEGATIVE_AMOUNT', 'items.0.amount'],
      ['UNKNOWN_CURRENCY', 'items.1.statement.total.currency'],
      ['NOT_A_NUMBER', 'items.1.statement.overageMinutes'],
    ]);
  });
});

describe('currencies are checked wherever money enters', () => {
  const statement = (): PhoneStatement => {
    const r = billPhoneCalls(clickMediaPhone, athens2025, [{ start: '2025-03-03T10:00:00+02:00', durationSeconds: 61 * 60 }]);
    if (E.isLeft(r)) throw new Error('statement');
    return r.right;
  };
  it("buildInvoice rejects a statement whose total is in 'EURO' (not an ISO 4217 code)", () => {
    const s = statement();
    const bad = { ...s, total: { amount: s.total.amount, currency: 'EURO' } };
    expect(codes(buildInvoice([{ kind: 'phone', statement: bad }]))).toEqual([['UNKNOWN_CURRENCY', 'items.0.statement.total.currency']]);
  });
  it("buildInvoice rejects a statement line charged in 'EURO', and a statement in another currency than the invoice", () => {
    const s = statement();
    const lines = s.lines.map((l) => ({ ...l, charge: { ...l.charge, currency: 'EURO' } }));
    expect(codes(buildInvoice([{ kind: 'phone', statement: { ...s, lines } }]))).toEqual([['UNKNOWN_CURRENCY', 'items.0.statement.lines.0.charge.currency']]);
    const usdLines = s.lines.map((l) => ({ ...l, charge: { ...l.charge, currency: 'USD' } }));
    expect(codes(buildInvoice([{ kind: 'phone', statement: { ...s, lines: usdLines } }]))).toEqual([
      ['CURRENCY_MISMATCH', 'items.0.statement.lines.0.charge.currency'],
    ]);
    expect(codes(buildInvoice([{ kind: 'phone', statement: s }], { currency: 'USD' }))).toEqual([['CURRENCY_MISMATCH', 'items.0']]);
  });
  it('a valid statement still makes its overage line, its hours from the exact milliseconds', () => {
    const r = buildInvoice([{ kind: 'phone', statement: statement() }]);
    expect(E.isRight(r) && r.right.lines.map((l) => [l.kind, l.amount.amount, l.quantity])).toEqual([['phoneOverage', 1500, 0.25]]);
  });
  it("money entering elsewhere: a rate, an allowance currency, a fee, an invoice option, all 'EURO' → UNKNOWN_CURRENCY", () => {
    expect(codes(billPhoneCalls({ ...clickMediaPhone, overage: { hourlyRate: { amount: 6000, currency: 'EURO' } } }, athens2025, []))).toEqual([
      ['UNKNOWN_CURRENCY', 'allowance.overage.hourlyRate.currency'],
    ]);
    expect(codes(billPhoneCalls({ ...clickMediaPhone, overage: 'refuse', currency: 'EURO' }, athens2025, []))).toEqual([['UNKNOWN_CURRENCY', 'allowance.currency']]);
    expect(codes(buildInvoice([{ kind: 'fee', description: 'f', amount: { amount: 1, currency: 'EURO' } }]))).toEqual([['UNKNOWN_CURRENCY', 'items.0.amount.currency']]);
    expect(codes(buildInvoice([], { currency: 'EURO' }))).toEqual([['UNKNOWN_CURRENCY', 'options.currency']]);
    expect(codes(parseMoney({ major: '1', currency: 'eur' }))).toEqual([['UNKNOWN_CURRENCY', 'currency']]);
  });
});

describe('out-of-range durations and empty strings have their own codes', () => {
  it('DURATION_OUT_OF_RANGE for { hours: 1e308 } and a call of 1e300 s, INVALID_DURATION for { months: 1 }', () => {
    expect(thrown(() => priceWork({ ...WORK, duration: { hours: 1e308 } }))).toEqual([['DURATION_OUT_OF_RANGE', 'duration']]);
    expect(thrown(() => priceWork({ ...WORK, duration: { months: 1 } as never }))).toEqual([['INVALID_DURATION', 'duration.months']]);
    expect(codes(billPhoneCalls({ ...clickMediaPhone, overage: 'refuse' }, athens2025, [{ start: '2025-03-03T10:00:00+02:00', durationSeconds: 1e300 }]))).toEqual([
      ['DURATION_OUT_OF_RANGE', 'calls.0.durationSeconds'],
    ]);
  });
  it("EMPTY_STRING for an id '' and a country '', NOT_A_STRING for a number", () => {
    expect(codes(allocateIncidents([], [{ id: '', openedAt: '2025-02-03T10:00:00+02:00' }]))).toEqual([['EMPTY_STRING', 'incidents.0.id']]);
    expect(codes(allocateIncidents([], [{ id: 7 as never, openedAt: '2025-02-03T10:00:00+02:00' }]))).toEqual([['NOT_A_STRING', 'incidents.0.id']]);
    expect(codes(parseHolidaySource({ country: '  ' }, 'UTC'))).toEqual([['EMPTY_STRING', 'country']]);
  });
});
