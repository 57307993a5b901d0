/** The search page's filter checkboxes: drawn from Pagefind's totals, in the site's own order, and read back. */
import type { SearchFilterKey } from '../../lib/search/search-config';
import { orderedFilterValues } from '../../lib/search/search-results';
import type { SearchState } from '../../lib/search/search-state';

function filterOption(key: SearchFilterKey, index: number, value: string, checked: boolean): HTMLLIElement {
  const item = document.createElement('li');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = `search-filter-${key}-${index}`;
  box.name = key;
  box.value = value;
  box.checked = checked;
  const label = document.createElement('label');
  label.htmlFor = box.id;
  label.textContent = value;
  item.className = 'search-filter';
  item.append(box, label);
  return item;
}

/**
 * Fills each filter fieldset with the values Pagefind has pages for.
 * @param panel the filter panel
 * @param totals Pagefind's pages per value per field
 * @param state the search, for which boxes start ticked
 */
export function showFilters(panel: HTMLElement, totals: Record<string, Record<string, number>>, state: SearchState): void {
  for (const fieldset of panel.querySelectorAll<HTMLFieldSetElement>('[data-filter-field]')) {
    const key = fieldset.dataset['filterField'] as SearchFilterKey;
    const order = JSON.parse(fieldset.dataset['filterOrder'] ?? '[]') as string[];
    const values = orderedFilterValues(totals[key] ?? {}, order);
    fieldset
      .querySelector('ul')!
      .replaceChildren(
        ...values.map((value, index) => filterOption(key, index, value, state.filters[key]?.includes(value) ?? false)),
      );
    fieldset.hidden = values.length === 0;
  }
}

/** The ticked filter values by field. */
export function readFilters(panel: HTMLElement): SearchState['filters'] {
  const filters: SearchState['filters'] = {};
  for (const box of panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (filters[box.name as SearchFilterKey] ??= []).push(box.value);
  }
  return filters;
}
