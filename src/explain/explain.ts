/**
 * Deadlines in words: one short paragraph per clock, in English, Greek, Russian or Slovak, from
 * the clock's figures and its structured `explanation`.
 */
import type { DateTime } from 'luxon';
import type { ClockResult, ClosedDay, ExplanationStep } from '../clocks/types.js';
import type { Target } from '../plan/types.js';
import { toDurationMillis } from '../time/instant.js';
import { count, formatDayMonth, formatDuration, formatInstant, formatList, formatUntil, localName, resolveLocale, type ResolvedLocale } from './format.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link explainClock}.
 *
 * @example
 * ```ts
 * import type { ExplainClockOptions } from 'support-sla';
 * const options: ExplainClockOptions = { locale: 'ru' };
 * ```
 */
export interface ExplainClockOptions {
  /**
   * A BCP 47 tag. The words are English (`'en'`), Greek (`'el'`), Russian (`'ru'`) or Slovak
   * (`'sk'`) by the tag's language; any other language falls back to English. Dates follow the
   * tag when its language is one of those (`'en-US'` gives US dates), else `en-GB`.
   * Default `'en'`.
   */
  readonly locale?: string | undefined;
}


type Step = ExplanationStep<DateTime<true>>;
type StepOf<K extends Step['step']> = Extract<Step, { step: K }>;

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * One short paragraph explaining a clock's deadline in the language of `options.locale`: the
 * target in words and where it is counted from, what was skipped (nights, weekend days, each
 * holiday by its name in that language, closures), pauses, priority changes, the due instant in
 * the calendar's zone, and the outcome (time left, or by how much the clock is breached).
 *
 * Supported languages: `en`, `el`, `ru`, `sk`; other locales fall back to English. Counts use
 * `Intl.PluralRules` (Russian: 1 час, 2 часа, 5 часов), dates `Intl` through luxon.
 *
 * @example
 * ```ts
 * import { evaluateTicket, explainClock, makePlan } from 'support-sla';
 * import { either as E } from 'fp-ts';
 *
 * const plan = makePlan({
 *   id: 'athens', calendars: { office: { timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'], tue: ['09:30-17:30'],
 *     wed: ['09:30-17:30'], thu: ['09:30-17:30'], fri: ['09:30-17:30'] }, holidays: [{ country: 'GR' }] } },
 *   defaultCalendar: 'office', priorities: [{ id: 'first' }],
 *   clocks: [{ id: 'response', kind: 'firstResponse', targets: { first: { businessDays: 4 } } }],
 * });
 * const sla = evaluateTicket(plan, { events: [{ type: 'created', at: '2026-04-09T16:45:00+03:00', priority: 'first' }] },
 *   '2026-04-14T10:00:00+03:00');
 * if (E.isRight(sla)) explainClock(sla.right.clocks[0]!, { locale: 'el' });
 * // '«response» (πρώτη απάντηση, προτεραιότητα first): προθεσμία Παρ 17 Απριλίου 2026 στις 16:45 (Europe/Athens). …
 * //  Δεν μετρήθηκαν: …, Μεγάλη Παρασκευή (10 Απριλίου) …'
 * ```
 */
