/**
 * The reference walker's own DST conversion, pinned: it must be right before it can judge the
 * engine. Known instants in each zone, then agreement with luxon wherever luxon is unambiguous.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ZONES, transitionsOf } from '../support/arbitraries.js';
import { HOUR, MINUTE, RefCalendar, wallToInstant } from '../support/reference.js';
import { runs } from '../support/runs.js';

const at = (zone: string, y: number, mo: number, d: number, h: number, mi: number): string =>
  DateTime.fromMillis(wallToInstant(zone, { year: y, month: mo, day: d }, h * HOUR + mi * MINUTE), { zone }).toISO({ suppressMilliseconds: true }) as string;

describe('reference: wall time to instant (gap forward by the gap, overlap first occurrence)', () => {
  it.each([
    ['America/Los_Angeles', 2025, 3, 9, 2, 30, '2025-03-09T03:30:00-07:00'],
    ['America/Los_Angeles', 2025, 11, 2, 1, 30, '2025-11-02T01:30:00-07:00'],
    ['Europe/Athens', 2025, 3, 30, 3, 30, '2025-03-30T04:30:00+03:00'],
    ['Europe/Athens', 2025, 10, 26, 3, 30, '2025-10-26T03:30:00+03:00'],
    ['Australia/Lord_Howe', 2025, 10, 5, 2, 15, '2025-10-05T02:45:00+11:00'],
    ['Australia/Lord_Howe', 2025, 4, 6, 1, 45, '2025-04-06T01:45:00+11:00'],
    ['Pacific/Chatham', 2025, 9, 28, 3, 0, '2025-09-28T04:00:00+13:45'],
    ['Pacific/Chatham', 2025, 4, 6, 3, 0, '2025-04-06T03:00:00+13:45'],
    ['America/Sao_Paulo', 2018, 11, 4, 0, 0, '2018-11-04T01:00:00-02:00'],
    ['America/Sao_Paulo', 2019, 2, 16, 23, 30, '2019-02-16T23:30:00-02:00'],
    ['Europe/Moscow', 2014, 10, 26, 1, 30, '2014-10-26T01:30:00+04:00'],
    ['Asia/Kathmandu', 2025, 6, 2, 9, 0, '2025-06-02T09:00:00+05:45'],
  ])('%s %i-%i-%i %i:%i → %s', (zone, y, mo, d, h, mi, expected) => {
    expect(at(zone, y, mo, d, h, mi)).toBe(expected);
  });

  it('reads every instant back: the earliest instant of its wall time, equal to luxon where the wall time is unique', () => {
    const zone = fc.constantFrom(...ZONES);
    fc.assert(
      fc.property(
        zone.chain((z) =>
          fc.tuple(
            fc.constant(z),
            fc.oneof(
              fc.integer({ min: Date.UTC(2014, 0, 1), max: Date.UTC(2028, 0, 1) }),
              fc.constantFrom(...transitionsOf(z), Date.UTC(2025, 0, 1)).chain((tr) => fc.integer({ min: tr - 3 * HOUR, max: tr + 3 * HOUR })),
            ),
          ),
        ),
        ([z, ms]) => {
          const local = DateTime.fromMillis(ms, { zone: z });
          const date = { year: local.year, month: local.month, day: local.day };
          const wallMs = ((local.hour * 60 + local.minute) * 60 + local.second) * 1000 + local.millisecond;
          const r = wallToInstant(z, date, wallMs);
          const back = DateTime.fromMillis(r, { zone: z });
          expect(back.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS")).toBe(local.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS"));
          expect(r).toBeLessThanOrEqual(ms);
          if (r === ms && ms - HOUR * 2 > 0) {
            // no earlier reading: luxon (whatever its guess) must find the same unique instant
            const readings = [-3, -2, -1, 1, 2, 3].filter((k) => {
              const other = DateTime.fromMillis(ms + k * 30 * MINUTE, { zone: z });
              return other.toFormat('yyyy-MM-dd HH:mm:ss.SSS') === local.toFormat('yyyy-MM-dd HH:mm:ss.SSS');
            });
            if (readings.length === 0) {
              expect(DateTime.fromObject({ ...date, hour: local.hour, minute: local.minute, second: local.second, millisecond: local.millisecond }, { zone: z }).toMillis()).toBe(ms);
            }
          }
        },
      ),
      runs(300),
    );
  });

  it('a gap-time start and an end just after the gap make an empty interval (03:30-04:15 on Athens spring-forward day)', () => {
    const ref = new RefCalendar({ timeZone: 'Europe/Athens', week: { sun: ['03:30-04:15'] } });
    const day = Date.parse('2025-03-30T00:00:00+02:00');
    expect(ref.between(day, day + 24 * HOUR)).toBe(0);
  });

  it('two readings of overlapping intervals with an end in a gap: merged first (default) or one by one (literal)', () => {
    const spec = { timeZone: 'Pacific/Chatham', week: { sun: ['00:00-04:00', '03:30-10:15'] } };
    const a = Date.parse('2025-09-28T00:00:00+12:45');
    const b = Date.parse('2025-09-29T00:00:00+13:45');
    expect(new RefCalendar(spec).between(a, b) / MINUTE).toBe(555);
    expect(new RefCalendar(spec, { literalGapIntervals: true }).between(a, b) / MINUTE).toBe(525);
  });
});
