/**
 * Plans for the schema test: the nine example plans, valid variations that both the JSON
 * Schema and parsePlan accept, bad plans that both reject, and plans that only parsePlan can
 * reject (cross-references and facts a schema cannot know: IANA zones, currencies, countries).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const plansDir = `${root}examples/plans`;

/** The nine example plan files: name → parsed JSON. */
export const examplePlans = (): Map<string, Record<string, unknown>> =>
  new Map(
    readdirSync(plansDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(`${plansDir}/${f}`, 'utf8')) as Record<string, unknown>]),
  );

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Plan = { [k: string]: Json };

/** A deep copy of an example plan. */
export const example = (file: string): Plan => JSON.parse(readFileSync(`${plansDir}/${file}`, 'utf8')) as Plan;

/** A small plan with every feature, the base of the variations. */
export const basePlan = (): Plan => ({
  id: 'base',
  calendars: {
    office: { timeZone: 'Europe/Athens', week: { mon: ['09:00-17:00'], fri: ['09:00-17:00'] }, holidays: [{ country: 'GR' }] },
    always: { alwaysOpen: 'Europe/Athens' },
  },
  defaultCalendar: 'office',
  priorities: [{ id: 'p1', name: 'Urgent' }, { id: 'p2' }],
  defaultPriority: 'p2',
  priorityMatrix: { impact: ['high', 'low'], urgency: ['high', 'low'], priority: [['p1', 'p1'], ['p1', 'p2']] },
  statuses: { open: 'active', waiting: 'paused', done: 'solved' },
  channels: { email: {}, phone: { calendar: 'office', priorities: ['p2'] } },
  clocks: [
    { id: 'response', kind: 'firstResponse', targets: { p1: { elapsedTime: { hours: 1 } }, p2: { businessTime: { hours: 8 } } } },
    {
      id: 'resolution',
      kind: 'resolution',
      targets: { p1: { earliestOf: [{ endOfBusinessDay: 0 }, { elapsedTime: { hours: 4 } }] }, p2: { businessDays: 5 } },
      pauseOn: ['waiting'],
      cycles: 'perCycle',
      onPriorityChange: 'earlierOf',
      warnings: [{ percent: 75 }, { remaining: { minutes: 30 } }],
      boundary: 'latest',
    },
  ],
  entitlements: {
    phone: {
      increment: { minutes: 15 },
      limits: [{ per: 'month', limit: { hours: 1 } }],
      carryOver: 'none',
      overage: { hourlyRate: { amount: 6000, currency: 'EUR' }, rounding: 'halfEven' },
    },
    incidentPacks: { sizes: [2, 4], validity: 'contractYear' },
    rates: { hourly: { major: '60.00', currency: 'EUR' }, surchargePercent: 50, maintenancePercent: 12.5, annualFee: { amount: 12000, currency: 'EUR' } },
  },
});

type Edit = (p: Plan) => void;
const at = (p: Plan, path: (string | number)[]): Plan => {
  let cur: Json = p;
  for (const k of path) cur = (cur as Record<string, Json>)[k as string] as Json;
  return cur as Plan;
};
const variant = (edit: Edit): Plan => {
  const p = basePlan();
  edit(p);
  return p;
};

