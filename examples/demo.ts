/**
 * support-sla in one screen: what the library does for the vendors of shared/seeds.
 * Run with `npm run demo`.
 */
import { DateTime } from 'luxon';
import { either as E } from 'fp-ts';
import {
  addBusinessDays,
  addBusinessTime,
  allocateIncidentsOrThrow,
  alwaysOpen,
  billPhoneCalls,
  businessTimeBetween,
  endOfBusinessDay,
  formatMoney,
  holidayCoverage,
  holidaysBetween,
  makeCalendar,
  money,
  wholeWorkingDays,
  type PhoneAllowance,
} from '../src/index.js';
import { table } from './table.js';

const out: string[] = [];
const fmt = (d: DateTime): string => d.toFormat('ccc yyyy-MM-dd HH:mm');

// --- ClickMedia (Greece): Mon-Fri 09:30-17:30, Greek public holidays ------------------------
const weekdays = (hours: string) => ({ mon: [hours], tue: [hours], wed: [hours], thu: [hours], fri: [hours] });
const clickMedia = makeCalendar({ timeZone: 'Europe/Athens', week: weekdays('09:30-17:30'), holidays: [{ country: 'GR' }] });

const easter = holidaysBetween(clickMedia, '2026-04-01T00:00:00+03:00', '2026-05-01T00:00:00+03:00');
out.push(table('Greek holidays in April 2026 (Orthodox Easter)', easter.map((h) => ({ date: h.date, holiday: h.name }))));

const tickets = [
  { id: 'CM-101', received: '2026-04-09T16:45:00+03:00', priority: 'critical' },
  { id: 'CM-102', received: '2026-04-09T16:45:00+03:00', priority: 'first' },
  { id: 'CM-103', received: '2026-04-10T11:00:00+03:00', priority: 'first' },
  { id: 'CM-104', received: '2026-04-09T12:00:00+03:00', priority: 'second' },
] as const;
const resolutionDeadline = (priority: string, received: string): DateTime => {
  if (priority === 'critical') return addBusinessTime(alwaysOpen('Europe/Athens'), received, { hours: 1 });
  if (priority === 'first') return endOfBusinessDay(clickMedia, received);
  return DateTime.fromISO(received, { setZone: true }).plus({ days: 7 });
};
out.push(
  table(
    'ClickMedia tickets across Greek Easter 2026 (response: 4 business days; resolution by priority)',
    tickets.map((t) => ({
      ticket: t.id,
      priority: t.priority,
      received: fmt(DateTime.fromISO(t.received, { zone: 'Europe/Athens' })),
      'response due': fmt(addBusinessDays(clickMedia, t.received, 4)),
      'resolution due': fmt(resolutionDeadline(t.priority, t.received).setZone('Europe/Athens')),
    })),
  ),
);

// --- KliK CRM (Russia): 48 h / 24 h on working-day hours, Russian production calendar -------
const klikOffice = makeCalendar({ timeZone: 'Europe/Moscow', week: weekdays('10:00-18:00'), holidays: [{ country: 'RU' }] });
const klikClock = wholeWorkingDays(klikOffice);
const klikRequests = [
  { at: '2025-06-06T15:00:00+03:00', note: 'Friday before a weekend' },
  { at: '2025-04-30T12:00:00+03:00', note: 'before the May holidays' },
  { at: '2025-10-31T17:00:00+03:00', note: 'working Saturday 1 Nov follows' },
  { at: '2025-12-30T15:00:00+03:00', note: 'New Year holidays 2026' },
];
out.push(
  table(
    'KliK CRM reaction deadlines: 48 h (Basic) and 24 h (Extended), hours of weekends and holidays not counted',
    klikRequests.map((r) => ({
      request: fmt(DateTime.fromISO(r.at, { zone: 'Europe/Moscow' })),
      note: r.note,
      'Basic 48 h': fmt(addBusinessTime(klikClock, r.at, { hours: 48 })),
      'Extended 24 h': fmt(addBusinessTime(klikClock, r.at, { hours: 24 })),
      '48 business hours (10-18)': fmt(addBusinessTime(klikOffice, r.at, { hours: 48 })),
    })),
  ),
);
out.push(
  table(
    'Holiday data behind the calendars',
    [...holidayCoverage(clickMedia), ...holidayCoverage(klikOffice)].map((c) => ({
      source: c.source,
      'official years': c.officialYears.join(', ') || '-',
      'basis of 2027': c.basis(2027),
    })),
  ),
);

