/**
 * The search as the search page uses it: in the site's search worker (`worker-search.ts`), or,
 * where that worker cannot start or fails, on the page (`page-search.ts`, loaded only then).
 */
import type { ResultScreen, SearchContext, ShownSearch } from '../../lib/search/search-session';
import type { SearchFilters } from '../../lib/search/search-strategy';
import type { FilterTotals } from '../../lib/search/search-worker-protocol';
import { workerSearch } from './worker-search';

/** What the search page asks of the search (`SearchSession`, with Pagefind's start and filter totals). */
export interface Searcher {
  /** Loads Pagefind before the reader's first search; rejects when it cannot load (offline). */
  start(): Promise<void>;
  pause(query: string): Promise<number | undefined>;
  search(query: string, filters: SearchFilters): Promise<ShownSearch>;
  more(search: number): Promise<ResultScreen | undefined>;
  filterTotals(): Promise<FilterTotals>;
}

/**
 * Starts the search worker at once, so that its code is loaded and its patterns compiled before
 * the reader searches; Pagefind loads on `start` or the first search.
 * @param options Pagefind's options
 * @param context what the page knows from its HTML
 */
export function searcher(options: object, context: SearchContext): Searcher {
  let inWorker: (Searcher & { stop(): void }) | undefined = workerSearch(options, context);
  let onPage: Promise<Searcher> | undefined;

  async function use<T>(call: (searcher: Searcher) => Promise<T>): Promise<T> {
    if (inWorker) {
      try {
        return await call(inWorker);
      } catch {
        // No module workers, a policy that stops this one, or a failure in it: the page searches itself from now on.
        inWorker?.stop();
        inWorker = undefined;
      }
    }
    const loading = (onPage ??= import('./page-search').then(({ pageSearch }) => pageSearch(options, context)));
    // A failed load (offline) is forgotten, so the next search tries again.
    loading.catch(() => {
      if (onPage === loading) onPage = undefined;
    });
    return call(await loading);
  }

  return {
    start: () => use((searcher) => searcher.start()),
    pause: (query) => use((searcher) => searcher.pause(query)),
    search: (query, filters) => use((searcher) => searcher.search(query, filters)),
    more: (search) => use((searcher) => searcher.more(search)),
    filterTotals: () => use((searcher) => searcher.filterTotals()),
  };
}
