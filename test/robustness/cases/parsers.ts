/**
 * The random-input run (issue 10): every public function documented never to throw on data gets
 * hostile JSON-like values (test/robustness/hostile.ts), both as whole arguments and planted at
 * random paths of a valid input. Each call must return its `Either` (issues well-formed: a code,
 * a path, a message) or, for the functions documented to throw on bad data (`makeX`, `money`,
 * `priceWork`…), throw their documented `InvalidInputError`; and it must do so within a time
 * budget. Each target is one worker case returning a report; a hang kills the worker and names
 * the input it was working on.
 */
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import {
  allocateIncidents,
  allocatePlanIncidents,
  auditTicket,
  billPlan,
  freezeCalendarSpec,
  freezePlanSpec,
  makePhoneAllowance,
  parseEntitlements,
  parsePhoneAllowance,
  planIncidentPacks,
  pricePlanWork,
  billPhoneCalls,
  buildInvoice,
  complianceReport,
  evaluateTicket,
  evaluateTicketMillis,
  makePlan,
  parsePlan,
  safeParsePlan,
  type Plan,
  fixedFee,
  InvalidInputError,
  isOpenMillis,
  isUpgradeCovered,
  maintenanceFee,
  makeCalendar,
  makeHolidaySource,
  makeMoney,
  money,
  parseCalendar,
  parseHolidaySource,
  parseHolidaySources,
  parseMoney,
  priceWork,
  safeParseCalendar,
  safeParseHolidaySource,
  safeParseMoney,
  type Calendar,
} from '../../../src/index.js';
import type { BudgetCase } from '../budget.js';
import { describeHostile, hostileValue, mutate, mutation, realize } from '../hostile.js';
import { PLAN_SPEC } from './sla.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** A public function under test: its valid arguments, and how it may fail. */
export interface Target {
  /** Valid arguments (JSON data). */
  readonly valid: readonly unknown[];
  readonly call: (args: readonly unknown[]) => unknown;
  /** Documented to throw `InvalidInputError` on bad data (instead of returning issues). */
  readonly throwsInvalidInput?: boolean;
}

