/**
 * When a reader arrives from a search result (`?highlight=…`), marks the words they searched for
 * on the page with Pagefind's highlight script. The script is fetched only then, so ordinary
 * visits load nothing from Pagefind.
 */
import { highlightParam } from '../lib/search/search-highlight-param';

interface PagefindHighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

if (new URLSearchParams(location.search).has(highlightParam)) {
  // Written here, not taken from search-config.ts: importing it would make that module a chunk
  // every page loads (tests/built-site/search.test.ts checks this script names only this file).
  const url = '/pagefind/pagefind-highlight.js';
  // Pagefind's own styles would be an inline style the CSP forbids; `mark` is styled in global.css.
  import(/* @vite-ignore */ url).then(
    (module: PagefindHighlightModule) => new module.default({ highlightParam, addStyles: false }),
    () => undefined,
  );
}
