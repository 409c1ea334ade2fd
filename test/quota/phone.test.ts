import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { billPhoneCalls, money, type PhoneAllowance, type PhoneCall } from '../../src/index.js';
import { athens2025, clickMediaPhone, left, minutes, right, summary } from './fixtures.js';

const bill = (calls: PhoneCall[], allowance: PhoneAllowance = clickMediaPhone, contract = athens2025) =>
  right(billPhoneCalls(allowance, contract, calls));

describe('each call is rounded UP to whole 15-minute increments, call by call (ClickMedia)', () => {
  it('a 7-minute call uses 15 minutes of quota', () => {
    const s = bill([{ start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(7) }]);
    expect(s.lines[0]).toMatchObject({ billedMinutes: 15, coveredMinutes: 15, overageMinutes: 0, status: 'covered' });
  });
  it('a 16-minute call uses 30 minutes', () => {
    const s = bill([{ start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(16) }]);
    expect(s.lines[0]?.billedMinutes).toBe(30);
  });
  it('exactly 15:00 uses 15; one second more uses 30; half a second more too', () => {
    const s = bill([
      { start: '2025-03-03T10:00:00+02:00', durationSeconds: 900 },
      { start: '2025-04-03T10:00:00+03:00', durationSeconds: 901 },
      { start: '2025-05-03T10:00:00+03:00', durationSeconds: 900.5 },
    ]);
    expect(s.lines.map((l) => l.billedMinutes)).toEqual([15, 30, 30]);
  });
  it('rounds exactly: 900.0000000000001 s needs two increments, a 1e-300 s call one', () => {
    const s = bill([
      { start: '2025-03-03T10:00:00+02:00', durationSeconds: 900.0000000000001 },
      { start: '2025-04-03T10:00:00+03:00', durationSeconds: 1e-300 },
    ]);
    expect(s.lines.map((l) => l.billedMinutes)).toEqual([30, 15]);
  });
  it('a 0-second call (not connected) bills nothing', () => {
    const s = bill([{ start: '2025-03-03T10:00:00+02:00', durationSeconds: 0 }]);
    expect(s.lines[0]).toMatchObject({ billedMinutes: 0, coveredMinutes: 0, status: 'covered' });
  });
  it('two 7-minute calls use 30 minutes, not 15 (never aggregate-then-round)', () => {
    const s = bill([
      { start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(7) },
      { start: '2025-03-03T11:00:00+02:00', durationSeconds: minutes(7) },
    ]);
    expect(s.billedMinutes).toBe(30);
    expect(s.periods.find((p) => p.label === '2025-03')?.usedMinutes).toBe(30);
  });
  it('supports other increments (per-minute billing)', () => {
    const s = bill([{ start: '2025-03-03T10:00:00+02:00', durationSeconds: 61 }], { ...clickMediaPhone, increment: { minutes: 1 } });
    expect(s.lines[0]?.billedMinutes).toBe(2);
    expect(s.incrementMinutes).toBe(1);
  });
});