/** Valid variations: the schema and parsePlan accept every one. */
export const goodPlans: [string, Plan][] = [
  ['the base plan', basePlan()],
  ['the minimum: one calendar, one priority, no clocks', { id: 'min', calendars: { c: { alwaysOpen: 'UTC' } }, defaultCalendar: 'c', priorities: [{ id: 'p' }], clocks: [] }],
  ['money in minor units and in major units', variant((p) => { at(p, ['entitlements', 'rates']).hourly = { amount: 7550, currency: 'EUR' }; })],
  ['a refused overage with a currency', variant((p) => { at(p, ['entitlements', 'phone']).overage = 'refuse'; at(p, ['entitlements', 'phone']).currency = 'EUR'; })],
  ['workingDayHours on a named calendar', variant((p) => { at(p, ['clocks', 0, 'targets']).p2 = { workingDayHours: { hours: 48 }, calendar: 'office' }; })],
  ['latestOf, nested in earliestOf', variant((p) => { at(p, ['clocks', 1, 'targets']).p2 = { earliestOf: [{ latestOf: [{ businessDays: 1 }, { businessTime: { minutes: 90 } }] }] }; })],
  ['pauseOn [] (never pauses)', variant((p) => { at(p, ['clocks', 1]).pauseOn = []; })],
  ['overnight and 24:00 intervals, overrides and closures', variant((p) => {
    at(p, ['calendars']).night = {
      timeZone: 'Europe/Moscow',
      week: { sat: ['22:00-06:00'], sun: ['00:00-24:00'] },
      overrides: [{ date: '2025-11-01', hours: ['10:00-18:00'] }],
      closures: [{ start: '2025-12-31T00:00:00+03:00', end: 1767225600000 }],
      holidays: [{ dates: ['2025-12-24'] }, { country: 'RU', types: ['public', 'bank'] }],
    };
  })],
  ['no entitlements, no channels, no statuses (the default ones)', variant((p) => { delete p.entitlements; delete p.channels; delete p.statuses; at(p, ['clocks', 1]).pauseOn = ['pending']; })],
  ['a $schema key for editors', variant((p) => { p.$schema = './node_modules/support-sla/plan.schema.json'; })],
  ['a percent given with decimals and a zero duration target', variant((p) => {
    at(p, ['entitlements', 'rates']).surchargePercent = 12.5;
    at(p, ['clocks', 0, 'targets']).p2 = { businessTime: { minutes: 0 } };
  })],
  ['incident packs without validity (contract year)', variant((p) => { at(p, ['entitlements']).incidentPacks = { sizes: [25] }; })],
];

