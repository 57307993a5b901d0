/**
 * The search page's own script, loaded on `/search/` only. Pagefind's script, WebAssembly and
 * index load when the reader starts searching (a `?q=` in the address, or focusing the field),
 * never on other pages. Results are built with DOM methods from plain text, so nothing from the
 * index is parsed as HTML.
 */
import {
  searchMinimumLength,
  searchOptions,
  searchPageSize,
  searchRanking,
  searchSettleMs,
  searchShortQuery,
  type SearchFilterKey,
} from '../lib/search/search-config';
import {
  hasFilters,
  pagefindFilters,
  readSearchState,
  searchStateToQueryString,
  type SearchState,
} from '../lib/search/search-state';
import {
  copyResultData,
  orderedFilterValues,
  resultCountText,
  toResultView,
  type ExcerptPart,
  type PagefindResultData,
  type ResultView,
} from '../lib/search/search-results';
import {
  alternativeQueries,
  headingNames,
  mergeResults,
  phraseSearch,
  promote,
  significantWords,
  type MergedResult,
} from '../lib/search/search-query';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
}

interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: object }): Promise<PagefindSearch | null>;
  preload(term: string, options?: { filters?: object }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const pagefindUrl = '/pagefind/pagefind.js';
// Long enough that a screen reader does not read out a count for every letter typed.
const announceDelayMs = 700;

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) startSearchPage(app);

