/**
 * Questions typed the way people talk ("my child sent a nude") rarely have every word on one
 * page, and Pagefind only returns pages that have all of them. These helpers give the search
 * page two fallbacks: the query without its small words, then pages that match some of the words.
 */

/** Words that carry no meaning of their own in a search; never acronyms or topic words. */
const stopWords = new Set(
  `a about after am an and any are as at be been being but by can could did do does doing for from had has have he her
  his how i if im i'm in into is it its it's me my of on or our should so some than that the their them then there these
  they this those to up us was we were what when where which who why will with would you your`.split(/\s+/),
);

/**
 * The words of a query that say what it is about, in the order typed, each once.
 * @param query what the reader typed
 */
export function significantWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '' && !stopWords.has(word));
  return [...new Set(words)];
}

export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * Merges one search per word into one list: pages matching more of the words first, then by
 * their summed score. Each page appears once, as the first result object seen for it.
 * @param perWord Pagefind's results for each word, in the order of the words
 */
export function mergeWordResults<Result extends ScoredResult>(perWord: readonly (readonly Result[])[]): Result[] {
  const merged = new Map<string, { result: Result; words: number; score: number }>();
  for (const results of perWord) {
    for (const result of results) {
      const seen = merged.get(result.id);
      if (seen) {
        seen.words += 1;
        seen.score += result.score;
      } else {
        merged.set(result.id, { result, words: 1, score: result.score });
      }
    }
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => entry.result);
}
