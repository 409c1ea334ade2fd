/**
 * renderTimeline on hand-built clock results, read back with a real XML parser: each element
 * checked against the clock figures.
 */
import { describe, expect, it } from 'vitest';
import { makeCalendar, openIntervals, renderTimeline } from '../../src/index.js';
import { breachedAthens, clickMediaEaster, klikMay, pausedSk, ticket } from './hand-built.js';
import { byClass, elements, expectSoundSvg, num, scale, titleOf } from './svg.js';

const close = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThan(0.011);

const athens = () => ticket([clickMediaEaster(), breachedAthens()], 'Europe/Athens', '2026-04-09T10:00:00', '2026-04-14T13:15:00');
const FROM = Date.parse('2026-04-08T21:00:00Z'); // 9 April, 00:00 in Athens
const TO = Date.parse('2026-04-18T21:00:00Z'); // 19 April, 00:00

describe('renderTimeline: a well-formed, self-contained, accessible SVG', () => {
  it.each(['en', 'el', 'ru', 'sk'])('parses as XML, no script or external reference, a title on every element (%s)', (locale) => {
    const sla = athens();
    const svg = renderTimeline(sla, { locale });
    expectSoundSvg(svg, sla);
  });

  it('is 800 px wide by default and as wide as asked', () => {
    const sla = athens();
    const root = expectSoundSvg(renderTimeline(sla), sla).documentElement;
    expect(root?.getAttribute('width')).toBe('800');
    expect(root?.getAttribute('viewBox')?.startsWith('0 0 800 ')).toBe(true);
    const wide = expectSoundSvg(renderTimeline(sla, { width: 1200 }), sla).documentElement;
    expect(wide?.getAttribute('width')).toBe('1200');
    expect(() => renderTimeline(sla, { width: 200 })).toThrow(RangeError);
  });

  it('describes the clocks in words in <desc>, in the locale', () => {
    const doc = expectSoundSvg(renderTimeline(athens(), { locale: 'el' }), athens());
    const desc = elements(doc, 'desc')[0]?.textContent ?? '';
    expect(desc).toContain('προθεσμία Παρ 17 Απριλίου 2026 στις 16:45');
    expect(desc).toContain('Μεγάλη Παρασκευή');
    expect(elements(doc, 'title')[0]?.textContent).toBe('Χρονόμετρα SLA του αιτήματος T-1');
  });

  it('escapes text: a ticket id with markup stays text', () => {
    const sla = { ...athens(), id: '<b>&"x"' };
    const doc = expectSoundSvg(renderTimeline(sla, { idPrefix: 'a b' }), sla);
    expect(elements(doc, 'title')[0]?.textContent).toBe('SLA clocks of ticket <b>&"x"');
    expect(elements(doc, 'b')).toEqual([]);
    expect(doc.documentElement?.getAttribute('aria-labelledby')).toBe('a_b-title a_b-desc');
  });
});

