/**
 * A ticket's clocks as a picture: a self-contained SVG document (no script, no external font,
 * image or style sheet), drawn from the figures `evaluateTicket` returns.
 */
import type { DateTime } from 'luxon';
import { holidaysBetween, openIntervals } from '../business-time/queries.js';
import type { Calendar } from '../calendar/calendar.js';
import type { CycleResult, ExplanationStep, TicketSla } from '../clocks/types.js';
import { parseIsoDate } from '../time/civil.js';
import { toMillis, type InstantInput } from '../time/instant.js';
import { zoneRules } from '../time/zone.js';
import { explainClock } from './explain.js';
import { formatDuration, formatInstant, localName, resolveLocale, type ResolvedLocale } from './format.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link renderTimeline}.
 *
 * @example
 * ```ts
 * import { makeCalendar, type RenderTimelineOptions } from 'support-sla';
 * const calendar = makeCalendar({ timeZone: 'Europe/Moscow', week: { mon: ['10:00-18:00'] } });
 * const options: RenderTimelineOptions = { width: 960, locale: 'ru', calendar };
 * ```
 */
export interface RenderTimelineOptions {
  /** Width in px (default 800, at least 480); the height follows from the number of clocks. */
  readonly width?: number;
  /** Language of the labels, hover texts and `<desc>` (as in `explainClock`; default `'en'`). */
  readonly locale?: string | undefined;
  /**
   * The calendar whose open and closed time is drawn as bands, and whose holidays are labelled
   * (usually the plan's default calendar). Without it, the bands are the closed stretches the
   * clocks' explanations skipped, between the earliest start and the latest deadline.
   */
  readonly calendar?: Calendar | undefined;
  /** Start of the time axis (default: local midnight before the earliest clock start). */
  readonly from?: InstantInput;
  /** End of the time axis (default: local midnight after the latest due, completion or `asOf`). */
  readonly to?: InstantInput;
  /** Prefix of the document's `id`s, so that several timelines can share one HTML page (default `'sla'`). */
  readonly idPrefix?: string;
}

type Step = ExplanationStep<DateTime<true>>;

interface Band {
  readonly from: number;
  readonly to: number;
}

