/**
 * Slovakia: corrections to date-holidays' data.
 *
 * Act No. 241/1993 Coll. on state holidays, days of rest and memorial days, as amended by the
 * 2025 public-finance consolidation act (in force 1 November 2025):
 * - 17 November stays a state holiday but is no longer a day of rest, permanently, from 2025
 *   (date-holidays is right; trains ran on the working-day timetable on 17 Nov 2025, ŽSR via
 *   dennikn.news);
 * - a TRANSITIONAL provision: 8 May (Victory over Fascism Day) and 15 September (Our Lady of
 *   Seven Sorrows) are not days of rest IN 2026 ONLY (teraz.sk 23 Sep 2025: amendment by
 *   D. Karas swapping 6 January for 15 September; refresher.sk 10 Jan 2026: "❌ (iba 2026)";
 *   General Prosecutor's review of "the transitional provision under which Our Lady of Seven
 *   Sorrows is not a day of rest in 2026", topky.sk 17 Oct 2025).
 * date-holidays drops both days for good (`since 2026` → observance); the law restores them from
 * 2027. No newer law making the suspension permanent was found (searched March 2026 coverage:
 * interez.sk 13 Mar 2026 still describes it as temporary).
 * 1 September (Constitution Day) is not a day of rest since 2024 (consolidation act of December
 * 2023); date-holidays is right.
 * @internal
 */
import type { OfficialCountryData } from './shape.js';

const ACT = 'Act No. 241/1993 Coll. on state holidays, days of rest and memorial days, as amended by the 2025 consolidation act (in force 1 November 2025)';
/** The act, then what it says (a function, called with a pure mark: a bundler can drop it). */
const actSays = (what: string): string => `${ACT}: ${what}`;

/**
 * The Slovak corrections.
 * @category Holidays
 */
export const SK: OfficialCountryData = {
  country: 'SK',
  // Slovak names of the days of rest the library restores (Act 241/1993 § 2(2)).
  localNames: {
    'Day of Victory over Fascism': { sk: 'Deň víťazstva nad fašizmom' },
    'Day of Our Lady of the Seven Sorrows': { sk: 'Sedembolestná Panna Mária' },
  },
  restored: [
    // § 2(2)(j) Act 241/1993: 8 May is a day of rest; suspended for 2026 only (transitional provision).
    { monthDay: '05-08', name: 'Day of Victory over Fascism', since: 2027, source: ACT },
    // § 2(2)(e) Act 241/1993: 15 September is a day of rest; suspended for 2026 only (transitional provision).
    { monthDay: '09-15', name: 'Day of Our Lady of the Seven Sorrows', since: 2027, source: ACT },
  ],
  years: [
    {
      // 2025: every day of rest of § 1 and § 2 Act 241/1993 except 1 September (since 2024) and
      // 17 November (since 2025) — date-holidays' list is right.
      year: 2025,
      sources: [/* @__PURE__ */ actSays('17 November no longer a day of rest from 2025; 1 September not a day of rest since 2024')],
    },
    {
      // 2026: the transitional provision suspends 8 May and 15 September as days of rest.
      year: 2026,
      sources: [/* @__PURE__ */ actSays('transitional provision — 8 May and 15 September are not days of rest in 2026')],
    },
  ],
};