describe('1 h a month AND 12 h a year apply at once', () => {
  it('the monthly cap: 75 billed minutes in a month → 60 covered, 15 overage', () => {
    const s = bill([
      { id: 'a', start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(44) }, // 45
      { id: 'b', start: '2025-03-10T10:00:00+02:00', durationSeconds: minutes(25) }, // 30: 15 + 15
    ]);
    expect(summary(s)).toEqual([
      { billed: 45, covered: 45, overage: 0, charge: 0 },
      { billed: 30, covered: 15, overage: 15, charge: 1500 },
    ]);
    expect(s.lines[1]?.status).toBe('partial');
  });
  it('the yearly cap binds too: with 1 h/month and 2 h/year the third month is all overage', () => {
    const allowance: PhoneAllowance = { ...clickMediaPhone, limits: [{ per: 'month', limit: { hours: 1 } }, { per: 'year', limit: { hours: 2 } }] };
    const s = bill(
      [
        { start: '2025-01-10T10:00:00+02:00', durationSeconds: minutes(60) },
        { start: '2025-02-10T10:00:00+02:00', durationSeconds: minutes(60) },
        { start: '2025-03-10T10:00:00+02:00', durationSeconds: minutes(30) },
      ],
      allowance,
    );
    expect(s.lines.map((l) => l.coveredMinutes)).toEqual([60, 60, 0]);
    expect(s.lines[2]?.overageMinutes).toBe(30);
    const year = s.periods.find((p) => p.per === 'year');
    expect(year).toMatchObject({ label: '2025', limitMinutes: 120, usedMinutes: 120, remainingMinutes: 0 });
  });
  it('ClickMedia: a full hour in each of the 12 months exhausts exactly the 12 h of the year', () => {
    const calls = Array.from({ length: 12 }, (_, m) => ({
      start: DateTime.fromObject({ year: 2025, month: m + 1, day: 15, hour: 10 }, { zone: 'Europe/Athens' }),
      durationSeconds: minutes(60),
    }));
    const s = bill(calls);
    expect(s.coveredMinutes).toBe(720);
    expect(s.overageMinutes).toBe(0);
    expect(s.periods.filter((p) => p.per === 'month')).toHaveLength(12);
    expect(s.periods.find((p) => p.per === 'year')).toMatchObject({ usedMinutes: 720, remainingMinutes: 0 });
  });
  it('every line names the periods it counted against, one per limit', () => {
    const s = bill([{ start: '2025-03-03T10:00:00+02:00', durationSeconds: 60 }]);
    expect(s.lines[0]?.periods).toEqual(['2025-03', '2025']);
  });
  it('reports every touched period with limit, used and remaining, in limit order then time', () => {
    const s = bill([
      { start: '2025-04-03T10:00:00+03:00', durationSeconds: minutes(20) },
      { start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(70) },
    ]);
    expect(s.periods.map((p) => [p.per, p.label, p.limitMinutes, p.usedMinutes, p.remainingMinutes])).toEqual([
      ['month', '2025-03', 60, 60, 0],
      ['month', '2025-04', 60, 30, 30],
      ['year', '2025', 720, 90, 630],
    ]);
    const march = s.periods[0];
    expect(march?.start.toISO()).toBe('2025-03-01T00:00:00.000+02:00');
    expect(march?.end.toISO()).toBe('2025-04-01T00:00:00.000+03:00'); // after the DST change
  });
});

describe('unused time does not carry over', () => {
  it('15 minutes unused in January do not add to February', () => {
    const s = bill([
      { start: '2025-01-10T10:00:00+02:00', durationSeconds: minutes(45) },
      { start: '2025-02-10T10:00:00+02:00', durationSeconds: minutes(75) },
    ]);
    expect(summary(s)[1]).toEqual({ billed: 75, covered: 60, overage: 15, charge: 1500 });
  });
  it('a new contract year starts with a fresh yearly limit', () => {
    const allowance: PhoneAllowance = { ...clickMediaPhone, limits: [{ per: 'year', limit: { hours: 1 } }] };
    const s = bill(
      [
        { start: '2025-12-30T10:00:00+02:00', durationSeconds: minutes(60) },
        { start: '2026-01-02T10:00:00+02:00', durationSeconds: minutes(60) },
      ],
      allowance,
      { start: '2025-01-01', timeZone: 'Europe/Athens' },
    );
    expect(s.lines.map((l) => l.coveredMinutes)).toEqual([60, 60]);
  });
});

