/**
 * The index's own words for spelling help, fetched when first needed: the parts for the first
 * letters of a query's words, or the whole list; undefined if they cannot be had.
 */
import { searchWordShardUrl, searchWordsUrl } from '../../lib/search/search-config';
import { vocabularyFrom, wordShard, type Vocabulary } from '../../lib/search/spelling';

type Words = Record<string, number>;

export function searchWordsLoader(): (words?: readonly string[]) => Promise<Vocabulary | undefined> {
  const loaded = new Map<string, Promise<Words | undefined>>();
  // A failed fetch (offline) is forgotten, so the next query tries again.
  const load = (url: string) => {
    let loading = loaded.get(url);
    if (!loading) {
      loading = fetch(url)
        .then((response) => (response.ok ? (response.json() as Promise<Words>) : undefined))
        .catch(() => undefined);
      loaded.set(url, loading);
      void loading.then((words) => words ?? loaded.delete(url));
    }
    return loading;
  };
  return async (words) => {
    const urls =
      words === undefined || loaded.has(searchWordsUrl)
        ? [searchWordsUrl]
        : [...new Set(words.map((word) => searchWordShardUrl(wordShard(word))))];
    const parts = await Promise.all(urls.map(load));
    if (parts.some((part) => part === undefined)) return undefined;
    return vocabularyFrom(Object.assign({}, ...parts) as Words);
  };
}
