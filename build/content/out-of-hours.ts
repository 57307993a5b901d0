/**
 * A contact with opening hours shows "Closed now" part of the time. Beside it the card must say
 * what to do instead, so every such contact names the contacts to use out of hours.
 */
import type { ContentProblem } from './content-error';
import type { LoadedEntry } from './content-files';
import { weekdays } from '../../src/lib/contacts/weekdays';

type Hours = { days: readonly string[]; allDay?: true | undefined }[];

/**
 * Whether a contact's hours cover every day around the clock, so it is never shown as closed.
 * @param hours the contact's opening times
 */
export function isAlwaysOpen(hours: Hours): boolean {
  return weekdays.every((day) => hours.some((opening) => opening.allDay && opening.days.includes(day)));
}

/**
 * Every contact that can show "Closed now" without naming where to go instead, and every
 * out-of-hours id that names no other contact.
 * @param entries all entries, as `loadContent()` returns them
 */
export function findMissingOutOfHours(entries: readonly LoadedEntry[]): ContentProblem[] {
  const contacts = entries.filter((entry): entry is LoadedEntry<'contacts'> => entry.collection === 'contacts');
  const ids = new Set(contacts.map((contact) => contact.id));
  const problems: ContentProblem[] = [];
  for (const contact of contacts) {
    const { hours, outOfHours } = contact.data;
    if (hours && !isAlwaysOpen(hours) && outOfHours.length === 0)
      problems.push({
        file: contact.file,
        field: 'outOfHours',
        message:
          'This contact has opening hours, so readers will see "Closed now". Expected outOfHours: the ids of the contacts to use when it is closed, for example [call-derbyshire].',
      });
    outOfHours.forEach((id, index) => {
      if (id === contact.id || !ids.has(id))
        problems.push({
          file: contact.file,
          field: `outOfHours.${index}`,
          message: `"${id}" is not another contact. Expected the file name (without .mdx) of another file in content/contacts/.`,
        });
    });
  }
  return problems;
}
