/**
 * A month of ClickMedia phone support, billed.
 *
 * ClickMedia (Greece) sells phone support at 120 EUR a year: 12 hours a year, at most 1 hour a
 * month, billed in 15-minute increments; unused time does not carry over; time beyond the cap is
 * billed as support work at the man-hour rate (60 EUR here) in the same increments.
 *
 * Run: npx tsx examples/billing.ts
 */
import { either as E } from 'fp-ts';
import {
  billPhoneCalls,
  buildInvoice,
  formatMoney,
  money,
  type Contract,
  type PhoneAllowance,
  type PhoneCall,
} from '../src/index.js';

const allowance: PhoneAllowance = {
  increment: { minutes: 15 },
  limits: [
    { per: 'month', limit: { hours: 1 } },
    { per: 'year', limit: { hours: 12 } },
  ],
  carryOver: 'none',
  overage: { hourlyRate: money('60.00', 'EUR') },
};

const contract: Contract = { start: '2025-01-01', end: '2026-01-01', timeZone: 'Europe/Athens' };

// March 2025, as the phone system exported it (not in time order).
const calls: PhoneCall[] = [
  { id: 'T-1042', start: '2025-03-12T11:20:00+02:00', durationSeconds: 16 * 60 },
  { id: 'T-1031', start: '2025-03-03T09:41:00+02:00', durationSeconds: 7 * 60 },
  { id: 'T-1036', start: '2025-03-06T15:05:00+02:00', durationSeconds: 12 * 60 + 30 },
  { id: 'T-1050', start: '2025-03-19T10:02:00+02:00', durationSeconds: 22 * 60 },
  { id: 'T-1057', start: '2025-03-26T16:45:00+02:00', durationSeconds: 35 * 60 + 10 },
  // a UTC timestamp: 07:45 UTC on March 31 is 10:45 in Athens (summer time since March 30)
  { id: 'T-1061', start: '2025-03-31T07:45:00Z', durationSeconds: 3 * 60 },
];

const result = billPhoneCalls(allowance, contract, calls);
if (E.isLeft(result)) {
  for (const i of result.left) console.error(`${i.path.join('.')}: ${i.message} [${i.code}]`);
  process.exit(1);
}
const statement = result.right;

const locale = 'el-GR';
const rows = statement.lines.map((l) => [
  l.id ?? '',
  l.start.toFormat('yyyy-MM-dd HH:mm'),
  `${Math.floor(l.durationSeconds / 60)}:${String(Math.round(l.durationSeconds % 60)).padStart(2, '0')}`,
  String(l.billedMinutes),
  String(l.coveredMinutes),
  String(l.overageMinutes),
  formatMoney(l.charge, locale),
]);
const header = ['call', 'start (Athens)', 'duration', 'billed', 'covered', 'overage', 'charge'];
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] as string).length)));
const format = (cells: string[]) => cells.map((cell, c) => (c >= 2 ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number))).join('  ');

console.log('ClickMedia phone support, March 2025 (minutes; 15-minute increments, 1 h a month, 12 h a year)\n');
console.log(format(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(format(r));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
console.log(
  format(['total', '', '', String(statement.billedMinutes), String(statement.coveredMinutes), String(statement.overageMinutes), formatMoney(statement.total, locale)]),
);

console.log('\nPeriods');
for (const p of statement.periods) {
  console.log(`  ${p.per.padEnd(5)} ${p.label.padEnd(8)} limit ${String(p.limitMinutes).padStart(3)}  used ${String(p.usedMinutes).padStart(3)}  remaining ${String(p.remainingMinutes).padStart(3)}`);
}

// The month's invoice: the overage as one line (the package fee is invoiced once a year).
const invoice = buildInvoice([{ kind: 'phone', statement, description: 'Phone support beyond 1 h (March 2025)' }]);
if (E.isRight(invoice)) {
  console.log('\nInvoice');
  for (const line of invoice.right.lines) console.log(`  ${line.description}: ${formatMoney(line.amount, locale)}`);
  console.log(`  Total: ${formatMoney(invoice.right.total, locale)}`);
}
