/**
 * The semantic rules 1-3 of API.md "Support plans, tickets and SLA clocks", each pinned in two
 * zones with DST (Europe/Athens and America/New_York); the DST tests put a clock change inside
 * the clock. Times are local wall times of the zone under test, so the expectations read the
 * same in both.
 */
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, clockOf, eventsIn, local, onePlan, run, wall } from '../support/sla-fixtures.js';

/** A Saturday before each zone's 2025 spring-forward Sunday, and its fall-back Sunday. */
const ZONES = [
  { zone: 'Europe/Athens', springSat: '2025-03-29', fallSat: '2025-10-25' },
  { zone: 'America/New_York', springSat: '2025-03-08', fallSat: '2025-11-01' },
] as const;

// 2025-06-02 is a Monday
describe.each(ZONES)('SLA rules in $zone', ({ zone, springSat, fallSat }) => {
  const ev = eventsIn(zone);
  const L = (w: string) => local(zone, w);
  const W = (ms: number | null) => wall(zone, ms);
  const resolution = (target: unknown, more: Record<string, unknown> = {}) => onePlan(zone, { kind: 'resolution', targets: { p2: target }, ...more });
  const response = (target: unknown, more: Record<string, unknown> = {}) => onePlan(zone, { kind: 'firstResponse', targets: { p2: target }, ...more });

  describe('rule 1: a target is a budget on its calendar', () => {
    it('businessTime d is d of the calendar open time, consumed only while open', () => {
      const c = clockOf(run(resolution({ businessTime: { hours: 4 } }), [ev.created('2025-06-02 15:00')], L('2025-06-02 20:00')));
      expect(c.budget).toBe(4 * HOUR);
      expect(c.elapsed).toBe(2 * HOUR); // 15:00-17:00, nothing after the close
      expect(c.elapsedWall).toBe(5 * HOUR);
      expect(W(c.dueAt)).toBe('2025-06-03 11:00');
      expect(c.elapsed + c.remaining).toBe(c.budget);
    });

    it('elapsedTime d is real time, 24/7, whatever the calendar says', () => {
      const c = clockOf(run(resolution({ elapsedTime: { hours: 4 } }), [ev.created('2025-06-06 15:00')], L('2025-06-06 16:00')));
      expect(W(c.dueAt)).toBe('2025-06-06 19:00');
      expect(c.explanation.find((s) => s.step === 'target')).toMatchObject({ calendar: '24/7', timeZone: zone });
    });

    it('elapsedTime across the spring-forward night: 24 h after Saturday noon is Sunday 13:00 local', () => {
      const c = clockOf(run(resolution({ elapsedTime: { hours: 24 } }), [ev.created(`${springSat} 12:00`)], L(`${springSat} 13:00`)));
      const sunday = springSat.replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0'));
      expect(W(c.dueAt)).toBe(`${sunday} 13:00`);
      expect((c.dueAt as number) - L(`${springSat} 12:00`)).toBe(24 * HOUR);
    });

    it('workingDayHours d counts whole working days only (KliK: Friday 15:00 + 48 h is Tuesday 15:00)', () => {
      const c = clockOf(run(resolution({ workingDayHours: { hours: 48 } }), [ev.created('2025-06-06 15:00')], L('2025-06-06 16:00')));
      expect(W(c.dueAt)).toBe('2025-06-10 15:00'); // 9 h Friday, 24 h Monday, 15 h Tuesday
    });

    it('workingDayHours across a 23-hour and a 25-hour day is real hours of those days', () => {
      const always = { timeZone: zone, week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['00:00-24:00']])) };
      const plan = onePlan(zone, { kind: 'resolution', targets: { p2: { workingDayHours: { hours: 48 }, calendar: 'every' } } }, {
        calendars: { office: always, every: always },
      });
      const spring = clockOf(run(plan, [ev.created(`${springSat} 00:00`)], L(`${springSat} 01:00`)));
      expect((spring.dueAt as number) - L(`${springSat} 00:00`)).toBe(48 * HOUR); // every hour of every day counts
      const fall = clockOf(run(plan, [ev.created(`${fallSat} 00:00`)], L(`${fallSat} 01:00`)));
      expect((fall.dueAt as number) - L(`${fallSat} 00:00`)).toBe(48 * HOUR);
      expect(W(fall.dueAt)).toBe(W(L(`${fallSat} 00:00`) + 48 * HOUR));
    });

    it('endOfBusinessDay 0 is the open time to the close of the same business day ("within the day")', () => {
      const c = clockOf(run(resolution({ endOfBusinessDay: 0 }), [ev.created('2025-06-02 10:00')], L('2025-06-02 11:00')));
      expect(c.budget).toBe(7 * HOUR);
      expect(W(c.dueAt)).toBe('2025-06-02 17:00');
    });

    it('endOfBusinessDay 0 after the close is the next business day (Friday evening → Monday close)', () => {
      const c = clockOf(run(resolution({ endOfBusinessDay: 0 }), [ev.created('2025-06-06 18:00')], L('2025-06-07 11:00')));
      expect(c.budget).toBe(8 * HOUR);
      expect(W(c.dueAt)).toBe('2025-06-09 17:00');
    });

    it('businessDays n is the open time to addBusinessDays (Thursday 16:45 + 4 → Wednesday 16:45)', () => {
      const c = clockOf(run(resolution({ businessDays: 4 }), [ev.created('2025-06-05 16:45')], L('2025-06-05 17:00')));
      expect(c.budget).toBe(4 * 8 * HOUR);
      expect(W(c.dueAt)).toBe('2025-06-11 16:45');
    });
  });

  describe('rule 2: due is where the budget runs out', () => {
    const plan = resolution({ businessTime: { hours: 2 } });
    it('an exact fill at a close is due AT the close, not the next morning', () => {
      const c = clockOf(run(plan, [ev.created('2025-06-06 15:00')], L('2025-06-06 16:00')));
      expect(W(c.dueAt)).toBe('2025-06-06 17:00');
    });

    it('completed at the due instant is met; completed after it is breached with breachedAt = dueAt', () => {
      const met = clockOf(run(plan, [ev.created('2025-06-06 15:00'), ev.status('2025-06-06 17:00', 'solved')], L('2025-06-09 12:00')));
      expect(met).toMatchObject({ state: 'completed', breached: false, breachedAt: null });
      const late = clockOf(run(plan, [ev.created('2025-06-06 15:00'), ev.status('2025-06-09 09:00', 'solved')], L('2025-06-09 12:00')));
      expect(late.state).toBe('completed');
      expect(late.breached).toBe(true);
      expect(W(late.breachedAt)).toBe('2025-06-06 17:00');
      expect(late.remaining).toBe(0);
    });

    it("boundary: 'latest' is due at the next opening on an exact fill (the biz / Zammad reading)", () => {
      const latest = resolution({ businessTime: { hours: 2 } }, { boundary: 'latest' });
      const c = clockOf(run(latest, [ev.created('2025-06-06 15:00'), ev.status('2025-06-09 09:00', 'solved')], L('2025-06-09 12:00')));
      expect(W(c.dueAt)).toBe('2025-06-09 09:00');
      expect(c.breached).toBe(false);
    });

    it('a running clock past its due is breached, with breachedAt = dueAt and a negative remaining', () => {
      const c = clockOf(run(plan, [ev.created('2025-06-02 10:00')], L('2025-06-02 13:00')));
      expect(c).toMatchObject({ state: 'running', breached: true });
      expect(W(c.breachedAt)).toBe('2025-06-02 12:00');
      expect(c.remaining).toBe(-1 * HOUR);
      expect(c.percent).toBe(150);
    });

    it('at the due instant itself a running clock is not yet breached', () => {
      const c = clockOf(run(plan, [ev.created('2025-06-02 10:00')], L('2025-06-02 12:00')));
      expect(c.breached).toBe(false);
      expect(c.remaining).toBe(0);
    });

    it('a budget of 0 is due at the start, even in closed time', () => {
      const c = clockOf(run(resolution({ businessTime: { minutes: 0 } }), [ev.created('2025-06-07 03:00')], L('2025-06-07 03:00')));
      expect(W(c.dueAt)).toBe('2025-06-07 03:00');
      expect(c.percent).toBe(100);
    });

    it('a completed clock keeps the dueAt it had when it completed, whatever asOf comes later', () => {
      const events = [ev.created('2025-06-02 10:00'), ev.status('2025-06-02 11:00', 'solved')];
      const a = clockOf(run(plan, events, L('2025-06-02 11:30')));
      const b = clockOf(run(plan, events, L('2026-01-01 00:00')));
      expect(W(a.dueAt)).toBe('2025-06-02 12:00');
      expect(b).toEqual(a);
    });

    it('earliestOf takes the earliest due, latestOf the latest, each target with its own budget and calendar', () => {
      const earliest = resolution({ earliestOf: [{ endOfBusinessDay: 0 }, { elapsedTime: { hours: 2 } }] });
      const latest = resolution({ latestOf: [{ endOfBusinessDay: 0 }, { elapsedTime: { hours: 2 } }] });
      const events = [ev.created('2025-06-02 16:00')];
      expect(W(clockOf(run(earliest, events, L('2025-06-02 16:10'))).dueAt)).toBe('2025-06-02 17:00');
      expect(W(clockOf(run(latest, events, L('2025-06-02 16:10'))).dueAt)).toBe('2025-06-02 18:00');
      const morning = [ev.created('2025-06-02 10:00')];
      const e = clockOf(run(earliest, morning, L('2025-06-02 10:10')));
      expect(W(e.dueAt)).toBe('2025-06-02 12:00');
      expect(e.budget).toBe(2 * HOUR); // the deciding target's figures
      expect(W(clockOf(run(latest, morning, L('2025-06-02 10:10'))).dueAt)).toBe('2025-06-02 17:00');
    });
  });

  describe('rule 3: pauses consume nothing and never move a deadline by wall-clock time', () => {
    const plan = resolution({ businessTime: { hours: 4 } });
    const base = [ev.created('2025-06-06 15:00')];

    it('a pause wholly inside closed time (a weekend) changes nothing', () => {
      const plain = clockOf(run(plan, base, L('2025-06-09 10:00')));
      const paused = clockOf(run(plan, [...base, ev.status('2025-06-06 18:00', 'pending'), ev.status('2025-06-09 08:00', 'open')], L('2025-06-09 10:00')));
      expect(paused.dueAt).toBe(plain.dueAt);
      expect(paused.elapsed).toBe(plain.elapsed);
      expect(paused.paused).toBe(0);
      expect(paused.pausedWall).toBe(2 * DAY + 14 * HOUR);
    });

    it('a pause in open time moves the due by the open time it covers, not by its wall duration', () => {
      const events = [ev.created('2025-06-02 10:00'), ev.status('2025-06-02 11:00', 'pending'), ev.status('2025-06-03 11:00', 'open')];
      const c = clockOf(run(plan, events, L('2025-06-03 12:00')));
      expect(c.paused).toBe(8 * HOUR); // 11-17 Monday, 9-11 Tuesday
      expect(c.pausedWall).toBe(DAY);
      expect(c.elapsed).toBe(2 * HOUR); // 10-11 Monday, 11-12 Tuesday
      expect(W(c.dueAt)).toBe('2025-06-03 14:00');
    });

    it('while paused with budget left, dueAt is null and the state is paused', () => {
      const c = clockOf(run(plan, [ev.created('2025-06-02 10:00'), ev.status('2025-06-02 11:00', 'onHold')], L('2025-06-04 10:00')));
      expect(c.state).toBe('paused');
      expect(c.dueAt).toBeNull();
      expect(c.elapsed).toBe(HOUR);
      expect(c.remaining).toBe(3 * HOUR);
      expect(c.explanation.find((s) => s.step === 'pause')).toMatchObject({ to: null, status: 'onHold' });
    });

    it('a clock paused after its budget ran out stays breached with its dueAt', () => {
      const c = clockOf(run(plan, [ev.created('2025-06-02 10:00'), ev.status('2025-06-02 15:00', 'pending')], L('2025-06-03 10:00')));
      expect(c.state).toBe('paused');
      expect(W(c.dueAt)).toBe('2025-06-02 14:00');
      expect(c.breached).toBe(true);
    });

    it('pauseOn: [] never pauses; pauseOn names the statuses that pause this clock', () => {
      const events = [ev.created('2025-06-02 10:00'), ev.status('2025-06-02 11:00', 'pending'), ev.status('2025-06-02 12:00', 'open')];
      const never = clockOf(run(resolution({ businessTime: { hours: 4 } }, { pauseOn: [] }), events, L('2025-06-02 13:00')));
      expect(never.elapsed).toBe(3 * HOUR);
      const onHoldOnly = clockOf(run(resolution({ businessTime: { hours: 4 } }, { pauseOn: ['onHold'] }), events, L('2025-06-02 13:00')));
      expect(onHoldOnly.elapsed).toBe(3 * HOUR);
      const pendingToo = clockOf(run(resolution({ businessTime: { hours: 4 } }, { pauseOn: ['pending', 'open'] }), events, L('2025-06-02 13:00')));
      expect(pendingToo.elapsed).toBe(HOUR);
      expect(pendingToo.state).toBe('paused');
    });

    it('a pause across the spring-forward night on a 24/7 clock pauses real hours (23 of them for a local day)', () => {
      const p = onePlan(zone, { kind: 'resolution', targets: { p2: { elapsedTime: { hours: 48 } } } });
      const sunday = springSat.replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0'));
      const monday = springSat.replace(/\d\d$/, (d) => String(Number(d) + 2).padStart(2, '0'));
      const events = [ev.created(`${springSat} 00:00`), ev.status(`${sunday} 00:00`, 'pending'), ev.status(`${monday} 00:00`, 'open')];
      const c = clockOf(run(p, events, L(`${monday} 00:00`)));
      expect(c.paused).toBe(23 * HOUR);
      expect(c.elapsed).toBe(24 * HOUR);
      expect((c.dueAt as number) - L(`${monday} 00:00`)).toBe(24 * HOUR);
    });

    it('time while solved never counts for a total resolution clock; a pause inside it is not counted twice', () => {
      const events = [
        ev.created('2025-06-02 10:00'),
        ev.status('2025-06-02 11:00', 'solved'),
        ev.status('2025-06-02 13:00', 'open'),
        ev.status('2025-06-02 14:00', 'pending'),
        ev.status('2025-06-02 15:00', 'open'),
      ];
      const c = clockOf(run(plan, events, L('2025-06-02 16:00')));
      expect(c.elapsed).toBe(3 * HOUR);
      expect(c.paused).toBe(3 * HOUR);
      expect(W(c.dueAt)).toBe('2025-06-02 17:00');
      expect(c.elapsedWall).toBe(6 * HOUR);
    });
  });

  describe('rule 4 (first response and resolution)', () => {
    const plan = response({ businessTime: { hours: 2 } });
    it('firstResponse: completed by the first PUBLIC agent message; internal notes never count', () => {
      const c = clockOf(run(plan, [ev.created('2025-06-02 10:00'), ev.agent('2025-06-02 10:30', 'internal'), ev.customer('2025-06-02 10:40'), ev.agent('2025-06-02 11:00')], L('2025-06-02 15:00')));
      expect(c.state).toBe('completed');
      expect(W(c.completedAt)).toBe('2025-06-02 11:00');
      expect(c.elapsed).toBe(HOUR);
      expect(c.breached).toBe(false);
    });

    it("firstResponse: a ticket opened by an agent is answered at creation", () => {
      const c = clockOf(run(plan, [ev.created('2025-06-02 10:00', { by: 'agent' })], L('2025-06-02 15:00')));
      expect(c).toMatchObject({ state: 'completed', completedAt: L('2025-06-02 10:00'), elapsed: 0, breached: false });
    });

    it('firstResponse: solving before any response completes it at the solve', () => {
      const c = clockOf(run(plan, [ev.created('2025-06-02 10:00'), ev.status('2025-06-02 13:00', 'solved'), ev.agent('2025-06-02 14:00')], L('2025-06-02 15:00')));
      expect(W(c.completedAt)).toBe('2025-06-02 13:00');
      expect(c.breached).toBe(true);
    });

    it("resolution 'total': a reopen resumes consumption and un-completes the clock", () => {
      const p = resolution({ businessTime: { hours: 4 } });
      const events = [ev.created('2025-06-02 10:00'), ev.status('2025-06-02 11:00', 'solved')];
      expect(clockOf(run(p, events, L('2025-06-02 12:00'))).state).toBe('completed');
      const reopened = clockOf(run(p, [...events, ev.status('2025-06-03 09:00', 'open')], L('2025-06-03 10:00')));
      expect(reopened).toMatchObject({ state: 'running', completedAt: null, elapsed: 2 * HOUR });
      expect(W(reopened.dueAt)).toBe('2025-06-03 12:00');
    });

    it("resolution 'first': the first solve is final", () => {
      const p = resolution({ businessTime: { hours: 4 } }, { cycles: 'first' });
      const c = clockOf(run(p, [ev.created('2025-06-02 10:00'), ev.status('2025-06-02 11:00', 'solved'), ev.status('2025-06-03 09:00', 'open')], L('2025-06-05 10:00')));
      expect(c).toMatchObject({ state: 'completed', completedAt: L('2025-06-02 11:00'), breached: false });
      expect(c.cycles).toHaveLength(1);
    });

    it("resolution 'perCycle': each reopen starts a fresh budget; breached when ANY cycle breached", () => {
      const p = resolution({ businessTime: { hours: 1 } }, { cycles: 'perCycle' });
      const events = [ev.created('2025-06-02 10:00'), ev.status('2025-06-02 12:00', 'solved'), ev.status('2025-06-03 09:00', 'open'), ev.status('2025-06-03 09:30', 'solved')];
      const c = clockOf(run(p, events, L('2025-06-04 10:00')));
      expect(c.cycles).toHaveLength(2);
      expect(c.cycles.map((x) => x.breached)).toEqual([true, false]);
      expect(c.breached).toBe(true);
      expect(c.state).toBe('completed');
      expect(W(c.startedAt)).toBe('2025-06-03 09:00');
      expect(W(c.breachedAt)).toBe('2025-06-02 11:00');
      expect(c.cycles[1]!.explanation[0]).toMatchObject({ step: 'start', cause: 'reopened' });
    });
  });

  it('rule 9: asOf before created is an issue', () => {
    expect(() => run(resolution({ businessTime: { hours: 1 } }), [ev.created('2025-06-02 10:00')], L('2025-06-02 09:00'))).toThrow(/AS_OF_BEFORE_CREATED/);
    void MINUTE;
  });
});
