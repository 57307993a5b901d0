/**
 * How the site's search is set up, in one place: the layout writes these Pagefind fields and
 * the search page reads them, so the names and weights cannot drift apart.
 */
import { letters } from './name-forms';
import { guideName } from '../guide/guide-history';

/** Filter fields the layout writes and the search page offers, in the order the page shows them. */
export const searchFilterFields = [
  { key: 'type', legend: 'Type of page' },
  { key: 'audience', legend: 'Written for' },
  { key: 'area', legend: 'Area' },
] as const;

/**
 * Type labels of the pages searched besides content entries: the outcomes of "Worried about a
 * child?" (/worried/<id>/), the audience pages (/parents-and-carers/ …), the lists of a
 * section's entries (/procedures/, /glossary/ …) and the pages about the site itself (the A to Z,
 * What's changed, the accessibility statement).
 */
export const extraPageTypes = {
  guideOutcome: guideName,
  pathway: 'Start page',
  sectionList: 'List of pages',
  sitePage: 'About this site',
} as const;

export type SearchFilterKey = (typeof searchFilterFields)[number]['key'];

/**
 * Words readers add to a topic to ask for one type of page ("online harms procedure", "sexting
 * law"), by the collection they name. The search page turns them into the type filter's values
 * (`typeTopic` in search-strategy.ts).
 */
export const pageTypeWords = {
  procedures: ['procedure', 'procedures'],
  legislation: ['law', 'laws', 'legislation', 'offence', 'offences'],
  risks: ['risk', 'risks'],
  // The resources list is one page: these ask for material to teach or train with.
  resources: ['curriculum', 'lessons', 'lesson', 'toolkit', 'toolkits', 'workshop', 'workshops', 'training'],
} as const;

/**
 * Each word of `pageTypeWords` with the type filter value it asks for.
 * @param typeLabel the type filter value of each collection (its singular label)
 */
export function typeWordFilters(typeLabel: (collection: keyof typeof pageTypeWords) => string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(pageTypeWords).flatMap(([collection, words]) =>
      words.map((word) => [word, typeLabel(collection as keyof typeof pageTypeWords)]),
    ),
  );
}

/**
 * The list page of each type of page that `pageTypeWords` ask for, by its type filter value: the
 * list of online risks is one of the pages "… risks" asks for.
 * @param typeLabel the type filter value of each collection (its singular label)
 * @param listPath the address of each collection's list page
 */
export function typeListPages(
  typeLabel: (collection: keyof typeof pageTypeWords) => string,
  listPath: (collection: keyof typeof pageTypeWords) => string,
): Record<string, string> {
  return Object.fromEntries(
    Object.keys(pageTypeWords).map((collection) => {
      const key = collection as keyof typeof pageTypeWords;
      return [typeLabel(key), listPath(key)];
    }),
  );
}

/**
 * What a concern about someone who works or volunteers with children ("coach texting my son",
 * "complaint about a teacher": `concernsRole` in reader-voice.ts) is searched for besides its own
 * words: the name of the procedure for it, whose first result leads the results. A test of the
 * built site checks that it finds that procedure.
 */
export const roleConcernSearch = 'allegations';

/**
 * The attribute that marks a glossary entry for the search index to hold as a page of its own: a
 * term no page is about (`termsNoPageNames`), which the search would otherwise find nowhere.
 */
export const searchRecordAttribute = 'data-search-record';

/**
 * Pagefind metadata fields that are searched but never shown: words readers type that a page
 * may not use (frontmatter `keywords`), and a contact's phone numbers in the forms people type.
 */
export const searchMetaFields = {
  keywords: 'keywords',
  moreKeywords: 'more_keywords',
  /** The glossary's other names for a term the page is about (`glossaryKeywords`). */
  glossaryNames: 'glossary_names',
  phone: 'phone',
} as const;

/**
 * How many of a page's keywords count as its main names. Editors list the words readers most
 * often use first; those rank like the title, the rest a little above body text.
 */
export const mainKeywordCount = 3;

/**
 * A page's keywords in two parts: its main names (the first `mainKeywordCount` names, each with
 * any other spelling of it listed, such as "cyber bullying" after "cyberbullying"), and the rest.
 * The search finds a name however it is spaced or hyphenated, so a second spelling does not take
 * the place of a name readers use.
 * @param keywords the page's keywords in the editors' order
 */
export function splitKeywords(keywords: readonly string[]): { main: string[]; more: string[] } {
  const mainNames = [...new Set(keywords.map(letters))].slice(0, mainKeywordCount);
  const main = keywords.filter((keyword) => mainNames.includes(letters(keyword)));
  const more = keywords.filter((keyword) => !mainNames.includes(letters(keyword)));
  return { main, more };
}

/**
 * Ranking passed to `pagefind.options()`. A match in the title, a keyword or a phone number adds
 * a boost on top of the body-text score (Pagefind multiplies each weight by how much of the
 * query the field covers), so those pages come first for the words people actually type.
 * `pageLength` (Pagefind's 0.75 by default) says how much a long page is marked down for its
 * length. At 0.5 the 2017 strategy and the online harms procedure, the longest pages, came first
 * for many queries they only mention; at 0.8, against 800 queries the query set does not hold, 3
 * more came first (650) and the query set's rates stayed as they were (29 November 2026); 0.65
 * and 1.0 did no better.
 */
