/**
 * A Pagefind for unit tests: it finds each page whose title has every word of the query, and, as
 * Pagefind does, answers asynchronously and keeps one data object per page that each `data()`
 * call rewrites.
 */
import type { PagefindResultData, PagefindScript } from '../../../src/lib/search/search-results';
import { vocabularyFrom, type Vocabulary } from '../../../src/lib/search/spelling';

export interface FakePage {
  url: string;
  title: string;
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

export function fakePagefind(pages: readonly FakePage[], failLoad = false) {
  const calls: unknown[][] = [];
  const shared = new Map(
    pages.map((page): [string, PagefindResultData] => [
      page.url,
      { url: page.url, excerpt: '', meta: { title: page.title }, sub_results: [] },
    ]),
  );
  const script: PagefindScript = {
    options: (options) => Promise.resolve(void calls.push(['options', options])),
    init: () => Promise.resolve(void calls.push(['init'])),
    search: (term, options) => {
      calls.push(['search', term, options]);
      if (failLoad) return Promise.reject(new Error('Failed to load the Pagefind WASM'));
      const words = term === null ? [] : wordsOf(term);
      const found = pages.filter((page) => words.every((word) => wordsOf(page.title).some((each) => each.startsWith(word))));
      return Promise.resolve({
        results: (term === '' ? [] : found).map((page, position) => ({
          id: page.url,
          score: 10 - position,
          data: () => {
            const data = shared.get(page.url)!;
            data.excerpt = `Found by <mark>${term}</mark>`;
            return Promise.resolve(data);
          },
        })),
      });
    },
    preload: (term) => Promise.resolve(void calls.push(['preload', term])),
    filters: () => Promise.resolve({ type: { Contact: 2 } }),
  };
  /** The index's words, as the build lists them for the search page. */
  const counts: Record<string, number> = {};
  for (const page of pages) for (const word of new Set(wordsOf(page.title))) counts[word] = (counts[word] ?? 0) + 1;
  const vocabulary = (): Promise<Vocabulary> => Promise.resolve(vocabularyFrom(counts));
  return { script, calls, shared, vocabulary };
}
