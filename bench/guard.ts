/**
 * Correctness guard, run before any timing: ours and each peer on the same inputs. Every
 * disagreement is put in a class that explains it; anything unexplained is printed with its
 * inputs so that a reader can check who is right.
 */
import { DateTime } from 'luxon';
import {
  addBusinessDays,
  addBusinessMillis,
  businessMillisBetween,
  isOpenMillis,
  makeCalendar,
  nextClosingMillis,
  nextOpeningMillis,
  type Calendar,
} from '../src/index.js';
import { HOUR, specWith, ZONE, type Inputs } from './setup.js';
import type { Peer } from './peers.js';
import type { WorkloadId } from './ours.js';

export type Verdict =
  | 'agree'
  /** The peer returns the closing instant when the duration is used up exactly at a close; ours
   * returns the next opening (API rule) and gives the closing with `boundary: 'earliest'`. */
  | 'exactFillClosing'
  /** The peer keeps the wall-clock time even when it is closed; ours moves to the next opening. */
  | 'keepsClosedTime'
  /** The peer ignores holidays: it matches ours on the same calendar without holidays. */
  | 'noHolidays'
  /** The peer counts whole minutes: within 2 minutes of ours, on inputs with seconds. */
  | 'minuteRounding'
  /** The peer counts the closing instant as open (ours: open time is [open, close)). */
  | 'closingCountsOpen'
  | 'other';

export const VERDICT_TEXT: Record<Verdict, string> = {
  agree: 'agree',
  exactFillClosing: 'exact fill: peer returns the closing instant (= ours with boundary:"earliest")',
  keepsClosedTime: 'peer keeps a closed wall-clock time (ours then moves to the next opening)',
  noHolidays: 'peer has no holidays (= ours on the calendar without holidays)',
  minuteRounding: 'peer counts whole minutes: off by < 2 min on inputs with seconds',
  closingCountsOpen: 'peer says "open" at the closing instant 17:30 (ours: [open, close), so closed)',
  other: 'OTHER (unexplained, see examples)',
};

export interface GuardRow {
  readonly workload: WorkloadId | 'isOpen';
  /** What the inputs were, e.g. 'whole minutes' or 'with seconds'. */
  readonly inputs: string;
  readonly peer: Peer;
  readonly sample: number;
  readonly counts: Record<Verdict, number>;
  readonly examples: string[];
}

const fmt = (ms: number): string => DateTime.fromMillis(ms, { zone: ZONE }).toFormat('ccc yyyy-MM-dd HH:mm:ss');
const hours = (ms: number): string => {
  const h = Math.trunc(ms / HOUR);
  const rest = Math.abs(ms - h * HOUR);
  const m = Math.floor(rest / 60_000);
  const s = (rest - m * 60_000) / 1000;
  return `${ms < 0 && h === 0 ? '-' : ''}${h} h ${String(m).padStart(2, '0')} min${s > 0 ? ` ${s} s` : ''}`;
};
const signedSeconds = (ms: number): string => `${ms > 0 ? '+' : ''}${(ms / 1000).toLocaleString('en-US')} s`;

const emptyCounts = (): Record<Verdict, number> => ({
  agree: 0,
  exactFillClosing: 0,
  keepsClosedTime: 0,
  noHolidays: 0,
  minuteRounding: 0,
  closingCountsOpen: 0,
  other: 0,
});

export interface GuardOptions {
  /** Sample size for the cheap workloads and for the slow ones (2,000 h and 2 years). */
  readonly sampleFast: number;
  readonly sampleSlow: number;
  /** Which workloads to check (all by default). */
  readonly workloads?: readonly WorkloadId[];
  /** Describes the inputs in the report. */
  readonly inputsLabel: string;
}

