/**
 * Clock results built by hand, for unit tests of the words and the picture that do not depend
 * on the clock engine (the acceptance tests use real `evaluateTicket` results).
 */
import { DateTime, Duration } from 'luxon';
import type { ClockResult, ClosedDay, CycleResult, ExplanationStep, TicketSla } from '../../src/clocks/types.js';
import type { ClockKind, Target } from '../../src/plan/types.js';

type Step = ExplanationStep<DateTime<true>>;

export const at = (iso: string, zone: string): DateTime<true> => {
  const d = DateTime.fromISO(iso, { zone });
  if (!d.isValid) throw new Error(`bad instant ${iso}`);
  return d;
};

const dur = (ms: number): Duration<true> => Duration.fromMillis(ms) as Duration<true>;

export interface ClockSketch {
  clock?: string;
  kind?: ClockKind;
  priority?: string;
  target: Target;
  zone: string;
  calendar?: string;
  state?: ClockResult['state'];
  breached?: boolean;
  startedAt: string;
  dueAt: string | null;
  completedAt?: string | null;
  breachedAt?: string | null;
  budgetMs: number;
  remainingMs: number;
  closed?: { from: string; to: string; days: (ClosedDay & { names?: Record<string, string> })[] }[];
  pauses?: { from: string; to: string | null; status: string; openMs: number }[];
  priorityChanges?: { at: string; from: string; to: string; policy: 'keepElapsed' | 'restart' | 'earlierOf' }[];
  cause?: 'created' | 'customerMessage' | 'agentMessage' | 'reopened' | 'priorityChange';
  warnings?: { percent: number; at: string }[];
}

/** One cycle's figures from a sketch. */
export const cycle = (s: ClockSketch): CycleResult => {
  const z = s.zone;
  const steps: Step[] = [
    { step: 'start', at: at(s.startedAt, z), cause: s.cause ?? 'created' },
    { step: 'target', priority: s.priority ?? 'first', target: s.target, calendar: s.calendar ?? 'office', timeZone: z, budgetMs: s.budgetMs },
  ];
  const timed: [number, Step][] = [];
  for (const c of s.closed ?? []) timed.push([at(c.from, z).toMillis(), { step: 'closed', from: at(c.from, z), to: at(c.to, z), calendar: s.calendar ?? 'office', days: c.days }]);
  for (const p of s.pauses ?? []) timed.push([at(p.from, z).toMillis(), { step: 'pause', from: at(p.from, z), to: p.to === null ? null : at(p.to, z), status: p.status, openMs: p.openMs }]);
  for (const p of s.priorityChanges ?? []) timed.push([at(p.at, z).toMillis(), { step: 'priorityChange', at: at(p.at, z), from: p.from, to: p.to, policy: p.policy }]);
  timed.sort((a, b) => a[0] - b[0]);
  steps.push(...timed.map(([, st]) => st));
  const completedAt = s.completedAt == null ? null : at(s.completedAt, z);
  if (completedAt !== null) steps.push({ step: 'completed', at: completedAt });
  steps.push({ step: 'due', at: s.dueAt === null ? null : at(s.dueAt, z) });
  const elapsed = s.budgetMs - s.remainingMs;
  return {
    state: s.state ?? 'running',
    breached: s.breached ?? false,
    startedAt: at(s.startedAt, z),
    dueAt: s.dueAt === null ? null : at(s.dueAt, z),
    completedAt,
    breachedAt: s.breachedAt == null ? null : at(s.breachedAt, z),
    budget: dur(s.budgetMs),
    elapsed: dur(elapsed),
    remaining: dur(s.remainingMs),
    paused: dur((s.pauses ?? []).reduce((a, p) => a + p.openMs, 0)),
    elapsedWall: dur(0),
    pausedWall: dur(0),
    percent: s.budgetMs === 0 ? 100 : (elapsed / s.budgetMs) * 100,
    warnings: (s.warnings ?? []).map((w) => ({ threshold: { percent: w.percent }, at: at(w.at, z) })),
    explanation: steps,
  };
};

/** A clock result from a sketch (one cycle, or several). */
export const clock = (s: ClockSketch, earlier: ClockSketch[] = []): ClockResult => {
  const last = cycle(s);
  const all = [...earlier.map(cycle), last];
  return {
    ...last,
    breached: all.some((c) => c.breached),
    clock: s.clock ?? 'response',
    kind: s.kind ?? 'firstResponse',
    priority: s.priority ?? 'first',
    target: s.target,
    cycles: all,
  };
};

export const ticket = (clocks: ClockResult[], zone: string, createdAt: string, asOf: string, id = 'T-1'): TicketSla => ({
  id,
  priority: clocks[0]?.priority ?? 'first',
  createdAt: at(createdAt, zone),
  asOf: at(asOf, zone),
  entitlement: { entitled: true },
  timeZone: zone,
  clocks,
});

