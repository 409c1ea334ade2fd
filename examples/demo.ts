/**
 * support-sla in one screen: the five vendors' support terms as plan files
 * (examples/plans/*.json), tickets evaluated on them, and bills computed from them.
 * Run with `npm run demo`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DateTime } from 'luxon';
import { either as E } from 'fp-ts';
import {
  allocatePlanIncidents,
  billPlan,
  billPlanPhoneCalls,
  evaluateTicket,
  explainClock,
  formatMoney,
  makePlan,
  money,
  type ClockResult,
  type Issue,
  type Plan,
  type Target,
  type TicketSla,
} from '../src/index.js';
import { table } from './table.js';

const out: string[] = [];
const plansDir = fileURLToPath(new URL('./plans/', import.meta.url));
const fmt = (d: DateTime | null): string => (d === null ? '-' : d.toFormat('ccc yyyy-MM-dd HH:mm'));
const short = (d: DateTime): string => d.toFormat('ccc d LLL HH:mm');
const eur = (m: { amount: number; currency: string }): string => formatMoney(m, 'en-GB');
const orThrow = <T>(r: E.Either<Issue[], T>): T => {
  if (E.isLeft(r)) throw new Error(r.left.map((i) => `${i.code} at ${i.path.join('.')}: ${i.message}`).join('\n'));
  return r.right;
};

// --- 1. the plan files ------------------------------------------------------------------------
// Each file is plain JSON, checked by parsePlan (every issue with its path) and by the JSON Schema
// support-sla/plan.schema.json that editors use. No vendor has a line of code of its own.
const plans = new Map<string, Plan>(
  readdirSync(plansDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const plan = makePlan(JSON.parse(readFileSync(`${plansDir}${f}`, 'utf8')));
      return [plan.id, plan];
    }),
);
const plan = (id: string): Plan => {
  const p = plans.get(id);
  if (p === undefined) throw new Error(`no plan ${id}`);
  return p;
};

const targetText = (t: Target): string => {
  const d = (x: unknown): string =>
    Object.entries(x as Record<string, number>)
      .map(([unit, n]) => `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`)
      .join(' ');
  if ('businessTime' in t) return `${d(t.businessTime)} of business time`;
  if ('elapsedTime' in t) return `${d(t.elapsedTime)} round the clock`;
  if ('workingDayHours' in t) return `${d(t.workingDayHours)} of working days`;
  if ('endOfBusinessDay' in t) return t.endOfBusinessDay === 0 ? 'within the business day' : `end of business day +${t.endOfBusinessDay}`;
  if ('businessDays' in t) return `${t.businessDays} ${t.calendar === 'always' ? 'calendar' : 'business'} days`;
  if ('earliestOf' in t) return `earliest of ${t.earliestOf.map(targetText).join(', ')}`;
  return `latest of ${t.latestOf.map(targetText).join(', ')}`;
};

out.push(
  table(
    'The nine plan files (examples/plans/*.json)',
    [...plans.values()].map((p) => ({
      plan: p.id,
      channels: Object.entries(p.channels ?? {})
        .map(([name, c]) => (c.calendar === undefined ? name : `${name} (${c.calendar})`))
        .join(', '),
      priorities: p.priorities.map((x) => x.id).join(' > '),
      clocks: p.clocks.length === 0 ? '(no time commitment)' : p.clocks.map((c) => c.id).join(', '),
      includes: [
        p.entitlements?.phone === undefined ? '' : 'phone time',
        p.entitlements?.incidentPacks === undefined ? '' : `packs of ${p.entitlements.incidentPacks.sizes.join('/')}`,
        p.entitlements?.rates?.hourly === undefined ? '' : `${eur(p.entitlements.rates.hourly)}/h`,
      ]
        .filter((s) => s !== '')
        .join(', '),
    })),
  ),
);

// --- 2. tickets evaluated through evaluateTicket -----------------------------------------------
// A ticket is its event log; every figure is computed by replaying it as of `asOf`.
interface DemoTicket {
  readonly id: string;
  readonly plan: string;
  readonly asOf: string;
  readonly events: readonly Record<string, unknown>[];
}
const tickets: DemoTicket[] = [
  {
    id: 'CM-101',
    plan: 'clickmedia',
    asOf: '2026-04-16T12:00:00+03:00',
    events: [
      { type: 'created', at: '2026-04-09T16:45:00+03:00', channel: 'email', priority: 'critical' },
      { type: 'message', at: '2026-04-09T16:55:00+03:00', author: 'agent' },
      { type: 'status', at: '2026-04-09T18:10:00+03:00', status: 'solved' },
    ],
  },
  { id: 'CM-102', plan: 'clickmedia', asOf: '2026-04-16T12:00:00+03:00', events: [{ type: 'created', at: '2026-04-09T16:45:00+03:00', channel: 'email', priority: 'first' }] },
  { id: 'CM-103', plan: 'clickmedia', asOf: '2026-04-13T12:00:00+03:00', events: [{ type: 'created', at: '2026-04-10T11:00:00+03:00', channel: 'email', priority: 'first' }] },
  { id: 'CM-104', plan: 'clickmedia', asOf: '2026-04-13T12:00:00+03:00', events: [{ type: 'created', at: '2026-04-09T12:00:00+03:00', channel: 'email' }] },
  { id: 'CM-105', plan: 'clickmedia', asOf: '2026-04-10T11:00:00+03:00', events: [{ type: 'created', at: '2026-04-10T11:00:00+03:00', channel: 'phone', priority: 'critical' }] },
  { id: 'KL-1', plan: 'klik-basic', asOf: '2026-01-12T09:00:00+03:00', events: [{ type: 'created', at: '2025-12-30T15:00:00+03:00', channel: 'email' }] },
  {
    id: 'KL-2',
    plan: 'klik-extended',
    asOf: '2025-11-05T09:00:00+03:00',
    events: [
      { type: 'created', at: '2025-10-31T17:00:00+03:00', channel: 'email' },
      { type: 'message', at: '2025-11-01T12:00:00+03:00', author: 'agent' },
    ],
  },
  { id: 'KL-3', plan: 'klik-free', asOf: '2025-12-30T15:00:00+03:00', events: [{ type: 'created', at: '2025-12-30T15:00:00+03:00', channel: 'email' }] },
  {
    id: 'CE-1',
    plan: 'cloudempiere',
    asOf: '2026-05-08T12:00:00+02:00',
    events: [
      { type: 'created', at: '2026-05-07T15:00:00+02:00', channel: 'portal', impact: 'high', urgency: 'medium' },
      { type: 'message', at: '2026-05-07T16:10:00+02:00', author: 'agent' },
      { type: 'status', at: '2026-05-07T16:30:00+02:00', status: 'waitingForCustomer' },
      { type: 'status', at: '2026-05-08T09:00:00+02:00', status: 'open' },
    ],
  },
  { id: 'CE-2', plan: 'cloudempiere', asOf: '2026-05-01T10:00:00+02:00', events: [{ type: 'created', at: '2026-05-01T10:00:00+02:00', channel: 'phone', impact: 'low', urgency: 'low' }] },
  {
    id: 'WA-1',
    plan: 'webarting-plus',
    asOf: '2026-04-12T05:00:00+03:00',
    events: [
      { type: 'created', at: '2026-04-12T03:00:00+03:00', channel: 'ticket', priority: 'critical' },
      { type: 'message', at: '2026-04-12T03:40:00+03:00', author: 'agent' },
    ],
  },
  { id: 'WA-2', plan: 'webarting-plus', asOf: '2026-04-14T10:00:00+03:00', events: [{ type: 'created', at: '2026-04-14T10:00:00+03:00', channel: 'phone', priority: 'critical' }] },
  { id: 'WA-3', plan: 'webarting-free', asOf: '2026-04-13T10:00:00+03:00', events: [{ type: 'created', at: '2026-04-09T10:00:00+03:00', channel: 'email' }] },
  { id: 'CT-1', plan: 'civiltech-premium', asOf: '2026-04-14T10:00:00+03:00', events: [{ type: 'created', at: '2026-04-14T10:00:00+03:00', channel: 'phone' }] },
];

/** Holidays named in a clock's explanation, up to its due instant. */
const holidaysSkipped = (c: ClockResult): string[] => [
  ...new Set(c.explanation.flatMap((s) => (s.step === 'closed' ? s.days.filter((d) => d.reason === 'holiday').map((d) => d.name ?? 'holiday') : []))),
];
const stateOf = (c: ClockResult): string =>
  c.state === 'completed' ? (c.breached ? 'breached (late)' : 'met') : c.breached ? `${c.state}, BREACHED` : c.state;
