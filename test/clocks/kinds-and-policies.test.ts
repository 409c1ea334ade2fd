/**
 * Rules 4-7 of API.md "Support plans, tickets and SLA clocks": the reply and update kinds,
 * priority changes, warnings and entitlement, in two zones (the local wall times read the same);
 * explanations; a 10,000-event ticket; hostile input.
 */
import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { checkEntitlement, evaluateTicket, evaluateTicketMillis, explainClock, makePlan, priorityFor } from '../../src/index.js';
import { HOUR, MINUTE, clockOf, eventsIn, local, office, onePlan, run, wall } from '../support/sla-fixtures.js';

describe.each(['Europe/Athens', 'America/Sao_Paulo'])('rules 4-7 in %s', (zone) => {
  const ev = eventsIn(zone);
  const L = (w: string) => local(zone, w);
  const W = (ms: number | null) => wall(zone, ms);
  const kind = (k: string, more: Record<string, unknown> = {}) =>
    onePlan(zone, { kind: k, targets: { p1: { businessTime: { hours: 1 } }, p2: { businessTime: { hours: 2 } }, p3: { businessTime: { hours: 8 } } }, ...more });

  describe('rule 4: nextReply', () => {
    const plan = kind('nextReply');
    it('no cycle before the first public agent message; a customer message after it starts one, the next agent message completes it', () => {
      const events = [ev.created('2025-06-02 09:00'), ev.customer('2025-06-02 09:10'), ev.agent('2025-06-02 10:00'), ev.customer('2025-06-02 11:00'), ev.agent('2025-06-02 12:30')];
      const c = clockOf(run(plan, events, L('2025-06-02 15:00')));
      expect(c.cycles).toHaveLength(1);
      expect(c).toMatchObject({ state: 'completed', startedAt: L('2025-06-02 11:00'), completedAt: L('2025-06-02 12:30'), breached: false, elapsed: 90 * MINUTE });
    });

    it('anchored on the OLDEST unanswered customer message; internal notes never answer', () => {
      const events = [
        ev.created('2025-06-02 09:00'), ev.agent('2025-06-02 09:30'),
        ev.customer('2025-06-02 10:00'), ev.customer('2025-06-02 11:30'), ev.agent('2025-06-02 12:00', 'internal'), ev.agent('2025-06-02 12:30'),
      ];
      const c = clockOf(run(plan, events, L('2025-06-02 15:00')));
      expect(c.cycles).toHaveLength(1);
      expect(W(c.startedAt)).toBe('2025-06-02 10:00');
      expect(c.breached).toBe(true);
      expect(W(c.breachedAt)).toBe('2025-06-02 12:00');
    });

    it("solving cancels a running cycle: a customer's last \"thanks\" is not a breach", () => {
      const events = [ev.created('2025-06-02 09:00'), ev.agent('2025-06-02 09:30'), ev.customer('2025-06-02 10:00'), ev.status('2025-06-04 10:00', 'solved')];
      const c = clockOf(run(plan, events, L('2025-06-05 10:00')));
      expect(c).toMatchObject({ state: 'cancelled', breached: false, breachedAt: null });
    });

    it('a customer message while solved starts a cycle at the reopen', () => {
      const events = [ev.created('2025-06-02 09:00'), ev.agent('2025-06-02 09:30'), ev.status('2025-06-02 10:00', 'solved'), ev.customer('2025-06-02 11:00'), ev.status('2025-06-02 14:00', 'open')];
      const c = clockOf(run(plan, events, L('2025-06-02 15:00')));
      expect(c).toMatchObject({ state: 'running', startedAt: L('2025-06-02 14:00') });
      expect(c.explanation[0]).toMatchObject({ step: 'start', cause: 'reopened' });
    });

    it('a ticket opened by an agent counts as answered: the first customer message starts a cycle', () => {
      const c = clockOf(run(plan, [ev.created('2025-06-02 09:00', { by: 'agent' }), ev.customer('2025-06-02 10:00')], L('2025-06-02 10:30')));
      expect(c).toMatchObject({ state: 'running', startedAt: L('2025-06-02 10:00') });
    });

    it('no cycle yet: the clock is not listed', () => {
      expect(run(plan, [ev.created('2025-06-02 09:00'), ev.customer('2025-06-02 09:10')], L('2025-06-02 15:00')).clocks).toEqual([]);
    });
  });

  describe('rule 4: periodicUpdate', () => {
    const plan = kind('periodicUpdate');
    it('each public agent message completes the running cycle and starts the next; solving cancels the running one', () => {
      const events = [ev.created('2025-06-02 09:00'), ev.agent('2025-06-02 09:30'), ev.agent('2025-06-02 11:00'), ev.agent('2025-06-02 14:00'), ev.status('2025-06-02 15:00', 'solved')];
      const c = clockOf(run(plan, events, L('2025-06-03 09:00')));
      expect(c.cycles.map((y) => [y.state, W(y.startedAt), y.breached])).toEqual([
        ['completed', '2025-06-02 09:30', false],
        ['completed', '2025-06-02 11:00', true],
        ['cancelled', '2025-06-02 14:00', false],
      ]);
      expect(c.breached).toBe(true);
      expect(c.state).toBe('cancelled');
      expect(W(c.breachedAt)).toBe('2025-06-02 13:00'); // the last cycle did not breach: the first breach
    });
  });

  describe('rule 5: priority changes', () => {
    const events = [ev.created('2025-06-02 09:00', { priority: 'p3' }), ev.priority('2025-06-02 12:00', 'p1')];
    const with_ = (policy: string) => clockOf(run(kind('resolution', { onPriorityChange: policy }), events, L('2025-06-02 12:30')));

    it('keepElapsed: the new target from the original start, consumption kept: breached at once, breachedAt in the past', () => {
      const c = with_('keepElapsed');
      expect(c.priority).toBe('p1');
      expect(c.budget).toBe(HOUR);
      expect(c.elapsed).toBe(3.5 * HOUR);
      expect(c.breached).toBe(true);
      expect(W(c.breachedAt)).toBe('2025-06-02 10:00');
      expect(c.explanation.map((s) => s.step)).toContain('priorityChange');
    });

    it('restart: a fresh budget from the change instant', () => {
      const c = with_('restart');
      expect(W(c.dueAt)).toBe('2025-06-02 13:00');
      expect(c.elapsed).toBe(30 * MINUTE);
      expect(c.breached).toBe(false);
      expect(c.explanation.filter((s) => s.step === 'start').map((s) => s.step === 'start' && s.cause)).toEqual(['created', 'priorityChange']);
    });

    it('earlierOf: the earlier of the old target and the keepElapsed new one', () => {
      expect(W(with_('earlierOf').dueAt)).toBe('2025-06-02 10:00');
      const down = [ev.created('2025-06-02 09:00', { priority: 'p1' }), ev.priority('2025-06-02 09:30', 'p3')];
      const c = clockOf(run(kind('resolution', { onPriorityChange: 'earlierOf' }), down, L('2025-06-02 09:45')));
      expect(W(c.dueAt)).toBe('2025-06-02 10:00'); // downgrading cannot buy time
      const keep = clockOf(run(kind('resolution', { onPriorityChange: 'keepElapsed' }), down, L('2025-06-02 09:45')));
      expect(W(keep.dueAt)).toBe('2025-06-02 17:00');
    });

    it('a pause before the change is not lost (one mechanism: the pause is in the new budget too)', () => {
      const log = [ev.created('2025-06-02 09:00', { priority: 'p3' }), ev.status('2025-06-02 09:30', 'pending'), ev.status('2025-06-02 11:30', 'open'), ev.priority('2025-06-02 12:00', 'p2')];
      const c = clockOf(run(kind('resolution'), log, L('2025-06-02 12:00')));
      expect(c.elapsed).toBe(HOUR);
      expect(W(c.dueAt)).toBe('2025-06-02 13:00');
    });

    it('a priority with no target cancels the clock; one that gains a target starts it (keepElapsed: from created)', () => {
      const plan = onePlan(zone, { kind: 'resolution', targets: { p1: { businessTime: { hours: 4 } } } });
      const lost = clockOf(run(plan, [ev.created('2025-06-02 09:00', { priority: 'p1' }), ev.priority('2025-06-02 10:00', 'p3')], L('2025-06-02 11:00')));
      expect(lost.state).toBe('cancelled');
      expect(lost.breached).toBe(false);
      const gained = clockOf(run(plan, [ev.created('2025-06-02 09:00', { priority: 'p3' }), ev.priority('2025-06-02 10:00', 'p1')], L('2025-06-02 11:00')));
      expect(gained).toMatchObject({ state: 'running', startedAt: L('2025-06-02 09:00'), elapsed: 2 * HOUR });
      expect(run(plan, [ev.created('2025-06-02 09:00', { priority: 'p3' })], L('2025-06-02 11:00')).clocks).toEqual([]);
    });

    it('a priority with no target cancels the clock after its due: the breach stays (before its due: none)', () => {
      const plan = onePlan(zone, { kind: 'resolution', targets: { p1: { businessTime: { hours: 1 } } } });
      const late = clockOf(run(plan, [ev.created('2025-06-02 09:00', { priority: 'p1' }), ev.priority('2025-06-02 11:00', 'p3')], L('2025-06-02 12:00')));
      expect(late).toMatchObject({ state: 'cancelled', breached: true });
      expect(W(late.breachedAt)).toBe('2025-06-02 10:00');
      const early = clockOf(run(plan, [ev.created('2025-06-02 09:00', { priority: 'p1' }), ev.priority('2025-06-02 09:30', 'p3')], L('2025-06-02 12:00')));
      expect(early).toMatchObject({ state: 'cancelled', breached: false, breachedAt: null });
    });

    it("a 'total' resolution breached when solved stays breached when a reopen applies a change (made at the solve) to a priority without a target", () => {
      // found by the property "a later asOf never un-breaches a completed clock"
      const plan = onePlan(zone, { kind: 'resolution', targets: { p1: { businessTime: { hours: 1 } } } });
      const log = [
        ev.created('2025-06-02 09:00', { priority: 'p1' }),
        ev.status('2025-06-02 11:00', 'solved'),
        ev.priority('2025-06-02 11:00', 'p3'),
        ev.status('2025-06-03 09:00', 'open'),
      ];
      const solved = clockOf(run(plan, log, L('2025-06-02 12:00')));
      expect(solved).toMatchObject({ state: 'completed', breached: true, priority: 'p1' });
      const reopened = clockOf(run(plan, log, L('2025-06-03 10:00')));
      expect(reopened).toMatchObject({ state: 'cancelled', breached: true });
      expect(reopened.breachedAt).toBe(solved.breachedAt);
    });

    it("a 'total' resolution breached when solved stays breached when reopened, whatever change made while solved then applies (restart, a longer keepElapsed target)", () => {
      // p1: 1 h, breached at 10:00 and solved at 11:00; while solved, p3 (8 h); reopened the next morning
      const log = [
        ev.created('2025-06-02 09:00', { priority: 'p1' }),
        ev.status('2025-06-02 11:00', 'solved'),
        ev.priority('2025-06-02 12:00', 'p3'),
        ev.status('2025-06-03 09:00', 'open'),
      ];
      for (const policy of ['restart', 'keepElapsed', 'earlierOf']) {
        const plan = kind('resolution', { onPriorityChange: policy });
        const solved = clockOf(run(plan, log, L('2025-06-02 15:00')));
        expect(solved, policy).toMatchObject({ state: 'completed', breached: true, priority: 'p1' });
        const reopened = clockOf(run(plan, log, L('2025-06-03 10:00')));
        expect(reopened, policy).toMatchObject({ state: 'running', breached: true, priority: 'p3' });
        expect(W(reopened.breachedAt), policy).toBe('2025-06-02 10:00');
        expect(reopened.cycles.map((c) => c.breached), policy).toEqual([true]);
      }
      const sla = evaluateTicket(kind('resolution', { onPriorityChange: 'restart' }), { events: log }, L('2025-06-03 10:00'));
      if (E.isLeft(sla)) throw new Error('unexpected issues');
      const words = explainClock(sla.right.clocks[0]!);
      expect(words).toContain('Running:');
      expect(words).toContain('It was breached before the ticket was reopened');
      // never breached before the solve: the reopen decides alone (restart: a fresh 8 h from the change)
      const inTime = [ev.created('2025-06-02 09:00', { priority: 'p1' }), ev.status('2025-06-02 09:30', 'solved'), ev.priority('2025-06-02 12:00', 'p3'), ev.status('2025-06-03 09:00', 'open')];
      expect(clockOf(run(kind('resolution', { onPriorityChange: 'restart' }), inTime, L('2025-06-03 10:00')))).toMatchObject({ state: 'running', breached: false, breachedAt: null });
    });

    it("a 'total' resolution cancelled after its due, then solved, stays breached when a change made while solved gives it a longer target at the reopen", () => {
      // p1: 1 h, due 10:00; p3 (no target) at 11:00 cancels it late; solved at 12:00; p2 (8 h) while solved
      const plan = onePlan(zone, { kind: 'resolution', targets: { p1: { businessTime: { hours: 1 } }, p2: { businessTime: { hours: 8 } } } });
      const log = [
        ev.created('2025-06-02 09:00', { priority: 'p1' }),
        ev.priority('2025-06-02 11:00', 'p3'),
        ev.status('2025-06-02 12:00', 'solved'),
        ev.priority('2025-06-02 13:00', 'p2'),
        ev.status('2025-06-03 09:00', 'open'),
      ];
      for (const policy of ['restart', 'keepElapsed', 'earlierOf']) {
        const p = onePlan(zone, { kind: 'resolution', onPriorityChange: policy, targets: { p1: { businessTime: { hours: 1 } }, p2: { businessTime: { hours: 8 } } } });
        const reopened = clockOf(run(p, log, L('2025-06-03 10:00')));
        // as it stands now the 8 h of p2 are not used up (4 h from created, or 1 h from the change)
        expect(reopened, policy).toMatchObject({ state: 'running', priority: 'p2', breached: true });
        expect(W(reopened.breachedAt), policy).toBe('2025-06-02 10:00');
      }
      // the same log without the late cancel: the solve at 12:00 was under p1 (due 10:00), breached too
      expect(clockOf(run(plan, log.filter((e) => e.at !== log[1]!.at), L('2025-06-03 10:00')))).toMatchObject({ breached: true });
    });

    it("a 'total' resolution on an earliestOf or latestOf target breached when solved stays breached when reopened with a longer target", () => {
      // solved at 11:00; while solved p3 (8 h); reopened the next morning
      const log = [ev.created('2025-06-02 09:00', { priority: 'p1' }), ev.status('2025-06-02 11:00', 'solved'), ev.priority('2025-06-02 12:00', 'p3'), ev.status('2025-06-03 09:00', 'open')];
      const withP1 = (p1: unknown) => onePlan(zone, { kind: 'resolution', targets: { p1, p3: { businessTime: { hours: 8 } } } });
      const cases: [string, unknown, string | null][] = [
        // the earlier of 1 business hour (10:00) and 10 h elapsed (19:00): due 10:00
        ['earliestOf', { earliestOf: [{ businessTime: { hours: 1 } }, { elapsedTime: { hours: 10 } }] }, '2025-06-02 10:00'],
        // the later of 1 business hour (10:00) and 30 min elapsed (09:30): due 10:00
        ['latestOf', { latestOf: [{ businessTime: { hours: 1 } }, { elapsedTime: { minutes: 30 } }] }, '2025-06-02 10:00'],
        // the later of 1 business hour and 20 h elapsed (05:00 the next day): not due by the solve
        ['latestOf, not due at the solve', { latestOf: [{ businessTime: { hours: 1 } }, { elapsedTime: { hours: 20 } }] }, null],
      ];
      for (const [what, p1, breachedAt] of cases) {
        const c = clockOf(run(withP1(p1), log, L('2025-06-03 10:00')));
        expect(c, what).toMatchObject({ state: 'running', priority: 'p3', breached: breachedAt !== null });
        expect(c.breachedAt === null ? null : W(c.breachedAt), what).toBe(breachedAt);
      }
    });

    it("a change made while solved, at the instant of a reopen solved again at that instant, does not touch that completion ('total' resolution)", () => {
      // p3 (8 h) from 09:00, solved 10:00; at 12:00 p1 (1 h), reopened and solved again: completed under p3
      const plan = kind('resolution');
      const atOnce = [ev.created('2025-06-02 09:00', { priority: 'p3' }), ev.status('2025-06-02 10:00', 'solved'), ev.priority('2025-06-02 12:00', 'p1'), ev.status('2025-06-02 12:00', 'open'), ev.status('2025-06-02 12:00', 'solved')];
      const c = clockOf(run(plan, atOnce, L('2025-06-02 13:00')));
      expect(c).toMatchObject({ state: 'completed', priority: 'p3', breached: false, elapsed: HOUR });
      expect(W(c.completedAt)).toBe('2025-06-02 12:00');
      // solved again half an hour later: p1 applies at the reopen (keepElapsed: its 1 h from 09:00 ran out at 10:00)
      const later = atOnce.map((e, i) => (i === 4 ? ev.status('2025-06-02 12:30', 'solved') : e));
      const d = clockOf(run(plan, later, L('2025-06-02 13:00')));
      expect(d).toMatchObject({ state: 'completed', priority: 'p1', breached: true, elapsed: 90 * MINUTE });
      expect(W(d.breachedAt)).toBe('2025-06-02 10:00');
    });

    it('completed clocks are not touched', () => {
      const log = [ev.created('2025-06-02 09:00', { priority: 'p3' }), ev.status('2025-06-02 10:30', 'solved'), ev.priority('2025-06-02 11:00', 'p1')];
      const c = clockOf(run(kind('resolution'), log, L('2025-06-02 12:00')));
      expect(c).toMatchObject({ priority: 'p3', breached: false, budget: 8 * HOUR });
    });
  });

  describe('rule 6: warnings', () => {
    const plan = kind('resolution', { warnings: [{ percent: 50 }, { percent: 100 }, { remaining: { minutes: 30 } }] });
    it('reached when elapsed = p% of the budget or remaining = r; at projected from the current state', () => {
      const c = clockOf(run(plan, [ev.created('2025-06-02 16:00', { priority: 'p2' })], L('2025-06-02 16:30')));
      expect(c.warnings.map((w) => [w.threshold, W(w.at)])).toEqual([
        [{ percent: 50 }, '2025-06-02 17:00'],
        [{ percent: 100 }, '2025-06-03 10:00'],
        [{ remaining: 30 * MINUTE }, '2025-06-03 09:30'],
      ]);
    });

    it('a warning already reached keeps its instant; a paused clock projects nothing', () => {
      const c = clockOf(run(plan, [ev.created('2025-06-02 10:00', { priority: 'p2' }), ev.status('2025-06-02 11:30', 'pending')], L('2025-06-02 15:00')));
      // 1.5 h of 2 h consumed: 50% and "30 min left" were reached before the pause, 100% is not projected
      expect(c.warnings.map((w) => [w.threshold, W(w.at)])).toEqual([
        [{ percent: 50 }, '2025-06-02 11:00'],
        [{ remaining: 30 * MINUTE }, '2025-06-02 11:30'],
      ]);
    });
  });

  describe('rule 7: entitlement', () => {
    const plan = makePlan({
      id: 'webarting',
      calendars: { office: office(zone), always: { alwaysOpen: zone } },
      defaultCalendar: 'office',
      priorities: [{ id: 'critical' }, { id: 'normal' }],
      defaultPriority: 'normal',
      channels: { ticket: {}, email: {}, phone: { calendar: 'office', priorities: ['normal'] } },
      clocks: [{ id: 'response', kind: 'firstResponse', targets: { critical: { elapsedTime: { hours: 1 } }, normal: { businessTime: { hours: 4 } } } }],
    });
    const created = (channel: string, w: string, priority = 'normal') => run(plan, [ev.created(w, { channel, priority })], L(w));

    it('a ticket from a channel the plan does not list, of a priority its channel does not serve, or outside its hours: no clocks, and why', () => {
      expect(created('fax', '2025-06-02 10:00')).toMatchObject({ entitlement: { entitled: false, reason: 'channelNotInPlan' }, clocks: [] });
      expect(created('phone', '2025-06-02 10:00', 'critical')).toMatchObject({ entitlement: { entitled: false, reason: 'priorityNotOnChannel' }, clocks: [] });
      expect(created('phone', '2025-06-02 20:00')).toMatchObject({ entitlement: { entitled: false, reason: 'outsideChannelHours' }, clocks: [] });
      expect(created('email', '2025-06-07 03:00', 'critical').entitlement).toEqual({ entitled: true });
      expect(created('phone', '2025-06-02 10:00').clocks).toHaveLength(1);
    });

    it('checkEntitlement answers the same for a contact that is not a ticket yet', () => {
      expect(checkEntitlement(plan, { channel: 'phone', at: L('2025-06-02 20:00') })).toEqual({ entitled: false, reason: 'outsideChannelHours' });
      expect(checkEntitlement(plan, { channel: 'phone', priority: 'critical', at: L('2025-06-02 10:00') })).toEqual({ entitled: false, reason: 'priorityNotOnChannel' });
      expect(checkEntitlement(plan, { channel: 'ticket', priority: 'critical', at: L('2025-06-07 03:00') })).toEqual({ entitled: true });
      expect(() => checkEntitlement(plan, { channel: 'ticket', priority: 'nope', at: 0 })).toThrow(RangeError);
    });

    it('a clock that lists channels applies only to tickets from them', () => {
      const p = makePlan({ ...plan, calendars: { office: office(zone), always: { alwaysOpen: zone } }, clocks: [{ ...plan.clocks[0]!, channels: ['ticket'] }] });
      expect(run(p, [ev.created('2025-06-02 10:00', { channel: 'email' })], L('2025-06-02 10:00')).clocks).toEqual([]);
      expect(run(p, [ev.created('2025-06-02 10:00', { channel: 'ticket' })], L('2025-06-02 10:00')).clocks).toHaveLength(1);
    });
  });
});