export interface FuzzReport {
  readonly calls: number;
  readonly lefts: number;
  readonly rights: number;
  readonly maxMs: number;
  readonly slowest: string;
  readonly failures: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// The targets
// ---------------------------------------------------------------------------------------------

const WEEK = { mon: ['09:00-17:00'], tue: ['09:00-12:00', '13:00-17:00'], fri: ['22:00-06:00'] };
const CALENDAR = {
  timeZone: 'Europe/Athens',
  week: WEEK,
  holidays: [{ country: 'GR' }, { dates: ['2025-12-24'] }],
  overrides: [{ date: '2025-06-07', hours: ['10:00-14:00'] }],
  closures: [{ start: '2025-08-01T00:00:00+03:00', end: '2025-08-02T00:00:00+03:00' }],
};
const ALLOWANCE = {
  increment: { minutes: 15 },
  limits: [{ per: 'month', limit: { hours: 1 } }, { per: 'year', limit: { hours: 12 } }],
  carryOver: 'none',
  overage: { hourlyRate: { amount: 6000, currency: 'EUR' }, rounding: 'halfUp' },
};
const CONTRACT = { start: '2025-01-01', end: '2026-01-01', timeZone: 'Europe/Athens', periods: 'calendar' };
const CALLS = [
  { id: 'a', start: '2025-03-03T10:00:00+02:00', durationSeconds: 420 },
  { id: 'b', start: '2025-03-04T10:00:00+02:00', durationSeconds: 2400.5 },
];
const PACKS = [{ id: 'P2', size: 2, validFrom: '2025-01-01T00:00:00+02:00', validTo: '2026-01-01T00:00:00+02:00' }];
const INCIDENTS = [
  { id: 'i1', openedAt: '2025-02-03T10:00:00+02:00' },
  { id: 'i2', openedAt: '2025-02-03T11:00:00+02:00', mergedInto: 'i1' },
  { id: 'i3', openedAt: '2025-02-10T10:00:00+02:00', reopens: { id: 'i1', closedAt: '2025-02-05T10:00:00+02:00' } },
];
const WORK = { description: 'Fix', duration: { minutes: 70 }, hourlyRate: { amount: 6000, currency: 'EUR' }, increment: { minutes: 15 }, surchargePercent: 50, rounding: 'halfEven' };
const ITEMS = [
  { kind: 'work', ...WORK },
  { kind: 'maintenance', description: 'Maintenance', baseValue: { amount: 1_000_000, currency: 'EUR' }, percent: 12 },
  { kind: 'fee', description: 'Phone package', amount: { amount: 12000, currency: 'EUR' } },
];

const PROBE = Date.UTC(2025, 5, 2, 10);
/** A parsed calendar is lazy: ask it one question, so that deferred work is exercised too. */
const probe = (r: unknown): unknown => {
  const e = r as E.Either<unknown, Calendar>;
  if (E.isRight(e)) isOpenMillis(e.right, PROBE);
  return r;
};

let thePlan: Plan | undefined;
const plan = (): Plan => (thePlan ??= makePlan(PLAN_SPEC));
const TICKET = {
  id: 'T1',
  events: [
    { type: 'created', at: '2025-06-02T10:00:00+03:00', channel: 'email', priority: 'p1', by: 'customer' },
    { type: 'message', at: '2025-06-02T10:30:00+03:00', author: 'agent', visibility: 'public' },
    { type: 'status', at: '2025-06-02T11:00:00+03:00', status: 'waiting' },
    { type: 'message', at: '2025-06-02T12:00:00+03:00', author: 'customer' },
    { type: 'priority', at: '2025-06-02T12:30:00+03:00', impact: 'low', urgency: 'low' },
    { type: 'status', at: '2025-06-03T11:00:00+03:00', status: 'done' },
  ],
};
const REPORT_OPTIONS = { from: '2025-06-01T00:00:00Z', to: '2025-07-01T00:00:00Z', asOf: '2025-07-01T00:00:00Z', by: ['clock', 'priority'] };

const ENTITLEMENTS = {
  phone: ALLOWANCE,
  rates: { hourly: { major: '60', currency: 'EUR' }, surchargePercent: 50, maintenancePercent: 12, annualFee: { major: '120', currency: 'EUR' } },
  incidentPacks: { sizes: [2, 4], validity: 'calendarYear' },
};
/** A billing plan whose entitlements are parsed (the plan is the programmer's, its usage is data). */
let theBilling: { id: string; entitlements: ReturnType<typeof parseEntitlements> extends E.Either<unknown, infer R> ? R : never } | undefined;
const billing = () => {
  if (theBilling === undefined) {
    const r = parseEntitlements(ENTITLEMENTS);
    if (E.isLeft(r)) throw new Error('the test entitlements are invalid');
    theBilling = { id: 'edges', entitlements: r.right };
  }
  return theBilling;
};
const PURCHASES = [{ id: 'P2', size: 2, at: '2025-01-05T10:00:00+02:00' }];
const USAGE = {
  calls: CALLS,
  work: [{ description: 'Fix', duration: { minutes: 50 }, surcharge: true }],
  maintenance: { baseValue: { amount: 1_000_000, currency: 'EUR' } },
  annualFee: true,
  packs: PURCHASES,
  incidents: INCIDENTS,
};
const CLAIMS = [{ clock: 'response', dueAt: '2025-06-02T11:00:00+03:00', breached: false }, { clock: 'resolution', dueAt: null }];

export const TARGETS: Record<string, Target> = {
  parsePhoneAllowance: { valid: [ALLOWANCE], call: ([a]) => parsePhoneAllowance(a) },
  makePhoneAllowance: { valid: [ALLOWANCE], call: ([a]) => makePhoneAllowance(a as never), throwsInvalidInput: true },
  parseEntitlements: { valid: [ENTITLEMENTS], call: ([a]) => parseEntitlements(a) },
  billPlan: { valid: [CONTRACT, USAGE, { reopenWindowDays: 7 }], call: ([c, u, o]) => billPlan(billing(), c as never, u as never, o as never) },
  planIncidentPacks: { valid: [CONTRACT, PURCHASES], call: ([c, p]) => planIncidentPacks(billing(), c as never, p as never) },
  allocatePlanIncidents: { valid: [CONTRACT, PURCHASES, INCIDENTS], call: ([c, p, i]) => allocatePlanIncidents(billing(), c as never, p as never, i as never) },
  pricePlanWork: { valid: [{ description: 'Fix', duration: { minutes: 50 }, surcharge: true }], call: ([w]) => pricePlanWork(billing(), w as never) },
  auditTicket: { valid: [TICKET, CLAIMS, '2025-06-04T10:00:00+03:00', { tolerance: { minutes: 1 } }], call: ([t, c, a, o]) => auditTicket(plan(), t as never, c as never, a as never, o as never) },
  freezeCalendarSpec: { valid: [{ timeZone: 'Europe/Athens', week: WEEK, holidays: [{ country: 'GR' }] }, { from: 2025, to: 2026 }], call: ([s, o]) => freezeCalendarSpec(s, o as never) },
  freezePlanSpec: { valid: [PLAN_SPEC, { from: 2025, to: 2026 }], call: ([s, o]) => freezePlanSpec(s, o as never) },
  parsePlan: { valid: [PLAN_SPEC], call: ([a]) => parsePlan(a) },
  safeParsePlan: { valid: [PLAN_SPEC], call: ([a]) => safeParsePlan(a) },
  makePlan: { valid: [PLAN_SPEC], call: ([a]) => makePlan(a), throwsInvalidInput: true },
  evaluateTicket: { valid: [TICKET, '2025-06-04T10:00:00+03:00'], call: ([t, asOf]) => evaluateTicket(plan(), t, asOf as string) },
  evaluateTicketMillis: { valid: [TICKET, Date.UTC(2025, 5, 4, 7)], call: ([t, asOf]) => evaluateTicketMillis(plan(), t, asOf as number) },
  complianceReport: { valid: [[TICKET, TICKET], REPORT_OPTIONS], call: ([ts, o]) => complianceReport(plan(), ts as never, o as never) },
  parseCalendar: { valid: [CALENDAR], call: ([a]) => probe(parseCalendar(a)) },
  safeParseCalendar: { valid: [CALENDAR], call: ([a]) => safeParseCalendar(a) },
  makeCalendar: { valid: [CALENDAR], call: ([a]) => makeCalendar(a as never), throwsInvalidInput: true },
  parseHolidaySource: { valid: [{ country: 'RU', types: ['public'] }, 'Europe/Moscow'], call: ([a, b]) => parseHolidaySource(a, b as string) },
  'parseHolidaySource (dates)': { valid: [{ dates: ['2025-01-02', '9999-12-31'] }, 'Asia/Tokyo'], call: ([a, b]) => parseHolidaySource(a, b as string) },
  parseHolidaySources: { valid: [[{ country: 'GR', sector: 'private' }, { dates: ['2025-12-24'] }], 'Europe/Athens'], call: ([a, b]) => parseHolidaySources(a, b as string) },
  safeParseHolidaySource: { valid: [{ country: 'SK' }, 'Europe/Bratislava'], call: ([a, b]) => safeParseHolidaySource(a, b as string) },
  makeHolidaySource: { valid: [{ country: 'SK' }, 'Europe/Bratislava'], call: ([a, b]) => makeHolidaySource(a, b as string), throwsInvalidInput: true },
  parseMoney: { valid: [{ major: '120.00', currency: 'EUR' }], call: ([a]) => parseMoney(a) },
  'parseMoney (minor)': { valid: [{ amount: 500, currency: 'JPY' }], call: ([a]) => parseMoney(a) },
  safeParseMoney: { valid: [{ major: '1.234', currency: 'KWD' }], call: ([a]) => safeParseMoney(a) },
  makeMoney: { valid: [{ amount: 1, currency: 'EUR' }], call: ([a]) => makeMoney(a), throwsInvalidInput: true },
  money: { valid: ['120.00', 'EUR'], call: ([a, b]) => money(a as string, b as string), throwsInvalidInput: true },
  billPhoneCalls: { valid: [ALLOWANCE, CONTRACT, CALLS], call: ([a, b, c]) => billPhoneCalls(a as never, b as never, c as never) },
  allocateIncidents: { valid: [PACKS, INCIDENTS, { reopenWindowDays: 7 }], call: ([a, b, c]) => allocateIncidents(a as never, b as never, c as never) },
  buildInvoice: { valid: [ITEMS, { currency: 'EUR' }], call: ([a, b]) => buildInvoice(a as never, b as never) },
  priceWork: { valid: [WORK], call: ([a]) => priceWork(a as never), throwsInvalidInput: true },
  maintenanceFee: { valid: [{ description: 'M', baseValue: { amount: 100, currency: 'EUR' }, percent: '12.5' }], call: ([a]) => maintenanceFee(a as never), throwsInvalidInput: true },
  fixedFee: { valid: [{ description: 'F', amount: { amount: 100, currency: 'EUR' } }], call: ([a]) => fixedFee(a as never), throwsInvalidInput: true },
  isUpgradeCovered: { valid: ['3.4.2', '3.9', 'major'], call: ([a, b, c]) => isUpgradeCovered(a as string, b as string, c as never), throwsInvalidInput: true },
};

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

/** Runs per target, and the seed (fixed: a failure is reproducible). */
export const RUNS = 120;
export const SEED = 20261201;

const argsArbitrary = (t: Target): fc.Arbitrary<unknown[]> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutate([...t.valid], ms) as unknown[]) },
    { weight: 1, arbitrary: fc.array(hostileValue, { minLength: t.valid.length, maxLength: t.valid.length }) },
  );

