/**
 * The day the site is built, which decides whether a page shows its "being reviewed" note.
 * Tests pin it with the `BUILD_DATE` environment variable; otherwise it is today. It never
 * fails a build: a passed review date only changes what readers see.
 */
import { isoDate } from '../../schemas/fields';

/**
 * A calendar day written as YYYY-MM-DD, as midnight UTC, or undefined if the text is not one.
 * @param text for example "2026-11-24"
 */
export function parseDay(text: string): Date | undefined {
  const result = isoDate.safeParse(text);
  return result.success ? result.data : undefined;
}

const londonCalendar = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day it is in the UK at a moment, as midnight UTC like every content date.
 * @param now the moment
 */
export function londonDay(now: Date): Date {
  return new Date(`${londonCalendar.format(now)}T00:00:00Z`);
}

/**
 * The build's "today": `BUILD_DATE` when set, otherwise the day it is in the UK.
 * @param override the value of `BUILD_DATE`, if any
 * @param now the clock (a parameter so tests fix it)
 */
export function buildDate(override: string | undefined, now: Date = new Date()): Date {
  if (override === undefined || override === '') return londonDay(now);
  const day = parseDay(override);
  if (!day) throw new Error(`BUILD_DATE must be a date written as YYYY-MM-DD, for example 2026-11-24; got "${override}".`);
  return day;
}
