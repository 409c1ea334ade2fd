import { describe, expect, it } from 'vitest';
import { makeHolidaySource } from '../../src/holidays/index.js';
import { closedDates } from './helpers.js';

const sk = makeHolidaySource({ country: 'SK' }, 'Europe/Bratislava');

describe('Slovak days of rest', () => {
  it('pins every day of rest of 2025 (17 November no longer one)', () => {
    expect(closedDates(sk.year(2025))).toEqual([
      '2025-01-01', '2025-01-06', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-08', '2025-07-05',
      '2025-08-29', '2025-09-15', '2025-11-01', '2025-12-24', '2025-12-25', '2025-12-26',
    ]);
  });

  it('pins every day of rest of 2026: 8 May and 15 September suspended', () => {
    expect(closedDates(sk.year(2026))).toEqual([
      '2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-07-05', '2026-08-29',
      '2026-11-01', '2026-12-24', '2026-12-25', '2026-12-26',
    ]);
  });

  it('restores 8 May and 15 September from 2027 (the suspension is for 2026 only)', () => {
    for (const y of [2027, 2028, 2035]) {
      const dates = closedDates(sk.year(y));
      expect(dates).toContain(`${y}-05-08`);
      expect(dates).toContain(`${y}-09-15`);
      expect(dates).not.toContain(`${y}-11-17`);
      expect(dates).not.toContain(`${y}-09-01`);
    }
    const may8 = sk.year(2027).holidays.find((h) => h.date === '2027-05-08');
    expect(may8).toMatchObject({ name: 'Day of Victory over Fascism', type: 'public' });
    expect(may8?.start).toBe(Date.UTC(2027, 4, 7, 22)); // 00:00 Bratislava (UTC+2)
  });

  it('keeps 8 May and 15 September 2026 as observances when observances are asked for', () => {
    const all = makeHolidaySource({ country: 'SK', types: ['public', 'observance'] }, 'Europe/Bratislava');
    const may8 = all.year(2026).holidays.filter((h) => h.date === '2026-05-08');
    expect(may8.map((h) => h.type)).toEqual(['observance']);
    const may8of2027 = all.year(2027).holidays.filter((h) => h.date === '2027-05-08');
    expect(may8of2027.map((h) => h.type)).toEqual(['public']);
  });

  it('backs 2025 and 2026 by the law and cites it; 2027 is rules plus the restoration', () => {
    expect(sk.officialYears).toEqual([2025, 2026]);
    expect(sk.describeYear?.(2026).citations.join(' ')).toMatch(/241\/1993/);
    const y27 = sk.describeYear?.(2027);
    expect(y27?.basis).toBe('rules');
    expect(y27?.citations.join(' ')).toMatch(/restored from 2027/);
  });
});
