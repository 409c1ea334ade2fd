/**
 * freezePlanSpec: every calendar of a plan frozen for a range of years; the frozen plan (plain
 * JSON) evaluates tickets as the live one inside the range.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { evaluateTicketMillis, freezePlanSpec, freezePlanSpecOrThrow, IssueCode, makePlan } from '../../src/index.js';
import { runs } from '../support/runs.js';

const DAY = 86_400_000;
const dir = new URL('../../examples/plans/', import.meta.url);
const plans = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    // $schema and entitlements: fields of the example files that parsePlan does not read (yet)
    const { $schema: _s, entitlements: _e, ...spec } = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Record<string, unknown>;
    return [f, spec] as const;
  });

describe('freezePlanSpec', () => {
  it('freezes the { country } sources of every calendar of each example plan, keeps the rest, and the frozen plan parses', () => {
    for (const [file, spec] of plans) {
      const frozen = freezePlanSpecOrThrow(spec, { from: 2025, to: 2026 });
      const json = JSON.stringify(frozen);
      const calendars = Object.values(JSON.parse(json).calendars as Record<string, { holidays?: Record<string, unknown>[] }>);
      const sources = calendars.flatMap((c) => c.holidays ?? []);
      expect(sources.some((s) => 'country' in s), file).toBe(false);
      const hadCountry = JSON.stringify(spec['calendars']).includes('"country"');
      expect(sources.some((s) => 'frozen' in s), file).toBe(hadCountry);
      expect(JSON.parse(json).clocks, file).toEqual(spec['clocks']);
      expect(() => makePlan(JSON.parse(json)), file).not.toThrow();
    }
  });

  it('returns the issues of each calendar under its path, and the years issue once', () => {
    const r = freezePlanSpec(
      { calendars: { a: { timeZone: 'UTC', week: {}, holidays: [{ country: 'XX' }] }, b: { alwaysOpen: 'UTC' }, c: { timeZone: 'Nowhere', week: { mon: ['09:00-17:00'] } } }, defaultCalendar: 'b' },
      { from: 2026, to: 2025 },
    );
    expect(E.isLeft(r)).toBe(true);
    if (E.isLeft(r)) {
      const got = r.left.map((i) => [i.code, i.path.join('.')]);
      expect(got).toContainEqual([IssueCode.FROZEN_HOLIDAYS_RANGE, 'options']);
      expect(got.filter(([c]) => c === IssueCode.FROZEN_HOLIDAYS_RANGE)).toHaveLength(1);
      expect(got).toContainEqual([IssueCode.UNKNOWN_COUNTRY, 'calendars.a.holidays.0.country']);
      expect(got).toContainEqual([IssueCode.INVALID_TIME_ZONE, 'calendars.c.timeZone']);
    }
    expect(E.isLeft(freezePlanSpec(null, { from: 2025, to: 2025 }))).toBe(true);
  });

  it('a frozen plan evaluates tickets as the live one inside the frozen years (property, every example plan)', () => {
    const lo = Date.UTC(2025, 0, 3);
    const hi = Date.UTC(2026, 9, 1); // far enough from the end of 2026 for every target to land inside
    for (const [file, spec] of plans) {
      const live = makePlan(spec);
      const frozen = makePlan(JSON.parse(JSON.stringify(freezePlanSpecOrThrow(spec, { from: 2025, to: 2026 }))));
      const priorities = (spec['priorities'] as { id: string }[]).map((p) => p.id);
      const channels = Object.keys((spec['channels'] as Record<string, unknown> | undefined) ?? {});
      fc.assert(
        fc.property(
          fc.integer({ min: lo, max: hi }),
          fc.constantFrom(...priorities),
          fc.constantFrom(...(channels.length > 0 ? channels : [undefined])),
          fc.integer({ min: 0, max: 20 * DAY }),
          (created, priority, channel, later) => {
            const ticket = { events: [{ type: 'created', at: created, priority, ...(channel === undefined ? {} : { channel }) }] };
            const a = evaluateTicketMillis(live, ticket, created + later);
            const b = evaluateTicketMillis(frozen, ticket, created + later);
            expect(b, file).toEqual(a);
          },
        ),
        runs(40),
      );
    }
  });
});
