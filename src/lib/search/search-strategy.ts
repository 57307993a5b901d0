/**
 * What to search for when a reader types a query, and what to try when it finds nothing. Works on
 * any `SearchIndex` (Pagefind in the browser, Pagefind in Node for the query-set test, or a fake
 * in unit tests), so the strategy is tested on its own.
 *
 * In order: the query as typed, together with its other names from the glossary ("DSL" also
 * searches "designated safeguarding lead"), the words joined as the index spells them ("child
 * line" → "childline"), and, when the query asks for a number or helpline, the contacts that
 * match the rest of it. If none of these finds a page: the query without its small words, then
 * the query respelled with the index's own words ("Did you mean …"), then pages with some of
 * the words.
 */
import {
  alternativeQueries,
  headingNames,
  mergeResults,
  phraseSearch,
  promote,
  significantWords,
  type MergedResult,
  type ScoredResult,
} from './search-query';
import { isKnown, joinedWord, respell, type Vocabulary } from './spelling';

export type SearchFilters = Record<string, { any: string[] }>;

/** The one thing the strategy needs from a search engine. */
export interface SearchIndex<Result extends ScoredResult> {
  search(query: string | null, filters: SearchFilters): Promise<readonly Result[]>;
}

/** What the content tells the search beyond the index itself. */
export interface SearchHelp {
  /** Each glossary term's names: term, expansion, aliases (`glossaryNameGroups`). */
  termGroups: readonly (readonly string[])[];
  /** The type filter value of contact pages, for "… number" and "… helpline" queries. */
  contactType: string;
  /**
   * The index's words (`build/search-index/search-words.ts`), loaded only when needed: given
   * some words, at least every index word that starts with the same letter as one of them;
   * given none, all of them.
   */
  vocabulary(words?: readonly string[]): Promise<Vocabulary | undefined>;
}

export interface Found<Result extends ScoredResult> {
  results: MergedResult<Result>[];
  /** The pages match only some of the words. */
  partial: boolean;
  /** Other names of the query that were searched and found pages (shown as "or ‘…’"). */
  also: string[];
  /** The query respelled with the index's words, when the query as typed found nothing. */
  respelled?: string | undefined;
}

/**
 * Words that ask for a way to get in touch rather than name a topic: "Childline number",
 * "NSPCC helpline". A query with one of them puts matching contacts first.
 */
const contactWords = new Set(['number', 'numbers', 'phone', 'telephone', 'tel', 'helpline', 'call', 'ring', 'contact', 'email']);

/** The query's words, lower case, without punctuation at their ends. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/**
 * The topic of a query that asks for a contact ("childline phone number" → "childline"), or
 * undefined when the query does not ask for one or is nothing but such words.
 * @param query what the reader typed
 */
export function contactTopic(query: string): string | undefined {
  const words = queryWords(query);
  const rest = words.filter((word) => !contactWords.has(word));
  if (rest.length === words.length || rest.length === 0) return undefined;
  return rest.join(' ');
}

/**
 * Runs a query against an index with the strategy above.
 * @param index the search engine
 * @param query what the reader typed, trimmed
 * @param filters the ticked filters, in Pagefind's form
 * @param help what the content knows: glossary names, the contact type, the index's words
 */
export async function findPages<Result extends ScoredResult>(
  index: SearchIndex<Result>,
  query: string,
  filters: SearchFilters,
  help: SearchHelp,
): Promise<Found<Result>> {
  const search = async (text: string, only: SearchFilters = filters) => ({
    query: text,
    results: await index.search(text, only),
  });
  if (query === '') {
    // Filters alone list every page they match.
    const all = await index.search(null, filters);
    return { results: mergeResults([{ query: '', results: all }], 'first-search'), partial: false, also: [] };
  }
  // Small words ("how do I …") only narrow what Pagefind finds, since it wants every word on the page.
  const words = significantWords(query);
  const meaningful = words.length > 0 ? words.join(' ') : query;
  // The words' own letters answer whether the index holds them; only a word it does not hold
  // (mistyped, or run together) needs the whole list to be respelled.
  const theirLetters = await help.vocabulary(words);
  const vocabulary =
    theirLetters && words.some((word) => !/\d/.test(word) && !isKnown(word, theirLetters))
      ? await help.vocabulary()
      : theirLetters;
  // Pagefind finds something for almost any word (it shortens a word it does not know until it
  // matches), so a word the index does not hold is respelled before searching, not after.
  const respelled = vocabulary && respell(words, vocabulary);
  if (respelled) {
    const corrected = await searchAsTyped(search, respelled, filters, help, vocabulary);
    if (corrected.results.length > 0) return { ...corrected, respelled };
  }
  const typed = await searchAsTyped(search, meaningful, filters, help, vocabulary);
  if (typed.results.length > 0 || words.length <= 1) return typed;
  const merged = mergeResults(await Promise.all(words.map((word) => search(word))), 'most-found');
  return { results: merged, partial: merged.length > 0, also: [] };
}

