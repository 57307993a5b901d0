/**
 * The search page's own script, loaded on `/search/` only. It keeps the address in step with the
 * search and draws the results; the search itself runs in the site's search worker, which starts
 * with the page (`src/scripts/search/searcher.ts`), and the other parts live in
 * `src/scripts/search/` (the result list, filters, arrow keys). Pagefind's script, WebAssembly and
 * index load when the reader starts searching (a `?q=` in the address, or focusing the field).
 */
import { searchOptions, searchRanking, searchSettleMs } from '../lib/search/search-config';
import { resultCountText, searchedAsTyped } from '../lib/search/search-results';
import type { SearchContext } from '../lib/search/search-session';
import {
  hasFilters,
  pagefindFilters,
  readSearchState,
  searchStateToQueryString,
  type SearchState,
} from '../lib/search/search-state';
import { searcher } from './search/searcher';
import { resultItem, showSuggestion } from './search/result-list';
import { readFilters, showFilters } from './search/filter-panel';
import { arrowKeysThroughResults } from './search/result-keys';

// Long enough that a screen reader does not read out a count for every letter typed.
const announceDelayMs = 700;

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) startSearchPage(app);

function startSearchPage(app: HTMLElement): void {
  const form = app.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = app.querySelector<HTMLInputElement>('#search-query')!;
  const filterPanel = app.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const summary = app.querySelector<HTMLElement>('[data-search-summary]')!;
  const suggestion = app.querySelector<HTMLElement>('[data-search-suggestion]')!;
  const status = app.querySelector<HTMLElement>('[data-search-status]')!;
  const error = app.querySelector<HTMLElement>('[data-search-error]')!;
  const list = app.querySelector<HTMLOListElement>('#search-results')!;
  const more = app.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const none = app.querySelector<HTMLElement>('[data-search-none]')!;
  const noneFilters = none.querySelector<HTMLElement>('[data-search-none-filters]')!;
  const pageTitle = document.title;
  // Result links carry the query under this parameter, so the destination page can mark it.
  const highlightParam = app.dataset['highlightParam'] || undefined;
  const context: SearchContext = {
    termGroups: JSON.parse(app.dataset['searchTerms'] ?? '[]') as SearchContext['termGroups'],
    settings: JSON.parse(app.dataset['searchSettings'] ?? '{}') as SearchContext['settings'],
    highlightParam,
  };
  const search = searcher({ ...searchOptions, ...(highlightParam ? { highlightParam } : {}), ranking: searchRanking }, context);

  let state: SearchState = readSearchState(location.search);
  let generation = 0;
  // The search whose results are on screen, for Show more.
  let shownSearch = 0;
  let filtersShown = false;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  app.hidden = false;
  input.value = state.query;
  // Filters start closed unless the address ticks some: their files are fetched only when the reader opens them.
  filterPanel.open = hasFilters(state);

  function start() {
    const starting = search.start();
    starting.catch(() => showError());
    return starting;
  }

  async function fillFilters(): Promise<void> {
    if (filtersShown || !filterPanel.open) return;
    filtersShown = true;
    try {
      showFilters(filterPanel, await search.filterTotals(), state);
    } catch {
      filtersShown = false;
    }
  }

  function showError(): void {
    error.hidden = false;
    none.hidden = true;
    summary.textContent = '';
    announce('Search is not working at the moment. Find any page in the A to Z of all pages.');
  }

  function announce(text: string): void {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      status.textContent = text;
    }, announceDelayMs);
  }

  function writeAddress(): void {
    const address = `${location.pathname}${searchStateToQueryString(state)}`;
    if (address !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', address);
    document.title = state.query === '' ? pageTitle : pageTitle.replace(/^Search/, `Search results for ‘${state.query}’`);
  }

  function clearResults(): void {
    list.replaceChildren();
    more.hidden = true;
    none.hidden = true;
    summary.textContent = '';
    showSuggestion(suggestion, undefined);
    announce('');
  }

  async function run(): Promise<void> {
    const current = ++generation;
    writeAddress();
    if (state.query === '' && !hasFilters(state)) {
      clearResults();
      return;
    }
    try {
      const shown = await search.search(state.query, pagefindFilters(state));
      if (current !== generation) return;
      shownSearch = shown.id;
      const asShown = shown.respelled ? shown.searched : searchedAsTyped(state.query, shown.searched);
      const text = resultCountText(shown.count, asShown, hasFilters(state), shown.partial, shown.also);
      // The count, the results and the Show more button change together, in one frame.
      list.replaceChildren(...shown.views.map(resultItem));
      more.hidden = !shown.more;
      none.hidden = shown.count > 0;
      noneFilters.hidden = !hasFilters(state);
      error.hidden = true;
      const respelled = shown.respelled
        ? {
            query: shown.respelled,
            href: `${location.pathname}${searchStateToQueryString({ ...state, query: shown.respelled })}`,
          }
        : undefined;
      showSuggestion(suggestion, respelled);
      summary.textContent = text;
      announce(respelled ? `Did you mean ${respelled.query}? ${text}` : text);
    } catch {
      if (current === generation) showError();
    }
  }

  input.addEventListener('focus', () => void start().catch(() => undefined), { once: true });
  let keystrokes = 0;
  input.addEventListener('input', async () => {
    state = { ...state, query: input.value.trim() };
    clearTimeout(settleTimer);
    writeAddress();
    const keystroke = (keystrokes += 1);
    const pause = await search.pause(state.query).catch(() => searchSettleMs);
    if (keystroke !== keystrokes) return;
    if (pause === undefined) {
      generation += 1;
      clearResults();
      return;
    }
    settleTimer = setTimeout(() => void run(), pause);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(settleTimer);
    state = { ...state, query: input.value.trim() };
    void run();
  });
  filterPanel.addEventListener('toggle', () => void fillFilters());
  filterPanel.addEventListener('change', () => {
    state = { ...state, filters: readFilters(filterPanel) };
    void run();
  });
  suggestion.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link) return;
    event.preventDefault();
    input.value = link.textContent ?? '';
    state = { ...state, query: input.value.trim() };
    void run();
  });
  more.addEventListener('click', async () => {
    const screen = await search.more(shownSearch).catch(() => undefined);
    if (!screen) return;
    const items = screen.views.map(resultItem);
    list.append(...items);
    more.hidden = !screen.more;
    items[0]?.querySelector('a')?.focus();
  });
  arrowKeysThroughResults(app, input, list);

  if (state.query !== '' || hasFilters(state)) void run();
  void fillFilters();
}
