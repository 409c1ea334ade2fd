/**
 * `support-sla/core`: the same source built with `src/holidays/rules.ts` swapped for
 * `rules-absent.ts` (tsup.config.ts). Here the swap is made with vi.mock, so that the behaviour
 * of a build without date-holidays is pinned on the source; the built dist/core.js is checked by
 * scripts/smoke.mjs and scripts/budgets.mjs (no date-holidays in its import graph).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/holidays/rules.js', async () => await import('../../src/holidays/rules-absent.js'));

const { IssueCode, addBusinessTime, makeCalendar, safeParseCalendar, safeParseHolidaySource, holidayCoverage } = await import('../../src/index.js');

const h = ['09:30-17:30'];
const week = { mon: h, tue: h, wed: h, thu: h, fri: h };

describe('without date-holidays (support-sla/core)', () => {
  it('a calendar naming { country } gets HOLIDAY_RULES_NOT_LOADED saying what to import, never an empty holiday list', () => {
    const r = safeParseCalendar({ timeZone: 'Europe/Athens', week, holidays: [{ dates: ['2025-12-24'] }, { country: 'GR' }] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([[IssueCode.HOLIDAY_RULES_NOT_LOADED, ['holidays', 1, 'country']]]);
    expect(r.issues[0]?.message).toContain("'support-sla'");
    expect(r.issues[0]?.message).toContain('freezeCalendarSpec');
  });

  it('a holiday source parsed on its own gets the same issue', () => {
    const r = safeParseHolidaySource({ country: 'RU' }, 'Europe/Moscow');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.code).toBe(IssueCode.HOLIDAY_RULES_NOT_LOADED);
  });

  it('everything else works: calendars without holidays, { dates } and { frozen } sources', () => {
    const plain = makeCalendar({ timeZone: 'Europe/Athens', week });
    expect(addBusinessTime(plain, '2025-06-06T15:30:00+03:00', { hours: 4 }).toISO()).toBe('2025-06-09T11:30:00.000+03:00');
    // a calendar frozen by the root build (date-holidays loaded), read back here
    const frozen = JSON.parse(readFileSync(new URL('./fixtures/clickmedia-frozen-2025-2026.json', import.meta.url), 'utf8')) as Parameters<typeof makeCalendar>[0];
    const cal = makeCalendar(frozen);
    expect(addBusinessTime(cal, '2025-04-17T16:00:00+03:00', { hours: 4 }).toISO()).toBe('2025-04-22T12:00:00.000+03:00');
    expect(holidayCoverage(cal)[0]?.year(2025).origin).toBe('frozen');
    expect(holidayCoverage(cal)[0]?.year(2027)).toMatchObject({ basis: 'none', origin: 'none' });
  });

  it('rules-absent.ts has every value rules.ts exports that the source imports, with the same kind', async () => {
    const absent = await import('../../src/holidays/rules-absent.js');
    const real = await vi.importActual<Record<string, unknown>>('../../src/holidays/rules.js');
    expect(absent.RULES_LOADED).toBe(false);
    expect(real['RULES_LOADED']).toBe(true);
    for (const name of Object.keys(real)) {
      if (name === 'RulesEngine') continue; // a class used as a type only
      expect(typeof (absent as Record<string, unknown>)[name], name).toBe(typeof real[name]);
    }
  });
});
