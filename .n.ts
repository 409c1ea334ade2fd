import { makeHolidaySource } from './src/index.js';
for (const [c,z] of [['GR','Europe/Athens'],['SK','Europe/Bratislava'],['RU','Europe/Moscow']]) {
  const y = makeHolidaySource({ country: c }, z).year(c==='RU'?2027:2026);
  console.log(c, y.holidays.map(h => `${h.date} ${h.name} ${JSON.stringify(h.names)}`).join('\n  '));
}
