/**
 * Billing from a plan: helpers that hand a plan's entitlements to the billing functions that
 * already exist (`billPhoneCalls`, `allocateIncidents`, `priceWork`, `maintenanceFee`,
 * `buildInvoice`), so that a billing run needs only the plan, the contract and the usage.
 * Nothing here computes money itself: the quota and billing layers do, exactly.
 */
import * as E from 'fp-ts/lib/Either.js';
import { describeValue, issue, isRecord, type Issue, type IssuePath } from '../internal/issues.js';
import { readArray, readRecord, readString } from '../internal/read.js';
import { IssueCode } from '../internal/codes.js';
import { readInstantMillis, toDateTime, type DurationInput, type InstantInput } from '../time/instant.js';
import type { Money } from '../money/money.js';
import {
  allocateIncidents,
  billPhoneCalls,
  type AllocateIncidentsOptions,
  type Contract,
  type Incident,
  type IncidentAllocation,
  type IncidentPack,
  type PhoneCall,
  type PhoneStatement,
} from '../quota/index.js';
import { readContract } from '../quota/phone-allowance.js';
import { periodContaining } from '../quota/periods.js';
import { buildInvoice, type ChargeLine, type Invoice, type InvoiceItem } from '../billing/index.js';
import type { PlanEntitlements } from './entitlements.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * What the billing helpers read of a plan: its id and entitlements (a parsed `Plan` has both).
 *
 * @example
 * ```ts
 * import { money, type PlanBilling } from 'support-sla';
 * const plan: PlanBilling = { id: 'acme', entitlements: { rates: { hourly: money('80', 'EUR') } } };
 * ```
 */
export interface PlanBilling {
  /** The plan's id (named in messages). */
  readonly id?: string;
  /** What the plan includes. */
  readonly entitlements?: PlanEntitlements;
}

/**
 * A pack bought under a plan: its id, its size (one of the plan's sizes) and when it was bought
 * (the instant selects the contract or calendar year the pack is valid for).
 *
 * @example
 * ```ts
 * import type { PackPurchase } from 'support-sla';
 * const purchase: PackPurchase = { id: 'P-2026-10', size: 10, at: '2026-01-15T10:00:00+02:00' };
 * ```
 */
export interface PackPurchase {
  /** Unique pack id. */
  readonly id: string;
  /** Number of incidents: one of the plan's `incidentPacks.sizes`. */
  readonly size: number;
  /** When it was bought: the pack is valid for the year (contract or calendar) containing it. */
  readonly at: InstantInput;
}

/**
 * Work done under a plan, priced at the plan's hourly rate; `surcharge: true` adds the plan's SLA
 * surcharge (ClickMedia: +50 % for first-priority or out-of-hours handling).
 *
 * @example
 * ```ts
 * import type { PlanWork } from 'support-sla';
 * const work: PlanWork = { description: 'Site down: restore (Saturday)', duration: { minutes: 95 }, surcharge: true };
 * ```
 */
export interface PlanWork {
  /** Text for the work line. */
  readonly description: string;
  /** Time worked (zero or more), rounded up to whole increments. */
  readonly duration: DurationInput;
  /** Add the plan's surcharge line. */
  readonly surcharge?: boolean;
  /** Text for the surcharge line. */
  readonly surchargeDescription?: string;
  /** Billing increment; default `{ minutes: 15 }`. */
  readonly increment?: DurationInput;
}

/**
 * A project's value, for the plan's maintenance percent.
 *
 * @example
 * ```ts
 * import { money, type PlanMaintenance } from 'support-sla';
 * const maintenance: PlanMaintenance = { baseValue: money('8500', 'EUR'), description: 'Maintenance 2026: e-shop' };
 * ```
 */
export interface PlanMaintenance {
  /** The project's value the percent applies to. */
  readonly baseValue: Money;
  /** Text for the line; default `'Maintenance: <percent> % of the project's value'`. */
  readonly description?: string;
}

/**
 * The usage of one billing run. Each part present is billed from the plan: calls against its
 * phone allowance, work at its hourly rate (and surcharge), maintenance at its percent, its
 * annual fee when asked for, packs and incidents against its incident packs.
 *
 * @example
 * ```ts
 * import { money, type PlanUsage } from 'support-sla';
 * const march: PlanUsage = {
 *   calls: [{ id: 'c1', start: '2026-03-02T10:05:00+02:00', durationSeconds: 7 * 60 }],
 *   work: [{ description: 'New banner', duration: { minutes: 50 } }],
 *   maintenance: { baseValue: money('8500', 'EUR') },
 *   annualFee: true,
 * };
 * ```
 */
