/**
 * support-sla on the benchmark calendar: the luxon API (DateTime in, DateTime / Duration out)
 * and the allocation-free `…Millis` API (epoch ms in and out).
 */
import type { DateTime } from 'luxon';
import {
  addBusinessDays,
  addBusinessDaysMillis,
  addBusinessMillis,
  addBusinessTime,
  businessMillisBetween,
  businessTimeBetween,
  makeCalendar,
  type Calendar,
} from '../src/index.js';
import { HOLIDAY_DATES, HOUR, specWith, ZONE, type Inputs } from './setup.js';
import type { Op } from './harness.js';
import { toDateTime } from '../src/time/instant.js';

export type WorkloadId = 'add4h' | 'add2000h' | 'between30d' | 'between2y' | 'add5d';

export interface OurOps {
  readonly cal: Calendar;
  readonly luxon: Record<WorkloadId, Op>;
  readonly millis: Record<WorkloadId, Op>;
}

export const makeOurs = (inputs: Inputs): OurOps => {
  const cal = makeCalendar(specWith(HOLIDAY_DATES));
  const { starts, ends30d, ends2y } = inputs;
  const dt = (xs: Float64Array): DateTime[] => Array.from(xs, (ms) => toDateTime(ms, ZONE));
  const dStarts = dt(starts);
  const dEnds30 = dt(ends30d);
  const dEnds2y = dt(ends2y);
  const FOUR_H = { hours: 4 };
  const TWO_THOUSAND_H = { hours: 2000 };
  const H4 = 4 * HOUR;
  const H2000 = 2000 * HOUR;
  return {
    cal,
    luxon: {
      add4h: (i) => addBusinessTime(cal, dStarts[i] as DateTime, FOUR_H).toMillis(),
      add2000h: (i) => addBusinessTime(cal, dStarts[i] as DateTime, TWO_THOUSAND_H).toMillis(),
      between30d: (i) => businessTimeBetween(cal, dStarts[i] as DateTime, dEnds30[i] as DateTime).toMillis(),
      between2y: (i) => businessTimeBetween(cal, dStarts[i] as DateTime, dEnds2y[i] as DateTime).toMillis(),
      add5d: (i) => addBusinessDays(cal, dStarts[i] as DateTime, 5).toMillis(),
    },
    millis: {
      add4h: (i) => addBusinessMillis(cal, starts[i] as number, H4),
      add2000h: (i) => addBusinessMillis(cal, starts[i] as number, H2000),
      between30d: (i) => businessMillisBetween(cal, starts[i] as number, ends30d[i] as number),
      between2y: (i) => businessMillisBetween(cal, starts[i] as number, ends2y[i] as number),
      add5d: (i) => addBusinessDaysMillis(cal, starts[i] as number, 5),
    },
  };
};
