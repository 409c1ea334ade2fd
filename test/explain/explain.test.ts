/**
 * explainClock on clock results built by hand: the words of each language, checked for content
 * (names, plural forms, dates), independently of the clock engine.
 */
import { describe, expect, it } from 'vitest';
import { explainClock as explainRaw } from '../../src/index.js';
import type { ClosedDay } from '../../src/clocks/types.js';
import { breachedAthens, clickMediaEaster, clock, klikMay, pausedSk } from './hand-built.js';

const H = 3_600_000;

/** The text with ICU's no-break spaces (Slovak lists, some dates) as plain spaces, for readable expectations. */
const explainClock = (...args: Parameters<typeof explainRaw>): string => explainRaw(...args).replace(/[\u00a0\u202f]/g, ' ');

/** A running businessTime clock in Moscow with `remainingMs` left. */
const withRemaining = (remainingMs: number, zone = 'Europe/Moscow') =>
  clock({
    target: { businessTime: { hours: 100 } },
    zone,
    startedAt: '2026-03-02T10:00:00',
    dueAt: '2026-03-20T14:00:00',
    budgetMs: 100 * H,
    remainingMs,
  });

describe('explainClock: the deadline, the target and the start in each language', () => {
  it('ClickMedia across Greek Easter, in Greek: holidays by their Greek names, Greek dates', () => {
    const text = explainClock(clickMediaEaster(), { locale: 'el' });
    expect(text).toContain('«response» (πρώτη απάντηση, προτεραιότητα first)');
    expect(text).toContain('προθεσμία Παρ 17 Απριλίου 2026 στις 16:45 (Europe/Athens)');
    expect(text).toContain('Στόχος: 4 εργάσιμες ημέρες, από Πέμ 9 Απριλίου 2026 στις 16:45 (δημιουργία αιτήματος)');
    expect(text).toContain('Μεγάλη Παρασκευή (10 Απριλίου)');
    expect(text).toContain('Δευτέρα του Πάσχα (13 Απριλίου)');
    expect(text).toContain('3 νύχτες');
    expect(text).toContain('1 μη εργάσιμη ημέρα');
    expect(text).toContain('υπόλοιπο: 24 ώρες 45 λεπτά');
    expect(text).not.toMatch(/Good Friday|Easter/);
  });

  it('the same clock in English, Russian and Slovak: English names where the data has no local one', () => {
    const en = explainClock(clickMediaEaster(), { locale: 'en' });
    expect(en).toContain('due Fri, 17 April 2026 at 16:45 (Europe/Athens)');
    expect(en).toContain('Skipped: 3 nights, 1 weekend day, Good Friday (10 April), Easter Sunday (12 April), and Easter Monday (13 April).');
    expect(en).toContain('Running: 24 hours 45 minutes left.');
    const ru = explainClock(clickMediaEaster(), { locale: 'ru' });
    expect(ru).toContain('срок — пт, 17 апреля 2026 г. в 16:45');
    expect(ru).toContain('Норматив: 4 рабочих дня');
    expect(ru).toContain('Не учитывается: 3 ночи, 1 выходной день, Good Friday (10 апреля)');
    const sk = explainClock(clickMediaEaster(), { locale: 'sk' });
    expect(sk).toContain('termín pi 17. apríla 2026 o 16:45');
    expect(sk).toContain('Cieľ: 4 pracovné dni');
    expect(sk).toContain('Nezapočítané: 3 noci, 1 víkendový deň');
  });

  it('KliK across the May holidays, in Russian: the holiday by its Russian name, weekend days in the genitive plural', () => {
    const text = explainClock(klikMay(), { locale: 'ru' });
    expect(text).toContain('«reaction» (первый ответ, приоритет basic)');
    expect(text).toContain('срок — вт, 5 мая 2026 г. в 15:00 (Europe/Moscow)');
    expect(text).toContain('Норматив: 48 часов рабочих дней, отсчёт с чт, 30 апреля 2026 г. в 15:00 (создание заявки)');
    expect(text).toContain('Не учитывается: 2 выходных дня и Праздник Весны и Труда (1 мая).');
    expect(text).toContain('остаток: 27 часов');
  });

  it('a paused clock: no deadline, each pause with its status and the open time it did not count', () => {
    const en = explainClock(pausedSk(), { locale: 'en' });
    expect(en).toContain('no deadline while paused');
    expect(en).toContain('Paused from Mon, 2 March 2026 at 13:00 to 15:30 (status “pending”; not counted: 2 hours 30 minutes).');
    expect(en).toContain('Paused since Tue, 3 March 2026 at 14:00 (status “onHold”).');
    expect(en).toContain('Paused: 5 hours left');
    const sk = explainClock(pausedSk(), { locale: 'sk' });
    expect(sk).toContain('počas pozastavenia nie je termín určený');
    expect(sk).toContain('Pozastavené od po 2. marca 2026 o 13:00 do 15:30 (stav „pending“; nezapočítané: 2 hodiny 30 minút).');
    expect(sk).toContain('zostatok: 5 hodín');
    const ru = explainClock(pausedSk(), { locale: 'ru' });
    expect(ru).toContain('Пауза с пн, 2 марта 2026 г. в 13:00 до 15:30 (статус «pending»; не засчитано: 2 часа 30 минут).');
    expect(ru).toContain('остаток: 5 часов');
    const el = explainClock(pausedSk(), { locale: 'el' });
    expect(el).toContain('Παύση από Δευ 2 Μαρτίου 2026 στις 13:00 έως 15:30');
    expect(el).toContain('εκτός μέτρησης: 2 ώρες 30 λεπτά');
  });

  it('a breached clock: by how much, in every language', () => {
    const c = breachedAthens();
    expect(explainClock(c, { locale: 'en' })).toContain('Breached: overdue by 2 hours 15 minutes.');
    expect(explainClock(c, { locale: 'el' })).toContain('Η προθεσμία παραβιάστηκε· καθυστέρηση: 2 ώρες 15 λεπτά.');
    expect(explainClock(c, { locale: 'ru' })).toContain('Срок нарушен; просрочка: 2 часа 15 минут.');
    expect(explainClock(c, { locale: 'sk' })).toContain('Termín prekročený; prekročenie: 2 hodiny 15 minút.');
    expect(explainClock(c, { locale: 'en' })).toContain('Target: 1 hour of real time, around the clock');
  });
});