/** Shape errors: both the schema and parsePlan reject each one; `path` is where parsePlan says so. */
export const badPlans: [string, Plan, (string | number)[]][] = [
  ['no id', variant((p) => { delete p.id; }), ['id']],
  ['an empty id', variant((p) => { p.id = ''; }), ['id']],
  ['an unknown top-level key', variant((p) => { p.prioritys = []; }), ['prioritys']],
  ['a description that is not text', variant((p) => { p.description = 42; }), ['description']],
  ['no calendars key', variant((p) => { delete p.calendars; }), ['calendars']],
  ['no defaultCalendar', variant((p) => { delete p.defaultCalendar; }), ['defaultCalendar']],
  ['a calendar without timeZone', variant((p) => { delete at(p, ['calendars', 'office']).timeZone; }), ['calendars', 'office', 'timeZone']],
  ['a week without open time', variant((p) => { at(p, ['calendars', 'office']).week = { mon: [], sun: [] }; }), ['calendars', 'office', 'week']],
  ['an interval past midnight of 24:00', variant((p) => { at(p, ['calendars', 'office', 'week']).mon = ['25:00-26:00']; }), ['calendars', 'office', 'week', 'mon', 0]],
  ['an interval without minutes', variant((p) => { at(p, ['calendars', 'office', 'week']).mon = ['9-17']; }), ['calendars', 'office', 'week', 'mon', 0]],
  ['an unknown weekday', variant((p) => { at(p, ['calendars', 'office', 'week']).mo = ['09:00-17:00']; }), ['calendars', 'office', 'week', 'mo']],
  ['a holiday source with country and dates', variant((p) => { at(p, ['calendars', 'office']).holidays = [{ country: 'GR', dates: ['2025-01-01'] }]; }), ['calendars', 'office', 'holidays', 0]],
  ['an override date not YYYY-MM-DD', variant((p) => { at(p, ['calendars', 'office']).overrides = [{ date: '2025-1-1', hours: [] }]; }), ['calendars', 'office', 'overrides', 0, 'date']],
  ['a closure instant without offset', variant((p) => { at(p, ['calendars', 'office']).closures = [{ start: '2025-01-01T00:00:00', end: '2025-01-02T00:00:00Z' }]; }), ['calendars', 'office', 'closures', 0, 'start']],
  ['alwaysOpen not a zone string', variant((p) => { at(p, ['calendars']).always = { alwaysOpen: 3 }; }), ['calendars', 'always', 'alwaysOpen']],
  ['no priorities', variant((p) => { p.priorities = []; }), ['priorities']],
  ['a priority without id', variant((p) => { p.priorities = [{ name: 'x' }]; }), ['priorities', 0, 'id']],
  ['a priority with an unknown key', variant((p) => { p.priorities = [{ id: 'p1', level: 1 }, { id: 'p2' }]; }), ['priorities', 0, 'level']],
  ['a matrix without its priority rows', variant((p) => { delete at(p, ['priorityMatrix']).priority; }), ['priorityMatrix', 'priority']],
  ['a status meaning something unknown', variant((p) => { at(p, ['statuses']).waiting = 'waiting'; }), ['statuses', 'waiting']],
  ['a channel with an unknown key', variant((p) => { at(p, ['channels']).email = { hours: '24/7' }; }), ['channels', 'email', 'hours']],
  ['clocks not an array', variant((p) => { p.clocks = {}; }), ['clocks']],
  ['a clock without kind', variant((p) => { delete at(p, ['clocks', 0]).kind; }), ['clocks', 0, 'kind']],
  ['a clock of an unknown kind', variant((p) => { at(p, ['clocks', 0]).kind = 'acknowledge'; }), ['clocks', 0, 'kind']],
  ['a target of two kinds', variant((p) => { at(p, ['clocks', 0, 'targets']).p1 = { businessTime: { hours: 1 }, elapsedTime: { hours: 1 } }; }), ['clocks', 0, 'targets', 'p1']],
  ['a negative target', variant((p) => { at(p, ['clocks', 0, 'targets']).p1 = { elapsedTime: { hours: -1 } }; }), ['clocks', 0, 'targets', 'p1', 'elapsedTime']],
  ['a target in months', variant((p) => { at(p, ['clocks', 0, 'targets']).p1 = { elapsedTime: { months: 1 } }; }), ['clocks', 0, 'targets', 'p1', 'elapsedTime', 'months']],
  ['endOfBusinessDay not a whole number', variant((p) => { at(p, ['clocks', 0, 'targets']).p1 = { endOfBusinessDay: 1.5 }; }), ['clocks', 0, 'targets', 'p1', 'endOfBusinessDay']],
  ['negative businessDays', variant((p) => { at(p, ['clocks', 0, 'targets']).p1 = { businessDays: -2 }; }), ['clocks', 0, 'targets', 'p1', 'businessDays']],
  ['an empty earliestOf', variant((p) => { at(p, ['clocks', 0, 'targets']).p1 = { earliestOf: [] }; }), ['clocks', 0, 'targets', 'p1', 'earliestOf']],
  ['an unknown cycle mode', variant((p) => { at(p, ['clocks', 1]).cycles = 'every'; }), ['clocks', 1, 'cycles']],
  ['an unknown priority-change policy', variant((p) => { at(p, ['clocks', 1]).onPriorityChange = 'reset'; }), ['clocks', 1, 'onPriorityChange']],
  ['an unknown boundary', variant((p) => { at(p, ['clocks', 1]).boundary = 'middle'; }), ['clocks', 1, 'boundary']],
  ['a negative warning percent', variant((p) => { at(p, ['clocks', 1]).warnings = [{ percent: -5 }]; }), ['clocks', 1, 'warnings', 0, 'percent']],
  ['an unknown key in entitlements', variant((p) => { at(p, ['entitlements']).support = true; }), ['entitlements', 'support']],
  ['a phone allowance without increment', variant((p) => { delete at(p, ['entitlements', 'phone']).increment; }), ['entitlements', 'phone', 'increment']],
  ['a phone allowance with no limits', variant((p) => { at(p, ['entitlements', 'phone']).limits = []; }), ['entitlements', 'phone', 'limits']],
  ['a weekly phone limit', variant((p) => { at(p, ['entitlements', 'phone', 'limits', 0]).per = 'week'; }), ['entitlements', 'phone', 'limits', 0, 'per']],
  ['a carry-over of unused time', variant((p) => { at(p, ['entitlements', 'phone']).carryOver = 'month'; }), ['entitlements', 'phone', 'carryOver']],
  ['an overage that is neither a rate nor refuse', variant((p) => { at(p, ['entitlements', 'phone']).overage = 'free'; }), ['entitlements', 'phone', 'overage']],
  ['an hourly rate in fractions of a cent', variant((p) => { at(p, ['entitlements', 'phone', 'overage']).hourlyRate = { amount: 60.5, currency: 'EUR' }; }), ['entitlements', 'phone', 'overage', 'hourlyRate', 'amount']],
  ['a currency in lower case', variant((p) => { at(p, ['entitlements', 'rates']).hourly = { major: '60', currency: 'eur' }; }), ['entitlements', 'rates', 'hourly', 'currency']],
  ['money with both amount and major', variant((p) => { at(p, ['entitlements', 'rates']).annualFee = { amount: 12000, major: '120', currency: 'EUR' }; }), ['entitlements', 'rates', 'annualFee']],
  ['a negative hourly rate', variant((p) => { at(p, ['entitlements', 'rates']).hourly = { major: '-60', currency: 'EUR' }; }), ['entitlements', 'rates', 'hourly']],
  ['a pack of zero incidents', variant((p) => { at(p, ['entitlements', 'incidentPacks']).sizes = [0, 4]; }), ['entitlements', 'incidentPacks', 'sizes', 0]],
  ['no pack sizes', variant((p) => { at(p, ['entitlements', 'incidentPacks']).sizes = []; }), ['entitlements', 'incidentPacks', 'sizes']],
  ['a pack size listed twice', variant((p) => { at(p, ['entitlements', 'incidentPacks']).sizes = [2, 4, 2]; }), ['entitlements', 'incidentPacks', 'sizes', 2]],
  ['a pack size that is not whole', variant((p) => { at(p, ['entitlements', 'incidentPacks']).sizes = [2.5]; }), ['entitlements', 'incidentPacks', 'sizes', 0]],
  ['an unknown pack validity', variant((p) => { at(p, ['entitlements', 'incidentPacks']).validity = 'forever'; }), ['entitlements', 'incidentPacks', 'validity']],
  ['a negative surcharge', variant((p) => { at(p, ['entitlements', 'rates']).surchargePercent = -50; }), ['entitlements', 'rates', 'surchargePercent']],
  ['a percent given as text', variant((p) => { at(p, ['entitlements', 'rates']).maintenancePercent = '12%'; }), ['entitlements', 'rates', 'maintenancePercent']],
  ['cycles on a clock that is not a resolution clock', variant((p) => { at(p, ['clocks', 0]).cycles = 'first'; }), ['clocks', 0, 'cycles']],
  ['an impact level listed twice', variant((p) => { at(p, ['priorityMatrix']).impact = ['high', 'high']; }), ['priorityMatrix', 'impact', 1]],
  ['a warning with both a percent and a remaining time', variant((p) => { at(p, ['clocks', 1]).warnings = [{ percent: 50, remaining: { minutes: 5 } }]; }), ['clocks', 1, 'warnings', 0]],
  ['a $schema that is not text', variant((p) => { p.$schema = 7; }), ['$schema']],
  ['an unknown rate', variant((p) => { at(p, ['entitlements', 'rates']).vatPercent = 24; }), ['entitlements', 'rates', 'vatPercent']],
];

