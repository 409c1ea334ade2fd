/**
 * The acceptance set: real `evaluateTicket` results on the vendors' example plans (ClickMedia
 * across Greek Easter 2026, KliK across the Russian May holidays, a paused cloudempiere clock
 * across Slovak Easter, a breached ClickMedia clock), explained in every language and drawn,
 * each checked for content: holiday names in the language, plural forms, formatted dates, and
 * the picture's elements against the clock figures.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS, evaluateScenario, type Scenario } from '../../scripts/render-images.js';
import { explainClock, renderTimeline, type ClockResult, type TicketSla } from '../../src/index.js';
import { byClass, elements, expectSoundSvg, num, scale, titleOf } from './svg.js';

const scenario = (name: string): Scenario => {
  const s = SCENARIOS.find((x) => x.name === name);
  if (s === undefined) throw new Error(name);
  return s;
};
const evaluated = new Map<string, TicketSla>();
const slaOf = (name: string): TicketSla => {
  let sla = evaluated.get(name);
  if (sla === undefined) {
    sla = evaluateScenario(scenario(name)).sla;
    evaluated.set(name, sla);
  }
  return sla;
};
const clockOf = (name: string, clock: string): ClockResult => {
  const c = slaOf(name).clocks.find((k) => k.clock === clock);
  if (c === undefined) throw new Error(`${name}: no clock ${clock}`);
  return c;
};
/** explainClock with ICU's no-break spaces as plain spaces. */
const say = (c: ClockResult, locale: string): string => explainClock(c, { locale }).replace(/[\u00a0\u202f]/g, ' ');

describe('acceptance: ClickMedia across Greek Easter 2026 (evaluateTicket on examples/plans/clickmedia.json)', () => {
  const response = () => clockOf('clickmedia-easter', 'response');

  it('the figures: due Fri 17 April 16:45, 4 business days after Thu 9 April 16:45', () => {
    expect(response().dueAt?.toISO()).toBe('2026-04-17T16:45:00.000+03:00');
    expect(response().state).toBe('running');
  });

  it('Greek: the holidays by their Greek names, Greek dates and plural forms', () => {
    const el = say(response(), 'el');
    expect(el).toContain('προθεσμία Παρ 17 Απριλίου 2026 στις 16:45 (Europe/Athens)');
    expect(el).toContain('Στόχος: 4 εργάσιμες ημέρες, από Πέμ 9 Απριλίου 2026 στις 16:45 (δημιουργία αιτήματος)');
    expect(el).toContain('Μεγάλη Παρασκευή (10 Απριλίου)');
    expect(el).toContain('Δευτέρα του Πάσχα (13 Απριλίου)');
    expect(el).toContain('3 νύχτες, 1 μη εργάσιμη ημέρα');
    expect(el).toContain('υπόλοιπο: 28 ώρες 45 λεπτά');
    expect(el).not.toMatch(/Good Friday|Easter Monday/);
  });

  it('English, Russian, Slovak: the same facts, each holiday named (English where the data has no name in the language)', () => {
    const en = say(response(), 'en');
    expect(en).toContain('due Fri, 17 April 2026 at 16:45 (Europe/Athens)');
    expect(en).toContain('Good Friday (10 April)');
    expect(en).toContain('Easter Monday (13 April)');
    expect(en).toContain('Running: 28 hours 45 minutes left.');
    const ru = say(response(), 'ru');
    expect(ru).toContain('срок — пт, 17 апреля 2026 г. в 16:45');
    expect(ru).toContain('Норматив: 4 рабочих дня');
    expect(ru).toContain('3 ночи, 1 выходной день');
    expect(ru).toContain('(10 апреля)');
    expect(ru).toContain('(13 апреля)');
    expect(ru).toContain('остаток: 28 часов 45 минут');
    const sk = say(response(), 'sk');
    expect(sk).toContain('termín pi 17. apríla 2026 o 16:45');
    expect(sk).toContain('Cieľ: 4 pracovné dni');
    expect(sk).toContain('3 noci, 1 víkendový deň');
    expect(sk).toContain('(10. apríla)');
    expect(sk).toContain('zostatok: 28 hodín 45 minút');
  });

  it('the picture: bars end at each dueAt, Greek holidays labelled in Greek', () => {
    const s = scenario('clickmedia-easter');
    const { plan, sla } = evaluateScenario(s);
    const from = Date.parse('2026-04-08T21:00:00Z');
    const to = Date.parse('2026-04-17T21:00:00Z');
    const doc = expectSoundSvg(renderTimeline(sla, { locale: 'el', calendar: plan.calendars[plan.defaultCalendar], from, to }), sla);
    const x = scale(doc, from, to);
    const bars = byClass(doc, 'bar');
    sla.clocks.forEach((c, i) => {
      expect(Math.abs(num(bars[i]!, 'x') + num(bars[i]!, 'width') - x(c.dueAt!.toMillis()))).toBeLessThan(0.011);
    });
    const labels = byClass(doc, 'holiday').map((h) => elements(h, 'text')[0]?.textContent);
    expect(labels).toContain('Μεγάλη Παρασκευή');
    expect(labels).toContain('Δευτέρα του Πάσχα');
    const warning = byClass(doc, 'warning');
    expect(warning).toHaveLength(1); // resolution: 75 %
    expect(Math.abs(num(warning[0]!, 'x1') - x(clockOf('clickmedia-easter', 'resolution').warnings[0]!.at.toMillis()))).toBeLessThan(0.011);
  });
});

