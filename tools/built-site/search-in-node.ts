/**
 * The built site's real search, run in Node: Pagefind's own `pagefind.js` and WebAssembly from
 * `dist/pagefind/`, read from disk instead of fetched, driven by the same search session
 * (`src/lib/search/search-session.ts`) as the search page's worker. Used by the
 * query-set test (tests/built-site/search-queries.test.ts) and `npm run bench:search`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { pagefindIndex, pagefindStarter } from '../../src/lib/search/pagefind-start';
import { searchOptions, searchRanking } from '../../src/lib/search/search-config';
import { searchSettings } from '../../src/lib/search/search-settings';
import { glossaryNameGroups } from '../../src/lib/search/search-query';
import type { PagefindScript } from '../../src/lib/search/search-results';
import { searchSession } from '../../src/lib/search/search-session';
import { vocabularyFrom, wordShard } from '../../src/lib/search/spelling';
import { loadContent } from '../../build/content/content-files';
import { searchWordShardFile, searchWordsFile } from '../../build/search-index/search-words';

// Pagefind fetches its files from its base path; this origin is never contacted, only read from disk.
const origin = 'http://built-site.invalid';

/** A search over a built site, as the search page runs it: the first screen's addresses in order. */
export interface SiteSearch {
  firstScreen(query: string): Promise<string[]>;
  /** The same search with a Pagefind of its own that has loaded nothing yet, as on a page just opened. */
  afresh(): Promise<SiteSearch>;
}

/** How many Pagefind scripts this process has loaded: each is its own module, with its own state. */
let pagefindsLoaded = 0;

/**
 * Loads a built site's Pagefind script as a module of its own: the script keeps what it has
 * loaded of the index in the module, so a second import of the same file would share it.
 * @param dist the built site's folder
 */
function loadPagefind(dist: string): Promise<PagefindScript> {
  pagefindsLoaded += 1;
  const script = `${pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href}?instance=${pagefindsLoaded}`;
  // No worker in Node: Pagefind's worker is a browser Web Worker.
  const options = { ...searchOptions, noWorker: true, ranking: searchRanking, basePath: `${origin}/pagefind/` };
  return pagefindStarter(() => import(script) as Promise<PagefindScript>, options)();
}

/**
 * Loads the built site's search in this process.
 * @param dist the built site's folder
 */
export async function siteSearch(dist: string): Promise<SiteSearch> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), `${origin}/`);
    if (url.origin !== origin) return realFetch(input, init);
    return new Response(await readFile(join(dist, decodeURIComponent(url.pathname))));
  };
  const words = vocabularyFrom(JSON.parse(readFileSync(join(dist, searchWordsFile), 'utf8')) as Record<string, number>);
  // The same parts as the browser fetches, so the strategy sees what the search page sees.
  const wordsIn = (queryWords: readonly string[]) =>
    vocabularyFrom(
      Object.assign(
        {},
        ...new Set(queryWords.map(wordShard))
          .values()
          .map((shard) => JSON.parse(readFileSync(join(dist, searchWordShardFile(shard)), 'utf8')) as Record<string, number>),
      ) as Record<string, number>,
    );
  const glossary = loadContent().entries.flatMap((entry) => (entry.collection === 'glossary' ? [entry.data] : []));
  const context = {
    termGroups: glossaryNameGroups(glossary as Parameters<typeof glossaryNameGroups>[0]),
    settings: searchSettings(),
  };
  const vocabulary = (queryWords?: readonly string[]) => Promise.resolve(queryWords ? wordsIn(queryWords) : words);
  const path = (url: string) => new URL(url, origin).pathname;
  const searchWith = (pagefind: PagefindScript): SiteSearch => ({
    async firstScreen(query) {
      // A session a query, as a reader who opens the search page with it in the address.
      const session = searchSession(() => Promise.resolve(pagefindIndex(pagefind)), vocabulary, context);
      return (await session.search(query, {})).views.map((view) => path(view.url));
    },
    afresh: async () => searchWith(await loadPagefind(dist)),
  });
  return searchWith(await loadPagefind(dist));
}

/** One line of the query set. */
const queryCase = z.strictObject({
  class: z.string().min(1),
  // YAML reads 08001111 as a number and +448001111 as another.
  query: z.string({ error: "must be text: put a number in quotes, as in query: '08001111'" }).min(1),
  page: z.string().startsWith('/', { error: 'must be an address on this site, starting with /' }),
  /** Why the page is known not to come in the first three (the content does not use the reader's words). */
  miss: z.string().min(1).optional(),
});
export type QueryCase = z.infer<typeof queryCase>;

/**
 * The query set kept with the tests, or an error that names the entry and the field an editor got wrong.
 * @param file the YAML file
 */
export function readQuerySet(file = join(process.cwd(), 'tests', 'search-queries.yaml')): QueryCase[] {
  if (!existsSync(file)) throw new Error(`${file} is missing.`);
  const read = z.array(queryCase).safeParse(parse(readFileSync(file, 'utf8')));
  if (read.success) return read.data;
  const problems = read.error.issues.map(({ path, message }) => {
    const [entry, field] = path;
    return typeof entry === 'number' ? `entry ${entry + 1}, ${String(field ?? '')}: ${message}` : message;
  });
  throw new Error(`${file}: ${problems.join('; ')}`);
}

export interface QueryOutcome extends QueryCase {
  /** Where the expected page came, 1 for first; 0 when it was not on the first screen. */
  rank: number;
  firstScreen: string[];
}

/** Runs every query and says where its page came. */
export async function rankQueries(search: SiteSearch, cases: readonly QueryCase[]): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const each of cases) {
    const firstScreen = await search.firstScreen(each.query);
    outcomes.push({ ...each, rank: firstScreen.indexOf(each.page) + 1, firstScreen });
  }
  return outcomes;
}

/** The share of queries whose page came first, and in the first three. */
export function queryRates(outcomes: readonly QueryOutcome[]): { first: number; topThree: number } {
  const share = (test: (outcome: QueryOutcome) => boolean) => outcomes.filter(test).length / Math.max(1, outcomes.length);
  return { first: share((outcome) => outcome.rank === 1), topThree: share((outcome) => outcome.rank >= 1 && outcome.rank <= 3) };
}