type Search<Result> = (text: string, only?: SearchFilters) => Promise<{ query: string; results: readonly Result[] }>;

/** The query, its glossary names, its joined form and its contacts, merged: empty when none finds a page. */
async function searchAsTyped<Result extends ScoredResult>(
  search: Search<Result>,
  query: string,
  filters: SearchFilters,
  help: SearchHelp,
  vocabulary: Vocabulary | undefined,
): Promise<Found<Result>> {
  const words = queryWords(query);
  const topic = contactTopic(query);
  const contactsOnly = filters['type'] === undefined || filters['type'].any.includes(help.contactType);
  const alternatives = alternativeQueries(topic ?? query, help.termGroups);
  const topics = significantWords(query);
  const [searches, contacts, joined, eachWord] = await Promise.all([
    Promise.all([query, ...alternatives.map(phraseSearch)].map((text) => search(text))),
    topic && contactsOnly ? search(topic, { ...filters, type: { any: [help.contactType] } }) : undefined,
    (async () => {
      const word = vocabulary && joinedWord(words, vocabulary);
      return word ? search(word) : undefined;
    })(),
    topics.length >= 2 && topics.length <= 4 ? Promise.all(topics.map((word) => search(word))) : Promise.resolve([]),
  ]);
  const also = alternatives.filter((_, position) => (searches[position + 1]?.results.length ?? 0) > 0);
  // A page that uses both the acronym and its full name is where the term is explained.
  const expansion =
    alternatives.length > 0 ? searches.find((found) => found.query !== query && found.query.startsWith('"'))?.query : undefined;
  const named = namedByOneWord(searches[0]?.results ?? [], eachWord);
  const merged = mergeResults(
    [
      ...(joined ? [joined] : []),
      ...(contacts ? [contacts] : []),
      ...(named ? [{ query: named.query, results: [named.result] }] : []),
      ...searches,
    ],
    'first-search',
  );
  const firstIds = new Set(
    [...(joined?.results ?? []), ...(contacts?.results ?? []), ...(named ? [named.result] : [])].map((result) => result.id),
  );
  const results = expansion
    ? promote(
        merged,
        (result) => !firstIds.has(result.id) && result.queries.includes(query) && result.queries.includes(expansion),
      )
    : merged;
  return { results: firstIds.size > 0 ? promote(results, (result) => firstIds.has(result.id)) : results, partial: false, also };
}

/**
 * How much more a page must score for one word of the query than the best page with every word
 * does, to count as named by that word. Pagefind multiplies a match in the title or keywords by
 * their weights (search-config.ts), so a page named by a word scores many times more than one
 * that only mentions it.
 */
export const namedScoreRatio = 3;

/**
 * The page whose title or keywords name one of the query's words, when the pages with all the
 * words only mention them ("teacher allegation": the allegations procedure, not a long page that mentions both).
 * @param together the results for all the words at once
 * @param eachWord the results for each word on its own
 */
export function namedByOneWord<Result extends ScoredResult>(
  together: readonly Result[],
  eachWord: readonly { query: string; results: readonly Result[] }[],
): { query: string; result: Result } | undefined {
  const best = together[0]?.score;
  // With no page that has every word, the pages with most of them come first instead (findPages).
  if (best === undefined) return undefined;
  const leaders = eachWord.flatMap((found) => (found.results[0] ? [{ query: found.query, result: found.results[0] }] : []));
  const top = leaders.sort((a, b) => b.result.score - a.result.score)[0];
  if (!top || top.result.score < best * namedScoreRatio || top.result.id === together[0]?.id) return undefined;
  return top;
}

/**
 * The order of the first screen of results: a page with a heading that names what was searched
 * for goes before one that only mentions it. A heading that names only another name of the term
 * ("Designated safeguarding lead" for "DSL") counts only on a page the query as typed found too.
 * @param views the first results' titles and section headings, ranked, with the queries that found each
 * @param searched the query as typed (or respelled)
 * @param also the other names that were searched
 */
export function firstScreenOrder<
  View extends { title: string; sections: readonly { title: string }[]; queries: readonly string[] },
>(views: readonly View[], searched: string, also: readonly string[] = []): View[] {
  // The query as typed was searched without its small words, so compare words, not strings.
  const typed = significantWords(searched).join(' ');
  const foundAsTyped = (view: View) => view.queries.some((query) => significantWords(query).join(' ') === typed);
  const names = (view: View) => (foundAsTyped(view) ? [searched, ...also] : [searched]);
  return promote(views, (view) =>
    [view.title, ...view.sections.map((section) => section.title)].some((heading) => headingNames(heading, names(view))),
  );
}
