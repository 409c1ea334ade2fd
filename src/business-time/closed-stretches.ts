/**
 * Closed stretches of a calendar and why they are closed: what an SLA explanation shows for the
 * time a clock skipped ("closed Friday night, Saturday, Sunday (weekend), Monday: Easter Monday").
 */
import type { DateTime } from 'luxon';
import type { Calendar } from '../calendar/calendar.js';
import { closedExplainerOf, yearIndexOf, zoneOf } from '../calendar/engine.js';
import { formatIsoDate } from '../time/civil.js';
import { toDateTime, toMillis, type InstantInput } from '../time/instant.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * Why a stretch of time was closed on a calendar, for one local date it touches. The reason is
 * the open-time step that closed that date's part of the stretch, by precedence
 * `'closure'` > `'holiday'` > `'weekend'` > `'night'`:
 * - `'closure'`: a closure of the spec overlaps it (or an override that closes the whole date,
 *   or, on a `difference(a, b)` calendar, open time of `b`);
 * - `'holiday'`: a holiday of the calendar's holiday sources overlaps it (`name` says which);
 * - `'weekend'`: the date has no hours (a weekday without weekly hours, after working-day transfers);
 * - `'night'`: outside the hours of a date that has hours.
 *
 * @example
 * ```ts
 * import { closedStretchesMillis, makeCalendar, type ClosedDay } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { fri: ['09:00-17:00'], mon: ['09:00-17:00'] } });
 * const [gap] = closedStretchesMillis(cal, Date.UTC(2025, 5, 6, 12), Date.UTC(2025, 5, 9, 12));
 * const days: readonly ClosedDay[] = gap.days; // night (Fri), weekend (Sat), weekend (Sun), night (Mon)
 * ```
 * @category Business time
 */
export interface ClosedDay {
  /** Local date `YYYY-MM-DD` in the calendar's zone. */
  readonly date: string;
  /** `'night'`: outside the hours of a working day; `'weekend'`: a weekday with no hours. */
  readonly reason: 'night' | 'weekend' | 'holiday' | 'closure';
  /** The holiday's name (English, from the holiday data) when `reason` is `'holiday'`. */
  readonly name?: string;
  /** The holiday's names by language (`'el'`, `'ru'`, `'sk'`, …) where the holiday data has them. */
  readonly names?: Readonly<Record<string, string>>;
}

/**
 * A maximal closed stretch `[from, to)` of a calendar (clipped to the range asked for), on
 * epoch milliseconds, with one {@link ClosedDay} per local date it touches.
 *
 * @example
 * ```ts
 * import { closedStretchesMillis, makeCalendar, type ClosedStretchMillis } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'], tue: ['09:00-17:00'] } });
 * const [night]: ClosedStretchMillis[] = closedStretchesMillis(cal, Date.UTC(2025, 5, 2, 12), Date.UTC(2025, 5, 3, 12));
 * night.from === Date.UTC(2025, 5, 2, 17); // true
 * ```
 * @category Business time
 */
export interface ClosedStretchMillis {
  /** First closed instant (epoch ms). */
  readonly from: number;
  /** First open instant after it, or the end of the range asked for (exclusive, epoch ms). */
  readonly to: number;
  /** One entry per local date the stretch touches, in date order. */
  readonly days: readonly ClosedDay[];
}

/**
 * {@link ClosedStretchMillis} with luxon `DateTime`s in the calendar's zone.
 *
 * @example
 * ```ts
 * import { closedStretches, makeCalendar, type ClosedStretch } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { mon: ['09:00-17:00'], tue: ['09:00-17:00'] } });
 * const [night]: ClosedStretch[] = closedStretches(cal, '2025-06-02T12:00:00Z', '2025-06-03T12:00:00Z');
 * night.from.toISO(); // '2025-06-02T17:00:00.000Z'
 * ```
 * @category Business time
 */
export interface ClosedStretch {
  /** First closed instant. */
  readonly from: DateTime<true>;
  /** First open instant after it, or the end of the range asked for (exclusive). */
  readonly to: DateTime<true>;
  /** One entry per local date the stretch touches, in date order. */
  readonly days: readonly ClosedDay[];
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * The maximal closed stretches of the calendar inside `[fromMs, toMs)`, in time order, each with
 * why it is closed on each local date it touches (see {@link ClosedDay} for the reasons and
 * their precedence). Empty when `toMs <= fromMs` or the calendar is open throughout.
 *
 * @example
 * ```ts
 * import { closedStretchesMillis, makeCalendar } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'Europe/Athens', week: { mon: ['09:30-17:30'], tue: ['09:30-17:30'] }, holidays: [{ country: 'GR' }] });
 * const [gap] = closedStretchesMillis(cal, Date.parse('2026-04-13T00:00:00+03:00'), Date.parse('2026-04-14T12:00:00+03:00'));
 * gap.days.map((d) => [d.date, d.reason, d.name]); // [['2026-04-13', 'holiday', 'Easter Monday'], ['2026-04-14', 'night', undefined]]
 * ```
 * @category Business time
 */
export const closedStretchesMillis = (cal: Calendar, fromMs: number, toMs: number): ClosedStretchMillis[] => {
  if (!(toMs > fromMs)) return [];
  const open = yearIndexOf(cal).intervals(fromMs, toMs);
  const out: ClosedStretchMillis[] = [];
  let at = fromMs;
  for (let i = 0; i <= open.length; i += 2) {
    const end = i < open.length ? (open[i] as number) : toMs;
    if (end > at) out.push({ from: at, to: end, days: closedDays(cal, at, end) });
    if (i < open.length) at = open[i + 1] as number;
  }
  return out;
};

/**
 * {@link closedStretchesMillis} on luxon values: the closed stretches inside `[from, to)`, with
 * `DateTime`s in the calendar's zone.
 *
 * @example
 * ```ts
 * import { closedStretches, makeCalendar } from 'support-sla';
 * const cal = makeCalendar({ timeZone: 'UTC', week: { fri: ['09:00-17:00'], mon: ['09:00-17:00'] } });
 * const [gap] = closedStretches(cal, '2025-06-06T12:00:00Z', '2025-06-09T12:00:00Z');
 * gap.days.map((d) => d.reason); // ['night', 'weekend', 'weekend', 'night']
 * ```
 * @category Business time
 */
export const closedStretches = (cal: Calendar, from: InstantInput, to: InstantInput): ClosedStretch[] =>
  closedStretchesMillis(cal, toMillis(from, 'from'), toMillis(to, 'to')).map((s) => ({
    from: toDateTime(s.from, cal.timeZone),
    to: toDateTime(s.to, cal.timeZone),
    days: s.days,
  }));

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/** One {@link ClosedDay} per local date that the closed stretch `[from, to)` touches. */
const closedDays = (cal: Calendar, from: number, to: number): ClosedDay[] => {
  const zone = zoneOf(cal);
  const explain = closedExplainerOf(cal);
  const days: ClosedDay[] = [];
  const first = zone.localDays(from);
  const last = zone.localDays(to - 1);
  for (let d = first; d <= last; d++) {
    const a = Math.max(from, zone.localToMillis(d, 0));
    const b = Math.min(to, zone.localToMillis(d + 1, 0));
    if (!(b > a)) continue;
    const cause = explain(a, b);
    days.push(
      cause.name === undefined
        ? { date: formatIsoDate(d), reason: cause.reason }
        : cause.names === undefined
          ? { date: formatIsoDate(d), reason: cause.reason, name: cause.name }
          : { date: formatIsoDate(d), reason: cause.reason, name: cause.name, names: cause.names },
    );
  }
  return days;
};