// ---------------------------------------------------------------------------------------------
// The scenarios
// ---------------------------------------------------------------------------------------------

const ATHENS = 'Europe/Athens';
const MOSCOW = 'Europe/Moscow';
const BRATISLAVA = 'Europe/Bratislava';
const H = 3_600_000;

const night = (date: string): ClosedDay => ({ date, reason: 'night' });
const weekend = (date: string): ClosedDay => ({ date, reason: 'weekend' });

/** ClickMedia, response in 4 business days across Greek Easter 2026 (Good Friday 10 April, Easter Monday 13 April). */
export const clickMediaEaster = (): ClockResult =>
  clock({
    clock: 'response',
    kind: 'firstResponse',
    priority: 'first',
    target: { businessDays: 4 },
    zone: ATHENS,
    startedAt: '2026-04-09T16:45:00',
    dueAt: '2026-04-17T16:45:00',
    budgetMs: 4 * 8 * H,
    remainingMs: 3 * 8 * H + 45 * 60_000,
    closed: [
      {
        from: '2026-04-09T17:30:00',
        to: '2026-04-14T09:30:00',
        days: [
          night('2026-04-09'),
          { date: '2026-04-10', reason: 'holiday', name: 'Good Friday', names: { en: 'Good Friday', el: 'Μεγάλη Παρασκευή' } },
          weekend('2026-04-11'),
          { date: '2026-04-12', reason: 'holiday', name: 'Easter Sunday', names: { en: 'Easter Sunday', el: 'Πάσχα' } },
          { date: '2026-04-13', reason: 'holiday', name: 'Easter Monday', names: { en: 'Easter Monday', el: 'Δευτέρα του Πάσχα' } },
          night('2026-04-14'),
        ],
      },
      { from: '2026-04-14T17:30:00', to: '2026-04-15T09:30:00', days: [night('2026-04-14'), night('2026-04-15')] },
      { from: '2026-04-15T17:30:00', to: '2026-04-16T09:30:00', days: [night('2026-04-15'), night('2026-04-16')] },
      { from: '2026-04-16T17:30:00', to: '2026-04-17T09:30:00', days: [night('2026-04-16'), night('2026-04-17')] },
    ],
  });

/** KliK basic, 48 working-day hours from Thu 30 April 2026 15:00, across 1-3 May. */
export const klikMay = (): ClockResult =>
  clock({
    clock: 'reaction',
    kind: 'firstResponse',
    priority: 'basic',
    target: { workingDayHours: { hours: 48 } },
    zone: MOSCOW,
    startedAt: '2026-04-30T15:00:00',
    dueAt: '2026-05-05T15:00:00',
    budgetMs: 48 * H,
    remainingMs: 48 * H - 9 * H - 12 * H,
    closed: [
      {
        from: '2026-05-01T00:00:00',
        to: '2026-05-04T00:00:00',
        days: [
          { date: '2026-05-01', reason: 'holiday', name: 'Spring and Labour Day', names: { en: 'Spring and Labour Day', ru: 'Праздник Весны и Труда' } },
          weekend('2026-05-02'),
          weekend('2026-05-03'),
        ],
      },
    ],
  });

/** A paused resolution clock (Slovak calendar): paused since Tuesday, no deadline. */
export const pausedSk = (): ClockResult =>
  clock({
    clock: 'resolution',
    kind: 'resolution',
    priority: 'high',
    target: { businessTime: { hours: 16 } },
    zone: BRATISLAVA,
    state: 'paused',
    startedAt: '2026-03-02T09:00:00',
    dueAt: null,
    budgetMs: 16 * H,
    remainingMs: 5 * H,
    pauses: [
      { from: '2026-03-02T13:00:00', to: '2026-03-02T15:30:00', status: 'pending', openMs: 2.5 * H },
      { from: '2026-03-03T14:00:00', to: null, status: 'onHold', openMs: 3 * H },
    ],
  });

/** A breached resolution clock: 1 h of real time, 2 h 15 min overdue at asOf. */
export const breachedAthens = (): ClockResult =>
  clock({
    clock: 'resolution',
    kind: 'resolution',
    priority: 'critical',
    target: { elapsedTime: { hours: 1 } },
    zone: ATHENS,
    breached: true,
    startedAt: '2026-04-09T10:00:00',
    dueAt: '2026-04-09T11:00:00',
    breachedAt: '2026-04-09T11:00:00',
    budgetMs: H,
    remainingMs: -(2 * H + 15 * 60_000),
    warnings: [{ percent: 75, at: '2026-04-09T10:45:00' }],
  });
