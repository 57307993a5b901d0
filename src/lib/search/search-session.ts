/**
 * A reader's searches, from what they type to the results on screen: how long to wait after a
 * keystroke (`typingPause`), what to search for (`findPages`), the first screen's order
 * (`firstScreenOrder`) and each result as the page draws it, a screen at a time. The same code
 * runs in the site's search worker, on the page where that worker cannot start, and in Node for
 * the query set, so all three show the same results.
 */
import { searchPageSize } from './search-config';
import { significantWords, type MergedResult } from './search-query';
import { copyResultData, toResultView, type PagefindResult, type PagefindResultData, type ResultView } from './search-results';
import type { SearchSettings } from './search-settings';
import {
  findPages,
  firstScreenOrder,
  queryWords,
  type SearchFilters,
  type SearchHelp,
  type SearchIndex,
} from './search-strategy';
import { typingPause } from './typing-pause';

/** What the search page knows from its HTML: the glossary's names, the site's settings and the highlight parameter. */
export interface SearchContext {
  /** Each glossary term's names (`glossaryNameGroups`). */
  termGroups: string[][];
  settings: SearchSettings;
  /** The parameter result links carry the searched words in, for the destination page to mark them. */
  highlightParam?: string | undefined;
}

/** A screen of results, and whether more are left. */
export interface ResultScreen {
  views: ResultView[];
  more: boolean;
}

/** A search as the reader sees it: what was searched, how many pages it found, and its first screen. */
export interface ShownSearch extends ResultScreen {
  /** Numbers the session's searches: `more` takes it, so a later search's results are never added to an earlier one's. */
  id: number;
  /** The query respelled, or read as the index holds it, or as typed (`Found.searched`). */
  searched: string;
  /** Other names of the query that were searched and found pages. */
  also: string[];
  /** The query respelled with the index's words, when the query as typed found nothing. */
  respelled?: string | undefined;
  /** The pages match only some of the words. */
  partial: boolean;
  /** How many pages were found. */
  count: number;
}

export interface SearchSession {
  /** The pause before searching what has been typed so far; undefined when it is too short to search until Enter. */
  pause(query: string): Promise<number | undefined>;
  /** Searches, and gives the first screen in its order. */
  search(query: string, filters: SearchFilters): Promise<ShownSearch>;
  /** The next screen of results of search `id`; undefined once another search has been made. */
  more(id: number): Promise<ResultScreen | undefined>;
}

/**
 * A session over one index.
 * @param loadIndex the index, loaded on first use (Pagefind's script and WebAssembly)
 * @param vocabulary the index's words, loaded when needed (`SearchHelp.vocabulary`)
 * @param context what the page knows from its HTML
 */
export function searchSession(
  loadIndex: () => Promise<SearchIndex<PagefindResult>>,
  vocabulary: SearchHelp['vocabulary'],
  { termGroups, settings, highlightParam }: SearchContext,
): SearchSession {
  const { contactType, ...orderSettings } = settings;
  const help: SearchHelp = { termGroups, contactType, typeWords: orderSettings.typeWords, vocabulary };
  interface Results {
    id: number;
    pending: MergedResult<PagefindResult>[];
    markWords: string[];
  }
  let started = 0;
  let latest: Results = { id: 0, pending: [], markWords: [] };

  /** The page's data from each search that found it, one at a time (see copyResultData). */
  async function dataOf(merged: MergedResult<PagefindResult>): Promise<PagefindResultData[]> {
    const found: PagefindResultData[] = [];
    for (const result of merged.results) found.push(copyResultData(await result.data()));
    return found;
  }

  /** The next screen of a search's pages, as the page draws them, with the queries that found each. */
  async function nextViews(results: Results) {
    const { pending, markWords } = results;
    const marking = highlightParam ? { param: highlightParam, words: markWords } : undefined;
    results.pending = pending.slice(searchPageSize);
    return Promise.all(
      pending
        .slice(0, searchPageSize)
        .map(async (merged) => ({ ...toResultView(await dataOf(merged), marking), queries: merged.queries })),
    );
  }

  return {
    async pause(query) {
      const lastWord = queryWords(query).at(-1);
      // The few hundred bytes of words starting with its letters say whether the last word is whole.
      return typingPause(query, lastWord, lastWord ? await vocabulary([lastWord]) : undefined);
    },
    async search(query, filters) {
      // The strategy's first question is whether the index holds the query's words: their lists
      // load while Pagefind starts, which ends only once its WebAssembly has loaded.
      if (query !== '') void vocabulary(queryWords(query));
      const id = (started += 1);
      const found = await findPages(await loadIndex(), query, filters, help);
      const results = { id, pending: found.results, markWords: [found.searched, ...found.also].flatMap(significantWords) };
      // A search that ends after a later one has ended is not the one on screen.
      if (id > latest.id) latest = results;
      const views = firstScreenOrder(await nextViews(results), found.searched, found.also, { ...orderSettings, typed: query });
      return {
        id,
        searched: found.searched,
        also: found.also,
        respelled: found.respelled,
        partial: found.partial,
        count: found.results.length,
        views,
        more: results.pending.length > 0,
      };
    },
    async more(id) {
      if (id !== latest.id) return undefined;
      const results = latest;
      return { views: await nextViews(results), more: results.pending.length > 0 };
    },
  };
}
