/**
 * The search on the page itself, for browsers where the site's search worker cannot start or
 * fails: Pagefind's script on the page (which then starts its own worker) and the same session
 * as the worker runs. Loaded only then.
 */
import { pagefindScriptUrl } from '../../lib/search/search-config';
import { pagefindIndex, pagefindStarter } from '../../lib/search/pagefind-start';
import type { PagefindScript } from '../../lib/search/search-results';
import { searchSession, type SearchContext } from '../../lib/search/search-session';
import { compileQueryPatterns } from '../../lib/search/search-strategy';
import type { Searcher } from './searcher';
import { searchWordsLoader } from './search-words';

/** Lets the browser paint and handle input between pieces of work, so no task blocks the page for long. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * @param options Pagefind's options
 * @param context what the page knows from its HTML
 */
export function pageSearch(options: object, context: SearchContext): Searcher {
  const started = pagefindStarter(() => import(/* @vite-ignore */ pagefindScriptUrl) as Promise<PagefindScript>, options);
  // While Pagefind loads, so that the first search does not wait for the patterns to compile.
  const compiled = compileQueryPatterns(yieldToBrowser);
  const session = searchSession(
    async () => {
      const pagefind = await started();
      await compiled;
      return pagefindIndex(pagefind);
    },
    searchWordsLoader(),
    context,
  );
  return {
    start: async () => {
      await started();
    },
    pause: (query) => session.pause(query),
    search: (query, filters) => session.search(query, filters),
    more: (search) => session.more(search),
    filterTotals: async () => (await started()).filters(),
  };
}
