/**
 * How long the search page waits after a keystroke before searching (`search-config.ts` says why
 * each pause is as long as it is).
 */
import {
  searchCompleteWordSettleMs,
  searchLongerWordSettleMs,
  searchMinimumLength,
  searchPartWordSettleMs,
  searchSettleMs,
  searchShortQuery,
} from './search-config';
import type { Vocabulary } from './spelling';

/**
 * The pause before searching what has been typed so far, or undefined when it is too short to
 * search until the reader presses Enter.
 * @param query what is in the search box, trimmed
 * @param lastWord the query's last word, lower case, without punctuation
 * @param vocabulary index words that start with the last word's first two letters; undefined if not loaded
 */
export function typingPause(query: string, lastWord: string | undefined, vocabulary: Vocabulary | undefined): number | undefined {
  if (query === '') return searchSettleMs;
  if (query.length < searchMinimumLength) return undefined;
  if (query.length < searchShortQuery.length) return searchShortQuery.settleMs;
  if (lastWord === undefined || /\d/.test(lastWord) || vocabulary === undefined) return searchSettleMs;
  if (!vocabulary.has(lastWord)) return searchPartWordSettleMs;
  return likelyToGoOn(lastWord, vocabulary) ? searchLongerWordSettleMs : searchCompleteWordSettleMs;
}

/**
 * Whether the reader is likely to be typing a longer word that starts with this one: those longer
 * words are on a third as many pages as the word itself or more, together ("child": "children",
 * "childline" …; "report": "reports", "reporting" …; not "childline": "childlines"). Searching the
 * word would load their index too, and fetch results for a word the reader has not finished.
 */
function likelyToGoOn(word: string, vocabulary: Vocabulary): boolean {
  let longerPages = 0;
  for (const [other, pages] of vocabulary) if (other.length > word.length && other.startsWith(word)) longerPages += pages;
  return longerPages * 3 >= (vocabulary.get(word) ?? 0);
}