function startSearchPage(app: HTMLElement): void {
  const form = app.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = app.querySelector<HTMLInputElement>('#search-query')!;
  const filterPanel = app.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const summary = app.querySelector<HTMLElement>('[data-search-summary]')!;
  const status = app.querySelector<HTMLElement>('[data-search-status]')!;
  const error = app.querySelector<HTMLElement>('[data-search-error]')!;
  const list = app.querySelector<HTMLOListElement>('#search-results')!;
  const more = app.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const pageTitle = document.title;
  // Result links carry the query under this parameter, so the destination page can mark it.
  const highlightParam = app.dataset['highlightParam'] ?? '';
  const highlight = highlightParam ? { highlightParam } : {};
  // Each glossary term's names (acronym, expansion, aliases), to search them together.
  const termGroups = JSON.parse(app.dataset['searchTerms'] ?? '[]') as string[][];

  let state: SearchState = readSearchState(location.search);
  let pagefind: Promise<Pagefind> | undefined;
  let generation = 0;
  let pending: MergedResult<PagefindResult>[] = [];
  let markWords: string[] = [];
  let searchedNames: string[] = [];
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  app.hidden = false;
  input.value = state.query;
  filterPanel.open = matchMedia('(min-width: 48rem)').matches;

  function loadPagefind(): Promise<Pagefind> {
    if (pagefind) return pagefind;
    const loading = (async () => {
      const module = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
      await module.options({ ...searchOptions, ...highlight, ranking: searchRanking });
      await module.init();
      await showFilters(module);
      return module;
    })();
    // A failed load (offline, blocked) can be retried by typing again.
    loading.catch(() => {
      pagefind = undefined;
      showError();
    });
    pagefind = loading;
    return loading;
  }

  function showError(): void {
    error.hidden = false;
    summary.textContent = '';
    announce('Search is not working at the moment. Find any page in the A to Z of all pages.');
  }

  async function showFilters(module: Pagefind): Promise<void> {
    const totals = await module.filters();
    let shown = false;
    for (const fieldset of filterPanel.querySelectorAll<HTMLFieldSetElement>('[data-filter-field]')) {
      const key = fieldset.dataset['filterField'] as SearchFilterKey;
      const order = JSON.parse(fieldset.dataset['filterOrder'] ?? '[]') as string[];
      const values = orderedFilterValues(totals[key] ?? {}, order);
      const options = fieldset.querySelector('ul')!;
      options.replaceChildren(...values.map((value, index) => filterOption(key, index, value)));
      fieldset.hidden = values.length === 0;
      shown ||= values.length > 0;
    }
    filterPanel.hidden = !shown;
  }

  function filterOption(key: SearchFilterKey, index: number, value: string): HTMLLIElement {
    const item = document.createElement('li');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `search-filter-${key}-${index}`;
    box.name = key;
    box.value = value;
    box.checked = state.filters[key]?.includes(value) ?? false;
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = value;
    item.className = 'search-filter';
    item.append(box, label);
    return item;
  }

  function readFilters(): SearchState['filters'] {
    const filters: SearchState['filters'] = {};
    for (const box of filterPanel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (filters[box.name as SearchFilterKey] ??= []).push(box.value);
    }
    return filters;
  }

  function announce(text: string): void {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      status.textContent = text;
    }, announceDelayMs);
  }

  function excerpt(parts: ExcerptPart[], className: string): HTMLParagraphElement {
    const paragraph = document.createElement('p');
    paragraph.className = className;
    for (const part of parts) {
      if (!part.marked) {
        paragraph.append(part.text);
        continue;
      }
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      paragraph.append(mark);
    }
    return paragraph;
  }

  function resultItem(result: ResultView): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    heading.className = 'text-xl font-bold';
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.title;
    heading.append(link);
    const type = document.createElement('p');
    type.className = 'text-muted text-base font-bold';
    type.textContent = result.type;
    item.append(heading, type, excerpt(result.excerpt, 'mt-1'));
    if (result.sections.length > 0) {
      const sections = document.createElement('ul');
      sections.className = 'search-sections';
      sections.setAttribute('aria-label', `Matching sections of ${result.title}`);
      for (const section of result.sections) {
        const entry = document.createElement('li');
        const sectionLink = document.createElement('a');
        sectionLink.href = section.url;
        sectionLink.textContent = section.title;
        entry.append(sectionLink);
        if (section.excerpt.length > 0) entry.append(excerpt(section.excerpt, 'text-base'));
        sections.append(entry);
      }
      item.append(sections);
    }
    return item;
  }

  /** The page's data from each search that found it, one at a time (see copyResultData). */
  async function dataOf(merged: MergedResult<PagefindResult>): Promise<PagefindResultData[]> {
    const found: PagefindResultData[] = [];
    for (const result of merged.results) found.push(copyResultData(await result.data()));
    return found;
  }

  async function showNext(current: number): Promise<HTMLLIElement[]> {
    const first = list.children.length === 0;
    const batch = pending.slice(0, searchPageSize);
    pending = pending.slice(searchPageSize);
    const marking = highlightParam ? { param: highlightParam, words: markWords } : undefined;
    const loaded = await Promise.all(batch.map(async (merged) => toResultView(await dataOf(merged), marking)));
    if (current !== generation) return [];
    // On the first screen, a page with a heading that names the search goes before one that only mentions it.
    const views = first
      ? promote(
          loaded,
          (view) =>
            headingNames(view.title, searchedNames) ||
            view.sections.some((section) => headingNames(section.title, searchedNames)),
        )
      : loaded;
    const items = views.map(resultItem);
    list.append(...items);
    more.hidden = pending.length === 0;
    return items;
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
    summary.textContent = '';
    announce('');
  }

  /**
   * Runs the query as typed together with the term's other names from the glossary; if no page
   * has every word, the query without its small words; if still nothing, pages with some of the
   * words, those with most of them first.
   */
  async function find(module: Pagefind): Promise<{ results: MergedResult<PagefindResult>[]; partial: boolean; also: string[] }> {
    const options = { filters: pagefindFilters(state) };
    const search = async (query: string) => ({ query, results: (await module.search(query, options))?.results ?? [] });
    if (state.query === '') {
      // Filters alone list every page they match.
      const all = (await module.search(null, options))?.results ?? [];
      return { results: mergeResults([{ query: '', results: all }], 'first-search'), partial: false, also: [] };
    }
    const alternatives = alternativeQueries(state.query, termGroups);
    const searches = await Promise.all([state.query, ...alternatives.map(phraseSearch)].map(search));
    const also = alternatives.filter((_, index) => (searches[index + 1]?.results.length ?? 0) > 0);
    if (searches.some((found) => found.results.length > 0)) {
      // A page that uses both the acronym and its full name is where the term is explained.
      const expansion =
        alternatives.length > 0
          ? searches.find((found) => found.query !== state.query && found.query.startsWith('"'))?.query
          : undefined;
      const merged = mergeResults(searches, 'first-search');
      const results = expansion
        ? promote(merged, (result) => result.queries.includes(state.query) && result.queries.includes(expansion))
        : merged;
      return { results, partial: false, also };
    }
    const words = significantWords(state.query);
    const meaningful = words.join(' ');
    if (words.length === 0) return { results: [], partial: false, also: [] };
    const withoutSmallWords =
      meaningful === state.query.toLowerCase() ? { query: meaningful, results: [] } : await search(meaningful);
    if (withoutSmallWords.results.length > 0 || words.length === 1)
      return { results: mergeResults([withoutSmallWords], 'first-search'), partial: false, also: [] };
    const merged = mergeResults(await Promise.all(words.map(search)), 'most-found');
    return { results: merged, partial: merged.length > 0, also: [] };
  }

  async function run(): Promise<void> {
    const current = ++generation;
    writeAddress();
    if (state.query === '' && !hasFilters(state)) {
      clearResults();
      return;
    }
    try {
      const module = await loadPagefind();
      const { results, partial, also } = await find(module);
      if (current !== generation) return;
      pending = results;
      markWords = [...significantWords(state.query), ...also.flatMap(significantWords)];
      searchedNames = [state.query, ...also];
      const text = resultCountText(results.length, state.query, hasFilters(state), partial, also);
      list.replaceChildren();
      await showNext(current);
      if (current !== generation) return;
      error.hidden = true;
      summary.textContent = text;
      announce(text);
    } catch {
      if (current === generation) showError();
    }
  }

  function resultLinks(): HTMLAnchorElement[] {
    return [...list.querySelectorAll<HTMLAnchorElement>('a')];
  }

  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  input.addEventListener('input', () => {
    state = { ...state, query: input.value.trim() };
    clearTimeout(settleTimer);
    writeAddress();
    if (state.query.length > 0 && state.query.length < searchMinimumLength) {
      generation += 1;
      clearResults();
      return;
    }
    const short = state.query !== '' && state.query.length < searchShortQuery.length;
    if (state.query !== '' && !short) {
      const query = state.query;
      const filters = pagefindFilters(state);
      void loadPagefind().then(
        (module) => module.preload(query, { filters }),
        () => undefined,
      );
    }
    settleTimer = setTimeout(() => void run(), short ? searchShortQuery.settleMs : searchSettleMs);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(settleTimer);
    state = { ...state, query: input.value.trim() };
    void run();
  });
  filterPanel.addEventListener('change', () => {
    state = { ...state, filters: readFilters() };
    void run();
  });
  more.addEventListener('click', async () => {
    const items = await showNext(generation);
    items[0]?.querySelector('a')?.focus();
  });

  // Arrow keys move between the field and every result and section link; Escape goes back to the field.
  app.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const links = resultLinks();
    const target = event.target as HTMLElement;
    const position = target === input ? -1 : links.indexOf(target as HTMLAnchorElement);
    if (target !== input && position === -1) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = links[position + 1];
    else if (event.key === 'ArrowUp' && position >= 0) next = position === 0 ? input : links[position - 1];
    else if (event.key === 'Escape' && position >= 0) next = input;
    if (!next) return;
    event.preventDefault();
    next.focus();
  });

  if (state.query !== '' || hasFilters(state)) void run();
}
