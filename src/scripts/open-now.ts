/**
 * "Open now" or "Closed now" on every contact with opening hours, by London clocks. Computed in the
 * reader's browser because a static page cannot know the time it is read. The words carry the
 * status; colour only repeats it.
 */
import { openingStatus, type BankHolidays } from '../lib/contacts/opening-hours';
import type { Opening } from '../schemas/contact';

for (const element of document.querySelectorAll<HTMLElement>('[data-hours]')) {
  const status = openingStatus(
    JSON.parse(element.dataset['hours'] ?? '[]') as Opening[],
    new Date(),
    element.dataset['bankHolidays'] as BankHolidays | undefined,
  );
  const badge = document.createElement('strong');
  badge.className = `open-badge ${status.open ? 'open-badge-open' : 'open-badge-closed'}`;
  badge.textContent = status.label;
  // The space keeps its words apart from the hours after it when the text is copied or read out.
  element.prepend(badge, ' ');
}