/** Valid shapes the schema cannot reject; parsePlan does, at `path`. */
export const crossReferencePlans: [string, Plan, (string | number)[]][] = [
  ['defaultCalendar naming no calendar', variant((p) => { p.defaultCalendar = 'nowhere'; }), ['defaultCalendar']],
  ['an unknown time zone', variant((p) => { at(p, ['calendars', 'office']).timeZone = 'Europe/Atlantis'; }), ['calendars', 'office', 'timeZone']],
  ['an unknown country', variant((p) => { at(p, ['calendars', 'office']).holidays = [{ country: 'XX' }]; }), ['calendars', 'office', 'holidays', 0, 'country']],
  ['a priority listed twice', variant((p) => { p.priorities = [{ id: 'p1' }, { id: 'p2' }, { id: 'p1' }]; }), ['priorities', 2, 'id']],
  ['a defaultPriority naming no priority', variant((p) => { p.defaultPriority = 'p9'; }), ['defaultPriority']],
  ['a target for an unknown priority', variant((p) => { at(p, ['clocks', 0, 'targets']).p9 = { elapsedTime: { hours: 1 } }; }), ['clocks', 0, 'targets', 'p9']],
  ['a target on an unknown calendar', variant((p) => { at(p, ['clocks', 0, 'targets']).p2 = { businessTime: { hours: 1 }, calendar: 'nowhere' }; }), ['clocks', 0, 'targets', 'p2', 'calendar']],
  ['two clocks with one id', variant((p) => { at(p, ['clocks', 1]).id = 'response'; }), ['clocks', 1, 'id']],
  ['a matrix cell naming no priority', variant((p) => { at(p, ['priorityMatrix', 'priority'])[1] = ['p1', 'p7']; }), ['priorityMatrix', 'priority', 1, 1]],
  ['a matrix row short of a cell', variant((p) => { at(p, ['priorityMatrix', 'priority'])[1] = ['p1']; }), ['priorityMatrix', 'priority', 1]],
  ['a clock channel the plan does not serve', variant((p) => { at(p, ['clocks', 0]).channels = ['fax']; }), ['clocks', 0, 'channels', 0]],
  ['pauseOn naming an unknown status', variant((p) => { at(p, ['clocks', 1]).pauseOn = ['pending']; }), ['clocks', 1, 'pauseOn', 0]],
  ['a channel serving an unknown priority', variant((p) => { at(p, ['channels', 'phone']).priorities = ['p3']; }), ['channels', 'phone', 'priorities', 0]],
  ['a channel on an unknown calendar', variant((p) => { at(p, ['channels', 'phone']).calendar = 'nowhere'; }), ['channels', 'phone', 'calendar']],
  ['an unknown currency', variant((p) => { at(p, ['entitlements', 'rates']).annualFee = { major: '120', currency: 'ABC' }; }), ['entitlements', 'rates', 'annualFee', 'currency']],
  ['more decimals than the currency has', variant((p) => { at(p, ['entitlements', 'rates']).hourly = { major: '60.001', currency: 'EUR' }; }), ['entitlements', 'rates', 'hourly', 'major']],
  ['a zero phone increment', variant((p) => { at(p, ['entitlements', 'phone']).increment = { minutes: 0 }; }), ['entitlements', 'phone', 'increment']],
  ['rates in two currencies', variant((p) => { at(p, ['entitlements', 'rates']).annualFee = { major: '120', currency: 'USD' }; }), ['entitlements', 'rates', 'annualFee', 'currency']],
  ['a phone rate in another currency than the rates', variant((p) => { at(p, ['entitlements', 'phone', 'overage']).hourlyRate = { major: '60', currency: 'GBP' }; }), ['entitlements', 'phone', 'overage', 'hourlyRate', 'currency']],
];
