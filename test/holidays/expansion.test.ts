import { describe, expect, it } from 'vitest';
import { makeHolidaySource } from '../../src/holidays/index.js';
import { parseIsoDate } from '../../src/time/civil.js';
import { zoneRules } from '../../src/time/zone.js';

describe('date-holidays entries as occurrences', () => {
  it('expands a multi-day entry to one occurrence per local date (RU 2024 rules: New Year Holiday, 5 days)', () => {
    const ru = makeHolidaySource({ country: 'RU' }, 'Europe/Moscow');
    expect(ru.basis(2024)).toBe('rules');
    const zone = zoneRules('Europe/Moscow');
    const newYear = ru.year(2024).holidays.filter((h) => h.name === 'New Year Holiday');
    expect(newYear.map((h) => h.date)).toEqual(['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-08']);
    for (const h of newYear) {
      const d = parseIsoDate(h.date) as number;
      expect([h.start, h.end]).toEqual([zone.localToMillis(d, 0), zone.localToMillis(d + 1, 0)]);
    }
  });

  it('clips a sunset-to-sunset holiday to each local date it touches (AE, Laylat al-Mi\'raj 2025)', () => {
    const ae = makeHolidaySource({ country: 'AE' }, 'Asia/Dubai');
    const parts = ae.year(2025).holidays.filter((h) => h.name === "Laylat al-Mi'raj");
    expect(parts.map((h) => [h.date, h.start, h.end])).toEqual([
      ['2025-01-26', Date.UTC(2025, 0, 26, 14), Date.UTC(2025, 0, 26, 20)], // 18:00-24:00 Dubai
      ['2025-01-27', Date.UTC(2025, 0, 26, 20), Date.UTC(2025, 0, 27, 14)], // 00:00-18:00 Dubai
    ]);
  });

  it('keeps a partial-day holiday as instants (DE, Christmas Eve from 14:00, bank type)', () => {
    const de = makeHolidaySource({ country: 'DE', types: ['public', 'bank'] }, 'Europe/Berlin');
    const eve = de.year(2025).holidays.find((h) => h.date === '2025-12-24');
    expect(eve).toMatchObject({ name: 'Christmas Eve', type: 'bank' });
    expect(eve?.start).toBe(Date.UTC(2025, 11, 24, 13)); // 14:00 Berlin (UTC+1)
    expect(eve?.end).toBe(Date.UTC(2025, 11, 24, 23)); // next local midnight
    // without the bank type it does not close
    const dePublic = makeHolidaySource({ country: 'DE' }, 'Europe/Berlin');
    expect(dePublic.year(2025).holidays.some((h) => h.date === '2025-12-24')).toBe(false);
  });

  it("uses the calendar's local dates: a holiday is midnight to midnight in the calendar's zone", () => {
    const inTokyo = makeHolidaySource({ country: 'GR' }, 'Asia/Tokyo');
    const h = inTokyo.year(2025).holidays.find((x) => x.date === '2025-03-25');
    expect([h?.start, h?.end]).toEqual([Date.UTC(2025, 2, 24, 15), Date.UTC(2025, 2, 25, 15)]);
  });

  it('closes a whole local day on a DST change day (23 hours in Athens on 2026-03-29)', () => {
    const gr = makeHolidaySource({ dates: ['2026-03-29', '2026-10-25'] }, 'Europe/Athens');
    const [spring, autumn] = gr.year(2026).holidays;
    expect((spring!.end - spring!.start) / 3_600_000).toBe(23);
    expect((autumn!.end - autumn!.start) / 3_600_000).toBe(25);
  });

  it('holds only the occurrences whose local date is in the year asked for, sorted by start', () => {
    for (const [c, tz] of [['RU', 'Europe/Moscow'], ['AE', 'Asia/Dubai'], ['DE', 'Europe/Berlin'], ['SK', 'Europe/Bratislava']] as const) {
      const src = makeHolidaySource({ country: c, types: ['public', 'bank', 'observance'] }, tz);
      for (const y of [2024, 2025, 2027]) {
        const hs = src.year(y).holidays;
        for (const h of hs) {
          expect(h.date.startsWith(`${y}-`)).toBe(true);
          expect(h.end).toBeGreaterThan(h.start);
        }
        expect([...hs].sort((a, b) => a.start - b.start)).toEqual(hs);
      }
    }
  });

  it('caches each year: asking again returns the same frozen object', () => {
    const gr = makeHolidaySource({ country: 'GR' }, 'Europe/Athens');
    const a = gr.year(2025);
    expect(gr.year(2025)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.holidays)).toBe(true);
  });

  it('throws RangeError for a non-integer year (programmer misuse)', () => {
    const gr = makeHolidaySource({ country: 'GR' }, 'Europe/Athens');
    expect(() => gr.year(2025.5)).toThrow(RangeError);
  });
});