describe('priorityFor: the impact x urgency matrix', () => {
  const plan = makePlan({
    id: 'cloudempiere',
    calendars: { always: { alwaysOpen: 'Europe/Bratislava' } },
    defaultCalendar: 'always',
    priorities: [{ id: 'critical' }, { id: 'high' }, { id: 'moderate' }, { id: 'low' }, { id: 'planning' }],
    priorityMatrix: {
      impact: ['high', 'medium', 'low'],
      urgency: ['high', 'medium', 'low'],
      priority: [['critical', 'high', 'moderate'], ['high', 'moderate', 'low'], ['moderate', 'low', 'planning']],
    },
    clocks: [],
  });
  it('looks up priority[impact][urgency]', () => {
    expect(priorityFor(plan, { impact: 'high', urgency: 'high' })).toBe('critical');
    expect(priorityFor(plan, { impact: 'medium', urgency: 'low' })).toBe('low');
    expect(priorityFor(plan, { impact: 'low', urgency: 'low' })).toBe('planning');
  });
  it('throws a RangeError on a level not in the matrix (programmer misuse)', () => {
    expect(() => priorityFor(plan, { impact: 'huge', urgency: 'low' })).toThrow(RangeError);
  });
});

describe('explanation: why dueAt is what it is', () => {
  it('"due Fri 17 Apr 16:45: 4 business days from Thu 9 Apr 16:45, skipping Good Friday and Easter Monday"', () => {
    const hours = ['09:30-17:30'];
    const plan = makePlan({
      id: 'clickmedia',
      calendars: { office: { timeZone: 'Europe/Athens', week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours }, holidays: [{ country: 'GR' }] } },
      defaultCalendar: 'office',
      priorities: [{ id: 'first' }],
      defaultPriority: 'first',
      clocks: [{ id: 'response', kind: 'firstResponse', targets: { first: { businessDays: 4 } } }],
    });
    const r = evaluateTicket(plan, { events: [{ type: 'created', at: '2026-04-09T16:45:00+03:00' }] }, '2026-04-09T17:00:00+03:00');
    if (E.isLeft(r)) throw new Error('left');
    const c = r.right.clocks[0]!;
    expect(c.dueAt!.toISO()).toBe('2026-04-17T16:45:00.000+03:00');
    const steps = c.explanation;
    expect(steps[0]).toMatchObject({ step: 'start', cause: 'created' });
    expect(steps[0]!.step === 'start' && steps[0]!.at.toISO()).toBe('2026-04-09T16:45:00.000+03:00');
    expect(steps[1]).toMatchObject({ step: 'target', priority: 'first', target: { businessDays: 4 }, calendar: 'office', timeZone: 'Europe/Athens', budgetMs: 32 * HOUR });
    const holidays = steps.flatMap((s) => (s.step === 'closed' ? s.days.filter((d) => d.reason === 'holiday').map((d) => `${d.date} ${d.name}`) : []));
    expect(holidays).toEqual(['2026-04-10 Good Friday', '2026-04-12 Easter Sunday', '2026-04-13 Easter Monday']);
    expect(steps.some((s) => s.step === 'closed' && s.days.some((d) => d.reason === 'weekend'))).toBe(true);
    expect(steps.at(-1)).toMatchObject({ step: 'due' });
    expect(steps.at(-1)!.step === 'due' && (steps.at(-1) as { at: { toISO(): string } }).at.toISO()).toBe('2026-04-17T16:45:00.000+03:00');
  });
});

