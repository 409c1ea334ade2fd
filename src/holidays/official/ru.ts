/**
 * Russia: the official production calendar (производственный календарь) for a five-day week.
 *
 * Law: the Labour Code of the Russian Federation,
 * - art. 112 part 1: non-working holidays — 1-6 and 8 January (New Year holidays), 7 January
 *   (Christmas), 23 February, 8 March, 1 May, 9 May, 12 June, 4 November;
 * - art. 112 part 2: a holiday on a weekend moves the day off to the next working day (except the
 *   January holidays, whose days off the Government moves by decree, together with any others);
 * - art. 112 part 5: the Government moves days off by an annual decree;
 * - art. 95 part 1: the working day immediately before a non-working holiday is one hour shorter.
 *
 * For a covered year the list below is the FULL official list (`replace: true`): date-holidays'
 * rules are not consulted for the national days off of that year.
 *
 * Working weekend days take the weekly hours of the weekday whose day off they were swapped
 * with (Saturday 2025-11-01 works instead of Monday 2025-11-03, so it takes Monday's hours).
 *
 * 2027: the decree "О переносе выходных дней в 2027 году" was NOT found final when this data was
 * reviewed (only a Ministry of Labour draft reported, news.mail.ru 28 Dec 2025: days off 4-7 Nov,
 * working Saturday 13 Nov; "the final production calendar for 2027 will be approved at the end of
 * 2026"). 2027 therefore stays rules-only until the decree is published; pass it as an override.
 * @internal
 */
import type { OfficialCountryData } from './shape.js';

const DECREE_2025 =
  'Decree of the Government of the Russian Federation No. 1335 of 4 October 2024 "О переносе выходных дней в 2025 году"';
const DECREE_2026 =
  'Decree of the Government of the Russian Federation No. 1466 of 24 September 2025 "О переносе выходных дней в 2026 году"';
const LABOUR_CODE_112 = 'Labour Code of the Russian Federation, art. 112 (non-working holidays)';
const LABOUR_CODE_95 = 'Labour Code of the Russian Federation, art. 95 (pre-holiday day one hour shorter)';

/**
 * The Russian production calendar data.
 * @category Holidays
 */
