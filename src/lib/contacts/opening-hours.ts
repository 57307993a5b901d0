/**
 * Opening hours in Europe/London time: how to say them, and whether a service is open at an
 * instant. Uses Intl's time-zone data, so British Summer Time is handled without a table.
 */
import type { Opening } from '../../schemas/contact';
import { weekdays, type Weekday } from './weekdays';

const dayNames: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** "10am", "4:30pm", "midday". */
export function formatClock(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (hours === 12 && minutes === 0) return 'midday';
  if (hours === 0 && minutes === 0) return 'midnight';
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
}

/** "Monday to Friday", "Saturday and Sunday", "Monday, Wednesday and Friday". */
export function formatDays(days: readonly Weekday[]): string {
  const indexes = [...new Set(days)].map((day) => weekdays.indexOf(day)).sort((a, b) => a - b);
  const consecutive = indexes.every((index, position) => position === 0 || index === (indexes[position - 1] ?? -2) + 1);
  const names = indexes.map((index) => dayNames[weekdays[index] as Weekday]);
  if (names.length === 7) return 'Every day';
  if (consecutive && names.length > 2) return `${names[0]} to ${names.at(-1)}`;
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What a contact's `bankHolidays` field can say. */
export type BankHolidays = '24 hours';

function describeBlock(opening: Opening): string {
  const when = opening.allDay
    ? '24 hours'
    : `${formatClock(opening.opens ?? '00:00')} to ${formatClock(opening.closes ?? '00:00')}`;
  return `${formatDays(opening.days)}, ${when}`;
}

/**
 * "Monday to Friday, 10am to 4pm", one phrase per opening block, joined by "; ", then bank
 * holidays when the source gives them.
 */
export function describeHours(hours: readonly Opening[], bankHolidays?: BankHolidays): string {
  return [...hours.map(describeBlock), ...(bankHolidays ? [`bank holidays, ${bankHolidays}`] : [])].join('; ');
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday and "HH:MM" on the clocks in London at an instant. */
export function londonClock(instant: Date): { day: Weekday; time: string } {
  const parts = Object.fromEntries(londonParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return { day: (parts['weekday'] ?? '').toLowerCase() as Weekday, time: `${parts['hour']}:${parts['minute']}` };
}

const endOfDay = '24:00';

/**
 * The stretches of a day a block covers, as [from, until) clock times. An overnight block ("17:00"
 * to "09:00") covers the start of each of its days until it closes and the end from when it opens.
 */
function stretches(opening: Opening): [string, string][] {
  const { opens = '00:00', closes = endOfDay } = opening.allDay ? {} : opening;
  return opens < closes
    ? [[opens, closes]]
    : [
        ['00:00', closes],
        [opens, endOfDay],
      ];
}

function stretchesOn(hours: readonly Opening[], day: Weekday): [string, string][] {
  return hours
    .filter((opening) => opening.days.includes(day))
    .flatMap(stretches)
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The stretch of a day open at a clock time, extended by any stretch that starts as it ends. */
function openStretchAt(hours: readonly Opening[], day: Weekday, time: string): [string, string] | undefined {
  let current = stretchesOn(hours, day).find(([from, until]) => from <= time && time < until);
  if (!current) return undefined;
  for (const [from, until] of stretchesOn(hours, day)) {
    if (from <= current[1] && until > current[1]) current = [current[0], until];
  }
  return current;
}

/**
 * Whether a service with these hours is open at an instant, by London clocks. Opening times are
 * inclusive, closing times exclusive: a line that closes at 16:00 is closed at 16:00.
 * @param hours the contact's opening blocks
 * @param instant the moment to check (the reader's "now")
 */
export function isOpenAt(hours: readonly Opening[], instant: Date): boolean {
  const { day, time } = londonClock(instant);
  return openStretchAt(hours, day, time) !== undefined;
}

export interface OpeningStatus {
  open: boolean;
  /** What the badge says, in words, so the status never relies on colour: "Open now, closes at 4pm". */
  label: string;
}

const whenLabel = (daysAhead: number, weekday: Weekday) =>
  daysAhead === 0 ? 'today' : daysAhead === 1 ? 'tomorrow' : `on ${dayNames[weekday]}`;

/**
 * Whether a service is open at an instant, and when it closes or next opens, by London clocks.
 * The badge cannot know bank holidays, so a closed line that opens on them says so.
 * @param hours the contact's opening blocks
 * @param instant the moment to check (the reader's "now")
 * @param bankHolidays the contact's bank-holiday hours, when the source gives them
 */
export function openingStatus(hours: readonly Opening[], instant: Date, bankHolidays?: BankHolidays): OpeningStatus {
  const { day, time } = londonClock(instant);
  const today = weekdays.indexOf(day);
  const dayAhead = (daysAhead: number) => weekdays[(today + daysAhead) % 7] as Weekday;
  if (openStretchAt(hours, day, time)) {
    let until = time;
    for (let daysAhead = 0; daysAhead < 8; daysAhead += 1) {
      const stretch = openStretchAt(hours, dayAhead(daysAhead), daysAhead === 0 ? time : until);
      if (!stretch) break;
      until = stretch[1];
      if (until !== endOfDay) {
        const when = daysAhead === 0 ? '' : `${whenLabel(daysAhead, dayAhead(daysAhead))} `;
        return { open: true, label: `Open now, closes ${when}at ${formatClock(until)}` };
      }
      until = '00:00';
      if (daysAhead === 7) break;
      if (!openStretchAt(hours, dayAhead(daysAhead + 1), '00:00')) {
        const when = daysAhead === 0 ? '' : `${whenLabel(daysAhead, dayAhead(daysAhead))} `;
        return { open: true, label: `Open now, closes ${when}at midnight` };
      }
    }
    return { open: true, label: 'Open now, 24 hours a day' };
  }
  const bankHolidayNote = bankHolidays ? `; open ${bankHolidays} on bank holidays` : '';
  for (let daysAhead = 0; daysAhead < 8; daysAhead += 1) {
    const opens = stretchesOn(hours, dayAhead(daysAhead))
      .map(([from]) => from)
      .find((from) => daysAhead > 0 || from > time);
    if (opens === undefined) continue;
    return {
      open: false,
      label: `Closed now, opens ${whenLabel(daysAhead, dayAhead(daysAhead))} at ${formatClock(opens)}${bankHolidayNote}`,
    };
  }
  return { open: false, label: `Closed now${bankHolidayNote}` };
}