interface HolidayMark extends Band {
  readonly label: string;
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * Draws a ticket's clocks as an SVG document (a string; no I/O): a time axis in the calendar's
 * zone, open and closed time as bands, holidays labelled, each clock (each cycle) as a bar from
 * its start to its deadline (or completion) with its pauses hatched, warning ticks, the due and
 * breach instants marked, and `asOf` as a dashed line. Every element has a `<title>` (hover
 * text); the document has `role="img"`, a `<title>` and a `<desc>` holding the clocks'
 * explanations in words.
 *
 * Elements carry classes for styling and tests: `plot`, `open`, `closed`, `holiday`,
 * `bar` (with `data-clock` and `data-cycle`), `overdue`, `pause`, `warning`, `due`, `breach`,
 * `as-of`.
 *
 * @example
 * ```ts
 * import { evaluateTicket, makePlan, renderTimeline } from 'support-sla';
 * import { either as E } from 'fp-ts';
 *
 * const plan = makePlan({
 *   id: 'moscow', calendars: { office: { timeZone: 'Europe/Moscow', week: { mon: ['10:00-18:00'], tue: ['10:00-18:00'],
 *     wed: ['10:00-18:00'], thu: ['10:00-18:00'], fri: ['10:00-18:00'] }, holidays: [{ country: 'RU' }] } },
 *   defaultCalendar: 'office', priorities: [{ id: 'basic' }],
 *   clocks: [{ id: 'reaction', kind: 'firstResponse', targets: { basic: { workingDayHours: { hours: 48 } } } }],
 * });
 * const sla = evaluateTicket(plan, { events: [{ type: 'created', at: '2026-04-30T15:00:00+03:00', priority: 'basic' }] },
 *   '2026-05-04T12:00:00+03:00');
 * if (E.isRight(sla)) renderTimeline(sla.right, { locale: 'ru' }); // '<svg xmlns="http://www.w3.org/2000/svg" role="img" …'
 * ```
 */
export const renderTimeline = (sla: TicketSla, options: RenderTimelineOptions = {}): string => {
  const width = options.width ?? 800;
  if (!Number.isFinite(width) || width < 480) throw new RangeError(`renderTimeline: width is a number of px >= 480, got ${String(width)}.`);
  const loc = resolveLocale(options.locale);
  const t = loc.messages.timeline;
  const zone = sla.timeZone;
  const prefix = (options.idPrefix ?? 'sla').replace(/[^A-Za-z0-9_-]/g, '_');
  const asOf = sla.asOf.toMillis();
  const clocks = sla.clocks.map((c) => ({ clock: c, cycles: c.cycles.length > 0 ? c.cycles : [c] }));

  // the time axis
  const rules = zoneRules(zone);
  const instants: number[] = [asOf, sla.createdAt.toMillis()];
  for (const { cycles } of clocks) {
    for (const c of cycles) {
      // a clock's deadline stretches the axis only while it matters: not after completion
      instants.push(c.startedAt.toMillis());
      if (c.completedAt !== null) instants.push(c.completedAt.toMillis());
      else if (c.dueAt !== null) instants.push(c.dueAt.toMillis());
    }
  }
  const lo = options.from !== undefined ? toMillis(options.from, 'from') : rules.localToMillis(rules.localDays(Math.min(...instants)), 0);
  const hi = options.to !== undefined ? toMillis(options.to, 'to') : rules.localToMillis(rules.localDays(Math.max(...instants)) + 1, 0);
  if (!(hi > lo)) throw new RangeError('renderTimeline: the axis end must be after its start.');

  // geometry
  const LEFT = 150;
  const RIGHT = 16;
  const TOP = 64;
  const ROW = 40;
  const plotW = width - LEFT - RIGHT;
  const rowsH = Math.max(1, clocks.length) * ROW + 8;
  const axisY = TOP + rowsH;
  const height = axisY + 64;
  const x = (ms: number): number => LEFT + ((Math.min(Math.max(ms, lo), hi) - lo) / (hi - lo)) * plotW;
  /** Marks (due, breach, warning) are drawn only on the axis, never clamped to its ends. */
  const onAxis = (ms: number): boolean => ms >= lo && ms <= hi;
  const at = (ms: number): string => formatInstant(loc, dt(sla.asOf, ms), zone);
  const span = (a: number, b: number): string => `${at(a)} – ${at(b)}`;

  const out: string[] = [];
  const push = (s: string): void => {
    out.push(s);
  };
  const titleText = t.title(sla.id);
  const desc = sla.clocks.map((c) => explainClock(c, { locale: options.locale })).join('\n');

  push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" ` +
      `width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="sans-serif" font-size="11">`,
  );
  push(`<title id="${prefix}-title">${esc(titleText)}</title>`);
  push(`<desc id="${prefix}-desc">${esc(desc === '' ? titleText : desc)}</desc>`);
  push(
    `<defs><pattern id="${prefix}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="#ffffff" fill-opacity="0.55"/><line x1="0" y1="0" x2="0" y2="6" stroke="#374151" stroke-width="2.5"/></pattern></defs>`,
  );
  push(`<text x="${n(LEFT)}" y="18" font-size="14" font-weight="bold">${esc(titleText)}</text>`);
  push(`<rect class="plot" x="${n(LEFT)}" y="${n(TOP)}" width="${n(plotW)}" height="${n(rowsH)}" fill="#ffffff" stroke="#9ca3af"><title>${esc(span(lo, hi))} (${esc(zone)})</title></rect>`);