describe('explainClock: plural rules by Intl.PluralRules', () => {
  it.each([
    [1, '1 час', '1 hodina', '1 ώρα', '1 hour'],
    [2, '2 часа', '2 hodiny', '2 ώρες', '2 hours'],
    [4, '4 часа', '4 hodiny', '4 ώρες', '4 hours'],
    [5, '5 часов', '5 hodín', '5 ώρες', '5 hours'],
    [11, '11 часов', '11 hodín', '11 ώρες', '11 hours'],
    [21, '21 час', '21 hodín', '21 ώρες', '21 hours'],
    [22, '22 часа', '22 hodín', '22 ώρες', '22 hours'],
  ])('%i hours left', (hours, ru, sk, el, en) => {
    const c = withRemaining(hours * H);
    expect(explainClock(c, { locale: 'ru' })).toContain(`остаток: ${ru}.`);
    expect(explainClock(c, { locale: 'sk' })).toContain(`zostatok: ${sk}.`);
    expect(explainClock(c, { locale: 'el' })).toContain(`υπόλοιπο: ${el}.`);
    expect(explainClock(c, { locale: 'en' })).toContain(`Running: ${en} left.`);
  });

  it('minutes and seconds: 1 минута, 3 минуты, 25 минут; under a minute in seconds', () => {
    expect(explainClock(withRemaining(60_000), { locale: 'ru' })).toContain('остаток: 1 минута.');
    expect(explainClock(withRemaining(3 * 60_000), { locale: 'ru' })).toContain('остаток: 3 минуты.');
    expect(explainClock(withRemaining(25 * 60_000), { locale: 'ru' })).toContain('остаток: 25 минут.');
    expect(explainClock(withRemaining(H + 21 * 60_000), { locale: 'ru' })).toContain('остаток: 1 час 21 минута.');
    expect(explainClock(withRemaining(42_000), { locale: 'sk' })).toContain('zostatok: 42 sekúnd.');
    expect(explainClock(withRemaining(3_000), { locale: 'sk' })).toContain('zostatok: 3 sekundy.');
  });

  it('nights and weekend days counted with three Russian forms', () => {
    const nights = (count: number) =>
      clock({
        target: { businessTime: { hours: 40 } },
        zone: 'Europe/Moscow',
        startedAt: '2026-03-02T10:00:00',
        dueAt: '2026-03-09T18:00:00',
        budgetMs: 40 * H,
        remainingMs: H,
        closed: Array.from({ length: count }, (_, i): { from: string; to: string; days: ClosedDay[] } => {
          const d = `2026-03-${String(2 + i).padStart(2, '0')}`;
          const e = `2026-03-${String(3 + i).padStart(2, '0')}`;
          return { from: `${d}T18:00:00`, to: `${e}T10:00:00`, days: [{ date: d, reason: 'night' as const }, { date: e, reason: 'night' as const }] };
        }).concat(
          count >= 5
            ? [
                {
                  from: '2026-03-21T00:00:00',
                  to: `2026-03-${String(21 + count).padStart(2, '0')}T00:00:00`,
                  days: Array.from({ length: count }, (_, i) => ({ date: `2026-03-${String(21 + i).padStart(2, '0')}`, reason: 'weekend' as const })),
                },
              ]
            : [],
        ),
      });
    expect(explainClock(nights(1), { locale: 'ru' })).toContain('Не учитывается: 1 ночь.');
    expect(explainClock(nights(3), { locale: 'ru' })).toContain('Не учитывается: 3 ночи.');
    expect(explainClock(nights(5), { locale: 'ru' })).toContain('Не учитывается: 5 ночей и 5 выходных дней.');
    expect(explainClock(nights(5), { locale: 'sk' })).toContain('Nezapočítané: 5 nocí a 5 víkendových dní.');
    expect(explainClock(nights(3), { locale: 'sk' })).toContain('Nezapočítané: 3 noci.');
    expect(explainClock(nights(1), { locale: 'el' })).toContain('Δεν μετρήθηκαν: 1 νύχτα.');
    expect(explainClock(nights(5), { locale: 'en' })).toContain('Skipped: 5 nights and 5 weekend days.');
  });
});