describe('acceptance: KliK basic across the Russian May holidays 2026 (examples/plans/klik-basic.json)', () => {
  const reaction = () => clockOf('klik-may', 'reaction');

  it('the figures: 48 working-day hours from Thu 30 April 15:00 are due Tue 5 May 15:00', () => {
    expect(reaction().dueAt?.toISO()).toBe('2026-05-05T15:00:00.000+03:00');
  });

  it('Russian: the holiday by its Russian name, «выходных дня» in the genitive plural, Russian dates', () => {
    const ru = say(reaction(), 'ru');
    expect(ru).toContain('срок — вт, 5 мая 2026 г. в 15:00 (Europe/Moscow)');
    expect(ru).toContain('Норматив: 48 часов рабочих дней, отсчёт с чт, 30 апреля 2026 г. в 15:00 (создание заявки)');
    expect(ru).toContain('Не учитывается: 2 выходных дня и Праздник Весны и Труда (1 мая).'); // the official data's Russian name
    expect(ru).toContain('остаток: 27 часов');
  });

  it('English, Greek, Slovak', () => {
    expect(say(reaction(), 'en')).toContain('Target: 48 hours of working days, from Thu, 30 April 2026 at 15:00 (ticket created). Skipped: 2 weekend days and Spring and Labour Day (1 May). Running: 27 hours left.');
    expect(say(reaction(), 'el')).toContain('Δεν μετρήθηκαν: 2 μη εργάσιμες ημέρες');
    expect(say(reaction(), 'el')).toContain('(1 Μαΐου)');
    expect(say(reaction(), 'sk')).toContain('Nezapočítané: 2 víkendové dni');
    expect(say(reaction(), 'sk')).toContain('zostatok: 27 hodín');
  });

  it('the picture: Moscow axis, 1 May labelled in Russian, the bar ends at dueAt, asOf marked', () => {
    const s = scenario('klik-may');
    const { plan, sla } = evaluateScenario(s);
    const from = Date.parse('2026-04-29T21:00:00Z');
    const to = Date.parse('2026-05-05T21:00:00Z');
    const doc = expectSoundSvg(renderTimeline(sla, { locale: 'ru', calendar: plan.calendars[plan.defaultCalendar], from, to }), sla);
    const x = scale(doc, from, to);
    const bar = byClass(doc, 'bar')[0]!;
    expect(Math.abs(num(bar, 'x') - x(Date.parse('2026-04-30T12:00:00Z')))).toBeLessThan(0.011);
    expect(Math.abs(num(bar, 'x') + num(bar, 'width') - x(Date.parse('2026-05-05T12:00:00Z')))).toBeLessThan(0.011);
    expect(byClass(doc, 'holiday').map((h) => elements(h, 'text')[0]?.textContent)).toEqual(['Праздник Весны и Труда']);
    expect(Math.abs(num(byClass(doc, 'as-of')[0]!, 'x1') - x(sla.asOf.toMillis()))).toBeLessThan(0.011);
    expect(titleOf(byClass(doc, 'as-of')[0]!)).toContain('пн, 4 мая 2026 г. в 12:00');
  });
});