  // open and closed bands
  const { closed, known } = closedBands(sla, options.calendar, lo, hi);
  for (const b of complement(closed, known)) {
    push(`<rect class="open" x="${n(x(b.from))}" y="${n(TOP)}" width="${n(x(b.to) - x(b.from))}" height="${n(rowsH)}" fill="#ecfdf5"><title>${esc(`${t.open}: ${span(b.from, b.to)}`)}</title></rect>`);
  }
  for (const b of closed) {
    push(`<rect class="closed" x="${n(x(b.from))}" y="${n(TOP)}" width="${n(x(b.to) - x(b.from))}" height="${n(rowsH)}" fill="#e5e7eb"><title>${esc(`${t.closed}: ${span(b.from, b.to)}`)}</title></rect>`);
  }

  // holidays, labelled above the plot (two staggered lines so that neighbours do not collide)
  holidayMarks(sla, options.calendar, loc, lo, hi).forEach((h, i) => {
    const hx = x(h.from);
    const hw = x(h.to) - hx;
    const label = `${h.label}`;
    push(
      `<g class="holiday"><title>${esc(`${t.holiday}: ${label} (${span(h.from, h.to)})`)}</title>` +
        `<rect x="${n(hx)}" y="${n(TOP)}" width="${n(hw)}" height="${n(rowsH)}" fill="#fde68a" fill-opacity="0.7"/>` +
        `<line x1="${n(hx)}" y1="${n(i % 2 === 0 ? 42 : 56)}" x2="${n(hx)}" y2="${n(TOP)}" stroke="#b45309"/>` +
        `<text x="${n(hx + 2)}" y="${n(i % 2 === 0 ? 40 : 54)}" fill="#92400e" font-size="10">${esc(label)}</text></g>`,
    );
  });

  // the time axis
  for (const tick of ticks(rules, lo, hi, plotW, loc, zone, sla.asOf)) {
    const tx = x(tick.at);
    push(`<line class="tick" x1="${n(tx)}" y1="${n(axisY)}" x2="${n(tx)}" y2="${n(axisY + 5)}" stroke="#6b7280"/>`);
    // no label where it would run off the right edge (the zone is written there)
    if (tx <= LEFT + plotW - 32) push(`<text x="${n(tx)}" y="${n(axisY + 17)}" text-anchor="middle" fill="#374151" font-size="10">${esc(tick.label)}</text>`);
  }
  push(`<text x="${n(LEFT + plotW)}" y="${n(axisY + 31)}" text-anchor="end" fill="#6b7280" font-size="10">${esc(zone)}</text>`);