describe('explainClock: locales', () => {
  it('falls back to English for other languages, with en-GB dates', () => {
    const de = explainClock(clickMediaEaster(), { locale: 'de-DE' });
    expect(de).toBe(explainClock(clickMediaEaster(), { locale: 'en' }));
    expect(explainClock(clickMediaEaster())).toBe(de);
    expect(explainClock(clickMediaEaster(), { locale: 'not a locale!' })).toBe(de);
  });

  it('keeps the caller’s region for dates: en-US dates, ru-RU words', () => {
    expect(explainClock(clickMediaEaster(), { locale: 'en-US' })).toContain('due Fri, April 17, 2026 at 16:45 (Europe/Athens)');
    expect(explainClock(klikMay(), { locale: 'ru-RU' })).toBe(explainClock(klikMay(), { locale: 'ru' }));
    expect(explainClock(clickMediaEaster(), { locale: 'el-CY' })).toContain('Μεγάλη Παρασκευή');
  });

  it('shows instants in the calendar’s zone whatever zone the DateTimes carry', () => {
    const c = clickMediaEaster();
    const inUtc = { ...c, dueAt: c.dueAt?.setZone('UTC') ?? null, startedAt: c.startedAt.setZone('America/Sao_Paulo') } as typeof c;
    expect(explainClock(inUtc, { locale: 'en' })).toContain('due Fri, 17 April 2026 at 16:45 (Europe/Athens)');
  });
});