describe('time beyond a limit is overage at the man-hour rate, in the same increments', () => {
  it('a 61-minute call in a fresh month: 75 billed, 60 covered, 15 overage = 15.00 EUR at 60 EUR/h', () => {
    const s = bill([{ start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(61) }]);
    expect(summary(s)).toEqual([{ billed: 75, covered: 60, overage: 15, charge: 1500 }]);
    expect(s.total).toEqual(money('15.00', 'EUR'));
  });
  it('a call is split: covered in whole increments, the rest overage', () => {
    const s = bill([
      { start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(45) },
      { start: '2025-03-04T10:00:00+02:00', durationSeconds: minutes(40) }, // 45: 15 covered + 30 overage
    ]);
    expect(summary(s)[1]).toEqual({ billed: 45, covered: 15, overage: 30, charge: 3000 });
  });
  it('at 65 EUR/h a 15-minute overage costs 16.25 EUR', () => {
    const allowance: PhoneAllowance = { ...clickMediaPhone, overage: { hourlyRate: money('65', 'EUR') } };
    const s = bill([{ start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(70) }], allowance);
    expect(s.total).toEqual(money('16.25', 'EUR'));
  });
  it('charges round per line with the allowance rounding (halfUp default, up on request)', () => {
    // 60.01 EUR/h for 15 minutes = 15.0025 EUR
    const half: PhoneAllowance = { ...clickMediaPhone, overage: { hourlyRate: money('60.01', 'EUR') } };
    const up: PhoneAllowance = { ...clickMediaPhone, overage: { hourlyRate: money('60.01', 'EUR'), rounding: 'up' } };
    const calls = [{ start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(75) }];
    expect(bill(calls, half).total.amount).toBe(1500);
    expect(bill(calls, up).total.amount).toBe(1501);
  });
  it('the total is the sum of the line charges and the statement totals add up', () => {
    const s = bill([
      { start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(50) },
      { start: '2025-03-04T10:00:00+02:00', durationSeconds: minutes(50) },
      { start: '2025-03-05T10:00:00+02:00', durationSeconds: minutes(5) },
    ]);
    expect(s.total.amount).toBe(s.lines.reduce((sum, l) => sum + l.charge.amount, 0));
    expect(s.total.amount).toBe(7500); // 60 + 60 + 15 billed, 60 covered: 75 overage minutes
    expect(s.billedMinutes).toBe(s.coveredMinutes + s.overageMinutes);
    expect(s.overageMinutes).toBe(75);
  });
  it('a year-only allowance with a rate in JPY charges whole yen', () => {
    const allowance: PhoneAllowance = { increment: { minutes: 15 }, limits: [{ per: 'year', limit: { minutes: 0 } }], overage: { hourlyRate: money('9000', 'JPY') } };
    const s = bill([{ start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(10) }], allowance);
    expect(s.total).toEqual({ amount: 2250, currency: 'JPY' });
  });
});

describe("with overage 'refuse', time beyond a limit is refused, not charged", () => {
  const refuse: PhoneAllowance = { ...clickMediaPhone, overage: 'refuse' };
  it('a call with no room left is refused whole; a call partly covered has its tail refused', () => {
    const s = bill(
      [
        { start: '2025-03-03T10:00:00+02:00', durationSeconds: minutes(40) }, // 45 covered
        { start: '2025-03-04T10:00:00+02:00', durationSeconds: minutes(25) }, // 30: 15 covered, 15 refused
        { start: '2025-03-05T10:00:00+02:00', durationSeconds: minutes(5) }, // 15 refused
      ],
      refuse,
    );
    expect(s.lines.map((l) => [l.status, l.coveredMinutes, l.overageMinutes, l.refusedMinutes, l.charge.amount])).toEqual([
      ['covered', 45, 0, 0, 0],
      ['partial', 15, 0, 15, 0],
      ['refused', 0, 0, 15, 0],
    ]);
    expect(s.refusedMinutes).toBe(30);
    expect(s.overageMinutes).toBe(0);
    expect(s.total).toEqual({ amount: 0, currency: 'XXX' });
  });
  it("the statement's currency can be set for a refusing allowance", () => {
    const s = bill([{ start: '2025-03-03T10:00:00+02:00', durationSeconds: 1 }], { ...refuse, currency: 'EUR' });
    expect(s.total).toEqual({ amount: 0, currency: 'EUR' });
  });
});

