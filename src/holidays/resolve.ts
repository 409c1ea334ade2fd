/**
 * Holiday sources, job 3: resolving validated options into a {@link ResolvedHolidaySource}
 * bound to a time zone: date-holidays' rules, corrected by the shipped official data, then by
 * the user's yearly overrides; each year computed once and cached.
 * @internal
 */
import { civilFromDays, formatIsoDate, parseIsoDate } from '../time/civil.js';
import { zoneRules, type ZoneRules } from '../time/zone.js';
import { OFFICIAL_DATA } from './official/index.js';
import { rulesEngine, type RuleOccurrence } from './rules.js';
import { shippedYears, type ShippedYear } from './shipped.js';
import type { CountryOptions, YearLayer } from './source-options.js';
import type {
  HolidayBasis,
  HolidayOccurrence,
  HolidayYear,
  HolidayYearCoverage,
  ResolvedHolidaySource,
  ShortenedDay,
  WorkingDayTransfer,
} from './types.js';
import { badHolidayYear } from '../internal/messages.js';

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

const freezeYear = (holidays: HolidayOccurrence[], workingDays: WorkingDayTransfer[], shortenedDays: ShortenedDay[]): HolidayYear =>
  Object.freeze({
    holidays: Object.freeze(holidays.sort((a, b) => a.start - b.start || a.end - b.end)),
    workingDays: Object.freeze(workingDays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))),
    shortenedDays: Object.freeze(shortenedDays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))),
  });

const checkYear = (y: number): void => {
  if (!Number.isInteger(y)) throw new RangeError(badHolidayYear(y));
};

const fullDay = (zone: ZoneRules, days: number, name: string, rule = ''): RuleOccurrence => ({
  date: formatIsoDate(days),
  name,
  type: 'public',
  start: zone.localToMillis(days, 0),
  end: zone.localToMillis(days + 1, 0),
  rule,
});

/**
 * `{ dates }`: every listed local date closed midnight to midnight.
 * @category Holidays
 */
export const datesSource = (days: readonly number[], zone: ZoneRules): ResolvedHolidaySource => {
  const byYear = new Map<number, number[]>();
  for (const d of days) {
    const y = civilFromDays(d).year;
    const list = byYear.get(y);
    if (list === undefined) byYear.set(y, [d]);
    else list.push(d);
  }
  const officialYears = Object.freeze([...byYear.keys()].sort((a, b) => a - b));
  const cache = new Map<number, HolidayYear>();
  const basis = (y: number): HolidayBasis => (byYear.has(y) ? 'official' : 'rules');
  return {
    key: `dates(${days.length})`,
    officialYears,
    year(y) {
      checkYear(y);
      let result = cache.get(y);
      if (result === undefined) {
        const holidays = (byYear.get(y) ?? []).map((d): HolidayOccurrence => {
          const { rule: _rule, ...occ } = fullDay(zone, d, 'Holiday');
          return occ;
        });
        result = freezeYear(holidays, [], []);
        cache.set(y, result);
      }
      return result;
    },
    basis,
    describeYear: (y) => ({ year: y, basis: basis(y), origin: 'dates', overridden: false, citations: [] }),
  };
};

const sourceKey = (o: CountryOptions): string => {
  let key = [o.country, o.state, o.region].filter((p) => p !== undefined).join('-');
  if (o.types.length !== 1 || o.types[0] !== 'public') key += `[${o.types.join(',')}]`;
  if (o.sector !== 'public') key += `/${o.sector}`;
  if (o.overrides.length > 0) key += `+overrides(${o.overrides.map((l) => l.year).join(',')})`;
  return key;
};

interface YearState {
  occurrences: RuleOccurrence[];
  readonly working: Map<string, WorkingDayTransfer>;
  readonly shortened: Map<string, ShortenedDay>;
}

/** Applies one yearly layer. `national` tells whether a rule occurrence is country-wide. */
/** Applies one yearly layer; returns the indexes of its moves that found no holiday to move. */
const applyLayer = (state: YearState, layer: YearLayer, zone: ZoneRules, national: (o: RuleOccurrence) => boolean): number[] => {
  const unmatched: number[] = [];
  if (layer.replace) {
    state.occurrences = state.occurrences.filter((o) => !(o.type === 'public' && national(o)));
    state.working.clear();
    state.shortened.clear();
  }
  if (layer.notDaysOff.length > 0) {
    const drop = new Set(layer.notDaysOff.map(formatIsoDate));
    state.occurrences = state.occurrences.filter((o) => !drop.has(o.date));
  }
  layer.moves.forEach((move, index) => {
    const from = formatIsoDate(move.from);
    const moved = state.occurrences.filter((o) => o.date === from && (move.name === undefined || o.name === move.name));
    if (moved.length === 0) {
      unmatched.push(index);
      return;
    }
    state.occurrences = state.occurrences.filter((o) => !moved.includes(o));
    const first = moved[0] as RuleOccurrence;
    // the local names go with the holiday (the date shows where it moved)
    state.occurrences.push({ ...fullDay(zone, move.to, `${first.name} (moved from ${from})`, first.rule), type: first.type, ...(first.names !== undefined ? { names: first.names } : {}) });
  });
  for (const off of layer.daysOff) {
    const occ = fullDay(zone, off.days, off.name);
    const covered = state.occurrences.some((o) => o.date === occ.date && o.type === 'public' && o.start <= occ.start && o.end >= occ.end);
    if (!covered) state.occurrences.push(occ);
  }
  for (const w of layer.workingDays) {
    state.occurrences = state.occurrences.filter((o) => o.date !== w.date);
    state.working.set(w.date, w);
  }
  for (const s of layer.shortenedDays) state.shortened.set(s.date, s);
  return unmatched;
};

