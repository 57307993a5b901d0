/**
 * Pagefind in the browser, loaded when the reader starts searching (never on other pages), and
 * offered to the search strategy as a `SearchIndex`.
 */
import { searchOptions, searchRanking } from '../../lib/search/search-config';
import type { PagefindResult, PagefindScript } from '../../lib/search/search-results';
import type { SearchIndex } from '../../lib/search/search-strategy';

/** What the search page uses of Pagefind: searching, and the filter totals. */
export interface LoadedIndex extends SearchIndex<PagefindResult> {
  filterTotals(): Promise<Record<string, Record<string, number>>>;
}

const pagefindUrl = '/pagefind/pagefind.js';

/**
 * Loads Pagefind once, on first use. A failed load (offline, blocked) is forgotten, so typing
 * again tries again.
 * @param extraOptions options besides the site's ranking and search options (the highlight parameter)
 */
export function pagefindLoader(extraOptions: object): () => Promise<LoadedIndex> {
  let loading: Promise<LoadedIndex> | undefined;
  return () => {
    loading ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as PagefindScript;
      await pagefind.options({ ...searchOptions, ...extraOptions, ranking: searchRanking });
      await pagefind.init();
      return {
        search: async (query, filters) => (await pagefind.search(query, { filters }))?.results ?? [],
        filterTotals: () => pagefind.filters(),
      } satisfies LoadedIndex;
    })();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
