/**
 * The search page's own script, loaded on `/search/` only. It keeps the address in step with the
 * search and draws the results; the parts live in `src/scripts/search/` (Pagefind loading, the
 * result list, filters, arrow keys) and what to search for in `src/lib/search/search-strategy.ts`.
 * Pagefind's script, WebAssembly and index load when the reader starts searching (a `?q=` in
 * the address, or focusing the field).
 */
import { searchPageSize } from '../lib/search/search-config';
import { typingPause } from '../lib/search/typing-pause';
import {
  copyResultData,
  resultCountText,
  searchedAsTyped,
  toResultView,
  type PagefindResult,
  type PagefindResultData,
} from '../lib/search/search-results';
import {
  hasFilters,
  pagefindFilters,
  readSearchState,
  searchStateToQueryString,
  type SearchState,
} from '../lib/search/search-state';
import { significantWords, type MergedResult } from '../lib/search/search-query';
import { compileQueryPatterns, findPages, firstScreenOrder, queryWords, type SearchHelp } from '../lib/search/search-strategy';
import type { SearchSettings } from '../lib/search/search-settings';
import { pagefindLoader } from './search/pagefind-index';
import { searchWordsLoader } from './search/search-words';
import { resultItem, showSuggestion } from './search/result-list';
import { readFilters, showFilters } from './search/filter-panel';
import { arrowKeysThroughResults } from './search/result-keys';

// Long enough that a screen reader does not read out a count for every letter typed.
const announceDelayMs = 700;

/** Lets the browser paint and handle input between pieces of work, so no task blocks the page for long. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
  const highlightParam = app.dataset['highlightParam'] ?? '';
  const { contactType, ...orderSettings } = JSON.parse(app.dataset['searchSettings'] ?? '{}') as SearchSettings;
  const help: SearchHelp = {
    termGroups: JSON.parse(app.dataset['searchTerms'] ?? '[]') as string[][],
    contactType,
    typeWords: orderSettings.typeWords,
    vocabulary: searchWordsLoader(),
  };
  const loadIndex = pagefindLoader(highlightParam ? { highlightParam } : {});

  let state: SearchState = readSearchState(location.search);
  let generation = 0;
  let pending: MergedResult<PagefindResult>[] = [];
  let markWords: string[] = [];
  let searched = '';
  let typedQuery = '';
  let alsoSearched: string[] = [];
  let filtersShown = false;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  app.hidden = false;
  input.value = state.query;
  // Filters start closed unless the address ticks some: their files are fetched only when the reader opens them.
  filterPanel.open = hasFilters(state);

  function load() {
    const loading = loadIndex();
    loading.catch(() => showError());
    return loading;
  }

  async function fillFilters(): Promise<void> {
    if (filtersShown || !filterPanel.open) return;
    filtersShown = true;
    try {
      showFilters(filterPanel, await (await load()).filterTotals(), state);
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

  /** The page's data from each search that found it, one at a time (see copyResultData). */
  async function dataOf(merged: MergedResult<PagefindResult>): Promise<PagefindResultData[]> {
    const found: PagefindResultData[] = [];
    for (const result of merged.results) found.push(copyResultData(await result.data()));
    return found;
  }

  async function nextItems(current: number, first: boolean): Promise<HTMLLIElement[] | undefined> {
    const batch = pending.slice(0, searchPageSize);
    pending = pending.slice(searchPageSize);
    const marking = highlightParam ? { param: highlightParam, words: markWords } : undefined;
    const loaded = await Promise.all(
      batch.map(async (merged) => ({ ...toResultView(await dataOf(merged), marking), queries: merged.queries })),
    );
    if (current !== generation) return undefined;
    await yieldToBrowser();
    const views = first ? firstScreenOrder(loaded, searched, alsoSearched, { ...orderSettings, typed: typedQuery }) : loaded;
    return views.map(resultItem);
  }

  function writeAddress(): void {
    const address = `${location.pathname}${searchStateToQueryString(state)}`;
    if (address !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', address);
    document.title = state.query === '' ? pageTitle : pageTitle.replace(/^Search/, `Search results for ‘${state.query}’`);
  }

  function clearResults(): void {
    list.replaceChildren();
    pending = [];
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
      // The strategy's first question is whether the index holds the query's words: their lists
      // load while Pagefind starts, which in its worker ends only once its WebAssembly has loaded.
      if (state.query !== '') void help.vocabulary(queryWords(state.query));
      const index = await load();
      const found = await findPages(index, state.query, pagefindFilters(state), help);
      if (current !== generation) return;
      searched = found.searched;
      typedQuery = state.query;
      alsoSearched = found.also;
      pending = found.results;
      markWords = [...significantWords(searched), ...found.also.flatMap(significantWords)];
      const shown = found.respelled ? searched : searchedAsTyped(state.query, searched);
      const text = resultCountText(found.results.length, shown, hasFilters(state), found.partial, found.also);
      const items = await nextItems(current, true);
      if (!items) return;
      // The count, the results and the Show more button change together, in one frame.
      list.replaceChildren(...items);
      more.hidden = pending.length === 0;
      none.hidden = found.results.length > 0;
      noneFilters.hidden = !hasFilters(state);
      error.hidden = true;
      const respelled = found.respelled
        ? {
            query: found.respelled,
            href: `${location.pathname}${searchStateToQueryString({ ...state, query: found.respelled })}`,
          }
        : undefined;
      showSuggestion(suggestion, respelled);
      summary.textContent = text;
      announce(respelled ? `Did you mean ${respelled.query}? ${text}` : text);
    } catch {
      if (current === generation) showError();
    }
  }

  // While Pagefind loads, so that the first search does not wait for the patterns to compile.
  let compiling: Promise<void> | undefined;
  const compilePatterns = () => (compiling ??= compileQueryPatterns(yieldToBrowser));
  input.addEventListener(
    'focus',
    () => {
      void load().catch(() => undefined);
      void compilePatterns();
    },
    { once: true },
  );
  let keystrokes = 0;
  input.addEventListener('input', async () => {
    state = { ...state, query: input.value.trim() };
    clearTimeout(settleTimer);
    writeAddress();
    const keystroke = (keystrokes += 1);
    const lastWord = queryWords(state.query).at(-1);
    // The few hundred bytes of words starting with its letter say whether the last word is whole.
    const vocabulary = lastWord ? await help.vocabulary([lastWord]) : undefined;
    if (keystroke !== keystrokes) return;
    const pause = typingPause(state.query, lastWord, vocabulary);
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
    const items = await nextItems(generation, false);
    if (!items) return;
    list.append(...items);
    more.hidden = pending.length === 0;
    items[0]?.querySelector('a')?.focus();
  });
  arrowKeysThroughResults(app, input, list);

  if (state.query !== '' || hasFilters(state)) {
    void load().catch(() => undefined);
    void compilePatterns().then(run);
  }
  void fillFilters();
}
