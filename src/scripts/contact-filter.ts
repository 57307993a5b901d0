/**
 * Filters the contact directory in place. The form is hidden until this runs; without JavaScript
 * readers use the area and audience pages and the kind sections instead.
 */
import { matchesFilter, resultCountText } from '../lib/contacts/contact-filter';

const form = document.querySelector<HTMLFormElement>('form[data-contact-filter]');
const count = form?.querySelector<HTMLElement>('[data-contact-count]');

if (form && count) {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-directory] [data-contact]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-contact-group]')];

  const apply = () => {
    const chosen = new FormData(form);
    const choice = (name: string) => {
      const value = chosen.get(name);
      return typeof value === 'string' ? value : undefined;
    };
    const filter = { area: choice('area'), audience: choice('audience'), kind: choice('kind') };
    let shown = 0;
    for (const card of cards) {
      const { area = '', audiences = '', kind = '' } = card.dataset;
      card.hidden = !matchesFilter({ area, audiences: audiences.split(' '), kind }, filter);
      if (!card.hidden) shown += 1;
    }
    for (const group of groups) {
      group.hidden = !group.querySelector('[data-contact]:not([hidden])');
      document.querySelector(`[data-kind-link="${group.dataset['contactGroup']}"]`)?.toggleAttribute('hidden', group.hidden);
    }
    const text = resultCountText(shown, cards.length);
    // Only a change is announced; the browser may restore earlier choices when the reader comes back.
    if (count.textContent !== text) count.textContent = text;
  };

  form.hidden = false;
  document.querySelector('[data-filter-links]')?.setAttribute('hidden', '');
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
  window.addEventListener('pageshow', apply);
}
