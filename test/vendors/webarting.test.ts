/**
 * WebARTing / Istanet (examples/plans/webarting-*.json), end to end: critical outages answered
 * 24/7 on both tiers but only by ticket or email; normal tickets in office hours, sooner on
 * +Plus; phone in office hours on +Plus only, and not for outages.
 */
import { describe, expect, it } from 'vitest';
import { checkEntitlement } from '../../src/index.js';
import { clockOf, dueOf, loadPlan, slaOf } from './helpers.js';

const free = loadPlan('webarting-free');
const plus = loadPlan('webarting-plus');

describe('WebARTing: critical outages, 24/7, by ticket or email only', () => {
  it.each([
    ['free', free],
    ['+Plus', plus],
  ] as const)('%s: an outage reported on Easter Sunday at 03:00 by ticket is answered within the hour', (_tier, plan) => {
    expect(dueOf(plan, { at: '2026-04-12T03:00:00+03:00', channel: 'ticket', priority: 'critical' }, 'response')).toBe('2026-04-12T04:00:00+03:00');
    expect(dueOf(plan, { at: '2026-04-12T03:00:00+03:00', channel: 'email', priority: 'critical' }, 'response')).toBe('2026-04-12T04:00:00+03:00');
  });

  it('an outage phoned in is not entitled (+Plus: phone does not serve critical; Free: no phone)', () => {
    expect(checkEntitlement(plus, { channel: 'phone', priority: 'critical', at: '2026-04-14T10:00:00+03:00' })).toEqual({ entitled: false, reason: 'priorityNotOnChannel' });
    expect(checkEntitlement(free, { channel: 'phone', priority: 'critical', at: '2026-04-14T10:00:00+03:00' })).toEqual({ entitled: false, reason: 'channelNotInPlan' });
    const s = slaOf(plus, { at: '2026-04-14T10:00:00+03:00', channel: 'phone', priority: 'critical' });
    expect(s.entitlement).toEqual({ entitled: false, reason: 'priorityNotOnChannel' });
    expect(s.clocks).toEqual([]);
  });
});

describe('WebARTing: normal tickets in office hours', () => {
  it('Free answers within 2 working days, +Plus within 4 office hours (Greek Easter skipped)', () => {
    expect(dueOf(free, { at: '2026-04-09T10:00:00+03:00', channel: 'ticket' }, 'response')).toBe('2026-04-15T10:00:00+03:00');
    expect(dueOf(plus, { at: '2026-04-09T10:00:00+03:00', channel: 'ticket' }, 'response')).toBe('2026-04-09T14:00:00+03:00');
    expect(dueOf(plus, { at: '2026-04-09T15:00:00+03:00', channel: 'ticket' }, 'response')).toBe('2026-04-14T11:00:00+03:00');
  });

  it('+Plus answers a normal ticket no later than Free, whenever it arrives (a week of 2026 hour by hour)', () => {
    const start = Date.parse('2026-04-06T00:00:00+03:00');
    for (let h = 0; h < 24 * 14; h += 1) {
      const at = new Date(start + h * 3_600_000).toISOString();
      const f = clockOf(slaOf(free, { at, channel: 'email' }), 'response').dueAt!;
      const p = clockOf(slaOf(plus, { at, channel: 'email' }), 'response').dueAt!;
      expect(p.toMillis(), at).toBeLessThan(f.toMillis());
    }
  });

  it('+Plus takes normal requests by phone in office hours only', () => {
    expect(checkEntitlement(plus, { channel: 'phone', at: '2026-04-14T10:00:00+03:00' })).toEqual({ entitled: true });
    expect(checkEntitlement(plus, { channel: 'phone', at: '2026-04-14T17:00:00+03:00' })).toEqual({ entitled: false, reason: 'outsideChannelHours' });
    expect(checkEntitlement(plus, { channel: 'phone', at: '2026-04-13T10:00:00+03:00' })).toEqual({ entitled: false, reason: 'outsideChannelHours' }); // Easter Monday
    expect(checkEntitlement(free, { channel: 'phone', at: '2026-04-14T10:00:00+03:00' })).toEqual({ entitled: false, reason: 'channelNotInPlan' });
    expect(checkEntitlement(free, { channel: 'ticket', at: '2026-04-13T10:00:00+03:00' })).toEqual({ entitled: true });
  });
});