// --- ClickMedia phone package: 1 h a month and 12 h a year, 15-minute increments -------------
const phone: PhoneAllowance = {
  increment: { minutes: 15 },
  limits: [
    { per: 'month', limit: { hours: 1 } },
    { per: 'year', limit: { hours: 12 } },
  ],
  carryOver: 'none',
  overage: { hourlyRate: money('60.00', 'EUR') },
};
const calls = [
  { id: 'call-1', start: '2026-03-02T10:05:00+02:00', durationSeconds: 7 * 60 },
  { id: 'call-2', start: '2026-03-05T12:30:00+02:00', durationSeconds: 16 * 60 },
  { id: 'call-3', start: '2026-03-12T09:45:00+02:00', durationSeconds: 3 * 60 + 20 },
  { id: 'call-4', start: '2026-03-19T15:10:00+02:00', durationSeconds: 22 * 60 },
  { id: 'call-5', start: '2026-03-31T23:50:00+03:00', durationSeconds: 12 * 60 },
  { id: 'call-6', start: '2026-04-01T09:00:00+03:00', durationSeconds: 5 * 60 },
];
const statement = billPhoneCalls(phone, { start: '2026-01-01', end: '2027-01-01', timeZone: 'Europe/Athens' }, calls);
if (E.isLeft(statement)) throw new Error(statement.left.map((i) => i.message).join('\n'));
out.push(
  table(
    'ClickMedia phone calls, March 2026 (each call rounded UP to 15 min; 1 h/month cap; overage at 60 EUR/h)',
    statement.right.lines.map((l) => ({
      call: l.id ?? '',
      start: fmt(l.start),
      'talked (min)': (l.durationSeconds / 60).toFixed(1),
      billed: l.billedMinutes,
      covered: l.coveredMinutes,
      overage: l.overageMinutes,
      charge: formatMoney(l.charge, 'en-GB'),
    })),
  ),
);
out.push(
  table(
    `Quota periods (total overage charge ${formatMoney(statement.right.total, 'en-GB')})`,
    statement.right.periods.map((p) => ({ period: p.label, limit: p.limitMinutes, used: p.usedMinutes, remaining: p.remainingMinutes })),
  ),
);

// --- Civiltech: Premium phone support sold in incident packs ---------------------------------
const allocation = allocateIncidentsOrThrow(
  [
    { id: 'pack-4 (2025)', size: 4, validFrom: '2025-01-01T00:00:00+02:00', validTo: '2026-01-01T00:00:00+02:00' },
    { id: 'pack-2 (2025 H2)', size: 2, validFrom: '2025-07-01T00:00:00+03:00', validTo: '2025-10-01T00:00:00+03:00' },
  ],
  [
    { id: 'INC-1', openedAt: '2025-07-02T10:00:00+03:00' },
    { id: 'INC-2', openedAt: '2025-07-03T10:00:00+03:00' },
    { id: 'INC-3', openedAt: '2025-07-03T11:00:00+03:00', mergedInto: 'INC-2' },
    { id: 'INC-4', openedAt: '2025-09-15T10:00:00+03:00' },
    { id: 'INC-5', openedAt: '2025-11-20T10:00:00+02:00' },
  ],
);
out.push(table('Civiltech incident packs: earliest expiry first, merged duplicates free', allocation.incidents.map((i) => ({ incident: i.id, pack: i.pack ?? '(free)' }))));
out.push(table('Packs after allocation', allocation.packs.map((p) => ({ pack: p.id, size: p.size, used: p.used, remaining: p.remaining }))));

const worked = businessTimeBetween(clickMedia, '2026-04-09T16:45:00+03:00', '2026-04-14T10:15:00+03:00');
out.push(`Business time between Thu 9 Apr 16:45 and Tue 14 Apr 10:15 (Easter in between): ${worked.as('hours')} h\n`);

console.log(out.join('\n'));