  // one row per clock
  clocks.forEach(({ clock, cycles }, row) => {
    const y = TOP + 4 + row * ROW;
    const barY = y + 12;
    const barH = 16;
    push(`<text x="8" y="${n(y + 16)}" font-weight="bold">${esc(clock.clock)}</text>`);
    push(`<text x="8" y="${n(y + 29)}" fill="#4b5563" font-size="10">${esc(`${clock.priority} · ${t.state[clock.state]}`)}</text>`);
    cycles.forEach((c, k) => {
      const start = c.startedAt.toMillis();
      const due = c.dueAt === null ? null : c.dueAt.toMillis();
      const done = c.completedAt === null ? null : c.completedAt.toMillis();
      const end = c.state === 'completed' || c.state === 'cancelled' ? (done ?? asOf) : asOf;
      const barEnd = due === null ? end : c.state === 'completed' || c.state === 'cancelled' ? Math.min(end, due) : due;
      const fill = c.state === 'cancelled' ? '#9ca3af' : c.breached ? '#dc2626' : c.state === 'completed' ? '#16a34a' : c.state === 'paused' ? '#6b7280' : '#2563eb';
      const what = `${clock.clock}${cycles.length > 1 ? ` #${k + 1}` : ''}`;
      const barTitle = `${what}: ${at(start)} → ${due === null ? t.paused : `${t.due} ${at(due)}`}${done !== null ? `; ${t.completed} ${at(done)}` : ''}`;
      push(
        `<rect class="bar" data-clock="${esc(clock.clock)}" data-cycle="${k}" x="${n(x(start))}" y="${n(barY)}" width="${n(Math.max(0, x(barEnd) - x(start)))}" height="${n(barH)}" ` +
          `fill="${fill}" fill-opacity="0.85" rx="2"><title>${esc(barTitle)}</title></rect>`,
      );
      if (due !== null && end > due) {
        push(
          `<rect class="overdue" data-clock="${esc(clock.clock)}" x="${n(x(due))}" y="${n(barY + 3)}" width="${n(x(end) - x(due))}" height="${n(barH - 6)}" fill="#fca5a5">` +
            `<title>${esc(`${what}: ${t.overdue} ${span(due, end)}`)}</title></rect>`,
        );
      }
      for (const p of pauses(c.explanation)) {
        const from = p.from.toMillis();
        const to = p.to === null ? asOf : p.to.toMillis();
        push(
          `<rect class="pause" data-clock="${esc(clock.clock)}" x="${n(x(from))}" y="${n(barY - 2)}" width="${n(Math.max(0, x(to) - x(from)))}" height="${n(barH + 4)}" fill="url(#${prefix}-hatch)" stroke="#374151" stroke-width="0.5">` +
            `<title>${esc(`${what}: ${t.paused} (${p.status}) ${p.to === null ? `${at(from)} →` : span(from, to)}${p.openMs > 0 ? `; ${formatDuration(loc, p.openMs, false)}` : ''}`)}</title></rect>`,
        );
      }
      if (due !== null && onAxis(due)) {
        const dx = x(due);
        push(
          `<line class="due" data-clock="${esc(clock.clock)}" x1="${n(dx)}" y1="${n(barY - 6)}" x2="${n(dx)}" y2="${n(barY + barH + 6)}" stroke="#111827" stroke-width="2">` +
            `<title>${esc(`${what}: ${t.due} ${at(due)}`)}</title></line>`,
        );
      }
      if (c.breachedAt !== null && onAxis(c.breachedAt.toMillis())) {
        const bx = x(c.breachedAt.toMillis());
        push(
          `<circle class="breach" data-clock="${esc(clock.clock)}" cx="${n(bx)}" cy="${n(barY + barH / 2)}" r="5" fill="#ffffff" stroke="#b91c1c" stroke-width="2.5">` +
            `<title>${esc(`${what}: ${t.breached} ${at(c.breachedAt.toMillis())}`)}</title></circle>`,
        );
      }
      if (k === cycles.length - 1) {
        for (const w of clock.warnings.filter((v) => onAxis(v.at.toMillis()))) {
          const wx = x(w.at.toMillis());
          const threshold = 'percent' in w.threshold ? `${w.threshold.percent} %` : formatDuration(loc, w.threshold.remaining.toMillis(), false);
          push(
            `<line class="warning" data-clock="${esc(clock.clock)}" x1="${n(wx)}" y1="${n(barY - 6)}" x2="${n(wx)}" y2="${n(barY + 2)}" stroke="#d97706" stroke-width="2">` +
              `<title>${esc(`${what}: ${t.warning} ${threshold}, ${at(w.at.toMillis())}`)}</title></line>`,
          );
        }
      }
    });
  });

  // asOf
  const ax = x(asOf);
  push(
    `<line class="as-of" x1="${n(ax)}" y1="${n(TOP - 4)}" x2="${n(ax)}" y2="${n(axisY)}" stroke="#7c3aed" stroke-width="1.5" stroke-dasharray="4 3">` +
      `<title>${esc(`${t.asOf} ${at(asOf)}`)}</title></line>`,
  );