describe('acceptance: a paused clock (cloudempiere, Slovak Easter 2026, waiting for the customer)', () => {
  const resolution = () => clockOf('cloudempiere-paused', 'resolution');

  it('the figures: paused, no dueAt, two pauses in the explanation', () => {
    expect(resolution().state).toBe('paused');
    expect(resolution().dueAt).toBeNull();
    expect(resolution().explanation.filter((s) => s.step === 'pause')).toHaveLength(2);
  });

  it('Slovak: no deadline while paused, each pause, the holidays by their Slovak names', () => {
    const sk = say(resolution(), 'sk');
    expect(sk).toContain('počas pozastavenia nie je termín určený');
    expect(sk).toContain('Cieľ: 3 pracovné dni, počíta sa od st 1. apríla 2026 o 10:00 (vytvorenie požiadavky)');
    expect(sk).toContain('Veľký piatok (3. apríla)');
    expect(sk).toContain('Veľkonočný pondelok (6. apríla)');
    expect(sk).toContain('Pozastavené od št 2. apríla 2026 o 15:00 do ut 7. apríla 2026 o 11:00 (stav „waitingForCustomer“; nezapočítané: 5 hodín).');
    expect(sk).toContain('Pozastavené od st 8. apríla 2026 o 09:00 (stav „waitingForCustomer“).');
    expect(sk).toContain('zostatok: 6 hodín');
  });

  it('English, Greek, Russian', () => {
    const en = say(resolution(), 'en');
    expect(en).toContain('no deadline while paused');
    expect(en).toContain('Skipped: 2 nights, 2 weekend days, Good Friday (3 April), and Easter Monday (6 April).');
    expect(en).toContain('Paused: 6 hours left');
    expect(say(resolution(), 'el')).toContain('εκτός μέτρησης: 5 ώρες');
    const ru = say(resolution(), 'ru');
    expect(ru).toContain('срок не определён, пока отсчёт на паузе');
    expect(ru).toContain('2 ночи, 2 выходных дня');
    expect(ru).toContain('не засчитано: 5 часов');
    expect(ru).toContain('остаток: 6 часов');
  });

  it('the picture: one hatched rectangle per pause, the last one up to asOf; the bar to asOf, no due mark', () => {
    const s = scenario('cloudempiere-paused');
    const { plan, sla } = evaluateScenario(s);
    const from = Date.parse('2026-03-31T22:00:00Z');
    const to = Date.parse('2026-04-08T22:00:00Z');
    const doc = expectSoundSvg(renderTimeline(sla, { locale: 'sk', calendar: plan.calendars[plan.defaultCalendar], from, to, idPrefix: 'ce' }), sla);
    const x = scale(doc, from, to);
    const pauses = byClass(doc, 'pause').filter((p) => p.getAttribute('data-clock') === 'resolution');
    const steps = resolution().explanation.filter((st) => st.step === 'pause');
    expect(pauses).toHaveLength(steps.length);
    steps.forEach((st, i) => {
      expect(pauses[i]!.getAttribute('fill')).toBe('url(#ce-hatch)');
      expect(Math.abs(num(pauses[i]!, 'x') - x(st.from.toMillis()))).toBeLessThan(0.011);
      const end = st.to === null ? sla.asOf.toMillis() : st.to.toMillis();
      expect(Math.abs(num(pauses[i]!, 'x') + num(pauses[i]!, 'width') - x(end))).toBeLessThan(0.011);
    });
    expect(byClass(doc, 'due').filter((d) => d.getAttribute('data-clock') === 'resolution')).toEqual([]);
    const bar = byClass(doc, 'bar').find((b) => b.getAttribute('data-clock') === 'resolution')!;
    expect(Math.abs(num(bar, 'x') + num(bar, 'width') - x(sla.asOf.toMillis()))).toBeLessThan(0.011);
    expect(byClass(doc, 'holiday').map((h) => elements(h, 'text')[0]?.textContent)).toEqual(['Veľký piatok', 'Veľkonočný pondelok']);
  });
});