describe('scale and hostile input', () => {
  const zone = 'Europe/Athens';
  const ev = eventsIn(zone);
  const plan = makePlan({
    id: 'x',
    calendars: { office: office(zone) },
    defaultCalendar: 'office',
    priorities: [{ id: 'p1' }, { id: 'p2' }],
    defaultPriority: 'p2',
    clocks: [
      { id: 'fr', kind: 'firstResponse', targets: { p1: { businessTime: { hours: 1 } }, p2: { businessTime: { hours: 4 } } } },
      { id: 'nr', kind: 'nextReply', targets: { p1: { businessTime: { hours: 1 } }, p2: { businessTime: { hours: 4 } } } },
      { id: 'pu', kind: 'periodicUpdate', targets: { p1: { businessTime: { hours: 2 } }, p2: { businessTime: { hours: 8 } } } },
      { id: 'r', kind: 'resolution', cycles: 'perCycle', onPriorityChange: 'earlierOf', targets: { p1: { businessTime: { hours: 8 } }, p2: { businessDays: 3 } } },
    ],
  });

  it('a ticket of 10,000 events evaluates (no hang), with every cycle', () => {
    const t0 = local(zone, '2025-01-06 09:00');
    const events: unknown[] = [ev.created('2025-01-06 09:00')];
    const kinds = ['customer', 'agent', 'pending', 'open', 'p1', 'p2', 'solved', 'open'];
    for (let i = 1; i < 10_000; i++) {
      const at = t0 + i * 7 * MINUTE;
      const k = kinds[i % kinds.length]!;
      events.push(
        k === 'customer' || k === 'agent'
          ? { type: 'message', at, author: k }
          : k === 'p1' || k === 'p2'
            ? { type: 'priority', at, priority: k }
            : { type: 'status', at, status: k },
      );
    }
    const r = evaluateTicketMillis(plan, { events }, t0 + 10_000 * 7 * MINUTE);
    expect(E.isRight(r)).toBe(true);
    if (E.isRight(r)) {
      expect(r.right.clocks.map((c) => c.clock)).toEqual(['fr', 'nr', 'pu', 'r']);
      // a solve every 8 events (1,250 of them), and the last event reopens: 1,251 cycles
      expect(r.right.clocks.find((c) => c.clock === 'r')!.cycles.length).toBe(1251);
      expect(r.right.clocks.find((c) => c.clock === 'pu')!.cycles.length).toBeGreaterThan(1000);
    }
  });

  it('bad input is a Left, never an exception', () => {
    const hostile = [
      undefined, null, 1, 'x', [], { events: {} }, { events: [1, 'a', null, []] },
      { events: [{ type: 'created', at: {} }] }, { events: [{ type: 'created', at: Symbol('x') as unknown as string }] },
      { events: [{ type: 'created', get at(): number { throw new Error('boom'); } }] },
      { events: new Proxy([], { get() { throw new Error('proxy'); } }) },
    ];
    for (const t of hostile) {
      expect(() => evaluateTicketMillis(plan, t, 0)).not.toThrow();
      expect(E.isLeft(evaluateTicketMillis(plan, t, 0))).toBe(true);
      expect(E.isLeft(evaluateTicket(plan, t, 'not an instant'))).toBe(true);
    }
  });
});
