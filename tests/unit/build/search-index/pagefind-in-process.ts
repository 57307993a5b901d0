/**
 * Pagefind's own script and WebAssembly from a built index folder, run in the test's process as
 * the search worker runs them, so a test can search an index the build step rewrote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindResultData, PagefindScript } from '../../../../src/lib/search/search-results';

/**
 * A search over the index in `folder`; call `restore` when done, before searching another.
 * @param folder a `pagefind/` folder
 * @param name a name for its made-up origin, different for each folder a test searches
 */
export async function searchIn(folder: string, name: string) {
  const origin = `http://${name}.invalid`;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), `${origin}/`);
    if (url.origin !== origin) return realFetch(input, init);
    return new Response(readFileSync(join(folder, url.pathname.replace(/^\/pagefind\//, ''))));
  };
  const script = (await import(pathToFileURL(join(folder, 'pagefind.js')).href)) as PagefindScript;
  await script.options({ noWorker: true, basePath: `${origin}/pagefind/`, baseUrl: '/' });
  await script.init();
  return {
    restore: () => (globalThis.fetch = realFetch),
    search: async (query: string, options?: { filters?: Record<string, string> }): Promise<PagefindResultData[]> =>
      Promise.all(((await script.search(query, options))?.results ?? []).map((result) => result.data())),
    /** Each result's address and score, in Pagefind's order. */
    scored: async (query: string, options?: { filters?: Record<string, string> }): Promise<[string, number][]> =>
      Promise.all(
        ((await script.search(query, options))?.results ?? []).map(async (result): Promise<[string, number]> => [
          (await result.data()).url,
          result.score,
        ]),
      ),
  };
}