const why = (c: ClockResult): string => {
  const all = holidaysSkipped(c);
  const skipped = all.length > 3 ? [...all.slice(0, 3), `${all.length - 3} more`] : all;
  const paused = c.paused.toMillis() > 0 ? `, paused ${c.paused.shiftTo('hours', 'minutes').toHuman({ unitDisplay: 'short' })}` : '';
  return `${targetText(c.target)}${skipped.length > 0 ? `, skipping ${skipped.join(', ')}` : ''}${paused}`;
};

const evaluated = new Map<string, TicketSla>();
const rows: Record<string, string>[] = [];
for (const t of tickets) {
  const sla = orThrow(evaluateTicket(plan(t.plan), { id: t.id, events: t.events }, t.asOf));
  evaluated.set(t.id, sla);
  const base = { ticket: t.id, plan: t.plan, channel: sla.channel ?? '-', priority: sla.priority, created: fmt(sla.createdAt) };
  if (!sla.entitlement.entitled) rows.push({ ...base, clock: '-', due: '-', state: 'not entitled', why: sla.entitlement.reason });
  else if (sla.clocks.length === 0) rows.push({ ...base, clock: '-', due: '-', state: 'entitled', why: 'no time commitment in the plan' });
  else for (const c of sla.clocks) rows.push({ ...base, clock: c.clock, due: fmt(c.dueAt), state: stateOf(c), why: why(c) });
}
out.push(table('Tickets on the plans, evaluated with evaluateTicket (each as of its own instant)', rows));

