/**
 * Runs the hand-verified business-time vectors (business-time.json) against the engine, one test
 * per vector named after the rule it pins, and cross-checks each one with the reference walker.
 * Also checks that the generated table (business-time.md) is up to date.
 */
import { readFileSync } from 'node:fs';
import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  endOfBusinessDay,
  isBusinessDay,
  isOpen,
  makeCalendar,
  nextClosing,
  nextOpening,
  subtractBusinessTime,
  type CalendarSpec,
} from '../../src/index.js';
import { readVectors, renderVectorsTable, VECTORS_MD, type Vector } from '../../scripts/vectors-table.js';
import { localDateOf, parseDate, RefCalendar, type RefSpec } from '../support/reference.js';

const vectors = readVectors();

const ms = (iso: unknown): number => {
  const dt = DateTime.fromISO(String(iso), { setZone: true });
  if (!dt.isValid) throw new Error(`bad instant in a vector: ${String(iso)}`);
  return dt.toMillis();
};
const durMs = (d: unknown): number => Duration.fromObject(d as Record<string, number>).as('milliseconds');

/** The engine's answer: an ISO string in the calendar's zone, a boolean or `{ minutes }`. */
const runEngine = (v: Vector): unknown => {
  const cal = makeCalendar(v.calendar as unknown as CalendarSpec);
  const a = v.args;
  const iso = (dt: DateTime): string => {
    expect(dt.zoneName, 'results are DateTimes in the calendar zone').toBe(v.calendar.timeZone);
    return dt.toISO({ suppressMilliseconds: true }) as string;
  };
  switch (v.op) {
    case 'add':
      return iso(addBusinessTime(cal, a['t'] as string, a['d'] as Record<string, number>));
    case 'addEarliest':
      return iso(addBusinessTime(cal, a['t'] as string, a['d'] as Record<string, number>, { boundary: 'earliest' }));
    case 'subtract':
      return iso(subtractBusinessTime(cal, a['t'] as string, a['d'] as Record<string, number>));
    case 'between':
      return { minutes: businessTimeBetween(cal, a['a'] as string, a['b'] as string).as('minutes') };
    case 'isOpen':
      return isOpen(cal, a['t'] as string);
    case 'nextOpening':
      return iso(nextOpening(cal, a['t'] as string));
    case 'nextClosing':
      return iso(nextClosing(cal, a['t'] as string));
    case 'endOfBusinessDay':
      return iso(endOfBusinessDay(cal, a['t'] as string, a['n'] as number));
    case 'addBusinessDays':
      return iso(addBusinessDays(cal, a['t'] as string, a['n'] as number));
    case 'isBusinessDay':
      return isBusinessDay(cal, a['date'] as string);
    default:
      throw new Error(`unknown op ${v.op}`);
  }
};

/** The reference walker's answer, as epoch ms, a boolean or `{ minutes }`. */
const runReference = (v: Vector): unknown => {
  const ref = new RefCalendar(v.calendar as unknown as RefSpec);
  const a = v.args;
  switch (v.op) {
    case 'add':
      return ref.add(ms(a['t']), durMs(a['d']));
    case 'addEarliest':
      return ref.addEarliest(ms(a['t']), durMs(a['d']));
    case 'subtract':
      return ref.subtract(ms(a['t']), durMs(a['d']));
    case 'between':
      return { minutes: ref.between(ms(a['a']), ms(a['b'])) / 60_000 };
    case 'isOpen':
      return ref.isOpen(ms(a['t']));
    case 'nextOpening':
      return ref.nextOpening(ms(a['t']));
    case 'nextClosing':
      return ref.nextClosing(ms(a['t']));
    case 'endOfBusinessDay':
      return ref.endOfBusinessDay(ms(a['t']), a['n'] as number);
    case 'addBusinessDays':
      return ref.addBusinessDays(ms(a['t']), a['n'] as number);
    case 'isBusinessDay': {
      const date = String(a['date']);
      return ref.isBusinessDay(date.includes('T') ? localDateOf(v.calendar.timeZone, ms(date)) : parseDate(date));
    }
    default:
      throw new Error(`unknown op ${v.op}`);
  }
};

const isInstantOp = (op: string): boolean => !['between', 'isOpen', 'isBusinessDay'].includes(op);

describe('business-time vectors (engine)', () => {
  it.each(vectors.map((v) => [v.rule, v] as const))('%s', (_rule, v) => {
    const actual = runEngine(v);
    if (isInstantOp(v.op)) {
      // same instant AND same offset: the expected string is written in the calendar's zone
      const expected = DateTime.fromISO(String(v.expected), { setZone: true });
      const got = DateTime.fromISO(String(actual), { setZone: true });
      expect(`${got.toMillis()} ${got.offset}`, `${String(actual)} vs ${String(v.expected)}`).toBe(`${expected.toMillis()} ${expected.offset}`);
    } else {
      expect(actual).toEqual(v.expected);
    }
  });
});

describe('business-time vectors (reference walker cross-check)', () => {
  it.each(vectors.map((v) => [v.rule, v] as const))('%s', (_rule, v) => {
    const actual = runReference(v);
    if (isInstantOp(v.op)) {
      expect(DateTime.fromMillis(actual as number, { zone: v.calendar.timeZone }).toISO({ suppressMilliseconds: true })).toBe(
        DateTime.fromISO(String(v.expected), { setZone: true }).setZone(v.calendar.timeZone).toISO({ suppressMilliseconds: true }),
      );
    } else {
      expect(actual).toEqual(v.expected);
    }
  });
});

describe('business-time vectors (files)', () => {
  it('has at least 60 vectors, unique rule names, covering every query and the required zones', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(60);
    expect(new Set(vectors.map((v) => v.rule)).size).toBe(vectors.length);
    const ops = new Set(vectors.map((v) => v.op));
    for (const op of ['add', 'addEarliest', 'subtract', 'between', 'isOpen', 'nextOpening', 'nextClosing', 'endOfBusinessDay', 'addBusinessDays', 'isBusinessDay']) {
      expect(ops.has(op), op).toBe(true);
    }
    const zones = new Set(vectors.map((v) => v.calendar.timeZone));
    for (const z of ['Europe/Athens', 'Europe/Moscow', 'America/Los_Angeles', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Australia/Lord_Howe']) {
      expect(zones.has(z), z).toBe(true);
    }
  });

  it('business-time.md is up to date with business-time.json (npm run vectors:table)', () => {
    expect(readFileSync(VECTORS_MD, 'utf8')).toBe(renderVectorsTable(vectors));
  });
});