export interface PlanUsage {
  /** Phone calls, billed against the plan's phone allowance (overage on the invoice). */
  readonly calls?: readonly PhoneCall[];
  /** Work, at the plan's hourly rate. */
  readonly work?: readonly PlanWork[];
  /** The maintenance fee of a project, at the plan's maintenance percent. */
  readonly maintenance?: PlanMaintenance;
  /** Put the plan's annual fee on the invoice (`true`, or the line's description). */
  readonly annualFee?: boolean | string;
  /** Incident packs bought under the plan. */
  readonly packs?: readonly PackPurchase[];
  /** Incidents to allocate to those packs. */
  readonly incidents?: readonly Incident[];
}

/**
 * Options of {@link billPlan}: the invoice currency when nothing is billed (default: the plan's
 * currency), and the reopen window of the incident allocation.
 *
 * @example
 * ```ts
 * import type { BillPlanOptions } from 'support-sla';
 * const options: BillPlanOptions = { reopenWindowDays: 14 };
 * ```
 */
export interface BillPlanOptions extends AllocateIncidentsOptions {
  /** The currency of an invoice with no lines; default the plan's currency. */
  readonly currency?: string;
}

/**
 * The result of a billing run: the phone statement and the incident allocation when there was
 * usage for them, and one invoice (annual fee, maintenance, work and surcharges, phone overage).
 *
 * @example
 * ```ts
 * import type { PlanBill } from 'support-sla';
 * const total = (bill: PlanBill) => bill.invoice.total;
 * ```
 */
export interface PlanBill {
  /** The phone statement, when `usage.calls` was given. */
  readonly phone?: PhoneStatement;
  /** The packs made from `usage.packs`. */
  readonly packs?: readonly IncidentPack[];
  /** The allocation, when `usage.packs` or `usage.incidents` was given. */
  readonly incidents?: IncidentAllocation;
  /** The invoice. */
  readonly invoice: Invoice;
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * Bills phone calls against the plan's phone allowance (`billPhoneCalls` with
 * `plan.entitlements.phone`). A plan without one is a `Left` (`ENTITLEMENT_MISSING` at
 * `['plan', 'entitlements', 'phone']`); issues of the allowance are reported under that path.
 *
 * @example
 * ```ts
 * import { billPlanPhoneCalls, money } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const plan = {
 *   entitlements: {
 *     phone: { increment: { minutes: 15 }, limits: [{ per: 'month' as const, limit: { hours: 1 } }], overage: { hourlyRate: money('60', 'EUR') } },
 *   },
 * };
 * const r = billPlanPhoneCalls(plan, { start: '2026-01-01', timeZone: 'Europe/Athens' }, [
 *   { start: '2026-03-02T10:00:00+02:00', durationSeconds: 70 * 60 },
 * ]);
 * E.isRight(r) && r.right.total; // { amount: 1500, currency: 'EUR' }: 15 minutes beyond the hour
 * ```
 */
export const billPlanPhoneCalls = (plan: PlanBilling, contract: Contract, calls: readonly PhoneCall[]): E.Either<Issue[], PhoneStatement> => {
  const phone = entitlementsOf(plan)?.phone;
  if (phone === undefined) return E.left([missing(plan, ['phone'], 'a phone allowance')]);
  return E.mapLeft(relocate)(billPhoneCalls(phone, contract, calls));
};

/**
 * Turns pack purchases into incident packs: each size must be one the plan sells
 * (`PACK_SIZE_NOT_IN_PLAN`), each purchase inside the contract (`PURCHASE_OUTSIDE_CONTRACT`);
 * a pack is valid for the contract year or calendar year (in the contract's zone) containing
 * its purchase, as the plan says, and never outside the contract.
 *
 * @example
 * ```ts
 * import { planIncidentPacks } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const plan = { entitlements: { incidentPacks: { sizes: [2, 4, 10, 25], validity: 'calendarYear' as const } } };
 * const r = planIncidentPacks(plan, { start: '2024-03-01', timeZone: 'Europe/Athens' }, [{ id: 'P10', size: 10, at: '2026-02-10T10:00:00+02:00' }]);
 * E.isRight(r) && [r.right[0]?.validFrom, r.right[0]?.validTo]; // ['2026-01-01T00:00:00.000+02:00', '2027-01-01T00:00:00.000+02:00']
 * ```
 */
