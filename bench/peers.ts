/**
 * The npm peers a user would pick instead, configured with the same calendar: Europe/Athens
 * (through the process time zone, which the bench sets before loading them), Mon-Fri
 * 09:30-17:30 and the same holiday dates, where the peer supports holidays.
 *
 * Every peer gets its inputs pre-built (moment / dayjs / luxon / Date objects), as ours gets
 * luxon DateTimes pre-built for its luxon API.
 */
import { createRequire } from 'node:module';
import type { Moment } from 'moment';
import moment from 'moment-business-time';
import dayjs, { type Dayjs } from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import type { DateTime } from 'luxon';
import { addBusinessDays as dfAddBusinessDays } from 'date-fns';
import { CLOSE, HOLIDAY_DATES, OPEN, ZONE, type Inputs } from './setup.js';

const require = createRequire(import.meta.url);
// luxon-business-days patches the prototype of the CommonJS build of luxon (a different module
// instance from luxon's ESM build), so its own DateTime export must be used.
const LuxonBD = (require('luxon-business-days') as { DateTime: typeof DateTime }).DateTime;
const versionOf = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

/** What moment-business-time adds to a moment (it ships no types). */
interface BusinessMoment extends Moment {
  isWorkingTime(): boolean;
  addWorkingTime(amount: number, unit: string): BusinessMoment;
  workingDiff(other: Moment, unit: string): number;
  clone(): BusinessMoment;
}

/** What luxon-business-days adds to a DateTime (it ships no types). */
interface BusinessDateTime extends DateTime {
  plusBusiness(opts: { days: number }): BusinessDateTime;
  setupBusiness(opts: { businessDays?: number[]; holidayMatchers?: ((dt: DateTime) => boolean)[] }): void;
}

export type PeerId = 'moment' | 'dayjs' | 'luxonDays' | 'dateFns';

export interface Peer {
  readonly id: PeerId;
  readonly label: string;
  /** Does this peer take our holiday dates? */
  readonly holidays: boolean;
  /** start i + h business hours, epoch ms. */
  readonly addHours?: (i: number, h: number) => number;
  /** business ms between start i and its end (30 days or 2 years). */
  readonly between?: (i: number, span: '30d' | '2y') => number;
  /** start i + n business days, epoch ms. */
  readonly addDays?: (i: number, n: number) => number;
  /** Is the instant in business hours, by the peer's own predicate (correctness guard only)? */
  readonly isOpenAt?: (ms: number) => boolean;
}

const [oh, om] = OPEN.split(':');
const [ch, cm] = CLOSE.split(':');
const openS = `${oh}:${om}:00`;
const closeS = `${ch}:${cm}:00`;

export const makePeers = (inputs: Inputs): Peer[] => {
  // ----- moment-business-time: hours and holidays are locale data ---------------------------
  moment.updateLocale('en', {
    workinghours: { 0: null, 1: [openS, closeS], 2: [openS, closeS], 3: [openS, closeS], 4: [openS, closeS], 5: [openS, closeS], 6: null },
    holidays: [...HOLIDAY_DATES],
  });
  const mStarts = Array.from(inputs.starts, (ms) => moment(ms) as BusinessMoment);
  const mEnds30 = Array.from(inputs.ends30d, (ms) => moment(ms) as BusinessMoment);
  const mEnds2y = Array.from(inputs.ends2y, (ms) => moment(ms) as BusinessMoment);
  const at = <T>(xs: readonly T[], i: number): T => xs[i] as T;

  // ----- dayjs-business-time: a plugin with global hours and holidays -----------------------
  dayjs.extend(dayjsBusinessTime);
  const seg = [{ start: openS, end: closeS }];
  dayjs.setBusinessTime({ sunday: null, monday: seg, tuesday: seg, wednesday: seg, thursday: seg, friday: seg, saturday: null });
  dayjs.setHolidays([...HOLIDAY_DATES]);
  const dStarts: Dayjs[] = Array.from(inputs.starts, (ms) => dayjs(ms));
  const dEnds30: Dayjs[] = Array.from(inputs.ends30d, (ms) => dayjs(ms));
  const dEnds2y: Dayjs[] = Array.from(inputs.ends2y, (ms) => dayjs(ms));

  // ----- luxon-business-days: business weekdays + holiday matcher functions -----------------
  const holidaySet = new Set(HOLIDAY_DATES);
  const lStarts = Array.from(inputs.starts, (ms) => LuxonBD.fromMillis(ms, { zone: ZONE }) as BusinessDateTime);
  at(lStarts, 0).setupBusiness({ businessDays: [1, 2, 3, 4, 5], holidayMatchers: [(dt) => holidaySet.has(dt.toISODate() ?? '')] });

  // ----- date-fns: weekends only, no holidays ----------------------------------------------
  const fStarts = Array.from(inputs.starts, (ms) => new Date(ms));

  return [
    {
      id: 'moment',
      label: `moment-business-time ${versionOf('moment-business-time')}`,
      holidays: true,
      addHours: (i, h) => at(mStarts, i).clone().addWorkingTime(h, 'hours').valueOf(),
      between: (i, span) => (span === '30d' ? at(mEnds30, i) : at(mEnds2y, i)).workingDiff(at(mStarts, i), 'milliseconds'),
      addDays: (i, n) => at(mStarts, i).clone().addWorkingTime(n, 'days').valueOf(),
      isOpenAt: (ms) => (moment(ms) as BusinessMoment).isWorkingTime(),
    },
    {
      id: 'dayjs',
      label: `dayjs-business-time ${versionOf('dayjs-business-time')}`,
      holidays: true,
      addHours: (i, h) => at(dStarts, i).addBusinessHours(h).valueOf(),
      between: (i, span) => at(dStarts, i).businessMinutesDiff(span === '30d' ? at(dEnds30, i) : at(dEnds2y, i)) * 60_000,
      addDays: (i, n) => at(dStarts, i).addBusinessDays(n).valueOf(),
      isOpenAt: (ms) => dayjs(ms).isBusinessTime(),
    },
    {
      id: 'luxonDays',
      label: `luxon-business-days ${versionOf('luxon-business-days')}`,
      holidays: true,
      addDays: (i, n) => at(lStarts, i).plusBusiness({ days: n }).toMillis(),
    },
    {
      id: 'dateFns',
      label: `date-fns ${versionOf('date-fns')} addBusinessDays`,
      holidays: false,
      addDays: (i, n) => dfAddBusinessDays(at(fStarts, i), n).getTime(),
    },
  ];
};