export const runGuard = (cal: Calendar, inputs: Inputs, peers: readonly Peer[], options: GuardOptions): GuardRow[] => {
  const { sampleFast, sampleSlow, inputsLabel } = options;
  const wanted = (w: WorkloadId): boolean => options.workloads === undefined || options.workloads.includes(w);
  const near = (x: number, y: number): boolean => Math.abs(x - y) < 120_000;
  const noHolidayCal = makeCalendar(specWith([]));
  const { starts, ends30d, ends2y } = inputs;
  const rows: GuardRow[] = [];
  const MAX_EXAMPLES = 4;

  for (const peer of peers) {
    // ----- add h business hours ------------------------------------------------------------
    for (const [workload, h] of [['add4h', 4], ['add2000h', 2000]] as const) {
      if (peer.addHours === undefined || !wanted(workload)) continue;
      const sample = h > 100 ? sampleSlow : sampleFast;
      const counts = emptyCounts();
      const examples: string[] = [];
      for (let i = 0; i < sample; i++) {
        const t = starts[i] as number;
        const got = peer.addHours(i, h);
        const latest = addBusinessMillis(cal, t, h * HOUR);
        const earliest = addBusinessMillis(cal, t, h * HOUR, { boundary: 'earliest' });
        let v: Verdict;
        if (got === latest) v = 'agree';
        else if (got === earliest) v = 'exactFillClosing';
        else if (near(got, latest) || near(got, earliest)) v = 'minuteRounding';
        else v = 'other';
        counts[v]++;
        if ((v === 'other' || (v !== 'agree' && counts[v] === 1)) && examples.length < MAX_EXAMPLES) {
          examples.push(`${v}: ${fmt(t)} + ${h} h → peer ${fmt(got)}, ours ${fmt(latest)} (earliest ${fmt(earliest)})`);
        }
      }
      rows.push({ workload, inputs: inputsLabel, peer, sample, counts, examples });
    }
    // ----- between ------------------------------------------------------------------------
    for (const [workload, span, ends] of [['between30d', '30d', ends30d], ['between2y', '2y', ends2y]] as const) {
      if (peer.between === undefined || !wanted(workload)) continue;
      const sample = span === '2y' ? sampleSlow : sampleFast;
      const counts = emptyCounts();
      const examples: string[] = [];
      for (let i = 0; i < sample; i++) {
        const a = starts[i] as number;
        const b = ends[i] as number;
        const got: number = peer.between(i, span);
        const ours = businessMillisBetween(cal, a, b);
        const v: Verdict = got === ours ? 'agree' : near(got, ours) ? 'minuteRounding' : 'other';
        counts[v]++;
        if ((v === 'other' || (v !== 'agree' && counts[v] === 1)) && examples.length < MAX_EXAMPLES) {
          examples.push(`${v}: ${fmt(a)} → ${fmt(b)}: peer ${hours(got)}, ours ${hours(ours)} (peer − ours = ${signedSeconds(got - ours)})`);
        }
      }
      rows.push({ workload, inputs: inputsLabel, peer, sample, counts, examples });
    }
    // ----- add 5 business days ------------------------------------------------------------
    if (peer.addDays !== undefined && wanted('add5d')) {
      const counts = emptyCounts();
      const examples: string[] = [];
      for (let i = 0; i < sampleFast; i++) {
        const t = starts[i] as number;
        const got = peer.addDays(i, 5);
        const ours = addBusinessDays(cal, t, 5).toMillis();
        let v: Verdict;
        if (got === ours) v = 'agree';
        else if (nextOpeningMillis(cal, got) === ours) v = 'keepsClosedTime';
        else if (!peer.holidays && nextOpeningMillis(noHolidayCal, got) === addBusinessDays(noHolidayCal, t, 5).toMillis()) v = 'noHolidays';
        else v = 'other';
        counts[v]++;
        const firstOfKind = v !== 'agree' && counts[v] === 1;
        if ((v === 'other' || firstOfKind) && examples.length < MAX_EXAMPLES) {
          examples.push(`${v}: ${fmt(t)} + 5 business days → peer ${fmt(got)}, ours ${fmt(ours)}`);
        }
      }
      rows.push({ workload: 'add5d', inputs: inputsLabel, peer, sample: sampleFast, counts, examples });
    }
  }
  return rows;
};

/**
 * Is it open? At the random starts and at each start's next opening and next closing instant,
 * by each peer's own predicate (moment's isWorkingTime, dayjs' isBusinessTime).
 */
export const runOpenGuard = (cal: Calendar, inputs: Inputs, peers: readonly Peer[], sample: number): GuardRow[] => {
  const rows: GuardRow[] = [];
  for (const peer of peers) {
    const isOpenAt = peer.isOpenAt;
    if (isOpenAt === undefined) continue;
    const counts = emptyCounts();
    const examples: string[] = [];
    for (let i = 0; i < sample; i++) {
      const t = inputs.starts[i] as number;
      for (const ms of [t, nextOpeningMillis(cal, t), nextClosingMillis(cal, t)]) {
        const ours = isOpenMillis(cal, ms);
        const got = isOpenAt(ms);
        let v: Verdict;
        if (got === ours) v = 'agree';
        else if (got && !ours && isOpenMillis(cal, ms - 1)) v = 'closingCountsOpen';
        else v = 'other';
        counts[v]++;
        if ((v === 'other' || (v !== 'agree' && counts[v] === 1)) && examples.length < 2) {
          examples.push(`${v}: ${fmt(ms)} → peer ${got ? 'open' : 'closed'}, ours ${ours ? 'open' : 'closed'}`);
        }
      }
    }
    rows.push({ workload: 'isOpen', inputs: 'starts, their next opening and next closing', peer, sample: 3 * sample, counts, examples });
  }
  return rows;
};
