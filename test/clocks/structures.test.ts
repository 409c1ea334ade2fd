/**
 * The per-ticket structures of an evaluation are instances of classes, not object literals.
 * V8 decides per object literal whether its objects live long: a 10,000-event ticket's
 * structures live through many young-generation collections, and while they were literals every
 * later ticket's were then made in the old generation (a 1-clock ticket 4.1 µs instead of
 * 0.9 µs, `npm run bench -- --clocks` measures it). A class's instances are not subject to that
 * decision. The ticket's result is a class too: results a caller keeps would otherwise have every
 * later result made in the old generation. The speed is the bench's to measure; this test keeps
 * the structures classes.
 */
import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { evaluateTicket, evaluateTicketMillis, makePlan } from '../../src/index.js';
import { planState } from '../../src/plan/plan.js';
import { fastReadTicketLog } from '../../src/ticket/read.js';
import { frame, Pause, pauseTimeline } from '../../src/clocks/frames.js';
import { runCycle } from '../../src/clocks/cycle.js';
import { resolutionFrames } from '../../src/clocks/resolution.js';

const HOUR = 3_600_000;
const week = { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] };

/** Made by a class: its prototype is not Object.prototype (a literal's is). */
const fromClass = (o: object): boolean => Object.getPrototypeOf(o) !== Object.prototype;

describe('the per-ticket structures of an evaluation', () => {
  for (const timeZone of ['Europe/Athens', 'America/Sao_Paulo']) {
    it(`are class instances, not object literals: the log, pauses, frames, runs and priority changes (${timeZone})`, () => {
      const plan = makePlan({
        id: 't',
        calendars: { office: { timeZone, week } },
        defaultCalendar: 'office',
        priorities: [{ id: 'p1' }, { id: 'p2' }],
        defaultPriority: 'p2',
        clocks: [{ id: 'resolution', kind: 'resolution', cycles: 'total', targets: { p1: { businessTime: { hours: 2 } }, p2: { businessTime: { hours: 8 } } } }],
      });
      const t0 = Date.UTC(2025, 2, 3, 10); // a Monday
      const events = [
        { type: 'created', at: t0 },
        { type: 'status', at: t0 + HOUR, status: 'pending' },
        { type: 'status', at: t0 + 2 * HOUR, status: 'open' },
        { type: 'priority', at: t0 + 3 * HOUR, priority: 'p1' },
        { type: 'status', at: t0 + 4 * HOUR, status: 'solved' },
        { type: 'status', at: t0 + 5 * HOUR, status: 'open' },
      ];
      const asOf = t0 + 30 * HOUR;
      const log = fastReadTicketLog(plan, { events }, asOf);
      expect(log).toBeDefined();
      const clock = planState(plan).clocks[0]!;
      const pauses = pauseTimeline(log!, clock.pausing, asOf, true);
      expect(pauses.length).toBe(2); // pending, and solved
      const frames = resolutionFrames(log!, pauses, asOf, 'total');
      expect(frames.length).toBe(1);
      const clipped = frame(pauses, t0 + 90 * 60_000, asOf, 'running', 'created'); // clips the first pause
      const run = runCycle(clock, frames[0]!, log!);
      expect(run?.changes.length).toBe(1);
      const made = { log: log!, pause: pauses[0]!, clippedPause: clipped.pauses[0]!, frame: frames[0]!, undone: frames[0]!.undone, run: run!, leafRun: run!.run, change: run!.changes[0]! };
      expect(made.undone).toEqual([t0 + 4 * HOUR]); // the solve the reopen undid
      for (const [name, o] of Object.entries(made)) {
        if (name === 'undone') continue; // an array of instants
        expect(fromClass(o as object), name).toBe(true);
      }
      expect(made.clippedPause).not.toBe(made.pause);
      expect(made.clippedPause.from).toBe(t0 + 90 * 60_000);
    });
  }
  for (const timeZone of ['Europe/Athens', 'America/Sao_Paulo']) {
    it(`the ticket's result is a class instance, with the keys of the type in order (${timeZone})`, () => {
      const plan = makePlan({
        id: 't',
        calendars: { office: { timeZone, week } },
        defaultCalendar: 'office',
        priorities: [{ id: 'p1' }],
        defaultPriority: 'p1',
        clocks: [{ id: 'resolution', kind: 'resolution', targets: { p1: { businessTime: { hours: 8 } } } }],
      });
      const t0 = Date.UTC(2025, 2, 3, 10); // a Monday
      for (const [ticket, keys] of [
        [{ id: 'T-1', events: [{ type: 'created', at: t0, channel: 'email' }] }, ['id', 'priority', 'channel', 'createdAt', 'asOf', 'entitlement', 'timeZone', 'clocks']],
        [{ events: [{ type: 'created', at: t0 }] }, ['priority', 'createdAt', 'asOf', 'entitlement', 'timeZone', 'clocks']],
      ] as const) {
        const millis = evaluateTicketMillis(plan, ticket, t0 + 2 * HOUR);
        const luxon = evaluateTicket(plan, ticket, t0 + 2 * HOUR);
        if (E.isLeft(millis) || E.isLeft(luxon)) throw new Error('expected results');
        expect(fromClass(millis.right)).toBe(true);
        expect(fromClass(luxon.right)).toBe(true);
        expect(Object.keys(millis.right)).toEqual(keys);
        expect(Object.keys(luxon.right)).toEqual(keys);
      }
    });
  }
});

describe('a cycle frame', () => {
  it('takes the whole pause timeline as its pauses when each pause lies inside it and none is ongoing: the same list, not a copy', () => {
    const timeline = [new Pause(10, 20, 'pending', false), new Pause(30, 40, 'onHold', false)];
    const whole = frame(timeline, 0, 50, 'completed', 'created');
    expect(whole.pauses).toBe(timeline);
    expect(whole.state).toBe('completed');
    expect(frame(timeline, 10, 40, 'running', 'created').pauses).toBe(timeline); // the edges may touch
  });
  it('otherwise clips the pauses into a new list, sharing each pause it does not clip', () => {
    const timeline = [new Pause(10, 20, 'pending', false), new Pause(30, 40, 'onHold', false)];
    const clipped = frame(timeline, 15, 50, 'completed', 'created');
    expect(clipped.pauses).toEqual([new Pause(15, 20, 'pending', false), timeline[1]]);
    expect(clipped.pauses[1]).toBe(timeline[1]);
    expect(frame(timeline, 0, 35, 'completed', 'created').pauses).toEqual([timeline[0], new Pause(30, 35, 'onHold', false)]);
    // a pause still holding at asOf: a running frame that ends inside it is paused
    const ongoing = [new Pause(10, 20, 'pending', false), new Pause(30, 50, 'pending', true)];
    const paused = frame(ongoing, 0, 50, 'running', 'created');
    expect(paused.state).toBe('paused');
    expect(paused.pauses).toEqual(ongoing);
    expect(paused.pauses).not.toBe(ongoing);
  });
});
