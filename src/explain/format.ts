/**
 * Locale resolution and the formatting the explanations and the timeline share: counts with
 * `Intl.PluralRules`, durations in words, instants and dates through luxon (`Intl`), lists with
 * `Intl.ListFormat`. Never the process time zone: every instant is shown in a zone given.
 * @internal
 */
import { DateTime, type DateTimeFormatOptions } from 'luxon';
import { MESSAGES, type ExplainLanguage, type Messages, type PluralForms } from './messages.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** A resolved locale: the language of the words and the BCP 47 tag of the dates. */
export interface ResolvedLocale {
  readonly messages: Messages;
  /** The tag given to `Intl` (the caller's own tag when its language is supported). */
  readonly tag: string;
  readonly plurals: Intl.PluralRules;
  readonly list: Intl.ListFormat;
}

// ---------------------------------------------------------------------------------------------
// Locale
// ---------------------------------------------------------------------------------------------

const SUPPORTED = new Set<string>(['en', 'el', 'ru', 'sk']);
const resolved = new Map<string, ResolvedLocale>();

/**
 * The language of `locale` (`'ru-RU'` → Russian), English for any other. The caller's tag is
 * kept for dates when it is valid and of a supported language (`'en-US'` gives US dates), else
 * the language's default (`'en-GB'`, `'el-GR'`, `'ru-RU'`, `'sk-SK'`).
 */
export const resolveLocale = (locale: string | undefined): ResolvedLocale => {
  const key = locale ?? 'en';
  let r = resolved.get(key);
  if (r === undefined) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(key)[0];
    } catch {
      canonical = undefined;
    }
    const lang = canonical?.split('-')[0]?.toLowerCase();
    const messages = MESSAGES[(lang !== undefined && SUPPORTED.has(lang) ? lang : 'en') as ExplainLanguage];
    const tag = canonical !== undefined && canonical !== lang && lang === messages.lang ? canonical : messages.dateTag;
    r = {
      messages,
      tag,
      plurals: new Intl.PluralRules(messages.lang),
      list: new Intl.ListFormat(messages.lang, { type: 'conjunction', style: 'long' }),
    };
    resolved.set(key, r);
  }
  return r;
};

// ---------------------------------------------------------------------------------------------
// Counts and durations
// ---------------------------------------------------------------------------------------------

/** The form of a counted word for `n` in the locale's plural rules. */
export const pluralForm = (loc: ResolvedLocale, n: number, forms: PluralForms): string => {
  const category = loc.plurals.select(n) as keyof PluralForms;
  return forms[category] ?? forms.other;
};

/** `n` and its counted word: "1 night", "2 ночи", "5 ночей". */
export const count = (loc: ResolvedLocale, n: number, forms: PluralForms): string => `${n} ${pluralForm(loc, n, forms)}`;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * A duration in words: days only when `withDays` (real time; business time is counted in
 * hours), then hours and minutes; seconds only below a minute. Rounded to the minute.
 */
export const formatDuration = (loc: ResolvedLocale, ms: number, withDays: boolean): string => {
  const abs = Math.abs(ms);
  const u = loc.messages.units;
  if (abs < MINUTE) return count(loc, Math.round(abs / 1000), u.second);
  let rest = Math.round(abs / MINUTE) * MINUTE;
  const parts: string[] = [];
  if (withDays && rest >= DAY) {
    const days = Math.floor(rest / DAY);
    parts.push(count(loc, days, u.day));
    rest -= days * DAY;
  }
  const hours = Math.floor(rest / HOUR);
  if (hours > 0) parts.push(count(loc, hours, u.hour));
  rest -= hours * HOUR;
  const minutes = Math.round(rest / MINUTE);
  if (minutes > 0 || parts.length === 0) parts.push(count(loc, minutes, u.minute));
  return parts.join(' ');
};

// ---------------------------------------------------------------------------------------------
// Instants and dates
// ---------------------------------------------------------------------------------------------

const INSTANT: DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const TIME: DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DAY_MONTH: DateTimeFormatOptions = { day: 'numeric', month: 'long' };

/** An instant in `zone`, e.g. "Fri, 17 April 2026 at 16:45" / "пт, 17 апреля 2026 г. в 16:45". */
export const formatInstant = (loc: ResolvedLocale, t: DateTime, zone: string): string =>
  t.setZone(zone).setLocale(loc.tag).toLocaleString(INSTANT);

/** The wall-clock time of an instant in `zone`: "15:30". */
export const formatTime = (loc: ResolvedLocale, t: DateTime, zone: string): string =>
  t.setZone(zone).setLocale(loc.tag).toLocaleString(TIME);

/** The end of a stretch: its time alone when it ends on the local date it starts on. */
export const formatUntil = (loc: ResolvedLocale, from: DateTime, to: DateTime, zone: string): string =>
  from.setZone(zone).toISODate() === to.setZone(zone).toISODate() ? formatTime(loc, to, zone) : formatInstant(loc, to, zone);

/** A local date `YYYY-MM-DD` as day and month: "10 April", "1 мая", "3. apríla". */
export const formatDayMonth = (loc: ResolvedLocale, date: string): string =>
  DateTime.fromISO(date, { zone: 'UTC' }).setLocale(loc.tag).toLocaleString(DAY_MONTH);

/** A list joined the language's way: "a, b and c", "a, b и c", "a, b και c", "a, b a c". */
export const formatList = (loc: ResolvedLocale, items: readonly string[]): string => loc.list.format(items);

/**
 * A holiday's name in the locale's language where the data has it, else its English name
 * (`name`, which the holiday layer may have corrected; `names.en` is date-holidays' own).
 */
export const localName = (loc: ResolvedLocale, name: string | undefined, names: Readonly<Record<string, string>> | undefined): string =>
  (loc.messages.lang === 'en' ? undefined : names?.[loc.messages.lang]) ?? name ?? names?.['en'] ?? '';