// --- 3. one deadline in words, from the clock's explanation -----------------------------------
const explainInWords = (ticket: string, clockId: string): string => {
  const sla = evaluated.get(ticket) as TicketSla;
  const c = sla.clocks.find((x) => x.clock === clockId) as ClockResult;
  const lines: string[] = [];
  for (const s of c.explanation) {
    if (s.step === 'start') lines.push(`  started ${short(s.at)} (${s.cause})`);
    else if (s.step === 'target') lines.push(`  target: ${targetText(s.target)} on calendar '${s.calendar}' (${s.timeZone}) = ${s.budgetMs / 3_600_000} h of its open time`);
    else if (s.step === 'closed') {
      const named = s.days.filter((d) => d.reason !== 'night').map((d) => (d.reason === 'holiday' ? `${d.name} ${d.date.slice(5)}` : `${d.reason} ${d.date.slice(5)}`));
      lines.push(`  closed ${short(s.from)} to ${short(s.to)}${named.length > 0 ? `: ${named.join(', ')}` : ' (night)'}`);
    } else if (s.step === 'pause') lines.push(`  paused (${s.status}) ${short(s.from)} to ${s.to === null ? 'now' : short(s.to)}`);
    else if (s.step === 'priorityChange') lines.push(`  priority ${s.from} -> ${s.to} at ${short(s.at)} (${s.policy})`);
    else if (s.step === 'completed') lines.push(`  completed ${short(s.at)}`);
    else if (s.step === 'due') lines.push(`  due ${s.at === null ? '(paused)' : short(s.at)}`);
  }
  const skipped = holidaysSkipped(c);
  const sentence =
    c.dueAt === null
      ? `${ticket} ${clockId}: paused, no deadline until it runs again.`
      : `${ticket} ${clockId}: due ${short(c.dueAt)}: ${targetText(c.target)} from ${short(c.startedAt)}` +
        (skipped.length > 0 ? `, skipping ${skipped.slice(0, -1).join(', ')}${skipped.length > 1 ? ' and ' : ''}${skipped.at(-1) as string}.` : '.');
  return [`Why is it due then? ${sentence}`, ...lines, ''].join('\n');
};
out.push(explainInWords('CM-102', 'response'));
out.push(explainInWords('KL-1', 'reaction'));
// the library's own sentences (explainClock), in the customer's language
const clockOfTicket = (ticket: string, clock: string): ClockResult => (evaluated.get(ticket) as TicketSla).clocks.find((c) => c.clock === clock) as ClockResult;
out.push(
  [
    'The same deadlines from explainClock:',
    `  en: ${explainClock(clockOfTicket('CM-102', 'response'))}`,
    `  el: ${explainClock(clockOfTicket('CM-102', 'response'), { locale: 'el' })}`,
    `  en: ${explainClock(clockOfTicket('CE-1', 'resolution'))}`,
    `  sk: ${explainClock(clockOfTicket('CE-1', 'resolution'), { locale: 'sk' })}`,
    `  ru: ${explainClock(clockOfTicket('KL-1', 'reaction'), { locale: 'ru' })}`,
    `  el: ${explainClock((evaluated.get('WA-3') as TicketSla).clocks[0] as ClockResult, { locale: 'el' })}`,
    '',
  ].join('\n'),
);