describe('periods are in the contract time zone; a call belongs to the period it starts in', () => {
  it('a call at 23:50 UTC on Jan 31 is 01:50 on Feb 1 in Athens: it counts in February', () => {
    const s = bill([
      { id: 'jan', start: '2025-01-15T10:00:00+02:00', durationSeconds: minutes(60) },
      { id: 'feb', start: '2025-01-31T23:50:00Z', durationSeconds: minutes(20) },
    ]);
    expect(s.lines[1]).toMatchObject({ id: 'feb', coveredMinutes: 30, overageMinutes: 0, periods: ['2025-02', '2025'] });
    expect(s.lines[1]?.start.toISO()).toBe('2025-02-01T01:50:00.000+02:00');
  });
  it('the same instant in a New York contract is still January', () => {
    const s = bill(
      [
        { start: '2025-01-15T10:00:00-05:00', durationSeconds: minutes(60) },
        { start: '2025-01-31T23:50:00Z', durationSeconds: minutes(20) },
      ],
      clickMediaPhone,
      { start: '2025-01-01', timeZone: 'America/New_York' },
    );
    expect(s.lines[1]).toMatchObject({ coveredMinutes: 0, overageMinutes: 30, periods: ['2025-01', '2025'] });
  });
  it('a call starting at 23:55 on Jan 31 (Athens) and running into February counts in January', () => {
    const s = bill([{ start: '2025-01-31T23:55:00+02:00', durationSeconds: minutes(20) }]);
    expect(s.lines[0]?.periods).toEqual(['2025-01', '2025']);
    expect(s.periods.find((p) => p.label === '2025-02')).toBeUndefined();
  });
  it('a New Year call at 00:30 Athens on Jan 1 2026 (22:30 UTC on Dec 31) belongs to 2026', () => {
    const s = bill(
      [{ start: '2025-12-31T22:30:00Z', durationSeconds: 60 }],
      clickMediaPhone,
      { start: '2025-01-01', timeZone: 'Europe/Athens' },
    );
    expect(s.lines[0]?.periods).toEqual(['2026-01', '2026']);
  });
  it('accepts Date, luxon DateTime and epoch milliseconds as call starts, with the same result', () => {
    const iso = '2025-03-03T10:00:00+02:00';
    const ms = DateTime.fromISO(iso).toMillis();
    const s = bill([
      { start: new Date(ms), durationSeconds: minutes(20) },
      { start: DateTime.fromMillis(ms, { zone: 'Asia/Tokyo' }), durationSeconds: minutes(20) },
      { start: ms, durationSeconds: minutes(20) },
    ]);
    expect(s.lines.map((l) => l.start.toISO())).toEqual(Array(3).fill('2025-03-03T10:00:00.000+02:00'));
    expect(s.lines.map((l) => l.coveredMinutes)).toEqual([30, 30, 0]);
  });
});

describe('anniversary periods run from the contract start, month-end clamped', () => {
  const anniversary = { start: '2024-01-31', timeZone: 'Europe/Athens', periods: 'anniversary' as const };
  it('an anniversary on Jan 31 gives Feb 29 in 2024 and Feb 28 in 2025, then Mar 31', () => {
    const s = bill(
      [
        { start: '2024-02-28T12:00:00+02:00', durationSeconds: 60 },
        { start: '2024-02-29T12:00:00+02:00', durationSeconds: 60 },
        { start: '2025-02-27T12:00:00+02:00', durationSeconds: 60 },
        { start: '2025-02-28T12:00:00+02:00', durationSeconds: 60 },
        { start: '2025-03-31T00:00:00+03:00', durationSeconds: 60 },
      ],
      clickMediaPhone,
      anniversary,
    );
    expect(s.lines.map((l) => l.periods[0])).toEqual([
      '2024-01-31/2024-02-29',
      '2024-02-29/2024-03-31',
      '2025-01-31/2025-02-28',
      '2025-02-28/2025-03-31',
      '2025-03-31/2025-04-30',
    ]);
    expect(s.lines.map((l) => l.periods[1])).toEqual([
      '2024-01-31/2025-01-31',
      '2024-01-31/2025-01-31',
      '2025-01-31/2026-01-31',
      '2025-01-31/2026-01-31',
      '2025-01-31/2026-01-31',
    ]);
  });
  it('anniversary months cap usage separately from calendar months', () => {
    const contract = { start: '2025-01-15', timeZone: 'Europe/Athens', periods: 'anniversary' as const };
    const s = bill(
      [
        { start: '2025-02-10T10:00:00+02:00', durationSeconds: minutes(60) }, // period Jan 15 - Feb 15
        { start: '2025-02-20T10:00:00+02:00', durationSeconds: minutes(60) }, // period Feb 15 - Mar 15
      ],
      clickMediaPhone,
      contract,
    );
    expect(s.lines.map((l) => l.coveredMinutes)).toEqual([60, 60]);
    const feb = s.periods.find((p) => p.label === '2025-02-15/2025-03-15');
    expect(feb?.start.toISO()).toBe('2025-02-15T00:00:00.000+02:00');
  });
  it('a Feb 29 anniversary year runs to Feb 28 in common years', () => {
    const s = bill(
      [{ start: '2025-03-01T10:00:00+02:00', durationSeconds: 60 }],
      { ...clickMediaPhone, limits: [{ per: 'year', limit: { hours: 12 } }] },
      { start: '2024-02-29', timeZone: 'Europe/Athens', periods: 'anniversary' },
    );
    expect(s.lines[0]?.periods).toEqual(['2025-02-28/2026-02-28']);
  });
});