export const RU: OfficialCountryData = {
  country: 'RU',
  // The names of the days off in Russian: Labour Code art. 112 part 1 for the holidays, and the
  // decrees' wording ("перенос выходного дня") for the days off they move.
  localNames: {
    'New Year Holidays': { ru: 'Новогодние каникулы' },
    'New Year Holiday': { ru: 'Новогодние каникулы' },
    "New Year's Day": { ru: 'Новогодние каникулы' },
    'Christmas Day': { ru: 'Рождество Христово' },
    'Defender of the Fatherland Day': { ru: 'День защитника Отечества' },
    "International Women's Day": { ru: 'Международный женский день' },
    'Spring and Labour Day': { ru: 'Праздник Весны и Труда' },
    'Victory Day': { ru: 'День Победы' },
    'Russia Day': { ru: 'День России' },
    'Unity Day': { ru: 'День народного единства' },
    'Day off (moved from Saturday 4 January)': { ru: 'Выходной день (перенесён с субботы 4 января)' },
    'Day off (moved from Sunday 5 January)': { ru: 'Выходной день (перенесён с воскресенья 5 января)' },
    'Day off (moved from Sunday 23 February)': { ru: 'Выходной день (перенесён с воскресенья 23 февраля)' },
    'Day off (moved from Saturday 8 March)': { ru: 'Выходной день (перенесён с субботы 8 марта)' },
    'Day off (moved from Saturday 1 November)': { ru: 'Выходной день (перенесён с субботы 1 ноября)' },
    'Day off (moved from Saturday 3 January)': { ru: 'Выходной день (перенесён с субботы 3 января)' },
    'Day off (moved from Sunday 4 January)': { ru: 'Выходной день (перенесён с воскресенья 4 января)' },
    "Day off (International Women's Day on a Sunday)": { ru: 'Выходной день (Международный женский день приходится на воскресенье)' },
    'Day off (Victory Day on a Saturday)': { ru: 'Выходной день (День Победы приходится на субботу)' },
  },
  years: [
    {
      year: 2025,
      replace: true,
      sources: [
        DECREE_2025,
        LABOUR_CODE_112,
        LABOUR_CODE_95,
        'Production calendar 2025: 247 working days, 118 days off; shortened days 7 Mar, 30 Apr, 11 Jun, 1 Nov (RBC via saransk-news.net, 8 Jan 2025; fpur.ru, 8 Jan 2025)',
      ],
      daysOff: [
        { date: '2025-01-01', name: 'New Year Holidays' }, // LC art. 112
        { date: '2025-01-02', name: 'New Year Holidays' }, // LC art. 112
        { date: '2025-01-03', name: 'New Year Holidays' }, // LC art. 112
        { date: '2025-01-04', name: 'New Year Holidays' }, // LC art. 112 (Saturday; day off moved to 2 May)
        { date: '2025-01-05', name: 'New Year Holidays' }, // LC art. 112 (Sunday; day off moved to 31 Dec)
        { date: '2025-01-06', name: 'New Year Holidays' }, // LC art. 112
        { date: '2025-01-07', name: 'Christmas Day' }, // LC art. 112
        { date: '2025-01-08', name: 'New Year Holidays' }, // LC art. 112
        { date: '2025-02-23', name: 'Defender of the Fatherland Day' }, // LC art. 112 (Sunday; moved to 8 May)
        { date: '2025-03-08', name: "International Women's Day" }, // LC art. 112 (Saturday; moved to 13 Jun)
        { date: '2025-05-01', name: 'Spring and Labour Day' }, // LC art. 112
        { date: '2025-05-02', name: 'Day off (moved from Saturday 4 January)' }, // Decree No. 1335
        { date: '2025-05-08', name: 'Day off (moved from Sunday 23 February)' }, // Decree No. 1335
        { date: '2025-05-09', name: 'Victory Day' }, // LC art. 112
        { date: '2025-06-12', name: 'Russia Day' }, // LC art. 112
        { date: '2025-06-13', name: 'Day off (moved from Saturday 8 March)' }, // Decree No. 1335
        { date: '2025-11-03', name: 'Day off (moved from Saturday 1 November)' }, // Decree No. 1335
        { date: '2025-11-04', name: 'Unity Day' }, // LC art. 112
        { date: '2025-12-31', name: 'Day off (moved from Sunday 5 January)' }, // Decree No. 1335
      ],
      workingDays: [
        // Decree No. 1335: the day off moves from Saturday 1 November to Monday 3 November, so
        // Saturday 1 November is worked with Monday's hours.
        { date: '2025-11-01', hoursOf: 'mon', name: 'Working Saturday (day off moved to Monday 3 November)' },
      ],
      shortenedDays: [
        { date: '2025-03-07', minutes: 60 }, // LC art. 95: before 8 March
        { date: '2025-04-30', minutes: 60 }, // LC art. 95: before 1 May
        { date: '2025-06-11', minutes: 60 }, // LC art. 95: before 12 June
        { date: '2025-11-01', minutes: 60 }, // LC art. 95: last working day before 4 November
      ],
    },
    {
      year: 2026,
      replace: true,
      sources: [
        DECREE_2026,
        LABOUR_CODE_112,
        LABOUR_CODE_95,
        'Production calendar 2026: 247 working days, 118 days off (Pensastat via penza-news.net, 13 Jan 2026); shortened days 30 Apr, 8 May, 11 Jun, 3 Nov (Ya. Nilov, chair of the State Duma labour committee, via amic.ru, 11 Feb 2026)',
      ],
      daysOff: [
        { date: '2026-01-01', name: 'New Year Holidays' }, // LC art. 112
        { date: '2026-01-02', name: 'New Year Holidays' }, // LC art. 112
        { date: '2026-01-03', name: 'New Year Holidays' }, // LC art. 112 (Saturday; day off moved to 9 Jan)
        { date: '2026-01-04', name: 'New Year Holidays' }, // LC art. 112 (Sunday; day off moved to 31 Dec)
        { date: '2026-01-05', name: 'New Year Holidays' }, // LC art. 112
        { date: '2026-01-06', name: 'New Year Holidays' }, // LC art. 112
        { date: '2026-01-07', name: 'Christmas Day' }, // LC art. 112
        { date: '2026-01-08', name: 'New Year Holidays' }, // LC art. 112
        { date: '2026-01-09', name: 'Day off (moved from Saturday 3 January)' }, // Decree No. 1466
        { date: '2026-02-23', name: 'Defender of the Fatherland Day' }, // LC art. 112
        { date: '2026-03-08', name: "International Women's Day" }, // LC art. 112 (Sunday)
        { date: '2026-03-09', name: "Day off (International Women's Day on a Sunday)" }, // LC art. 112 part 2
        { date: '2026-05-01', name: 'Spring and Labour Day' }, // LC art. 112
        { date: '2026-05-09', name: 'Victory Day' }, // LC art. 112 (Saturday)
        { date: '2026-05-11', name: 'Day off (Victory Day on a Saturday)' }, // LC art. 112 part 2
        { date: '2026-06-12', name: 'Russia Day' }, // LC art. 112
        { date: '2026-11-04', name: 'Unity Day' }, // LC art. 112
        { date: '2026-12-31', name: 'Day off (moved from Sunday 4 January)' }, // Decree No. 1466
      ],
      workingDays: [], // Decree No. 1466 makes no weekend day a working day
      shortenedDays: [
        { date: '2026-04-30', minutes: 60 }, // LC art. 95: before 1 May
        { date: '2026-05-08', minutes: 60 }, // LC art. 95: before 9 May
        { date: '2026-06-11', minutes: 60 }, // LC art. 95: before 12 June
        { date: '2026-11-03', minutes: 60 }, // LC art. 95: before 4 November
      ],
    },
  ],
};