export const planIncidentPacks = (plan: PlanBilling, contract: Contract, purchases: readonly PackPurchase[]): E.Either<Issue[], IncidentPack[]> => {
  const terms = entitlementsOf(plan)?.incidentPacks;
  if (terms === undefined) return E.left([missing(plan, ['incidentPacks'], 'incident packs')]);
  const issues: Issue[] = [];
  const c = readContract(contract, ['contract'], issues);
  const list = readArray(purchases, ['purchases'], issues);
  if (list === undefined) return E.left(issues);
  const packs: IncidentPack[] = [];
  list.forEach((item: unknown, i) => {
    const path = ['purchases', i];
    const p = readRecord(item, path, issues, ['id', 'size', 'at']);
    if (p === undefined) return;
    const id = readString(p['id'], [...path, 'id'], issues);
    const size = p['size'];
    if (typeof size !== 'number' || !terms.sizes.includes(size)) {
      issues.push(issue(IssueCode.PACK_SIZE_NOT_IN_PLAN, [...path, 'size'], `The plan sells packs of ${terms.sizes.join(', ')} incidents, not ${describeValue(size)}.`));
    }
    const atMs = readInstantMillis(p['at'], [...path, 'at'], issues);
    if (c === undefined || atMs === undefined || id === undefined || typeof size !== 'number') return;
    if (atMs < c.startMs || atMs >= c.endMs) {
      issues.push(issue(IssueCode.PURCHASE_OUTSIDE_CONTRACT, [...path, 'at'], 'The pack is bought outside the contract.'));
      return;
    }
    const anchor = terms.validity === 'calendarYear' ? 'calendar' : 'anniversary';
    const year = periodContaining(c.rules, 'year', anchor, c.anchorDays, c.rules.localDays(atMs));
    const from = Math.max(year.startMs, c.startMs);
    const to = Math.min(year.endMs, c.endMs);
    packs.push({ id, size, validFrom: isoOf(from, c.zone), validTo: isoOf(to, c.zone) });
  });
  return issues.length > 0 ? E.left(issues) : E.right(packs);
};

/**
 * Allocates incidents to the packs bought under the plan (`allocateIncidents` on
 * {@link planIncidentPacks}): earliest expiry first, merged duplicates and reopens within the
 * window free, the rest `'uncovered'`.
 *
 * @example
 * ```ts
 * import { allocatePlanIncidents } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const plan = { entitlements: { incidentPacks: { sizes: [2, 4], validity: 'calendarYear' as const } } };
 * const r = allocatePlanIncidents(plan, { start: '2026-01-01', timeZone: 'Europe/Athens' },
 *   [{ id: 'P2', size: 2, at: '2026-01-05T10:00:00+02:00' }],
 *   [{ id: 'i1', openedAt: '2026-02-01T10:00:00+02:00' }, { id: 'i2', openedAt: '2026-02-02T10:00:00+02:00' }, { id: 'i3', openedAt: '2026-02-03T10:00:00+02:00' }]);
 * E.isRight(r) && r.right.incidents.map((i) => i.pack); // ['P2', 'P2', 'uncovered']
 * ```
 */
export const allocatePlanIncidents = (
  plan: PlanBilling,
  contract: Contract,
  purchases: readonly PackPurchase[],
  incidents: readonly Incident[],
  options: AllocateIncidentsOptions = {},
): E.Either<Issue[], IncidentAllocation> => {
  const packs = planIncidentPacks(plan, contract, purchases);
  if (E.isLeft(packs)) {
    // the incidents and options are still read, so that their issues come in the same Left
    const rest = allocateIncidents([], incidents, options);
    return E.left([...packs.left, ...(E.isLeft(rest) ? rest.left : [])]);
  }
  // the packs were made (and checked) from the purchases: their issues are the purchases' ones, already reported
  return E.mapLeft((issues: Issue[]) => {
    const rest = issues.filter((i) => i.path[0] !== 'packs');
    return rest.length > 0 ? rest : issues;
  })(allocateIncidents(packs.right, incidents, options));
};