  // legend
  const ly = axisY + 46;
  const legend: [string, string][] = [
    [`<rect x="0" y="-8" width="12" height="10" fill="#ecfdf5" stroke="#9ca3af"/>`, t.open],
    [`<rect x="0" y="-8" width="12" height="10" fill="#e5e7eb"/>`, t.closed],
    [`<rect x="0" y="-8" width="12" height="10" fill="#fde68a"/>`, t.holiday],
    [`<rect x="0" y="-8" width="12" height="10" fill="url(#${prefix}-hatch)" stroke="#374151" stroke-width="0.5"/>`, t.paused],
    [`<line x1="6" y1="-10" x2="6" y2="4" stroke="#111827" stroke-width="2"/>`, t.due],
    [`<circle cx="6" cy="-3" r="4" fill="#ffffff" stroke="#b91c1c" stroke-width="2"/>`, t.breached],
    [`<line x1="6" y1="-10" x2="6" y2="4" stroke="#7c3aed" stroke-width="1.5" stroke-dasharray="4 3"/>`, t.asOf],
  ];
  const step = (width - 16) / legend.length;
  push(`<g class="legend" font-size="10" fill="#374151">`);
  legend.forEach(([mark, label], i) => {
    push(`<g transform="translate(${n(8 + i * step)} ${n(ly)})">${mark}<text x="16" y="0">${esc(label)}</text></g>`);
  });
  push('</g>');
  push('</svg>');
  return `${out.join('\n')}\n`;
};

// ---------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------

/** A number for an attribute: at most two decimals, no exponent. */
const n = (v: number): string => String(Math.round(v * 100) / 100);

/** XML text and attribute escaping. */
const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A `DateTime` of `ms` in the zone of `like` (no process zone involved). */
const dt = (like: DateTime, ms: number): DateTime => like.plus(ms - like.toMillis());

const pauses = (steps: readonly Step[]): Extract<Step, { step: 'pause' }>[] =>
  steps.filter((s): s is Extract<Step, { step: 'pause' }> => s.step === 'pause');

const closedSteps = (sla: TicketSla): Extract<Step, { step: 'closed' }>[] =>
  sla.clocks.flatMap((c) => (c.cycles.length > 0 ? c.cycles : [c]) as readonly CycleResult[]).flatMap((c) =>
    c.explanation.filter((s): s is Extract<Step, { step: 'closed' }> => s.step === 'closed'),
  );

/** Sorted, merged intervals. */
const merge = (bands: Band[]): Band[] => {
  bands.sort((a, b) => a.from - b.from);
  const out: Band[] = [];
  for (const b of bands) {
    const last = out[out.length - 1];
    if (last !== undefined && b.from <= last.to) out[out.length - 1] = { from: last.from, to: Math.max(last.to, b.to) };
    else out.push(b);
  }
  return out;
};

/**
 * Closed time in `[lo, hi)`, and the stretch over which open and closed time are known: the
 * whole axis with a calendar, else from the first explained start to the last explained due.
 */
const closedBands = (sla: TicketSla, cal: Calendar | undefined, lo: number, hi: number): { closed: Band[]; known: Band } => {
  if (cal !== undefined) {
    const open = openIntervals(cal, lo, hi).map((i) => ({ from: (i.start as DateTime).toMillis(), to: (i.end as DateTime).toMillis() }));
    return { closed: complement(open, { from: lo, to: hi }), known: { from: lo, to: hi } };
  }
  const closed = merge(
    closedSteps(sla)
      .map((s) => ({ from: Math.max(lo, s.from.toMillis()), to: Math.min(hi, s.to.toMillis()) }))
      .filter((b) => b.to > b.from),
  );
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of sla.clocks.flatMap((k) => (k.cycles.length > 0 ? k.cycles : [k]) as readonly CycleResult[])) {
    starts.push(c.startedAt.toMillis());
    if (c.dueAt !== null) ends.push(c.dueAt.toMillis());
  }
  for (const b of closed) ends.push(b.to);
  const from = Math.max(lo, Math.min(...starts, hi));
  const to = Math.min(hi, Math.max(...ends, from));
  return { closed, known: { from, to } };
};