const wellFormedIssues = (issues: unknown): boolean =>
  Array.isArray(issues) &&
  issues.length > 0 &&
  issues.every(
    (i: unknown) =>
      i !== null &&
      typeof i === 'object' &&
      typeof (i as { code?: unknown }).code === 'string' &&
      Array.isArray((i as { path?: unknown }).path) &&
      typeof (i as { message?: unknown }).message === 'string',
  );

const fuzz = (name: string, t: Target, progress: (note: string) => void): FuzzReport => {
  const inputs = fc.sample(argsArbitrary(t), { numRuns: RUNS, seed: SEED + name.length });
  let lefts = 0;
  let rights = 0;
  let maxMs = 0;
  let slowest = '';
  const failures: string[] = [];
  inputs.forEach((args, k) => {
    const text = `#${k} ${describeHostile(args)}`;
    progress(text);
    const real = realize(args) as unknown[];
    const t0 = performance.now();
    let verdict: string | undefined;
    try {
      const r = t.call(real) as { _tag?: string; left?: unknown; success?: boolean; issues?: unknown };
      if (r !== null && typeof r === 'object' && (r._tag === 'Left' || r.success === false)) {
        lefts++;
        if (!wellFormedIssues(r._tag === 'Left' ? r.left : r.issues)) verdict = 'malformed issues';
      } else rights++;
    } catch (e) {
      if (t.throwsInvalidInput && e instanceof InvalidInputError && wellFormedIssues(e.issues)) lefts++;
      else verdict = `threw ${(e as Error)?.constructor?.name}: ${String((e as Error)?.message ?? e).slice(0, 160)}`;
    }
    const ms = performance.now() - t0;
    if (ms > maxMs) {
      maxMs = ms;
      slowest = text;
    }
    if (verdict !== undefined && failures.length < 8) failures.push(`${text}: ${verdict}`);
  });
  return { calls: inputs.length, lefts, rights, maxMs, slowest, failures };
};

export const cases: Record<string, BudgetCase<undefined>> = Object.fromEntries(
  Object.entries(TARGETS).map(([name, t]) => [
    name,
    {
      // warm: the first valid call loads date-holidays' data and builds zone tables
      setup: () => {
        try {
          t.call(t.valid);
        } catch {
          // reported by the run itself
        }
        return undefined;
      },
      run: (_: undefined, progress: (note: string) => void) => fuzz(name, t, progress),
      report: true,
    },
  ]),
);
