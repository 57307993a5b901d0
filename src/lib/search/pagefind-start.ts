/**
 * Pagefind as the search uses it: started once, on first use, and offered to the strategy as a
 * `SearchIndex`. The same in the site's search worker, on the page where that worker cannot
 * start, and in Node for the query set.
 */
import type { PagefindResult, PagefindScript } from './search-results';
import type { SearchIndex } from './search-strategy';

/**
 * Starts Pagefind on the first call and gives the same Pagefind after; a start that fails
 * (offline, or a policy that forbids compiling WebAssembly) is forgotten, so the next call tries again.
 * @param load imports Pagefind's script
 * @param options Pagefind's options
 */
export function pagefindStarter(load: () => Promise<PagefindScript>, options: object): () => Promise<PagefindScript> {
  let ready: Promise<PagefindScript> | undefined;
  return () => {
    if (ready) return ready;
    const attempt = (async () => {
      const script = await load();
      await script.options(options);
      await script.init();
      // Pagefind's init() does not wait for its WebAssembly; a search does, and fails as the load
      // did. A search for every page needs no part of the index, and runs Pagefind's search once
      // before the reader's first query, which then takes less time.
      await script.search(null);
      return script;
    })();
    attempt.catch(() => {
      if (ready === attempt) ready = undefined;
    });
    ready = attempt;
    return attempt;
  };
}

/** Pagefind as the strategy's index: searching with filters, and loading the parts that hold some words. */
export function pagefindIndex(pagefind: PagefindScript): SearchIndex<PagefindResult> {
  return {
    search: async (query, filters) => (await pagefind.search(query, { filters }))?.results ?? [],
    load: (words) => pagefind.preload(words.join(' ')),
  };
}