/** `within` minus the (sorted, merged) bands. */
const complement = (bands: readonly Band[], within: Band): Band[] => {
  const out: Band[] = [];
  let cursor = within.from;
  for (const b of bands) {
    if (b.to <= cursor) continue;
    if (b.from >= within.to) break;
    if (b.from > cursor) out.push({ from: cursor, to: b.from });
    cursor = Math.max(cursor, b.to);
  }
  if (cursor < within.to) out.push({ from: cursor, to: within.to });
  return out;
};

/** The holidays on the axis, named in the locale's language where the data has the name. */
const holidayMarks = (sla: TicketSla, cal: Calendar | undefined, loc: ResolvedLocale, lo: number, hi: number): HolidayMark[] => {
  const named = (h: { readonly name?: string | undefined; readonly names?: Readonly<Record<string, string>> | undefined }): string => localName(loc, h.name, h.names);
  const out = new Map<string, HolidayMark>();
  if (cal !== undefined) {
    for (const h of holidaysBetween(cal, lo, hi)) {
      const label = named(h);
      const key = `${h.date}|${label}`;
      if (!out.has(key)) out.set(key, { from: Math.max(lo, h.start.toMillis()), to: Math.min(hi, h.end.toMillis()), label });
    }
  } else {
    const rules = zoneRules(sla.timeZone);
    for (const s of closedSteps(sla)) {
      for (const d of s.days) {
        if (d.reason !== 'holiday') continue;
        const label = named(d);
        const key = `${d.date}|${label}`;
        if (out.has(key)) continue;
        const day = parseIsoDate(d.date);
        if (day === undefined) continue;
        const dayStart = rules.localToMillis(day, 0);
        const dayEnd = rules.localToMillis(day + 1, 0);
        const from = Math.max(lo, s.from.toMillis(), dayStart);
        const to = Math.min(hi, s.to.toMillis(), dayEnd);
        if (to > from) out.set(key, { from, to, label });
      }
    }
  }
  return [...out.values()].sort((a, b) => a.from - b.from);
};

/** Axis ticks: local midnights (every 1, 2 or 7 days) or local hours, at least 64 px apart. */
const ticks = (
  rules: ReturnType<typeof zoneRules>,
  lo: number,
  hi: number,
  plotW: number,
  loc: ResolvedLocale,
  zone: string,
  like: DateTime,
): { at: number; label: string }[] => {
  const pxPerHour = (plotW / (hi - lo)) * 3_600_000;
  const MIN_PX = 64;
  const hourSteps = [1, 2, 3, 6, 12];
  const hourStep = hourSteps.find((h) => h * pxPerHour >= MIN_PX);
  const out: { at: number; label: string }[] = [];
  if (hourStep !== undefined) {
    for (let d = rules.localDays(lo); rules.localToMillis(d, 0) <= hi; d++) {
      for (let h = 0; h < 24; h += hourStep) {
        const at = rules.localToMillis(d, h * 3_600_000);
        if (at < lo || at > hi) continue;
        const local = dt(like, at).setZone(zone).setLocale(loc.tag);
        out.push({ at, label: h === 0 ? local.toLocaleString({ day: 'numeric', month: 'short' }) : local.toLocaleString({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) });
      }
    }
    return out;
  }
  const dayStep = [1, 2, 7, 14, 28].find((k) => k * 24 * pxPerHour >= MIN_PX) ?? 56;
  for (let d = rules.localDays(lo); rules.localToMillis(d, 0) <= hi; d += dayStep) {
    const at = rules.localToMillis(d, 0);
    if (at < lo) continue;
    out.push({ at, label: dt(like, at).setZone(zone).setLocale(loc.tag).toLocaleString({ weekday: 'short', day: 'numeric', month: 'short' }) });
  }
  return out;
};
