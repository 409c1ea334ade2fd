/**
 * Holiday names by language: each occurrence carries the names the holiday data has (date-holidays'
 * names of its rule; the local names of the official data), for explanations in the vendor's
 * language; closed stretches and holidaysBetween pass them on.
 */
import { describe, expect, it } from 'vitest';
import { closedStretches, holidaysBetween, makeCalendar, makeHolidaySource } from '../../src/index.js';
import { OFFICIAL_DATA } from '../../src/holidays/official/index.js';

describe('holiday names by language', () => {
  it('Greek holidays carry their Greek names (date-holidays), the English name stays `name`', () => {
    const y = makeHolidaySource({ country: 'GR' }, 'Europe/Athens').year(2026);
    const byDate = new Map(y.holidays.map((h) => [h.date, h]));
    expect(byDate.get('2026-04-10')?.names?.['el']).toBe('Μεγάλη Παρασκευή');
    expect(byDate.get('2026-04-13')?.names?.['el']).toBe('Δευτέρα του Πάσχα');
    expect(byDate.get('2026-02-23')?.name).toBe('Clean Monday');
    expect(byDate.get('2026-02-23')?.names?.['el']).toBe('Καθαρά Δευτέρα');
    expect(byDate.get('2026-10-28')?.names?.['el']).toBe('Επέτειος του Όχι');
  });

  it('Slovak and Russian rule-based holidays carry their local names', () => {
    const sk = makeHolidaySource({ country: 'SK' }, 'Europe/Bratislava').year(2026).holidays;
    expect(sk.find((h) => h.date === '2026-04-03')?.names?.['sk']).toBe('Veľký piatok');
    expect(sk.find((h) => h.date === '2026-08-29')?.names?.['sk']).toBe('Výročie Slovenského národného povstania');
    const ru = makeHolidaySource({ country: 'RU' }, 'Europe/Moscow').year(2027).holidays; // rules only
    expect(ru.find((h) => h.date === '2027-06-12')?.names?.['ru']).toBe('День России');
  });

  it('official days off carry the official local names: Russia 2026, Slovakia 2027', () => {
    const ru = makeHolidaySource({ country: 'RU' }, 'Europe/Moscow').year(2026).holidays;
    expect(ru.find((h) => h.date === '2026-05-01')?.names?.['ru']).toBe('Праздник Весны и Труда');
    expect(ru.find((h) => h.date === '2026-05-11')?.names?.['ru']).toBe('Выходной день (День Победы приходится на субботу)');
    const sk = makeHolidaySource({ country: 'SK' }, 'Europe/Bratislava').year(2027).holidays;
    expect(sk.find((h) => h.date === '2027-05-08')?.names?.['sk']).toBe('Deň víťazstva nad fašizmom');
  });

  it('the official data names every day off it ships in the country’s language', () => {
    const ru = OFFICIAL_DATA['RU'];
    const local = ru?.localNames ?? {};
    const names = (ru?.years ?? []).flatMap((y) => (y.daysOff ?? []).map((d) => (typeof d === 'string' ? 'Day off' : (d.name ?? 'Day off'))));
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((n) => local[n]?.['ru'] === undefined)).toEqual([]);
    const sk = OFFICIAL_DATA['SK'];
    for (const r of sk?.restored ?? []) expect(sk?.localNames?.[r.name]?.['sk']).toBeTruthy();
  });

  it('closed stretches and holidaysBetween pass the names on', () => {
    const cal = makeCalendar({
      timeZone: 'Europe/Bratislava',
      week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] },
      holidays: [{ country: 'SK' }],
    });
    const [gap] = closedStretches(cal, '2026-04-02T12:00:00+02:00', '2026-04-07T12:00:00+02:00');
    const holidays = (gap?.days ?? []).filter((d) => d.reason === 'holiday');
    expect(holidays.map((d) => [d.name, d.names?.['sk']])).toEqual([
      ['Good Friday', 'Veľký piatok'],
      ['Easter Monday', 'Veľkonočný pondelok'],
    ]);
    const listed = holidaysBetween(cal, '2026-04-01T00:00:00+02:00', '2026-04-08T00:00:00+02:00');
    expect(listed.map((h) => h.names?.['sk'])).toEqual(['Veľký piatok', 'Veľkonočný pondelok']);
  });
});
