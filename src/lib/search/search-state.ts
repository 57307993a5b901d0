/**
 * A search as a URL: `/search/?q=sexting&type=Guidance`. The header form sends `q` alone; the
 * search page keeps the address in step as the reader types and ticks filters, so any search
 * can be bookmarked or sent to a colleague.
 */
import { searchFilterFields, type SearchFilterKey } from './search-config';

export interface SearchState {
  /** What the reader typed, trimmed. */
  query: string;
  /** Ticked filter values by field; a field with none ticked is absent. */
  filters: Partial<Record<SearchFilterKey, string[]>>;
}

const filterKeys: readonly string[] = searchFilterFields.map((field) => field.key);

function isFilterKey(key: string): key is SearchFilterKey {
  return filterKeys.includes(key);
}

/**
 * Reads a search from a URL's query string.
 * @param search `location.search`, with or without the leading "?"
 */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (!isFilterKey(key) || value.trim() === '') continue;
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/**
 * The query string for a search: `?q=…` then each ticked filter, or "" for an empty search.
 * @param state the search to write
 */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const key of filterKeys) {
    for (const value of state.filters[key as SearchFilterKey] ?? []) params.append(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether the reader has ticked any filter. */
export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

/**
 * Pagefind's filter object: any ticked value within a field, every field that has ticks.
 * @param state the search to run
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
}