describe('calls may arrive unsorted: lines keep call order, allocation runs in time order', () => {
  it('the earlier call gets the quota even when listed last', () => {
    const s = bill([
      { id: 'late', start: '2025-03-20T10:00:00+02:00', durationSeconds: minutes(60) },
      { id: 'early', start: '2025-03-02T10:00:00+02:00', durationSeconds: minutes(60) },
    ]);
    expect(s.lines.map((l) => [l.id, l.index, l.coveredMinutes, l.overageMinutes])).toEqual([
      ['late', 0, 0, 60],
      ['early', 1, 60, 0],
    ]);
  });
  it('calls starting at the same instant are allocated in input order', () => {
    const s = bill([
      { id: 'a', start: '2025-03-02T10:00:00+02:00', durationSeconds: minutes(45) },
      { id: 'b', start: '2025-03-02T10:00:00+02:00', durationSeconds: minutes(45) },
    ]);
    expect(s.lines.map((l) => l.coveredMinutes)).toEqual([45, 15]);
  });
});

describe('bad input is an Issue with a path in a Left, all collected', () => {
  it('negative and non-finite durations point at calls[i].durationSeconds', () => {
    const issues = left(
      billPhoneCalls(clickMediaPhone, athens2025, [
        { start: '2025-03-02T10:00:00+02:00', durationSeconds: 60 },
        { start: '2025-03-02T10:00:00+02:00', durationSeconds: -1 },
        { start: '2025-03-02T10:00:00+02:00', durationSeconds: Number.NaN },
        { start: '2025-03-02T10:00:00+02:00', durationSeconds: Number.POSITIVE_INFINITY },
      ]),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['NEGATIVE_DURATION', ['calls', 1, 'durationSeconds']],
      ['NOT_A_NUMBER', ['calls', 2, 'durationSeconds']],
      ['NOT_A_NUMBER', ['calls', 3, 'durationSeconds']],
    ]);
  });
  it('a call outside the contract [start, end) is CALL_OUTSIDE_CONTRACT; the end is exclusive', () => {
    const issues = left(
      billPhoneCalls(clickMediaPhone, athens2025, [
        { start: '2025-01-01T00:00:00+02:00', durationSeconds: 60 }, // the first instant: inside
        { start: '2024-12-31T23:59:59+02:00', durationSeconds: 60 },
        { start: '2026-01-01T00:00:00+02:00', durationSeconds: 60 },
      ]),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['CALL_OUTSIDE_CONTRACT', ['calls', 1, 'start']],
      ['CALL_OUTSIDE_CONTRACT', ['calls', 2, 'start']],
    ]);
  });
  it('an instant without an offset is rejected', () => {
    const issues = left(billPhoneCalls(clickMediaPhone, athens2025, [{ start: '2025-03-02T10:00:00', durationSeconds: 60 }]));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['INSTANT_WITHOUT_OFFSET', ['calls', 0, 'start']]]);
  });
  it('collects allowance, contract and call issues together', () => {
    const issues = left(
      billPhoneCalls(
        {
          increment: { minutes: 0 },
          limits: [{ per: 'week' as never, limit: { hours: -1 } }],
          carryOver: 'month' as never,
          overage: { hourlyRate: { amount: 6000, currency: 'EURO' } },
        },
        { start: '2025-02-30', end: '2024-01-01', timeZone: 'Mars/Olympus' },
        [{ start: 'yesterday', durationSeconds: -5 }],
      ),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['INVALID_INCREMENT', 'allowance.increment'],
      ['INVALID_PERIODS', 'allowance.limits.0.per'],
      ['INVALID_LIMIT', 'allowance.limits.0.limit'],
      ['UNSUPPORTED_CARRY_OVER', 'allowance.carryOver'],
      ['UNKNOWN_CURRENCY', 'allowance.overage.hourlyRate.currency'],
      ['INVALID_TIME_ZONE', 'contract.timeZone'],
      ['INVALID_DATE', 'contract.start'],
      ['NEGATIVE_DURATION', 'calls.0.durationSeconds'],
      ['INSTANT_WITHOUT_OFFSET', 'calls.0.start'],
    ]);
  });
  it('rejects an allowance without limits, a bad overage, unknown keys and a contract ending before it starts', () => {
    const issues = left(
      billPhoneCalls(
        { increment: { minutes: 15 }, limits: [], overage: 'charge' as never, colour: 'red' } as never,
        { start: '2025-01-01', end: '2025-01-01', timeZone: 'Europe/Athens', periods: 'fiscal' as never },
        [],
      ),
    );
    expect(issues.map((i) => i.code)).toEqual(['UNKNOWN_KEY', 'NO_LIMITS', 'INVALID_OVERAGE', 'INVALID_PERIODS', 'CONTRACT_END_BEFORE_START']);
  });
  it('a refusing allowance with a currency different from its rate is rejected', () => {
    const issues = left(billPhoneCalls({ ...clickMediaPhone, currency: 'USD' }, athens2025, []));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['CURRENCY_MISMATCH', ['allowance', 'currency']]]);
  });
  it('durations beyond the safe-integer range of milliseconds are DURATION_OUT_OF_RANGE issues, not exceptions', () => {
    // { weeks: 1e306 } is Infinity ms: it used to throw a RangeError from BigInt(Infinity)
    const huge = left(
      billPhoneCalls({ ...clickMediaPhone, increment: { weeks: 1e306 }, limits: [{ per: 'month', limit: { weeks: 1e306 } }] }, athens2025, [
        { start: '2025-03-02T10:00:00+02:00', durationSeconds: 60 },
      ]),
    );
    expect(huge.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['DURATION_OUT_OF_RANGE', 'allowance.increment'],
      ['DURATION_OUT_OF_RANGE', 'allowance.limits.0.limit'],
    ]);
    // a call of 1e300 s used to give a Right with 1.7e298 billed "minutes" when refusing
    const call = left(
      billPhoneCalls({ ...clickMediaPhone, overage: 'refuse' }, athens2025, [
        { start: '2025-03-02T10:00:00+02:00', durationSeconds: 60 },
        { start: '2025-03-03T10:00:00+02:00', durationSeconds: 1e300 },
      ]),
    );
    expect(call.map((i) => [i.code, i.path])).toEqual([['DURATION_OUT_OF_RANGE', ['calls', 1, 'durationSeconds']]]);
  });
  it('no calls give an empty, zero statement', () => {
    const s = bill([]);
    expect(s.lines).toEqual([]);
    expect(s.periods).toEqual([]);
    expect(s.total).toEqual(money('0', 'EUR'));
  });
});

describe('the ClickMedia worked example of docs/quotas-and-billing.md', () => {
  it('7, 16 and 22 minutes in March: 15 + 30 + 30 billed, the last call split, 15.00 EUR', () => {
    const s = bill([
      { id: 'a', start: '2025-03-03T09:41:00+02:00', durationSeconds: 7 * 60 },
      { id: 'b', start: '2025-03-12T11:20:00+02:00', durationSeconds: 16 * 60 },
      { id: 'c', start: '2025-03-19T10:02:00+02:00', durationSeconds: 22 * 60 },
    ]);
    expect(summary(s)).toEqual([
      { billed: 15, covered: 15, overage: 0, charge: 0 },
      { billed: 30, covered: 30, overage: 0, charge: 0 },
      { billed: 30, covered: 15, overage: 15, charge: 1500 },
    ]);
    expect(s.total).toEqual(money('15.00', 'EUR'));
    expect(s.periods.map((p) => [p.label, p.limitMinutes, p.usedMinutes, p.remainingMinutes])).toEqual([
      ['2025-03', 60, 60, 0],
      ['2025', 720, 60, 660],
    ]);
  });
});
