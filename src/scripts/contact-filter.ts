/**
 * Filters the contact directory in place and keeps the choice in the address
 * (`/contacts/?area=derby-city&audience=parents-carers`), so a shared link opens the same list.
 * The form is hidden until this runs; without JavaScript readers use the area and audience pages
 * and the kind sections instead.
 */
import { filterFields, filterFromQuery, matchesFilter, queryFromFilter, resultCountText } from '../lib/contacts/contact-filter';

const form = document.querySelector<HTMLFormElement>('form[data-contact-filter]');
const count = document.querySelector<HTMLElement>('[data-contact-count]');

if (form && count) {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-directory] [data-contact]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-contact-group]')];
  const radios = (field: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${field}"]`)];

  const chosen = () => {
    const data = new FormData(form);
    return Object.fromEntries(filterFields.map((field) => [field, data.get(field)?.toString() ?? ''])) as Record<string, string>;
  };

  const apply = () => {
    const filter = chosen();
    let shown = 0;
    for (const card of cards) {
      const { areas = '', audiences = '', kind = '' } = card.dataset;
      const facets = {
        areas: areas.split(' '),
        audiences: audiences.split(' '),
        kind,
        alwaysShown: 'alwaysShown' in card.dataset,
      };
      card.hidden = !matchesFilter(facets, filter);
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

  const choose = (search: string) => {
    const offered = Object.fromEntries(filterFields.map((field) => [field, radios(field).map((radio) => radio.value)]));
    const filter = filterFromQuery(search, offered as Record<(typeof filterFields)[number], string[]>);
    for (const field of filterFields) for (const radio of radios(field)) radio.checked = radio.value === (filter[field] ?? '');
    // A link with a filter opens the disclosure, so the reader sees why the list is shorter.
    if (queryFromFilter(filter)) form.closest('details')?.setAttribute('open', '');
  };

  form.hidden = false;
  document.querySelector('[data-filter-links]')?.setAttribute('hidden', '');
  if (location.search) choose(location.search);
  form.addEventListener('change', () => {
    apply();
    history.replaceState(history.state, '', `${location.pathname}${queryFromFilter(chosen())}${location.hash}`);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
  window.addEventListener('pageshow', apply);
}