// --- 4. billing from the plans ----------------------------------------------------------------
// ClickMedia's phone package comes from clickmedia.json: 15-minute increments, 1 h a month,
// 12 h a year, no carry-over, overage at the plan's man-hour rate.
const clickMedia = plan('clickmedia');
const contract = { start: '2026-01-01', end: '2027-01-01', timeZone: 'Europe/Athens' };
const calls = [
  { id: 'call-1', start: '2026-03-02T10:05:00+02:00', durationSeconds: 7 * 60 },
  { id: 'call-2', start: '2026-03-05T12:30:00+02:00', durationSeconds: 16 * 60 },
  { id: 'call-3', start: '2026-03-12T09:45:00+02:00', durationSeconds: 3 * 60 + 20 },
  { id: 'call-4', start: '2026-03-19T15:10:00+02:00', durationSeconds: 22 * 60 },
  { id: 'call-5', start: '2026-03-31T23:50:00+03:00', durationSeconds: 12 * 60 },
  { id: 'call-6', start: '2026-04-01T09:00:00+03:00', durationSeconds: 5 * 60 },
];
const statement = orThrow(billPlanPhoneCalls(clickMedia, contract, calls));
out.push(
  table(
    'ClickMedia phone calls, March 2026, billed from clickmedia.json (each call rounded UP to 15 min; 1 h a month; overage at the man-hour rate)',
    statement.lines.map((l) => ({
      call: l.id ?? '',
      start: fmt(l.start),
      'talked (min)': (l.durationSeconds / 60).toFixed(1),
      billed: l.billedMinutes,
      covered: l.coveredMinutes,
      overage: l.overageMinutes,
      charge: eur(l.charge),
    })),
  ),
);
out.push(
  table(
    `Quota periods (total overage charge ${eur(statement.total)})`,
    statement.periods.map((p) => ({ period: p.label, limit: p.limitMinutes, used: p.usedMinutes, remaining: p.remainingMinutes })),
  ),
);

// Civiltech Premium sells packs of 2, 4, 10 and 25 incidents valid per calendar year.
const civiltech = plan('civiltech-premium');
const purchases = [
  { id: 'pack-2 (2025)', size: 2, at: '2025-02-01T10:00:00+02:00' },
  { id: 'pack-4 (2026)', size: 4, at: '2026-01-05T10:00:00+02:00' },
];
const incidents = [
  { id: 'INC-1 phone', openedAt: '2025-03-03T10:00:00+02:00' },
  { id: 'INC-2 email', openedAt: '2025-12-31T16:00:00+02:00' },
  { id: 'INC-3 duplicate of INC-2', openedAt: '2025-12-31T16:30:00+02:00', mergedInto: 'INC-2 email' },
  { id: 'INC-4 phone', openedAt: '2026-01-02T10:00:00+02:00' },
  { id: 'INC-5 phone', openedAt: '2026-02-03T10:00:00+02:00' },
];
const allocation = orThrow(allocatePlanIncidents(civiltech, { start: '2025-01-01', timeZone: 'Europe/Athens' }, purchases, incidents));
out.push(
  table(
    'Civiltech Premium incidents, packs from civiltech-premium.json (valid per calendar year, earliest expiry first, duplicates free)',
    allocation.incidents.map((i) => ({ incident: i.id, pack: i.pack ?? '(free)' })),
  ),
);
out.push(table('Packs after allocation (unused incidents expire with the year)', allocation.packs.map((p) => ({ pack: p.id, size: p.size, used: p.used, remaining: p.remaining }))));

// One invoice from the plan's rates: the annual package, 12 % maintenance, work with the +50 % SLA
// surcharge, and the phone overage of the statement above.
const bill = orThrow(
  billPlan(clickMedia, contract, {
    annualFee: 'Phone support package 2026',
    maintenance: { baseValue: money('8500', 'EUR'), description: 'Maintenance 2026 (12 % of the e-shop)' },
    work: [
      { description: 'Site down on Saturday: restore', duration: { minutes: 95 }, surcharge: true },
      { description: 'New banner', duration: { minutes: 50 } },
    ],
    calls,
  }),
);
out.push(
  table(
    `ClickMedia invoice from the plan's rates (total ${eur(bill.invoice.total)})`,
    bill.invoice.lines.map((l) => ({ line: l.description, kind: l.kind, amount: eur(l.amount) })),
  ),
);

console.log(out.join('\n'));