/**
 * Prices work at the plan's hourly rate (`priceWork`), with the plan's surcharge line when
 * `work.surcharge` is true. A plan without an hourly rate (or without a surcharge, when one is
 * asked for) is a `Left` with `ENTITLEMENT_MISSING`.
 *
 * @example
 * ```ts
 * import { pricePlanWork, money } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const plan = { entitlements: { rates: { hourly: money('60', 'EUR'), surchargePercent: 50 } } };
 * const r = pricePlanWork(plan, { description: 'Out-of-hours fix', duration: { minutes: 50 }, surcharge: true });
 * E.isRight(r) && r.right.map((l) => [l.kind, l.amount.amount]); // [['work', 6000], ['surcharge', 3000]]
 * ```
 */
export const pricePlanWork = (plan: PlanBilling, work: PlanWork): E.Either<Issue[], ChargeLine[]> => {
  const issues: Issue[] = [];
  const item = workItem(plan, work, ['work'], issues);
  if (item === undefined) return E.left(issues);
  const r = E.map((inv: Invoice) => inv.lines)(E.mapLeft(relocateItems(['work']))(buildInvoice([item])));
  // every issue in one pass: an unknown key of the work with the charge's own issues
  return issues.length === 0 ? r : E.left([...issues, ...(E.isLeft(r) ? r.left : [])]);
};

/**
 * The yearly maintenance fee of a project at the plan's maintenance percent (`maintenanceFee`).
 *
 * @example
 * ```ts
 * import { planMaintenanceFee, money } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const plan = { entitlements: { rates: { maintenancePercent: 12 } } };
 * const r = planMaintenanceFee(plan, { baseValue: money('8500', 'EUR') });
 * E.isRight(r) && r.right.amount; // { amount: 102000, currency: 'EUR' }
 * ```
 */
export const planMaintenanceFee = (plan: PlanBilling, maintenance: PlanMaintenance): E.Either<Issue[], ChargeLine> => {
  const issues: Issue[] = [];
  const item = maintenanceItem(plan, maintenance, ['maintenance'], issues);
  if (item === undefined) return E.left(issues);
  const r = E.map((inv: Invoice) => inv.lines[0] as ChargeLine)(E.mapLeft(relocateItems(['maintenance']))(buildInvoice([item])));
  return issues.length === 0 ? r : E.left([...issues, ...(E.isLeft(r) ? r.left : [])]);
};

/**
 * A whole billing run from the plan, the contract and the usage: the phone statement, the packs
 * and their allocation, and one invoice with, in this order, the annual fee, the maintenance
 * fee, each work line (and its surcharge) and the phone overage. Every issue of every part is
 * collected (paths under `['usage', …]`, `['contract', …]` or `['plan', 'entitlements', …]`).
 *
 * @example
 * ```ts
 * import { billPlan, money } from 'support-sla';
 * import { either as E } from 'fp-ts';
 * const plan = {
 *   id: 'clickmedia',
 *   entitlements: {
 *     phone: { increment: { minutes: 15 }, limits: [{ per: 'month' as const, limit: { hours: 1 } }], overage: { hourlyRate: money('60', 'EUR') } },
 *     rates: { hourly: money('60', 'EUR'), surchargePercent: 50, maintenancePercent: 12, annualFee: money('120', 'EUR') },
 *   },
 * };
 * const r = billPlan(plan, { start: '2026-01-01', timeZone: 'Europe/Athens' }, {
 *   annualFee: true,
 *   maintenance: { baseValue: money('10000', 'EUR') },
 *   work: [{ description: 'Urgent fix', duration: { minutes: 20 }, surcharge: true }],
 *   calls: [{ start: '2026-03-02T10:00:00+02:00', durationSeconds: 75 * 60 }],
 * });
 * E.isRight(r) && r.right.invoice.total; // { amount: 138000, currency: 'EUR' }: 120 + 1200 + 30 + 15 + 15
 * ```
 */
