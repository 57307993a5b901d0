/**
 * The search page's own script, loaded on `/search/` only. Pagefind's script, WebAssembly and
 * index load when the reader starts searching (a `?q=` in the address, or focusing the field),
 * never on other pages. Results are built with DOM methods from plain text, so nothing from the
 * index is parsed as HTML.
 */
import { searchMinimumLength, searchOptions, searchPageSize, searchRanking, searchSettleMs, type SearchFilterKey } from '../lib/search-config';
import { hasFilters, pagefindFilters, readSearchState, searchStateToQueryString, type SearchState } from '../lib/search-state';
import { orderedFilterValues, resultCountText, toResultView, type ExcerptPart, type PagefindResultData, type ResultView } from '../lib/search-results';
import { mergeWordResults, significantWords } from '../lib/search-query';

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
  const highlight = app.dataset['highlightParam'] ? { highlightParam: app.dataset['highlightParam'] } : {};

  let state: SearchState = readSearchState(location.search);
  let pagefind: Promise<Pagefind> | undefined;
  let generation = 0;
  let pending: PagefindResult[] = [];
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
        entry.append(sectionLink, excerpt(section.excerpt, 'text-base'));
        sections.append(entry);
      }
      item.append(sections);
    }
    return item;
  }

  async function showNext(current: number): Promise<HTMLLIElement[]> {
    const batch = pending.slice(0, searchPageSize);
    pending = pending.slice(searchPageSize);
    const views = (await Promise.all(batch.map((result) => result.data()))).map(toResultView);
    if (current !== generation) return [];
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
   * Runs the query as typed; if no page has every word, the query without its small words; if
   * still nothing, pages with some of the words, those with most of them first.
   */
  async function find(module: Pagefind): Promise<{ results: PagefindResult[]; partial: boolean }> {
    const options = { filters: pagefindFilters(state) };
    const search = async (term: string | null) => (await module.search(term, options))?.results ?? [];
    const typed = await search(state.query === '' ? null : state.query);
    const words = significantWords(state.query);
    if (typed.length > 0 || words.length === 0) return { results: typed, partial: false };
    const meaningful = words.join(' ');
    const withoutSmallWords = meaningful === state.query.toLowerCase() ? [] : await search(meaningful);
    if (withoutSmallWords.length > 0 || words.length === 1) return { results: withoutSmallWords, partial: false };
    const merged = mergeWordResults(await Promise.all(words.map(search)));
    return { results: merged, partial: merged.length > 0 };
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
      const { results, partial } = await find(module);
      if (current !== generation) return;
      pending = results;
      const text = resultCountText(results.length, state.query, hasFilters(state), partial);
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
    if (state.query !== '') {
      const query = state.query;
      const filters = pagefindFilters(state);
      void loadPagefind().then((module) => module.preload(query, { filters }), () => undefined);
    }
    settleTimer = setTimeout(() => void run(), searchSettleMs);
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
