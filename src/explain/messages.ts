/**
 * The words of the explanations, in English, Greek, Russian and Slovak. Every count goes through
 * `Intl.PluralRules` of its language (Russian and Slovak have three integer forms), every date
 * through `Intl` (via luxon): no month or weekday name is written here.
 *
 * Sentences are built so that numbers stand in the nominative after a colon ("Просрочка: 2 часа
 * 15 минут", "prekročenie: 1 hodina"): a preposition would need the genitive or accusative of
 * a counted noun, which plural rules alone do not give.
 * @internal
 */
import type { ClockState } from '../clocks/types.js';
import type { ClockKind, PriorityChangePolicy } from '../plan/types.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** The languages the explanations are written in. */
export type ExplainLanguage = 'en' | 'el' | 'ru' | 'sk';

/** The forms of a counted word, by `Intl.PluralRules` category (`other` is the fallback). */
export interface PluralForms {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** Why a clock (or cycle) started. */
export type StartCause = 'created' | 'customerMessage' | 'agentMessage' | 'reopened' | 'priorityChange';

/** The phrases of one language. Arguments are already formatted strings. */
export interface Messages {
  readonly lang: ExplainLanguage;
  /** The BCP 47 tag dates are formatted with when the caller gives only the language. */
  readonly dateTag: string;
  readonly units: { readonly day: PluralForms; readonly hour: PluralForms; readonly minute: PluralForms; readonly second: PluralForms };
  readonly night: PluralForms;
  readonly weekendDay: PluralForms;
  readonly closure: PluralForms;
  readonly businessDay: PluralForms;
  readonly kind: Readonly<Record<ClockKind, string>>;
  readonly cause: Readonly<Record<StartCause, string>>;
  readonly policy: Readonly<Record<PriorityChangePolicy, string>>;
  /** `"response" (first response, priority first)` */
  head(clock: string, kind: string, priority: string): string;
  /** `cycle 2 of 3` */
  cycle(index: number, count: number): string;
  /** `due Fri, 17 April 2026 at 16:45 (Europe/Athens)` */
  due(at: string, zone: string): string;
  /** The deadline while paused. */
  readonly noDue: string;
  readonly target: {
    businessTime(d: string): string;
    elapsedTime(d: string): string;
    workingDayHours(d: string): string;
    /** `days`: `undefined` for the same business day, else e.g. "2 business days". */
    endOfBusinessDay(days: string | undefined): string;
    businessDays(days: string): string;
    earliestOf(items: string): string;
    latestOf(items: string): string;
    onCalendar(target: string, calendar: string): string;
  };
  /** `Target: …, from … (ticket created).` */
  from(target: string, start: string, cause: string): string;
  /** `Skipped: …` */
  skipped(items: string): string;
  pause(from: string, to: string | undefined, status: string, open: string | undefined): string;
  priorityChange(from: string, to: string, at: string, policy: string): string;
  readonly outcome: {
    running(left: string): string;
    overdue(by: string): string;
    met(at: string): string;
    late(at: string, by: string): string;
    paused(left: string): string;
    readonly cancelled: string;
    /** Cancelled after its due had passed: the breach stays. */
    cancelledLate(by: string): string;
    /** Breached at an earlier due, at a completion a reopen undid: the breach stays. */
    breachedBefore(due: string): string;
    readonly earlierBreach: string;
  };
  /** Labels and hover texts of the SVG timeline. */
  readonly timeline: {
    title(ticket: string | undefined): string;
    readonly open: string;
    readonly closed: string;
    readonly holiday: string;
    readonly paused: string;
    readonly due: string;
    readonly breached: string;
    readonly completed: string;
    readonly asOf: string;
    readonly warning: string;
    readonly overdue: string;
    readonly state: Readonly<Record<ClockState, string>>;
  };
}

// ---------------------------------------------------------------------------------------------
// The languages
// ---------------------------------------------------------------------------------------------

const q = (s: string): string => `“${s}”`;
const guillemets = (s: string): string => `«${s}»`;
const lowHigh = (s: string): string => `„${s}“`;

const EN: Messages = {
  lang: 'en',
  dateTag: 'en-GB',
  units: {
    day: { one: 'day', other: 'days' },
    hour: { one: 'hour', other: 'hours' },
    minute: { one: 'minute', other: 'minutes' },
    second: { one: 'second', other: 'seconds' },
  },
  night: { one: 'night', other: 'nights' },
  weekendDay: { one: 'weekend day', other: 'weekend days' },
  closure: { one: 'closure', other: 'closures' },
  businessDay: { one: 'business day', other: 'business days' },
  kind: { firstResponse: 'first response', nextReply: 'next reply', periodicUpdate: 'periodic update', resolution: 'resolution' },
  cause: {
    created: 'ticket created',
    customerMessage: 'customer message',
    agentMessage: 'agent reply',
    reopened: 'ticket reopened',
    priorityChange: 'priority changed',
  },
  policy: { keepElapsed: 'time already counted kept', restart: 'clock restarted', earlierOf: 'the earlier deadline kept' },
  head: (clock, kind, priority) => `${q(clock)} (${kind}, priority ${priority})`,
  cycle: (i, n) => `cycle ${i} of ${n}`,
  due: (at, zone) => `due ${at} (${zone})`,
  noDue: 'no deadline while paused',
  target: {
    businessTime: (d) => `${d} of business time`,
    elapsedTime: (d) => `${d} of real time, around the clock`,
    workingDayHours: (d) => `${d} of working days`,
    endOfBusinessDay: (days) => (days === undefined ? 'the end of the business day' : `the end of the business day plus ${days}`),
    businessDays: (days) => days,
    earliestOf: (items) => `the earlier of ${items}`,
    latestOf: (items) => `the later of ${items}`,
    onCalendar: (t, cal) => `${t} (calendar ${q(cal)})`,
  },
  from: (target, start, cause) => `Target: ${target}, from ${start} (${cause}).`,
  skipped: (items) => `Skipped: ${items}.`,
  pause: (from, to, status, open) =>
    to === undefined
      ? `Paused since ${from} (status ${q(status)}).`
      : `Paused from ${from} to ${to} (status ${q(status)}${open === undefined ? '' : `; not counted: ${open}`}).`,
  priorityChange: (from, to, at, policy) => `Priority changed from ${from} to ${to} (${at}; ${policy}).`,
  outcome: {
    running: (left) => `Running: ${left} left.`,
    overdue: (by) => `Breached: overdue by ${by}.`,
    met: (at) => `Met: completed ${at}.`,
    late: (at, by) => `Breached: completed ${at}, ${by} late.`,
    paused: (left) => `Paused: ${left} left; the deadline is set again when the clock resumes.`,
    cancelled: 'Cancelled: this clock no longer applies.',
    cancelledLate: (by) => `Breached: cancelled ${by} after its due; this clock no longer applies.`,
    breachedBefore: (due) => `It was breached before the ticket was reopened (due ${due}), and stays breached.`,
    earlierBreach: 'An earlier cycle was breached.',
  },
  timeline: {
    title: (t) => (t === undefined ? 'SLA clocks' : `SLA clocks of ticket ${t}`),
    open: 'open', closed: 'closed', holiday: 'holiday', paused: 'paused', due: 'due', breached: 'breached',
    completed: 'completed', asOf: 'as of', warning: 'warning', overdue: 'overdue',
    state: { running: 'running', paused: 'paused', completed: 'completed', cancelled: 'cancelled' },
  },
};

const EL: Messages = {
  lang: 'el',
  dateTag: 'el-GR',
  units: {
    day: { one: 'ημέρα', other: 'ημέρες' },
    hour: { one: 'ώρα', other: 'ώρες' },
    minute: { one: 'λεπτό', other: 'λεπτά' },
    second: { one: 'δευτερόλεπτο', other: 'δευτερόλεπτα' },
  },
  night: { one: 'νύχτα', other: 'νύχτες' },
  weekendDay: { one: 'μη εργάσιμη ημέρα', other: 'μη εργάσιμες ημέρες' },
  closure: { one: 'έκτακτο κλείσιμο', other: 'έκτακτα κλεισίματα' },
  businessDay: { one: 'εργάσιμη ημέρα', other: 'εργάσιμες ημέρες' },
  kind: { firstResponse: 'πρώτη απάντηση', nextReply: 'επόμενη απάντηση', periodicUpdate: 'περιοδική ενημέρωση', resolution: 'επίλυση' },
  cause: {
    created: 'δημιουργία αιτήματος',
    customerMessage: 'μήνυμα πελάτη',
    agentMessage: 'απάντηση υποστήριξης',
    reopened: 'επανάνοιγμα αιτήματος',
    priorityChange: 'αλλαγή προτεραιότητας',
  },
  policy: {
    keepElapsed: 'ο χρόνος που μετρήθηκε διατηρείται',
    restart: 'η μέτρηση ξεκίνησε από την αρχή',
    earlierOf: 'ισχύει η νωρίτερη προθεσμία',
  },
  head: (clock, kind, priority) => `${guillemets(clock)} (${kind}, προτεραιότητα ${priority})`,
  cycle: (i, n) => `κύκλος ${i} από ${n}`,
  due: (at, zone) => `προθεσμία ${at} (${zone})`,
  noDue: 'καμία προθεσμία όσο διαρκεί η παύση',
  target: {
    businessTime: (d) => `${d} εργάσιμου χρόνου`,
    elapsedTime: (d) => `${d} πραγματικού χρόνου, όλο το εικοσιτετράωρο`,
    workingDayHours: (d) => `${d} εργάσιμων ημερών`,
    endOfBusinessDay: (days) => (days === undefined ? 'το τέλος της εργάσιμης ημέρας' : `το τέλος της εργάσιμης ημέρας και ${days}`),
    businessDays: (days) => days,
    earliestOf: (items) => `το νωρίτερο από: ${items}`,
    latestOf: (items) => `το αργότερο από: ${items}`,
    onCalendar: (t, cal) => `${t} (ημερολόγιο ${guillemets(cal)})`,
  },
  from: (target, start, cause) => `Στόχος: ${target}, από ${start} (${cause}).`,
  skipped: (items) => `Δεν μετρήθηκαν: ${items}.`,
  pause: (from, to, status, open) =>
    to === undefined
      ? `Σε παύση από ${from} (κατάσταση ${guillemets(status)}).`
      : `Παύση από ${from} έως ${to} (κατάσταση ${guillemets(status)}${open === undefined ? '' : `· εκτός μέτρησης: ${open}`}).`,
  priorityChange: (from, to, at, policy) => `Αλλαγή προτεραιότητας από ${from} σε ${to} (${at}· ${policy}).`,
  outcome: {
    running: (left) => `Σε εξέλιξη· υπόλοιπο: ${left}.`,
    overdue: (by) => `Η προθεσμία παραβιάστηκε· καθυστέρηση: ${by}.`,
    met: (at) => `Τηρήθηκε: ολοκληρώθηκε ${at}.`,
    late: (at, by) => `Δεν τηρήθηκε: ολοκληρώθηκε ${at}· καθυστέρηση: ${by}.`,
    paused: (left) => `Σε παύση: η προθεσμία ορίζεται ξανά όταν συνεχιστεί η μέτρηση· υπόλοιπο: ${left}.`,
    cancelled: 'Ακυρώθηκε: η μέτρηση αυτή δεν ισχύει πλέον.',
    cancelledLate: (by) => `Δεν τηρήθηκε: ακυρώθηκε μετά την προθεσμία· καθυστέρηση: ${by}· η μέτρηση αυτή δεν ισχύει πλέον.`,
    breachedBefore: (due) => `Η προθεσμία είχε παραβιαστεί πριν ανοίξει ξανά το αίτημα (προθεσμία ${due}) και η παραβίαση παραμένει.`,
    earlierBreach: 'Σε προηγούμενο κύκλο η προθεσμία παραβιάστηκε.',
  },
  timeline: {
    title: (t) => (t === undefined ? 'Χρονόμετρα SLA' : `Χρονόμετρα SLA του αιτήματος ${t}`),
    open: 'ανοιχτά', closed: 'κλειστά', holiday: 'αργία', paused: 'σε παύση', due: 'προθεσμία', breached: 'παραβίαση',
    completed: 'ολοκληρώθηκε', asOf: 'κατάσταση στις', warning: 'προειδοποίηση', overdue: 'καθυστέρηση',
    state: { running: 'σε εξέλιξη', paused: 'σε παύση', completed: 'ολοκληρώθηκε', cancelled: 'ακυρώθηκε' },
  },
};

const RU: Messages = {
  lang: 'ru',
  dateTag: 'ru-RU',
  units: {
    day: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
    hour: { one: 'час', few: 'часа', many: 'часов', other: 'часа' },
    minute: { one: 'минута', few: 'минуты', many: 'минут', other: 'минуты' },
    second: { one: 'секунда', few: 'секунды', many: 'секунд', other: 'секунды' },
  },
  night: { one: 'ночь', few: 'ночи', many: 'ночей', other: 'ночи' },
  weekendDay: { one: 'выходной день', few: 'выходных дня', many: 'выходных дней', other: 'выходного дня' },
  closure: { one: 'период закрытия', few: 'периода закрытия', many: 'периодов закрытия', other: 'периода закрытия' },
  businessDay: { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней', other: 'рабочего дня' },
  kind: { firstResponse: 'первый ответ', nextReply: 'следующий ответ', periodicUpdate: 'регулярное обновление', resolution: 'решение' },
  cause: {
    created: 'создание заявки',
    customerMessage: 'сообщение клиента',
    agentMessage: 'ответ поддержки',
    reopened: 'повторное открытие заявки',
    priorityChange: 'смена приоритета',
  },
  policy: { keepElapsed: 'учтённое время сохранено', restart: 'отсчёт начат заново', earlierOf: 'действует более ранний срок' },
  head: (clock, kind, priority) => `${guillemets(clock)} (${kind}, приоритет ${priority})`,
  cycle: (i, n) => `цикл ${i} из ${n}`,
  due: (at, zone) => `срок — ${at} (${zone})`,
  noDue: 'срок не определён, пока отсчёт на паузе',
  target: {
    businessTime: (d) => `${d} рабочего времени`,
    elapsedTime: (d) => `${d} календарного времени, круглосуточно`,
    workingDayHours: (d) => `${d} рабочих дней`,
    endOfBusinessDay: (days) => (days === undefined ? 'конец рабочего дня' : `конец рабочего дня + ${days}`),
    businessDays: (days) => days,
    earliestOf: (items) => `наиболее ранний из сроков: ${items}`,
    latestOf: (items) => `наиболее поздний из сроков: ${items}`,
    onCalendar: (t, cal) => `${t} (календарь ${guillemets(cal)})`,
  },
  from: (target, start, cause) => `Норматив: ${target}, отсчёт с ${start} (${cause}).`,
  skipped: (items) => `Не учитывается: ${items}.`,
  pause: (from, to, status, open) =>
    to === undefined
      ? `На паузе с ${from} (статус ${guillemets(status)}).`
      : `Пауза с ${from} до ${to} (статус ${guillemets(status)}${open === undefined ? '' : `; не засчитано: ${open}`}).`,
  priorityChange: (from, to, at, policy) => `Приоритет изменён с ${from} на ${to} (${at}; ${policy}).`,
  outcome: {
    running: (left) => `Отсчёт идёт; остаток: ${left}.`,
    overdue: (by) => `Срок нарушен; просрочка: ${by}.`,
    met: (at) => `Выполнено в срок: ${at}.`,
    late: (at, by) => `Срок нарушен: выполнено ${at}; просрочка: ${by}.`,
    paused: (left) => `На паузе: срок будет определён после возобновления отсчёта; остаток: ${left}.`,
    cancelled: 'Отменено: этот отсчёт больше не применяется.',
    cancelledLate: (by) => `Срок нарушен: отменено после срока; просрочка: ${by}; этот отсчёт больше не применяется.`,
    breachedBefore: (due) => `Срок был нарушен до повторного открытия заявки (срок ${due}); нарушение остаётся.`,
    earlierBreach: 'В одном из предыдущих циклов срок был нарушен.',
  },
  timeline: {
    title: (t) => (t === undefined ? 'Сроки SLA' : `Сроки SLA по заявке ${t}`),
    open: 'рабочее время', closed: 'нерабочее время', holiday: 'праздник', paused: 'пауза', due: 'срок', breached: 'нарушение',
    completed: 'выполнено', asOf: 'на момент', warning: 'предупреждение', overdue: 'просрочка',
    state: { running: 'идёт', paused: 'на паузе', completed: 'выполнено', cancelled: 'отменено' },
  },
};

const SK: Messages = {
  lang: 'sk',
  dateTag: 'sk-SK',
  units: {
    day: { one: 'deň', few: 'dni', many: 'dňa', other: 'dní' },
    hour: { one: 'hodina', few: 'hodiny', many: 'hodiny', other: 'hodín' },
    minute: { one: 'minúta', few: 'minúty', many: 'minúty', other: 'minút' },
    second: { one: 'sekunda', few: 'sekundy', many: 'sekundy', other: 'sekúnd' },
  },
  night: { one: 'noc', few: 'noci', many: 'noci', other: 'nocí' },
  weekendDay: { one: 'víkendový deň', few: 'víkendové dni', many: 'víkendového dňa', other: 'víkendových dní' },
  closure: { one: 'mimoriadne zatvorenie', few: 'mimoriadne zatvorenia', many: 'mimoriadneho zatvorenia', other: 'mimoriadnych zatvorení' },
  businessDay: { one: 'pracovný deň', few: 'pracovné dni', many: 'pracovného dňa', other: 'pracovných dní' },
  kind: { firstResponse: 'prvá odpoveď', nextReply: 'ďalšia odpoveď', periodicUpdate: 'pravidelná aktualizácia', resolution: 'vyriešenie' },
  cause: {
    created: 'vytvorenie požiadavky',
    customerMessage: 'správa zákazníka',
    agentMessage: 'odpoveď podpory',
    reopened: 'opätovné otvorenie požiadavky',
    priorityChange: 'zmena priority',
  },
  policy: { keepElapsed: 'započítaný čas zostáva', restart: 'meranie začalo odznova', earlierOf: 'platí skorší termín' },
  head: (clock, kind, priority) => `${lowHigh(clock)} (${kind}, priorita ${priority})`,
  cycle: (i, n) => `cyklus ${i} z ${n}`,
  due: (at, zone) => `termín ${at} (${zone})`,
  noDue: 'počas pozastavenia nie je termín určený',
  target: {
    businessTime: (d) => `${d} pracovného času`,
    elapsedTime: (d) => `${d} skutočného času, nepretržite`,
    workingDayHours: (d) => `${d} pracovných dní`,
    endOfBusinessDay: (days) => (days === undefined ? 'koniec pracovného dňa' : `koniec pracovného dňa + ${days}`),
    businessDays: (days) => days,
    earliestOf: (items) => `skorší z termínov: ${items}`,
    latestOf: (items) => `neskorší z termínov: ${items}`,
    onCalendar: (t, cal) => `${t} (kalendár ${lowHigh(cal)})`,
  },
  from: (target, start, cause) => `Cieľ: ${target}, počíta sa od ${start} (${cause}).`,
  skipped: (items) => `Nezapočítané: ${items}.`,
  pause: (from, to, status, open) =>
    to === undefined
      ? `Pozastavené od ${from} (stav ${lowHigh(status)}).`
      : `Pozastavené od ${from} do ${to} (stav ${lowHigh(status)}${open === undefined ? '' : `; nezapočítané: ${open}`}).`,
  priorityChange: (from, to, at, policy) => `Priorita zmenená z ${from} na ${to} (${at}; ${policy}).`,
  outcome: {
    running: (left) => `Meranie beží; zostatok: ${left}.`,
    overdue: (by) => `Termín prekročený; prekročenie: ${by}.`,
    met: (at) => `Splnené: dokončené ${at}.`,
    late: (at, by) => `Nesplnené: dokončené ${at}; prekročenie: ${by}.`,
    paused: (left) => `Pozastavené: termín sa určí, keď meranie pokračuje; zostatok: ${left}.`,
    cancelled: 'Zrušené: toto meranie sa už neuplatňuje.',
    cancelledLate: (by) => `Nesplnené: zrušené po lehote; prekročenie: ${by}; toto meranie sa už neuplatňuje.`,
    breachedBefore: (due) => `Lehota bola prekročená pred opätovným otvorením tiketu (termín ${due}) a prekročenie zostáva.`,
    earlierBreach: 'V niektorom predchádzajúcom cykle bol termín prekročený.',
  },
  timeline: {
    title: (t) => (t === undefined ? 'Lehoty SLA' : `Lehoty SLA požiadavky ${t}`),
    open: 'otvorené', closed: 'zatvorené', holiday: 'sviatok', paused: 'pozastavené', due: 'termín', breached: 'prekročenie',
    completed: 'dokončené', asOf: 'stav k', warning: 'upozornenie', overdue: 'po termíne',
    state: { running: 'beží', paused: 'pozastavené', completed: 'dokončené', cancelled: 'zrušené' },
  },
};

/** The phrase tables by language. */
export const MESSAGES: Readonly<Record<ExplainLanguage, Messages>> = { en: EN, el: EL, ru: RU, sk: SK };