export const billPlan = (plan: PlanBilling, contract: Contract, usage: PlanUsage, options: BillPlanOptions = {}): E.Either<Issue[], PlanBill> => {
  const issues: Issue[] = [];
  const usageInput: unknown = usage;
  if (!isRecord(usageInput)) return E.left([issue(IssueCode.NOT_AN_OBJECT, ['usage'], 'usage must be an object { calls?, work?, maintenance?, annualFee?, packs?, incidents? }.')]);
  // snapshots with their keys checked: a misspelt key (`reopenWindowDay`, `incident`) is UNKNOWN_KEY, never ignored
  usage = (readRecord(usageInput, ['usage'], issues, USAGE_KEYS) ?? {}) as PlanUsage;
  options = (readRecord(options, ['options'], issues, ['currency', 'reopenWindowDays']) ?? {}) as BillPlanOptions;
  const ent = entitlementsOf(plan);
  const items: InvoiceItem[] = [];

  if (usage.annualFee !== undefined && usage.annualFee !== false) {
    const fee = ent?.rates?.annualFee;
    if (fee === undefined) issues.push(missing(plan, ['rates', 'annualFee'], 'an annual fee'));
    else items.push({ kind: 'fee', description: typeof usage.annualFee === 'string' ? usage.annualFee : `Annual fee${plan.id === undefined ? '' : ` (${plan.id})`}`, amount: fee });
  }
  if (usage.maintenance !== undefined) {
    const item = maintenanceItem(plan, usage.maintenance, ['usage', 'maintenance'], issues);
    if (item !== undefined) items.push(item);
  }
  const workItems: { item: InvoiceItem; path: IssuePath }[] = [];
  if (usage.work !== undefined) {
    (readArray(usage.work, ['usage', 'work'], issues) as PlanWork[] | undefined)?.forEach((w, i) => {
        const item = workItem(plan, w, ['usage', 'work', i], issues);
        if (item !== undefined) workItems.push({ item, path: ['usage', 'work', i] });
      });
  }
  const itemPaths: IssuePath[] = items.map((it) => (it.kind === 'fee' ? ['plan', 'entitlements', 'rates', 'annualFee'] : ['usage', 'maintenance']));
  for (const w of workItems) {
    items.push(w.item);
    itemPaths.push(w.path);
  }

  const currency = options.currency ?? planCurrency(ent);
  const relocateItem = (i: Issue): Issue =>
    i.path[0] === 'items' && typeof i.path[1] === 'number' ? { ...i, path: [...(itemPaths[i.path[1]] ?? ['usage']), ...i.path.slice(2)] } : i;
  // the charges are checked now, so that their issues come with every other part's
  if (items.length > 0) {
    const charges = buildInvoice(items, currency === undefined ? {} : { currency });
    if (E.isLeft(charges)) issues.push(...charges.left.map(relocateItem));
  }

  let phone: PhoneStatement | undefined;
  if (usage.calls !== undefined) {
    const r = billPlanPhoneCalls(plan, contract, usage.calls);
    if (E.isLeft(r)) issues.push(...r.left.map((i) => (i.path[0] === 'calls' ? { ...i, path: ['usage', ...i.path] } : i)));
    else {
      phone = r.right;
      items.push({ kind: 'phone', statement: r.right, description: 'Phone support beyond the allowance' });
      itemPaths.push(['usage', 'calls']);
    }
  }

  let packs: IncidentPack[] | undefined;
  let incidents: IncidentAllocation | undefined;
  if (usage.packs !== undefined || usage.incidents !== undefined) {
    const p = planIncidentPacks(plan, contract, usage.packs ?? []);
    if (E.isLeft(p)) {
      issues.push(...p.left.map((i) => (i.path[0] === 'purchases' ? { ...i, path: ['usage', 'packs', ...i.path.slice(1)] } : i)));
      // the incidents are still read, so that their issues come in the same Left
      const rest = allocateIncidents([], usage.incidents ?? [], { ...(options.reopenWindowDays === undefined ? {} : { reopenWindowDays: options.reopenWindowDays }) });
      if (E.isLeft(rest)) issues.push(...rest.left.map((i) => (i.path[0] === 'incidents' ? { ...i, path: ['usage', ...i.path] } : i)));
    } else {
      packs = p.right;
      const a = allocateIncidents(p.right, usage.incidents ?? [], { ...(options.reopenWindowDays === undefined ? {} : { reopenWindowDays: options.reopenWindowDays }) });
      if (E.isLeft(a)) issues.push(...a.left.map((i) => (i.path[0] === 'incidents' ? { ...i, path: ['usage', ...i.path] } : i)));
      else incidents = a.right;
    }
  }

  if (issues.length > 0) return E.left(issues);
  const invoice = buildInvoice(items, currency === undefined ? {} : { currency });
  if (E.isLeft(invoice)) return E.left(invoice.left.map(relocateItem));
  return E.right({
    ...(phone === undefined ? {} : { phone }),
    ...(packs === undefined ? {} : { packs }),
    ...(incidents === undefined ? {} : { incidents }),
    invoice: invoice.right,
  });
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const entitlementsOf = (plan: PlanBilling): PlanEntitlements | undefined => {
  const input: unknown = plan;
  return isRecord(input) ? plan.entitlements : undefined;
};

const missing = (plan: PlanBilling, path: IssuePath, what: string): Issue =>
  issue(
    IssueCode.ENTITLEMENT_MISSING,
    ['plan', 'entitlements', ...path],
    `The plan${isRecord(plan) && typeof plan.id === 'string' ? ` ${plan.id}` : ''} has no ${what} (entitlements.${path.join('.')}).`,
  );

/** billPhoneCalls reports the allowance under ['allowance']: that is the plan's phone entitlement. */
const relocate = (issues: Issue[]): Issue[] =>
  issues.map((i) => (i.path[0] === 'allowance' ? { ...i, path: ['plan', 'entitlements', 'phone', ...i.path.slice(1)] } : i));

const relocateItems =
  (path: IssuePath) =>
  (issues: Issue[]): Issue[] =>
    issues.map((i) => (i.path[0] === 'items' ? { ...i, path: [...path, ...i.path.slice(2)] } : i));

const USAGE_KEYS = ['calls', 'work', 'maintenance', 'annualFee', 'packs', 'incidents'];

const workItem = (plan: PlanBilling, input: PlanWork, path: IssuePath, issues: Issue[]): InvoiceItem | undefined => {
  const workInput: unknown = input;
  if (!isRecord(workInput)) {
    issues.push(issue(IssueCode.NOT_AN_OBJECT, path, 'Work is { description, duration, surcharge? }.'));
    return undefined;
  }
  const work = readRecord(workInput, path, issues, ['description', 'duration', 'surcharge', 'surchargeDescription', 'increment']) as PlanWork | undefined;
  if (work === undefined) return undefined;
  const rates = entitlementsOf(plan)?.rates;
  if (rates?.hourly === undefined) issues.push(missing(plan, ['rates', 'hourly'], 'an hourly rate'));
  if (work.surcharge === true && rates?.surchargePercent === undefined) issues.push(missing(plan, ['rates', 'surchargePercent'], 'a surcharge'));
  if (work.surcharge !== undefined && typeof work.surcharge !== 'boolean') {
    issues.push(issue(IssueCode.NOT_A_BOOLEAN, [...path, 'surcharge'], 'surcharge is true or false.'));
  }
  // a bad or unpriced surcharge does not stop the work itself from being read: its issues come with these
  if (rates?.hourly === undefined) return undefined;
  return {
    kind: 'work',
    description: work.description,
    duration: work.duration,
    hourlyRate: rates.hourly,
    ...(work.increment === undefined ? {} : { increment: work.increment }),
    ...(work.surcharge === true && rates.surchargePercent !== undefined
      ? {
          surchargePercent: rates.surchargePercent,
          surchargeDescription: work.surchargeDescription ?? `SLA surcharge +${rates.surchargePercent} % on ${typeof work.description === 'string' ? work.description : 'work'}`,
        }
      : {}),
  };
};

const maintenanceItem = (plan: PlanBilling, value: PlanMaintenance, path: IssuePath, issues: Issue[]): InvoiceItem | undefined => {
  const input: unknown = value;
  if (!isRecord(input)) {
    issues.push(issue(IssueCode.NOT_AN_OBJECT, path, 'Maintenance is { baseValue, description? }.'));
    return undefined;
  }
  const m = readRecord(input, path, issues, ['baseValue', 'description']) as PlanMaintenance | undefined;
  if (m === undefined) return undefined;
  const pct = entitlementsOf(plan)?.rates?.maintenancePercent;
  if (pct === undefined) {
    issues.push(missing(plan, ['rates', 'maintenancePercent'], 'a maintenance percent'));
    return undefined;
  }
  return { kind: 'maintenance', description: m.description ?? `Maintenance: ${pct} % of the project's value`, baseValue: m.baseValue, percent: pct };
};

const planCurrency = (ent: PlanEntitlements | undefined): string | undefined => {
  const r = ent?.rates;
  const phone = ent?.phone;
  return r?.hourly?.currency ?? r?.annualFee?.currency ?? (phone !== undefined && phone.overage !== 'refuse' ? phone.overage.hourlyRate.currency : phone?.currency);
};

/** An ISO instant with the zone's offset at `ms` (e.g. '2026-01-01T00:00:00.000+02:00'). */
const isoOf = (ms: number, zone: string): string => toDateTime(ms, zone).toISO() as string;
