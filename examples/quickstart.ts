import { addBusinessDays, addBusinessTime, businessTimeBetween, endOfBusinessDay, isOpen, makeCalendar } from '../src/index.js';

// ClickMedia's support desk: Athens, Monday-Friday 09:30-17:30, closed on Greek public holidays.
const hours = ['09:30-17:30'];
const clickMedia = makeCalendar({
  timeZone: 'Europe/Athens',
  week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours },
  holidays: [{ country: 'GR' }],
});

// A ticket arrives on Holy Thursday 2025 at 16:00, an hour and a half before closing.
const received = '2025-04-17T16:00:00+03:00';

console.log('same-day target :', endOfBusinessDay(clickMedia, received).toISO());
console.log('4 business hours:', addBusinessTime(clickMedia, received, { hours: 4 }).toISO());
console.log('4 business days :', addBusinessDays(clickMedia, received, 4).toISO());
console.log('open Good Friday:', isOpen(clickMedia, '2025-04-18T10:00:00+03:00'));
const used = businessTimeBetween(clickMedia, received, '2025-04-22T10:00:00+03:00');
console.log('reply Tue 10:00 :', used.as('minutes'), 'business minutes after receipt');
