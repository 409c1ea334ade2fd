import { DateTime, Duration } from 'luxon';
import { toDateTime } from '/work/wt/clocks/src/time/instant.js';
import { zoneRules } from '/work/wt/clocks/src/time/zone.js';
const Z = Duration.fromMillis(0);
const zone = zoneRules('Europe/Athens').luxonZone;
const base = DateTime.fromMillis(Date.UTC(2025, 0, 1), { zone });
const b0 = base.toMillis();
const N = 300000; let s = 0;
for (let rep = 0; rep < 3; rep++) {
let t = process.hrtime.bigint(); for (let i = 0; i < N; i++) s += toDateTime(b0 + i * 60000, 'Europe/Athens').hour; console.log('toDateTime', Number(process.hrtime.bigint() - t) / N);
t = process.hrtime.bigint(); for (let i = 0; i < N; i++) s += base.plus(Z.set({ milliseconds: i * 60000 })).hour; console.log('plus', Number(process.hrtime.bigint() - t) / N);
t = process.hrtime.bigint(); for (let i = 0; i < N; i++) s += Duration.fromMillis(i).milliseconds; console.log('Duration.fromMillis', Number(process.hrtime.bigint() - t) / N);
t = process.hrtime.bigint(); for (let i = 0; i < N; i++) s += Z.set({ milliseconds: i }).milliseconds; console.log('Z.set', Number(process.hrtime.bigint() - t) / N);
}
console.log(base.plus(Z.set({ milliseconds: 86400000 * 200 })).toISO(), toDateTime(b0 + 86400000 * 200, 'Europe/Athens').toISO(), s > 0);
