/**
 * Greece: corrections to date-holidays' data.
 *
 * - Labour Day (1 May) is made a mandatory holiday each year by decision of the Minister of
 *   Labour (A.N. 380/1968; art. 14 of law 4468/2017), who moves it when it falls in Holy Week, on
 *   Easter or on a Sunday. The public sector follows decisions of the Ministry of the Interior /
 *   Administrative Reform, which have differed (2013).
 * - Clean Monday's English name is "Clean Monday" (Καθαρά Δευτέρα), not "Ash Sunday".
 * - Clean Monday, Good Friday and Whit Monday (Αγίου Πνεύματος) are days off for the public
 *   sector; for the private sector they are customary, not mandatory (mandatory: Royal Decree
 *   748/1966 — 25 March, Easter Monday, 15 August, 25 December; Ministerial Decision
 *   59635/1063/2017 — 26 December; law 4468/2017 — 1 May). `sector: 'private'` keeps them as
 *   working days.
 *
 * 2027: 1 May is Holy Saturday. No decision moving it was found when this data was reviewed, so
 * 2027 keeps the rules (1 May, a Saturday) and is rules-only; pass the decision as an override
 * when it is published.
 * @internal
 */
import type { OfficialCountryData } from './shape.js';

const NO_MOVE = (year: number, weekday: string): string =>
  `Labour Day ${year} falls on ${weekday}, outside Holy Week: no move (dates checked against the official list of holidays)`;

/**
 * The Greek corrections.
 * @category Holidays
 */
export const GR: OfficialCountryData = {
  country: 'GR',
  names: {
    'orthodox -48': 'Clean Monday',
  },
  localNames: {
    'Clean Monday': { el: 'Καθαρά Δευτέρα' },
  },
  publicSectorOnly: ['orthodox -48', 'orthodox -2', 'orthodox 50'],
  years: [
    {
      // Private sector: decision of the Minister of Labour I. Vroutsis (8 Apr 2013): 1 May 2013,
      // Holy Wednesday, moved to Tuesday 7 May 2013 (inews.gr / EnterTV, 8 Apr 2013).
      year: 2013,
      sector: 'private',
      moves: [{ from: '2013-05-01', to: '2013-05-07', name: 'Labour Day' }],
      sources: ['Decision of the Minister of Labour (I. Vroutsis), April 2013: 1 May 2013 moved to Tuesday 7 May 2013'],
    },
    {
      // Public sector: circular ΔΙΑΔΠ/Φ.Β.9/11448 of 19 Apr 2013 of the Ministry of Administrative
      // Reform: 1 May 2013 is NOT moved for public services (peyfa.gr; flashnews.gr).
      year: 2013,
      sector: 'public',
      sources: ['Ministry of Administrative Reform circular ΔΙΑΔΠ/Φ.Β.9/11448 of 19 April 2013: 1 May 2013 not moved in the public sector'],
    },
    {
      // Decision of the Minister of Labour G. Katrougalos: 1 May 2016, Easter Sunday, moved to
      // Tuesday 3 May 2016 (protothema.gr via trikalaview.gr; ontime24.gr).
      year: 2016,
      moves: [{ from: '2016-05-01', to: '2016-05-03', name: 'Labour Day' }],
      sources: ['Decision of the Minister of Labour (G. Katrougalos), April 2016: 1 May 2016 (Easter Sunday) moved to Tuesday 3 May 2016'],
    },
    {
      // Decision of the Minister of Labour K. Hatzidakis: 1 May 2021, Holy Saturday, moved to
      // Tuesday 4 May 2021 (tomanifesto.gr); the same for the public sector (someda.gr).
      year: 2021,
      moves: [{ from: '2021-05-01', to: '2021-05-04', name: 'Labour Day' }],
      sources: ['Decision of the Minister of Labour (K. Hatzidakis), April 2021: 1 May 2021 (Holy Saturday) moved to Tuesday 4 May 2021, public sector included'],
    },
    {
      // Decision of the Minister of Labour K. Hatzidakis: 1 May 2022, a Sunday, moved to Monday
      // 2 May 2022 (tharrosnews.gr; anaplirotes.gr; schools: dipe.pie.sch.gr).
      year: 2022,
      moves: [{ from: '2022-05-01', to: '2022-05-02', name: 'Labour Day' }],
      sources: ['Decision of the Minister of Labour (K. Hatzidakis), April 2022: 1 May 2022 (Sunday) moved to Monday 2 May 2022'],
    },
    {
      // Decision of the Minister of Labour D. Michailidou: 1 May 2024, Holy Wednesday, moved to
      // Tuesday 7 May 2024 (karditsalive.net); public sector: Ministry of the Interior
      // (larissatime.gr; metalleiachalkidikis.gr, 8 Apr 2024).
      year: 2024,
      moves: [{ from: '2024-05-01', to: '2024-05-07', name: 'Labour Day' }],
      sources: ['Decision of the Minister of Labour (D. Michailidou), April 2024: 1 May 2024 (Holy Wednesday) moved to Tuesday 7 May 2024, public sector included (Ministry of the Interior)'],
    },
    {
      // Labour Day on Thursday 1 May 2025, Easter on 20 April: not moved (documentonews.gr;
      // skai.gr via cyprusnews.eu, "Δεν μεταφέρεται φέτος η αργία της Πρωτομαγιάς").
      year: 2025,
      sources: [/* @__PURE__ */ NO_MOVE(2025, 'Thursday'), 'Royal Decree 748/1966; law 4468/2017 art. 14; Ministerial Decision 59635/1063/2017'],
    },
    {
      // Labour Day on Friday 1 May 2026, Easter on 12 April: no move.
      year: 2026,
      sources: [/* @__PURE__ */ NO_MOVE(2026, 'Friday'), 'Royal Decree 748/1966; law 4468/2017 art. 14; Ministerial Decision 59635/1063/2017'],
    },
  ],
};