describe('renderTimeline: elements where the clock figures put them', () => {
  it('each bar runs from start to dueAt; the due mark, the breach mark, warnings and asOf at their instants', () => {
    const sla = athens();
    const doc = expectSoundSvg(renderTimeline(sla, { from: FROM, to: TO }), sla);
    const x = scale(doc, FROM, TO);
    const bars = byClass(doc, 'bar');
    expect(bars.map((b) => b.getAttribute('data-clock'))).toEqual(['response', 'resolution']);
    sla.clocks.forEach((c, i) => {
      const bar = bars[i]!;
      close(num(bar, 'x'), x(c.startedAt.toMillis()));
      close(num(bar, 'x') + num(bar, 'width'), x(c.dueAt!.toMillis()));
      const due = byClass(doc, 'due').filter((d) => d.getAttribute('data-clock') === c.clock);
      expect(due).toHaveLength(1);
      close(num(due[0]!, 'x1'), x(c.dueAt!.toMillis()));
    });
    // the breached clock: a breach mark at breachedAt, and the overdue stretch from due to asOf
    const breach = byClass(doc, 'breach');
    expect(breach).toHaveLength(1);
    close(num(breach[0]!, 'cx'), x(Date.parse('2026-04-09T08:00:00Z')));
    const overdue = byClass(doc, 'overdue');
    expect(overdue).toHaveLength(1);
    close(num(overdue[0]!, 'x'), x(sla.clocks[1]!.dueAt!.toMillis()));
    close(num(overdue[0]!, 'x') + num(overdue[0]!, 'width'), x(sla.asOf.toMillis()));
    // the warning tick at 75 %
    const warning = byClass(doc, 'warning');
    expect(warning).toHaveLength(1);
    close(num(warning[0]!, 'x1'), x(Date.parse('2026-04-09T07:45:00Z')));
    expect(titleOf(warning[0]!)).toContain('75 %');
    // asOf
    const asOf = byClass(doc, 'as-of');
    expect(asOf).toHaveLength(1);
    close(num(asOf[0]!, 'x1'), x(sla.asOf.toMillis()));
  });

  it('one hatched rectangle per pause, from its start to its end (or asOf while paused)', () => {
    const clock = pausedSk();
    const sla = ticket([clock], 'Europe/Bratislava', '2026-03-02T09:00:00', '2026-03-04T12:00:00');
    const from = Date.parse('2026-03-01T23:00:00Z');
    const to = Date.parse('2026-03-04T23:00:00Z');
    const doc = expectSoundSvg(renderTimeline(sla, { from, to, idPrefix: 'p' }), sla);
    const x = scale(doc, from, to);
    const pauses = byClass(doc, 'pause');
    expect(pauses).toHaveLength(2);
    for (const p of pauses) expect(p.getAttribute('fill')).toBe('url(#p-hatch)');
    expect(elements(doc, 'pattern').map((p) => p.getAttribute('id'))).toEqual(['p-hatch']);
    close(num(pauses[0]!, 'x'), x(Date.parse('2026-03-02T12:00:00Z')));
    close(num(pauses[0]!, 'x') + num(pauses[0]!, 'width'), x(Date.parse('2026-03-02T14:30:00Z')));
    close(num(pauses[1]!, 'x'), x(Date.parse('2026-03-03T13:00:00Z')));
    close(num(pauses[1]!, 'x') + num(pauses[1]!, 'width'), x(sla.asOf.toMillis()));
    // paused: no deadline, so no due mark, and the bar runs to asOf
    expect(byClass(doc, 'due')).toEqual([]);
    const bar = byClass(doc, 'bar')[0]!;
    close(num(bar, 'x') + num(bar, 'width'), x(sla.asOf.toMillis()));
    expect(titleOf(pauses[0]!)).toContain('pending');
  });

  it('closed stretches of the explanation as closed bands, holidays labelled by name in the locale', () => {
    const sla = athens();
    const doc = expectSoundSvg(renderTimeline(sla, { from: FROM, to: TO, locale: 'el' }), sla);
    const x = scale(doc, FROM, TO);
    const closed = byClass(doc, 'closed');
    const stretches = sla.clocks[0]!.explanation.filter((s) => s.step === 'closed');
    expect(closed).toHaveLength(stretches.length);
    stretches.forEach((s, i) => {
      close(num(closed[i]!, 'x'), x(s.from.toMillis()));
      close(num(closed[i]!, 'x') + num(closed[i]!, 'width'), x(s.to.toMillis()));
    });
    const holidays = byClass(doc, 'holiday');
    expect(holidays.map((h) => elements(h, 'text')[0]?.textContent)).toEqual(['Μεγάλη Παρασκευή', 'Πάσχα', 'Δευτέρα του Πάσχα']);
    const goodFriday = elements(holidays[0]!, 'rect')[0]!;
    close(num(goodFriday, 'x'), x(Date.parse('2026-04-09T21:00:00Z')));
    close(num(goodFriday, 'x') + num(goodFriday, 'width'), x(Date.parse('2026-04-10T21:00:00Z')));
    // open bands between the closed ones, inside the explained stretch
    const open = byClass(doc, 'open');
    expect(open.length).toBeGreaterThan(0);
    for (const o of open) for (const c of closed) expect(num(o, 'x') + num(o, 'width') <= num(c, 'x') + 0.01 || num(c, 'x') + num(c, 'width') <= num(o, 'x') + 0.01).toBe(true);
  });

  it('with a calendar: open and closed bands are its open intervals over the whole axis, holidays from its sources', () => {
    const cal = makeCalendar({
      timeZone: 'Europe/Moscow',
      week: { mon: ['10:00-18:00'], tue: ['10:00-18:00'], wed: ['10:00-18:00'], thu: ['10:00-18:00'], fri: ['10:00-18:00'] },
      holidays: [{ country: 'RU' }],
    });
    const sla = ticket([klikMay()], 'Europe/Moscow', '2026-04-30T15:00:00', '2026-05-04T12:00:00');
    const from = Date.parse('2026-04-29T21:00:00Z');
    const to = Date.parse('2026-05-06T21:00:00Z');
    const doc = expectSoundSvg(renderTimeline(sla, { from, to, calendar: cal, locale: 'ru' }), sla);
    const x = scale(doc, from, to);
    const open = byClass(doc, 'open');
    const intervals = openIntervals(cal, from, to);
    expect(open).toHaveLength(intervals.length);
    intervals.forEach((iv, i) => {
      close(num(open[i]!, 'x'), x(iv.start!.toMillis()));
      close(num(open[i]!, 'x') + num(open[i]!, 'width'), x(iv.end!.toMillis()));
    });
    expect(byClass(doc, 'closed')).toHaveLength(intervals.length + 1);
    const labels = byClass(doc, 'holiday').map((h) => elements(h, 'text')[0]?.textContent);
    expect(labels).toHaveLength(1); // 1 May
    expect(titleOf(byClass(doc, 'holiday')[0]!)).toContain('1 мая');
    // the axis is in Moscow time: a tick at each local midnight
    const ticks = byClass(doc, 'tick');
    expect(ticks.length).toBeGreaterThanOrEqual(7);
    close(num(ticks[0]!, 'x1'), x(from));
  });
});