describe('explainClock: outcomes, priority changes, cycles, closures, composed targets', () => {
  it('a clock met in time and one completed late', () => {
    const met = clock({
      target: { endOfBusinessDay: 0 },
      zone: 'Europe/Athens',
      state: 'completed',
      startedAt: '2026-04-09T10:00:00',
      dueAt: '2026-04-09T17:30:00',
      completedAt: '2026-04-09T15:00:00',
      budgetMs: 7.5 * H,
      remainingMs: 2.5 * H,
    });
    expect(explainClock(met, { locale: 'en' })).toContain('Target: the end of the business day, from');
    expect(explainClock(met, { locale: 'en' })).toContain('Met: completed Thu, 9 April 2026 at 15:00.');
    expect(explainClock(met, { locale: 'ru' })).toContain('Норматив: конец рабочего дня');
    expect(explainClock(met, { locale: 'ru' })).toContain('Выполнено в срок: чт, 9 апреля 2026 г. в 15:00.');
    const late = clock({
      target: { endOfBusinessDay: 1 },
      zone: 'Europe/Athens',
      state: 'completed',
      breached: true,
      startedAt: '2026-04-09T10:00:00',
      dueAt: '2026-04-14T17:30:00',
      completedAt: '2026-04-15T10:30:00',
      breachedAt: '2026-04-14T17:30:00',
      budgetMs: 15.5 * H,
      remainingMs: -H,
    });
    expect(explainClock(late, { locale: 'en' })).toContain('Target: the end of the business day plus 1 business day');
    expect(explainClock(late, { locale: 'en' })).toContain('Breached: completed Wed, 15 April 2026 at 10:30, 1 hour late.');
    expect(explainClock(late, { locale: 'sk' })).toContain('Nesplnené: dokončené st 15. apríla 2026 o 10:30; prekročenie: 1 hodina.');
    expect(explainClock(late, { locale: 'el' })).toContain('Δεν τηρήθηκε: ολοκληρώθηκε Τετ 15 Απριλίου 2026 στις 10:30· καθυστέρηση: 1 ώρα.');
  });

  it('a priority change with its policy, and a restart as the start cause', () => {
    const c = clock({
      clock: 'resolution',
      kind: 'resolution',
      priority: 'first',
      target: { businessTime: { hours: 8 } },
      zone: 'Europe/Athens',
      startedAt: '2026-04-14T11:00:00',
      dueAt: '2026-04-15T11:00:00',
      budgetMs: 8 * H,
      remainingMs: 6 * H,
      cause: 'priorityChange',
      priorityChanges: [{ at: '2026-04-14T11:00:00', from: 'second', to: 'first', policy: 'restart' }],
    });
    expect(explainClock(c, { locale: 'en' })).toContain('Priority changed from second to first (Tue, 14 April 2026 at 11:00; clock restarted).');
    expect(explainClock(c, { locale: 'en' })).toContain('(priority changed)');
    expect(explainClock(c, { locale: 'ru' })).toContain('Приоритет изменён с second на first (вт, 14 апреля 2026 г. в 11:00; отсчёт начат заново).');
    expect(explainClock(c, { locale: 'el' })).toContain('Αλλαγή προτεραιότητας από second σε first');
    expect(explainClock(c, { locale: 'sk' })).toContain('Priorita zmenená z second na first (ut 14. apríla 2026 o 11:00; meranie začalo odznova).');
  });

  it('a multi-cycle clock names its cycle and an earlier breach', () => {
    const first = {
      target: { businessTime: { hours: 4 } },
      zone: 'Europe/Bratislava',
      state: 'completed' as const,
      breached: true,
      startedAt: '2026-03-02T09:00:00',
      dueAt: '2026-03-02T13:00:00',
      completedAt: '2026-03-02T14:00:00',
      breachedAt: '2026-03-02T13:00:00',
      budgetMs: 4 * H,
      remainingMs: -H,
    };
    const second = { ...first, state: 'running' as const, breached: false, startedAt: '2026-03-03T09:00:00', dueAt: '2026-03-03T13:00:00', completedAt: null, breachedAt: null, remainingMs: 3 * H, cause: 'customerMessage' as const };
    const c = clock({ ...second, clock: 'reply', kind: 'nextReply' }, [first]);
    const en = explainClock(c, { locale: 'en' });
    expect(en).toContain('“reply” (next reply, priority first), cycle 2 of 2: due Tue, 3 March 2026 at 13:00');
    expect(en).toContain('(customer message)');
    expect(en).toContain('Running: 3 hours left. An earlier cycle was breached.');
    expect(explainClock(c, { locale: 'ru' })).toContain('цикл 2 из 2');
    expect(explainClock(c, { locale: 'ru' })).toContain('В одном из предыдущих циклов срок был нарушен.');
  });

  it('closures are counted; composed targets are spelled out', () => {
    const c = clock({
      target: { earliestOf: [{ businessDays: 4 }, { elapsedTime: { days: 7 } }] },
      zone: 'Europe/Athens',
      startedAt: '2026-06-01T10:00:00',
      dueAt: '2026-06-05T10:00:00',
      budgetMs: 32 * H,
      remainingMs: 30 * H,
      closed: [
        { from: '2026-06-02T12:00:00', to: '2026-06-02T14:00:00', days: [{ date: '2026-06-02', reason: 'closure' }] },
        { from: '2026-06-03T12:00:00', to: '2026-06-03T13:00:00', days: [{ date: '2026-06-03', reason: 'closure' }] },
      ],
    });
    const en = explainClock(c, { locale: 'en' });
    expect(en).toContain('Target: the earlier of 4 business days and 7 days of real time, around the clock');
    expect(en).toContain('Skipped: 2 closures.');
    expect(explainClock(c, { locale: 'ru' })).toContain('Не учитывается: 2 периода закрытия.');
    expect(explainClock(c, { locale: 'sk' })).toContain('Nezapočítané: 2 mimoriadne zatvorenia.');
    expect(explainClock(c, { locale: 'el' })).toContain('το νωρίτερο από: 4 εργάσιμες ημέρες και 7 ημέρες πραγματικού χρόνου');
    const own = clock({ ...{ target: { businessTime: { hours: 2, minutes: 30 }, calendar: 'phone' }, zone: 'Europe/Athens', startedAt: '2026-06-01T10:00:00', dueAt: '2026-06-01T12:30:00', budgetMs: 2.5 * H, remainingMs: 2.5 * H } });
    expect(explainClock(own, { locale: 'en' })).toContain('Target: 2 hours 30 minutes of business time (calendar “phone”)');
  });

  it('a cancelled clock says so', () => {
    const c = clock({ target: { businessDays: 4 }, zone: 'Europe/Athens', state: 'cancelled', startedAt: '2026-06-01T10:00:00', dueAt: '2026-06-05T10:00:00', budgetMs: 32 * H, remainingMs: 30 * H });
    expect(explainClock(c, { locale: 'en' })).toContain('Cancelled: this clock no longer applies.');
    expect(explainClock(c, { locale: 'ru' })).toContain('Отменено');
  });

  it('a clock cancelled after its due says it was breached, and by how much, in every language', () => {
    // 1 h budget, 2 h 30 min consumed when a priority without a target cancelled it
    const c = clock({ target: { businessTime: { hours: 1 } }, zone: 'Europe/Athens', state: 'cancelled', breached: true, startedAt: '2026-06-01T10:00:00', dueAt: '2026-06-01T11:00:00', breachedAt: '2026-06-01T11:00:00', budgetMs: H, remainingMs: -1.5 * H });
    expect(explainClock(c, { locale: 'en' })).toContain('Breached: cancelled 1 hour 30 minutes after its due; this clock no longer applies.');
    expect(explainClock(c, { locale: 'el' })).toContain('Δεν τηρήθηκε: ακυρώθηκε μετά την προθεσμία· καθυστέρηση: 1 ώρα 30 λεπτά·');
    expect(explainClock(c, { locale: 'ru' })).toContain('Срок нарушен: отменено после срока; просрочка: 1 час 30 минут;');
    expect(explainClock(c, { locale: 'sk' })).toContain('Nesplnené: zrušené po lehote; prekročenie: 1 hodina 30 minút;');
    expect(explainClock(c, { locale: 'en' })).not.toContain('Cancelled: this clock no longer applies.');
  });
});