export const explainClock = (result: ClockResult, options: ExplainClockOptions = {}): string => {
  const loc = resolveLocale(options.locale);
  const m = loc.messages;
  const steps = result.explanation;
  const targetStep = lastStep(steps, 'target');
  const startStep = lastStep(steps, 'start');
  const zone = targetStep?.timeZone ?? result.dueAt?.zoneName ?? result.startedAt.zoneName ?? 'UTC';
  const at = (t: DateTime): string => formatInstant(loc, t, zone);
  const realTime = 'elapsedTime' in (targetStep?.target ?? result.target);
  const duration = (ms: number): string => formatDuration(loc, ms, realTime);

  // head and deadline
  const cycles = result.cycles;
  const last = cycles.length > 0 ? (cycles[cycles.length - 1] as (typeof cycles)[number]) : result;
  let head = m.head(result.clock, m.kind[result.kind], result.priority);
  if (cycles.length > 1) head += `, ${m.cycle(cycles.length, cycles.length)}`;
  const sentences: string[] = [`${head}: ${result.dueAt === null ? m.noDue : m.due(at(result.dueAt), zone)}.`];

  // target and start
  const target = targetStep?.target ?? result.target;
  const calendar = targetStep?.calendar;
  const start = startStep?.at ?? result.startedAt;
  sentences.push(m.from(targetWords(loc, target, calendar), at(start), m.cause[startStep?.cause ?? 'created']));

  // skipped closed time
  const skipped = skippedWords(loc, steps.filter((s): s is StepOf<'closed'> => s.step === 'closed'));
  if (skipped.length > 0) sentences.push(m.skipped(formatList(loc, skipped)));

  // pauses and priority changes, in time order
  for (const s of steps) {
    if (s.step === 'pause') {
      sentences.push(m.pause(at(s.from), s.to === null ? undefined : formatUntil(loc, s.from, s.to, zone), s.status, s.openMs > 0 ? duration(s.openMs) : undefined));
    } else if (s.step === 'priorityChange') {
      sentences.push(m.priorityChange(s.from, s.to, at(s.at), m.policy[s.policy]));
    }
  }

  // outcome of the last cycle
  const remaining = last.remaining.toMillis();
  // the instant the cycle ended: completed, or cancelled (its start plus its wall time)
  const ended = last.completedAt ?? (last.state === 'cancelled' ? last.startedAt.plus(last.elapsedWall) : null);
  const overdue = (): string => {
    if (remaining < 0) return duration(-remaining);
    const end = ended ?? last.dueAt;
    return duration(last.dueAt !== null && end !== null ? Math.max(0, end.toMillis() - last.dueAt.toMillis()) : 0);
  };
  // breached before the due it has now: at a completion a reopen undid (rule 5: a breach stays)
  const before = last.breached && last.breachedAt !== null && (last.dueAt === null || last.breachedAt.toMillis() < last.dueAt.toMillis());
  // past its current due
  const late = before ? last.dueAt !== null && (ended !== null ? ended.toMillis() > last.dueAt.toMillis() : remaining < 0) : last.breached;
  switch (last.state) {
    case 'cancelled':
      // cancelled by a priority change after its due: the breach stays (rule 5)
      sentences.push(late && last.dueAt !== null ? m.outcome.cancelledLate(overdue()) : m.outcome.cancelled);
      break;
    case 'completed': {
      const done = at(last.completedAt ?? last.startedAt);
      sentences.push(late ? m.outcome.late(done, overdue()) : m.outcome.met(done));
      break;
    }
    case 'paused':
      sentences.push(late ? m.outcome.overdue(overdue()) : m.outcome.paused(duration(remaining)));
      break;
    default:
      sentences.push(late ? m.outcome.overdue(overdue()) : m.outcome.running(duration(remaining)));
  }
  if (before) sentences.push(m.outcome.breachedBefore(at(last.breachedAt as DateTime)));
  if (cycles.slice(0, -1).some((c) => c.breached)) sentences.push(m.outcome.earlierBreach);
  return sentences.join(' ');
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

const lastStep = <K extends Step['step']>(steps: readonly Step[], kind: K): StepOf<K> | undefined => {
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i] as Step;
    if (s.step === kind) return s as StepOf<K>;
  }
  return undefined;
};

/** A target in words; `calendar` is named when the target names one itself. */
const targetWords = (loc: ResolvedLocale, target: Target, calendar: string | undefined): string => {
  const t = loc.messages.target;
  const onCal = (words: string, own: string | undefined): string => (own !== undefined ? t.onCalendar(words, own) : words);
  if ('businessTime' in target) return onCal(t.businessTime(formatDuration(loc, toDurationMillis(target.businessTime), false)), target.calendar);
  if ('elapsedTime' in target) return t.elapsedTime(formatDuration(loc, toDurationMillis(target.elapsedTime), true));
  if ('workingDayHours' in target) return onCal(t.workingDayHours(formatDuration(loc, toDurationMillis(target.workingDayHours), false)), target.calendar);
  if ('endOfBusinessDay' in target) {
    const n = target.endOfBusinessDay;
    return onCal(t.endOfBusinessDay(n === 0 ? undefined : count(loc, n, loc.messages.businessDay)), target.calendar);
  }
  if ('businessDays' in target) return onCal(t.businessDays(count(loc, target.businessDays, loc.messages.businessDay)), target.calendar);
  const items = 'earliestOf' in target ? target.earliestOf : target.latestOf;
  const words = formatList(loc, items.map((x) => targetWords(loc, x, calendar)));
  return 'earliestOf' in target ? t.earliestOf(words) : t.latestOf(words);
};

/**
 * What the closed stretches skipped: stretches that are only night count as nights; weekend
 * days are counted; each holiday is named (in the locale's language when the data has the name)
 * with its date; closures are counted.
 */
const skippedWords = (loc: ResolvedLocale, closed: readonly StepOf<'closed'>[]): string[] => {
  const m = loc.messages;
  let nights = 0;
  const weekendDays = new Set<string>();
  let closures = 0;
  const holidays = new Map<string, ClosedDay>();
  for (const s of closed) {
    const days = s.days as readonly ClosedDay[];
    if (days.length > 0 && days.every((d) => d.reason === 'night')) nights++;
    let inClosure = false;
    for (const d of days) {
      if (d.reason === 'weekend') weekendDays.add(d.date);
      else if (d.reason === 'holiday') holidays.set(`${d.date}|${d.name ?? ''}`, d);
      else if (d.reason === 'closure') inClosure = true;
    }
    if (inClosure) closures++;
  }
  const out: string[] = [];
  if (nights > 0) out.push(count(loc, nights, m.night));
  if (weekendDays.size > 0) out.push(count(loc, weekendDays.size, m.weekendDay));
  const named = [...holidays.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const h of named) out.push(`${holidayName(loc, h)} (${formatDayMonth(loc, h.date)})`);
  if (closures > 0) out.push(count(loc, closures, m.closure));
  return out;
};

/** The holiday's name in the locale's language where the data has it, else its English name. */
const holidayName = (loc: ResolvedLocale, day: ClosedDay): string => localName(loc, day.name, day.names);

