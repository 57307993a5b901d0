/** The index's own words for spelling help, fetched once when first needed; undefined if they cannot be had. */
import { searchWordsUrl } from '../../lib/search/search-config';
import { vocabularyFrom, type Vocabulary } from '../../lib/search/spelling';

export function searchWordsLoader(): () => Promise<Vocabulary | undefined> {
  let loading: Promise<Vocabulary | undefined> | undefined;
  return () => {
    loading ??= fetch(searchWordsUrl)
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, number>>) : undefined))
      .then((json) => (json ? vocabularyFrom(json) : undefined))
      .catch(() => {
        loading = undefined;
        return undefined;
      });
    return loading;
  };
}
