/**
 * Pagefind in the browser, loaded when the reader starts searching (never on other pages), and
 * offered to the search strategy as a `SearchIndex`: in the site's search worker, or on the page
 * where that worker cannot run.
 */
import { pagefindScriptUrl, searchOptions, searchRanking } from '../../lib/search/search-config';
import type { PagefindResult, PagefindScript } from '../../lib/search/search-results';
import type { FilterTotals } from '../../lib/search/search-worker-protocol';
import type { SearchIndex } from '../../lib/search/search-strategy';
import { workerIndex } from './worker-index';

/** What the search page uses of Pagefind: searching, and the filter totals. */
export interface LoadedIndex extends SearchIndex<PagefindResult> {
  filterTotals(): Promise<FilterTotals>;
}

/**
 * Pagefind's script on the page, as before the search worker: for browsers without module
 * workers, or a policy that stops the worker. Pagefind then starts its own worker.
 * @param options Pagefind's options
 */
async function pageIndex(options: object): Promise<LoadedIndex> {
  const pagefind = (await import(/* @vite-ignore */ pagefindScriptUrl)) as PagefindScript;
  await pagefind.options(options);
  await pagefind.init();
  return {
    search: async (query, filters) => (await pagefind.search(query, { filters }))?.results ?? [],
    load: (words) => pagefind.preload(words.join(' ')),
    filterTotals: () => pagefind.filters(),
  };
}

/**
 * Loads Pagefind once, on first use: in the search worker, or else on the page. A failed load
 * (offline, blocked) is forgotten, so typing again tries again; so is a worker that fails later.
 * @param extraOptions options besides the site's ranking and search options (the highlight parameter)
 */
export function pagefindLoader(extraOptions: object): () => Promise<LoadedIndex> {
  let loading: Promise<LoadedIndex> | undefined;
  const options = { ...searchOptions, ...extraOptions, ranking: searchRanking };
  const forget = (attempt: Promise<LoadedIndex>) => {
    if (loading === attempt) loading = undefined;
  };
  return () => {
    if (!loading) {
      const attempt = workerIndex(options, () => forget(attempt)).catch(() => pageIndex(options));
      attempt.catch(() => forget(attempt));
      loading = attempt;
    }
    return loading;
  };
}