export const searchRanking = {
  pageLength: 0.8,
  metaWeights: {
    title: 15,
    [searchMetaFields.keywords]: 12,
    [searchMetaFields.moreKeywords]: 6,
    // Names the page gets from the glossary, not from its editors: they find the page, but the
    // editors' own keywords say more about which page answers best.
    [searchMetaFields.glossaryNames]: 4,
    [searchMetaFields.phone]: 20,
    // The type label ("Contact", "Procedure") is metadata for display, not something to rank by.
    type: 0,
  },
} as const;

/**
 * How many results the search page shows at first, and how many more each "Show more" adds.
 * Each result costs a fetch of its page's text (a Pagefind fragment), so the first screen
 * stays small, as Pagefind's own UI does.
 */
export const searchPageSize = 5;

/**
 * Options for `pagefind.options()` besides ranking. Pagefind searches off the page, in the
 * site's search worker (`src/scripts/search/search-worker.ts`, which turns Pagefind's own worker
 * off), or where that cannot start, in Pagefind's own worker. On the page instead, starting the
 * WebAssembly and decoding the index held the results back: Lighthouse (mobile) put the largest
 * paint of `/search/?q=grooming` at 2.4–2.5 s without a worker against 1.6–1.7 s with Pagefind's
 * (four runs, 29 November 2026). Pagefind's worker is a second copy of its script
 * (`pagefind-worker.js`, 12 KB gzip), which the site's worker, importing `pagefind.js`, does without.
 */
export const searchOptions = { excerptLength: 24, noWorker: false } as const;

/**
 * After a whole word that no longer word in the index starts ("grooming"), the search runs at
 * once: the reader has finished the word, and no later keystroke can make it a different word
 * worth waiting for. So it does after a word whose longer words are on fewer than a third as many
 * pages, together, as the word itself ("childline", with "childlines"): the reader has most likely
 * finished it, and searching it loads little besides its own index. Waiting after "childline" put
 * the results for "Childline" 263 ms after the last keystroke at 3,000 pages, against 106 to
 * 183 ms for other whole words (30 November 2026).
 */
export const searchCompleteWordSettleMs = 0;

/**
 * After a number, or before the word list has loaded, the search waits this long, a little over
 * the gap between a fast typist's keys, in case more is typed.
 */
export const searchSettleMs = 90;

/**
 * After a whole word whose longer words are on a third as many pages as it is or more ("child" in
 * "childline", "sex" in "sexting", "report" in "reporting"), the search waits this long, in case
 * the word goes on. Searching such a word loads the index of every word it starts
 * (`loadLongerWords`), so a search run on the way to a longer word is costly: at 90 ms, with the
 * benchmark typing a key every 80 ms, a key that came late on a busy machine let "sex" be searched
 * on the way to "sexting", and that first query fetched 126 KB, not 96 KB (30 November 2026). At
 * 130 ms two runs fetched the same bytes for every query. Searching at once after "cyber", whose
 * longer words are on 1,047 pages against its 1,284 at 3,000 pages, took "cyberbullying" from
 * 87.5 to 107.7 KB; after "report" on the real site, "Report Remove" from 87.6 to 89.7 KB.
 */
export const searchLongerWordSettleMs = 130;

/**
 * After part of a word ("chi", "parental contr") the search waits longer: Pagefind matches the
 * start of words, so a half-word fetches the index of every word it starts ("child", "children",
 * "chip" …), a large download on a large site, for results the reader has not asked for yet.
 */
export const searchPartWordSettleMs = 300;

/** Queries shorter than this wait for Enter: a single letter matches nearly every page. */
export const searchMinimumLength = 2;

/**
 * Queries shorter than `length` (two letters, such as AI or VR) are searched only after a longer
 * pause: while typing they are usually the start of a longer word, and searching them would
 * fetch the index of every word that starts with those letters.
 */
export const searchShortQuery = { length: 3, settleMs: 400 } as const;

/** How many matching sections a result lists under its title. */
export const searchSectionsPerResult = 3;

/**
 * Where Pagefind's files are served. The search worker passes it to Pagefind as its base path:
 * found from a worker, Pagefind's own guess would make every result link absolute.
 */
export const pagefindBasePath = '/pagefind/';

/** Pagefind's script, imported in the search worker, or on the page where that worker cannot run. */
export const pagefindScriptUrl = `${pagefindBasePath}pagefind.js`;

/** Where the build writes the index's own words (`build/search-index/search-words.ts`), for "Did you mean …". */
export const searchWordsUrl = '/search/words.json';

/**
 * Where the build writes the words that start with the same two letters (`wordShard` in
 * spelling.ts): a query whose words the index holds needs only these few hundred bytes, not the
 * whole list.
 */
export const searchWordShardUrl = (shard: string) => `/search/words/${shard}.json`;