/**
 * A country source: rules, shipped corrections, user overrides; cached per year.
 * @category Holidays
 */
export const countrySource = (
  options: CountryOptions,
  timeZone: string,
): { readonly source: ResolvedHolidaySource; readonly unmatchedMoves: (y: number) => number[] } => {
  const zone = zoneRules(timeZone);
  const { country, state, region, types, sector } = options;
  const engine = rulesEngine({ country, state, region, types, timeZone });
  const data = OFFICIAL_DATA[country];
  const closesPublic = types.includes('public');
  const shipped = data !== undefined && closesPublic
    ? shippedYears(data).filter((s) => s.sector === undefined || s.sector === sector)
    : [];
  const shippedByYear = new Map<number, ShippedYear[]>();
  for (const s of shipped) {
    const list = shippedByYear.get(s.layer.year);
    if (list === undefined) shippedByYear.set(s.layer.year, [s]);
    else list.push(s);
  }
  const overrideByYear = new Map(options.overrides.map((l) => [l.year, l] as const));
  const replaced = new Set(options.overrides.filter((l) => l.replace).map((l) => l.year));
  const officialYears = Object.freeze([...new Set([...shippedByYear.keys(), ...replaced])].sort((a, b) => a - b));
  const publicOnly = new Set(data?.publicSectorOnly ?? []);
  const names = data?.names ?? {};

  // which rule occurrences are national (only differs when a state is chosen)
  const nationalFor = (y: number): ((o: RuleOccurrence) => boolean) => {
    if (state === undefined) return () => true;
    let national: Set<string> | undefined;
    return (o) => {
      if (o.rule === '') return true;
      national ??= new Set(rulesEngine({ country, types, timeZone }).year(y).map((n) => `${n.date}|${n.rule}`));
      return national.has(`${o.date}|${o.rule}`);
    };
  };

  const unmatchedMoves = new Map<number, number[]>();
  const build = (y: number): HolidayYear => {
    const st: YearState = { occurrences: [], working: new Map(), shortened: new Map() };
    // a year fully replaced by a national list needs no rules when only public days close
    // (with other types, e.g. ['bank'], the rules still give those days)
    const layers = [...(shippedByYear.get(y) ?? []).map((s) => s.layer), ...(overrideByYear.has(y) ? [overrideByYear.get(y) as YearLayer] : [])];
    const skipRules = state === undefined && types.length === 1 && types[0] === 'public' && layers.some((l) => l.replace);
    for (const o of skipRules ? [] : engine.year(y)) {
      if (sector === 'private' && publicOnly.has(o.rule)) continue;
      const name = names[o.rule];
      st.occurrences.push(name !== undefined ? { ...o, name, names: { ...o.names, en: name } } : o);
    }
    if (closesPublic) {
      for (const r of data?.restored ?? []) {
        if (y < r.since) continue;
        const days = parseIsoDate(`${y}-${r.monthDay}`);
        if (days === undefined) continue;
        const date = formatIsoDate(days);
        if (st.occurrences.some((o) => o.date === date && o.type === 'public')) continue;
        st.occurrences = st.occurrences.filter((o) => o.date !== date);
        st.occurrences.push(fullDay(zone, days, r.name));
      }
    }
    const national = nationalFor(y);
    for (const layer of layers) {
      const missed = applyLayer(st, layer, zone, national);
      if (layer === overrideByYear.get(y)) unmatchedMoves.set(y, missed);
    }
    // the official data's local names (e.g. the Russian names of the decree's days off)
    const localNames = data?.localNames;
    const holidays = st.occurrences.map(({ rule: _rule, ...occ }): HolidayOccurrence => {
      const local = localNames?.[occ.name];
      return local === undefined ? occ : { ...occ, names: { ...occ.names, ...local } };
    });
    return freezeYear(holidays, [...st.working.values()], [...st.shortened.values()]);
  };

  const cache = new Map<number, HolidayYear>();
  const describeYear = (y: number): HolidayYearCoverage => {
    const origin = replaced.has(y) ? 'override' : shippedByYear.has(y) ? 'shipped' : 'rules';
    const citations = [
      ...(shippedByYear.get(y) ?? []).flatMap((s) => s.sources),
      ...(closesPublic ? (data?.restored ?? []).filter((r) => y >= r.since).map((r) => `${r.source} (${r.name}, ${r.monthDay}, restored from ${r.since})`) : []),
    ];
    return {
      year: y,
      basis: origin === 'rules' ? 'rules' : 'official',
      origin,
      overridden: overrideByYear.has(y),
      citations: [...new Set(citations)],
    };
  };
  const source: ResolvedHolidaySource = {
    key: sourceKey(options),
    officialYears,
    year(y) {
      checkYear(y);
      let result = cache.get(y);
      if (result === undefined) {
        result = build(y);
        cache.set(y, result);
      }
      return result;
    },
    basis: (y) => (replaced.has(y) || shippedByYear.has(y) ? 'official' : 'rules'),
    describeYear,
  };
  return {
    source,
    unmatchedMoves: (y) => {
      source.year(y);
      return unmatchedMoves.get(y) ?? [];
    },
  };
};