describe('acceptance: a breached clock (ClickMedia critical, 1 hour of real time, solved 2½ hours late)', () => {
  const resolution = () => clockOf('clickmedia-breached', 'resolution');

  it('the figures: breached, completed 13:30, due 11:00', () => {
    expect(resolution().breached).toBe(true);
    expect(resolution().dueAt?.toISO()).toBe('2026-04-15T11:00:00.000+03:00');
    expect(resolution().completedAt?.toISO()).toBe('2026-04-15T13:30:00.000+03:00');
  });

  it('every language says by how much', () => {
    expect(say(resolution(), 'en')).toContain('Breached: completed Wed, 15 April 2026 at 13:30, 2 hours 30 minutes late.');
    expect(say(resolution(), 'el')).toContain('Δεν τηρήθηκε: ολοκληρώθηκε Τετ 15 Απριλίου 2026 στις 13:30· καθυστέρηση: 2 ώρες 30 λεπτά.');
    expect(say(resolution(), 'ru')).toContain('Срок нарушен: выполнено ср, 15 апреля 2026 г. в 13:30; просрочка: 2 часа 30 минут.');
    expect(say(resolution(), 'sk')).toContain('Nesplnené: dokončené st 15. apríla 2026 o 13:30; prekročenie: 2 hodiny 30 minút.');
    expect(say(resolution(), 'en')).toContain('Target: 1 hour of real time, around the clock');
    expect(say(clockOf('clickmedia-breached', 'response'), 'en')).toContain('Met: completed Wed, 15 April 2026 at 10:00.');
  });

  it('the picture: the bar ends at dueAt, the overdue stretch runs to completion, the breach marked at breachedAt', () => {
    const s = scenario('clickmedia-breached');
    const { plan, sla } = evaluateScenario(s);
    const from = Date.parse('2026-04-15T06:00:00Z');
    const to = Date.parse('2026-04-15T13:00:00Z');
    const doc = expectSoundSvg(renderTimeline(sla, { calendar: plan.calendars[plan.defaultCalendar], from, to }), sla);
    const x = scale(doc, from, to);
    const c = resolution();
    const bar = byClass(doc, 'bar').find((b) => b.getAttribute('data-clock') === 'resolution')!;
    expect(Math.abs(num(bar, 'x') + num(bar, 'width') - x(c.dueAt!.toMillis()))).toBeLessThan(0.011);
    const overdue = byClass(doc, 'overdue');
    expect(overdue).toHaveLength(1);
    expect(Math.abs(num(overdue[0]!, 'x') + num(overdue[0]!, 'width') - x(c.completedAt!.toMillis()))).toBeLessThan(0.011);
    const breach = byClass(doc, 'breach');
    expect(breach).toHaveLength(1);
    expect(Math.abs(num(breach[0]!, 'cx') - x(c.breachedAt!.toMillis()))).toBeLessThan(0.011);
    expect(bar.getAttribute('fill')).toBe('#dc2626');
  });
});

describe('acceptance: every locale explains every clock of the set', () => {
  it.each(SCENARIOS.map((s) => s.name))('%s: four different texts, each naming the clock and its priority', (name) => {
    for (const c of slaOf(name).clocks) {
      const texts = ['en', 'el', 'ru', 'sk'].map((l) => say(c, l));
      expect(new Set(texts).size).toBe(4);
      for (const t of texts) {
        expect(t).toContain(c.clock);
        expect(t).toContain(c.priority);
        expect(t).toMatch(/2026/);
      }
    }
  });
});
