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

/** "Monday to Friday, 10am to 4pm", one line per opening block, joined by "; ". */
export function describeHours(hours: readonly Opening[]): string {
  return hours
    .map((opening) => `${formatDays(opening.days)}, ${formatClock(opening.opens)} to ${formatClock(opening.closes)}`)
    .join('; ');
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

/**
 * Whether a service with these hours is open at an instant, by London clocks. Opening times are
 * inclusive, closing times exclusive: a line that closes at 16:00 is closed at 16:00.
 * @param hours the contact's opening blocks
 * @param instant the moment to check (the reader's "now")
 */
export function isOpenAt(hours: readonly Opening[], instant: Date): boolean {
  const { day, time } = londonClock(instant);
  return hours.some((opening) => opening.days.includes(day) && opening.opens <= time && time < opening.closes);
}

export interface OpeningStatus {
  open: boolean;
  /** What the badge says, in words, so the status never relies on colour: "Open now, closes at 4pm". */
  label: string;
}

/**
 * Whether a service is open at an instant, and when it closes or next opens, by London clocks.
 * @param hours the contact's opening blocks
 * @param instant the moment to check (the reader's "now")
 */
export function openingStatus(hours: readonly Opening[], instant: Date): OpeningStatus {
  const { day, time } = londonClock(instant);
  const current = hours.find((opening) => opening.days.includes(day) && opening.opens <= time && time < opening.closes);
  if (current) return { open: true, label: `Open now, closes at ${formatClock(current.closes)}` };
  const today = weekdays.indexOf(day);
  for (let daysAhead = 0; daysAhead < 8; daysAhead += 1) {
    const weekday = weekdays[(today + daysAhead) % 7] as Weekday;
    const opens = hours
      .filter((opening) => opening.days.includes(weekday) && (daysAhead > 0 || opening.opens > time))
      .map((opening) => opening.opens)
      .sort()[0];
    if (opens === undefined) continue;
    const when = daysAhead === 0 ? 'today' : daysAhead === 1 ? 'tomorrow' : `on ${dayNames[weekday]}`;
    return { open: false, label: `Closed now, opens ${when} at ${formatClock(opens)}` };
  }
  return { open: false, label: 'Closed now' };
}
