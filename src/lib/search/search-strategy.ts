/**
 * What to search for when a reader types a query, and what to try when it finds nothing. Works on
 * any `SearchIndex` (Pagefind in the browser, Pagefind in Node for the query-set test, or a fake
 * in unit tests), so the strategy is tested on its own.
 *
 * In order: the query without its small words, respelled first with the index's own words when
 * it has a word the index does not hold ("Did you mean …"), together with its other names from
 * the glossary ("DSL" also searches "designated safeguarding lead"), the words joined as the index
 * spells them ("child line" → "childline"), and, when the query asks for a number or helpline,
 * the contacts that match the rest of it, or when none has all of it, those with most of its
 * words (for a type of page, "… procedure" or "… law", the pages of that type; for a concern
 * about someone who works with children, the allegations procedure);
 * pages with the words as a phrase (small words typed between them included) come before pages
 * that have them apart, though never the page the search ranked first off the first three places.
 * A word the index holds in no form is cut back to the start of one it holds, or left out, so
 * Pagefind never cuts it back to whatever part of its index is loaded. When only a page or two
 * have every word, the query in the site's plainer words ("teenagers" → "young people") is
 * tried; then pages with all but one word follow, and while still too few, pages with most of
 * them (`mergeResults`). The first screen is then ordered by how directly each page names the
 * search (`firstScreenOrder`, with `naming.ts`), and for a parent asking about their own child,
 * by whether a page is only for professionals.
 */
import {
  alternativeQueries,
  callWords,
  contactWords,
  genericWords,
  glossaryNameWordsIn,
  inFullWords,
  inOrderOf,
  isSmallWord,
  mergeResults,
  namesNothing,
  ownChildWord,
  phraseSearch,
  plainerQuery,
  readInPlainerWords,
  promote,
  significantWords,
  subjectTermStarts,
  standaloneSubjectWords,
  subjectWordsIn,
  withAgesAsPhrases,
  type MergedResult,
  type ScoredResult,
} from './search-query';
import {
  closestWord,
  completion,
  editDistance,
  isKnown,
  joinedWord,
  respell,
  shortened,
  spaceHyphens,
  withJoinedForms,
  withRunsJoined,
  type Vocabulary,
} from './spelling';
import {
  inServiceName,
  isContact,
  longestServiceName,
  nameMatch,
  namesServiceInArea,
  namingPoints,
  namingStep,
  pathOf,
  sameWords,
  serviceNamePoints,
  type ScreenView,
} from './naming';
import { letters, normalise } from './name-forms';
import {
  audiencePhraseWords,
  concernsRole,
  namesAudience,
  namesTopic,
  roleConcernPatterns,
  roleWords,
  saysWhose,
  speaksAsParent,
  speaksAsYoungPerson,
  withoutOwnChild,
  withoutRoles,
} from './reader-voice';
import { describesInOtherWords, inPagesSteps, inPagesWords } from './in-pages-words';
import { deviceWords, othersPossessives } from './reader-words';
import { pageTypeWords, roleConcernSearch, searchPageSize } from './search-config';
import { inNationalForm, isPhoneNumberPart, phoneNumberIn } from '../contacts/phone';
import { inWebsiteForm, isWebOrEmailAddress } from '../contacts/website';

/** The filters a reader chose: each a set of values, any of which a page may have. */
export type SearchFilters = Record<string, { any: string[] }>;

/** The filters the strategy searches with: a reader's, or pages without a value ("not a contact"). */
export type IndexFilters = Record<string, { any: string[] } | { none: string[] }>;

/** The one thing the strategy needs from a search engine. */
export interface SearchIndex<Result extends ScoredResult> {
  search(query: string | null, filters: IndexFilters): Promise<readonly Result[]>;
  /** Loads the parts of the index that hold these words (Pagefind's `preload`). */
  load?(words: readonly string[]): Promise<void>;
}

/** What the content tells the search beyond the index itself. */
export interface SearchHelp {
  /** Each glossary term's names: term, expansion, aliases (`glossaryNameGroups`). */
  termGroups: readonly (readonly string[])[];
  /** The type filter value of contact pages, for "… number" and "… helpline" queries. */
  contactType: string;
  /** The type filter value each word for a type of page asks for ("procedure": "Procedure"), lower case. */
  typeWords: Readonly<Record<string, string>>;
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
  /** What was searched: the query respelled, or with its hyphens read as the index holds them ("county lines"), or as typed. */
  searched: string;
}

/** What each way of searching finds, before `findPages` says what it searched. */
type Finding<Result extends ScoredResult> = Omit<Found<Result>, 'searched'>;

/** Queries that between them take every reading's patterns through their steps (`compileQueryPatterns`). */
const patternSamples = [
  'zz',
  "im 14 and my 15 year old son's teacher is messaging me on snapchat asking for nudes",
  'a social worker for parents is worried her daughter is being groomed and radicalised online',
];

/** Everything that reads a query with patterns, for `compileQueryPatterns`. */
const patternReaders: readonly ((query: string) => unknown)[] = [
  ...inPagesSteps,
  roleWords,
  ...roleConcernPatterns.map((pattern) => (query: string) => pattern.test(query)),
  speaksAsParent,
  speaksAsYoungPerson,
  withoutOwnChild,
];

/**
 * Reads a few made-up queries with every pattern the search reads queries with, so that the
 * browser has compiled the patterns before the reader's first search. Compiled during it, they
 * added about 60 ms to the first results (30 November 2026); compiled, they take a millisecond or
 * two. Each is read twice: a browser compiles a pattern fully only when it is used again. One
 * reading at a time, with a pause between, so that no task holds the page for long.
 * @param pause lets the browser do other work between readings
 */
export async function compileQueryPatterns(pause: () => Promise<void>): Promise<void> {
  for (const read of patternReaders) {
    for (const query of [...patternSamples, ...patternSamples]) read(query);
    await pause();
  }
}

/** A name or search without the words that ask for a contact ("Professionals Online Safety Helpline" → "Professionals Online Safety"). */
const withoutContactWords = (text: string) =>
  text
    .split(/\s+/)
    .filter((word) => !contactWords.has(word.toLowerCase()))
    .join(' ');

/** The query's words, lower case, without punctuation at their ends. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/**
 * Whether a word as typed asks for a way to get in touch: one of `contactWords`, or one mistyped
 * with its first letter right ("numbr"). A word the search respelled into one from another word
 * ("iphone" → "phone") does not ask.
 * @param word a word of the query as typed, lower case
 */
function asksForContact(word: string): boolean {
  if (contactWords.has(word)) return true;
  return [...contactWords].some(
    (contactWord) => contactWord.length >= 5 && contactWord[0] === word[0] && editDistance(word, contactWord, 1) <= 1,
  );
}

/**
 * Whether the query ends with someone's phone or other device, or a website, the thing ("parental
 * controls on my son's phone", "secret apps on my childs phone", "tracking her phone", "hide that I
 * visited this website", "online safety at christmas new phone"), rather than asking for a
 * contact's number or website: the word before it says whose or which it is, what it is like, or
 * what is done to it.
 * @param words the query's words as typed, lower case (`queryWords`)
 */
function namesAThing(words: readonly string[]): boolean {
  const [before, last] = words.slice(-2);
  if (last === undefined || before === undefined || !(deviceWords.has(last) || last === 'website')) return false;
  return saysWhose(before) || before.endsWith('ing') || deviceDescribed.has(before);
}

/** Words that describe a device rather than ask for a number: "a new phone", "her first phone", "a smart phone". */
const deviceDescribed = new Set(['new', 'first', 'old', 'smart', 'own', 'spare', 'broken', 'lost', 'stolen', 'second']);

/**
 * The topic of a query that asks for a contact ("childline phone number" → "childline"), or
 * undefined when the query does not ask for one or is nothing but such words. The words that ask
 * are taken from the end of the query, or else from its start ("call childline"), so a service
 * whose name has such a word keeps it ("Call Derbyshire phone number" → "call derbyshire"). A
 * phone number, website or email address asks for the contact it belongs to, so it is its own topic.
 * A word at the start does not ask when the query ends with a word for a type of page: "contact
 * risks" asks for a risk. A word that only ever asks for a contact ("number") asks from the
 * middle of the query too.
 * @param query what the reader typed, or the search made of it (respelled)
 * @param typed what the reader typed, when `query` was respelled: only a word that asks as typed counts
 * @param typeWords the type filter value each word for a type of page asks for (`SearchHelp.typeWords`)
 */
export function contactTopic(query: string, typed = query, typeWords: Readonly<Record<string, string>> = {}): string | undefined {
  const all = queryWords(query);
  if (all.length > 0 && all.every((word) => /^\d+$/.test(word))) return all.join(' ');
  // "childline 0800 1111": a whole phone number beside a name asks for the contact it belongs to.
  const number = phoneNumberIn(all);
  if (number !== undefined) return number;
  if (isWebOrEmailAddress(query)) return all.join(' ');
  // "my child's tutor asked for her number": someone else's number, not a service's ("can
  // childline see my number" still asks about Childline).
  const typedWords = queryWords(typed);
  const asksOfService = (word: string, at: number) => asksForContact(word) && !othersPossessives.has(typedWords[at - 1] ?? '');
  if (!typedWords.some(asksOfService) || namesAThing(typedWords)) return undefined;
  // Without its small words, so a question asks too: "what is the number for Childline", "who do I call …".
  // "… contact details" asks as "… contact" does.
  const words = significantWords(query);
  if (words.at(-1) === 'details' && contactWords.has(words.at(-2) ?? '')) words.pop();
  let end = words.length;
  while (end > 0 && contactWords.has(words[end - 1]!)) end -= 1;
  let start = 0;
  if (end === words.length && typeWords[words.at(-1) ?? ''] === undefined)
    while (start < end && contactWords.has(words[start]!)) start += 1;
  const rest = words.slice(start, end);
  // "nspcc number for adults": a word that only ever asks for a contact asks from the middle too.
  if (rest.length === words.length) {
    const between = words.filter((word) => !middleContactWords.has(word));
    return between.length > 0 && between.length < words.length ? between.join(' ') : undefined;
  }
  if (rest.length === 0) return undefined;
  return rest.join(' ');
}

/**
 * Words that ask for a contact wherever they stand in a query. In the middle, "call", "contact" or
 * "phone" may mean something else ("contact with strangers"), and "helpline" may say what kind of
 * service is wanted ("free helpline for parents worried about …"), which the pages' names answer.
 */
const middleContactWords = new Set(['number', 'numbers', 'telephone']);

/**
 * The name a contact query may be, with the word before its topic that asks for a contact: "call
 * derbyshire" asks to call Derbyshire's services, but "Call Derbyshire" is also a service's name.
 * Undefined when no such word comes before the topic.
 * @param query what was searched for
 * @param topic its topic (`contactTopic`)
 */
export function nameWithContactWord(query: string, topic: string): string | undefined {
  const words = significantWords(query);
  const topicWords = topic.split(' ');
  const start = words.findIndex((_, position) => words.slice(position, position + topicWords.length).join(' ') === topic);
  return start > 0 ? [words[start - 1]!, ...topicWords].join(' ') : undefined;
}

/**
 * The topic of a query that asks for one type of page, and the type: a word for the type at the
 * end of the query or at its start ("online harms procedure", "law on sexting"), with a topic
 * besides it; otherwise undefined.
 * @param query what the reader typed, or the search made of it
 * @param typeWords the type filter value each word for a type asks for (`SearchHelp.typeWords`)
 */
export function typeTopic(
  query: string,
  typeWords: Readonly<Record<string, string>>,
): { topic: string; type: string } | undefined {
  const words = significantWords(query);
  if (words.length < 2) return undefined;
  const last = typeWords[words.at(-1)!];
  if (last !== undefined) return { topic: words.slice(0, -1).join(' '), type: last };
  const first = typeWords[words[0]!];
  return first === undefined ? undefined : { topic: words.slice(1).join(' '), type: first };
}

/**
 * Runs a query against an index with the strategy above.
 * @param index the search engine
 * @param typedQuery what the reader typed, trimmed
 * @param filters the ticked filters, in Pagefind's form
 * @param askedHelp what the content knows: glossary names, the contact type, the index's words
 *   (each part of the word list is asked for once a search, `askingOnce`)
 */
export async function findPages<Result extends ScoredResult>(
  index: SearchIndex<Result>,
  typedQuery: string,
  filters: SearchFilters,
  askedHelp: SearchHelp,
): Promise<Found<Result>> {
  const help = askingOnce(askedHelp);
  // "+44 800 1111" and "https://www.childline.org.uk/": the number and the website as the site writes them.
  // "CSE/CCE", "sexting/nudes": a slash left between words (a web address's path is words by now) is a space.
  const asSiteWrites = inFullWords(inWebsiteForm(inNationalForm(typedQuery))).replace(/(?<=\p{L})\/(?=\p{L})/gu, ' ');
  // "county-lines": the words the index holds, not a hyphenated word it never saw.
  const hyphensRead = /\p{L}-\p{L}/u.test(asSiteWrites)
    ? spaceHyphens(
        asSiteWrites,
        await help.vocabulary(queryWords(asSiteWrites).flatMap((word) => withJoinedForms(word.split('-')))),
      )
    : asSiteWrites;
  // "think u know website": words typed apart that the index holds as one word are that word.
  const apart = queryWords(hyphensRead);
  const heldJoined = apart.length >= 2 ? await help.vocabulary(wordListsFor(hyphensRead)) : undefined;
  const joinedRuns = heldJoined ? withRunsJoined(apart, heldJoined) : apart;
  const query = joinedRuns.length < apart.length ? joinedRuns.join(' ') : hyphensRead;
  // "sexting hlep": a mistyped word around the topic is read first, so it comes off too.
  const framed = await withFramingRespelled(query, help);
  await loadLongerWords(index, framed, help);
  // "grooming advice": the topic, without the words that ask for help in general.
  // A phrase with a word the index holds in no form is on no page; Pagefind, asked, would cut the
  // word back to one it had loaded (see `held` in findPagesFor).
  // A phrase typed with a mistake ("online safety straegy", "… strateg") is the phrase the site uses, respelled.
  const onSite = async (phrase: string) => {
    const phraseWords = significantWords(phrase);
    const held = await help.vocabulary(phraseWords);
    const unheld = (word: string) => held !== undefined && !/\d/.test(word) && !isKnown(word, held);
    const vocabulary = phraseWords.some(unheld) ? await help.vocabulary() : held;
    const respelled = queryWords(phrase).map((word) => {
      if (/\d/.test(word) || !vocabulary || isSmallWord(word)) return word;
      return completion(word, vocabulary) ?? (unheld(word) ? closestWord(word, vocabulary) : word);
    });
    if (respelled.some((word) => word === undefined)) return false;
    return (await index.search(phraseSearch(respelled.join(' ')), {})).length > 0;
  };
  // Words run together start with the first word's letters, so the query's own parts of the word list hold them.
  const heldAsOneWord = async (words: readonly string[]) =>
    (await help.vocabulary(wordListsFor(framed)))?.has(words.join('')) ?? false;
  const topic = await withoutGenericWords(framed, onSite, heldAsOneWord, help.termGroups);
  // "social worker advice on harmful sexual behaviour": a job that says who asks is no part of what is asked.
  const withoutJobs = async (query: string) => {
    const jobs = concernsRole(query) ? new Set() : roleWords(query);
    if (jobs.size === 0) return undefined;
    // "i am a teacher and a pupil was …": the small words left at its ends went with the job.
    const words = queryWords(query).filter((word) => !jobs.has(word));
    while (words.length > 0 && isSmallWord(words[0]!)) words.shift();
    while (words.length > 0 && isSmallWord(words.at(-1)!)) words.pop();
    const rest = words.join(' ');
    // "youth worker found out a child is sending nudes": the job is part of what is described (a nude
    // image found at work, for the professionals' outcome), which the rest alone does not describe.
    if (describesInOtherWords(query) && !describesInOtherWords(rest)) return undefined;
    const restTopic = await withoutGenericWords(rest, onSite, heldAsOneWord, help.termGroups);
    const restFound = await findPagesFor(index, restTopic, filters, help, rest);
    return { ...restFound, searched: restFound.respelled ?? restTopic };
  };
  const found = await findPagesFor(index, topic, filters, help, framed);
  const jobless = await withoutJobs(framed);
  // When the whole query found nothing, the words taken off say more than the job's leftovers ("gp online").
  if (jobless && jobless.results.length > 0 && found.results.length > 0) return withJobTopic(found, jobless);
  if (found.results.length === 0 && topic !== framed) {
    // "gp online": the index holds no form of "gp", but the words taken off still find pages.
    const whole = await findPagesFor(index, framed, filters, help, framed);
    if (whole.results.length > 0) return { ...whole, searched: whole.respelled ?? framed };
  }
  return { ...found, searched: found.respelled ?? topic };
}

/**
 * What a query that names a job who asks ("social worker online harms", "county lines school
 * nurse") found: the pages the query finds without the job, then those only the whole query
 * found. The pages that name the job (the pathway "Ask a social worker") are not about what is
 * asked, and the search says it searched the topic.
 * @param found what the whole query found
 * @param jobless what the query without its jobs found, and what that searched
 */
function withJobTopic<Result extends ScoredResult>(found: Finding<Result>, jobless: Found<Result>): Found<Result> {
  const ids = new Set(jobless.results.map((result) => result.id));
  return {
    ...jobless,
    results: [...jobless.results, ...found.results.filter((result) => !ids.has(result.id))],
    respelled: found.respelled,
  };
}

/**
 * Loads the parts of the index that hold the longer words a query's words start ("pro" →
 * "procedure", "professionals"), before the query is searched. Pagefind matches a word to every
 * word it starts, but only in the parts of its index it has loaded, so the same query found other
 * pages, in another order, once other searches had loaded more: "learn about pro ana" had Content
 * risks first on a fresh page and the 2017 strategy after the query set had run. A link to a
 * search gives the reader it is sent to what the sender saw, whatever either typed before. Only
 * words the index holds count: a word typed in part ("sext") is on its way to one.
 * @param index the index, with `load` where it can load parts ahead
 * @param query the words the search will look for
 * @param help the word list, which names the longer words
 */
async function loadLongerWords<Result extends ScoredResult>(index: SearchIndex<Result>, query: string, help: SearchHelp) {
  if (!index.load) return;
  const words = queryWords(query).filter((word) => word.length >= 2);
  const held = words.length > 0 ? await help.vocabulary(words) : undefined;
  const starts = words.filter((word) => held?.has(word));
  const longer = [...(held?.keys() ?? [])].filter((word) =>
    starts.some((start) => word.length > start.length && word.startsWith(start)),
  );
  if (longer.length > 0) await index.load(longer);
}

/**
 * The words whose parts of the word list say whether the index holds a query's words: its words,
 * and them joined ("e safety" needs the part of "esafety").
 * @param query the query, or the topic left of it
 */
const wordListsFor = (query: string) => [
  ...new Set([...withJoinedForms(significantWords(query)), ...withJoinedForms(queryWords(query))]),
];

/**
 * The search's help with each part of the word list asked for once a search, however many steps ask.
 * @param help what the content knows
 */
function askingOnce(help: SearchHelp): SearchHelp {
  const answers = new Map<string, Promise<Vocabulary | undefined>>();
  return {
    ...help,
    vocabulary: (words) => {
      const key = words === undefined ? 'the whole list' : `words: ${words.join(' ')}`;
      const answer = answers.get(key) ?? help.vocabulary(words);
      answers.set(key, answer);
      return answer;
    },
  };
}

/**
 * Whether a word asks nothing of its own: a small word, a word that asks for help in general, a
 * word for the site's subject, who the pages are for, or a worry.
 * @param word a lower-case word
 */
const asksNothing = (word: string) =>
  namesNothing(word) || subjectWordsIn([word]).size > 0 || namesAudience(word) || worryWords.has(word);

/**
 * The query with each word the index does not hold respelled, when the nearest word the index
 * holds asks nothing of its own ("sexting hlep" → "sexting help", "lern about grooming"), so
 * `withoutGenericWords` can take it off; the topic's own words are respelled later, and said so.
 * Every such word is respelled when only that shows what the reader describes, to be read in the
 * pages' words ("older man aking my son for pics").
 * @param query the query as typed
 * @param help the index's words
 */
async function withFramingRespelled(query: string, help: SearchHelp): Promise<string> {
  const words = queryWords(query);
  const theirs = await help.vocabulary(wordListsFor(query));
  // "safeguardin deepfakes": a word with its last letters missing is known to the index, as the start of others.
  const completedFraming = (word: string, held: Vocabulary) => {
    const completed = completion(word, held);
    return completed !== undefined && asksNothing(completed) ? completed : undefined;
  };
  if (!theirs || words.every((word) => /\d/.test(word) || (isKnown(word, theirs) && !completedFraming(word, theirs))))
    return query;
  const vocabulary = await help.vocabulary();
  if (!vocabulary) return query;
  // "who do I ring …": a word that asks for a contact or a type of page is the strategy's to read, not a mistake.
  const readAsTyped = (word: string) => /\d/.test(word) || contactWords.has(word) || pageTypeWordSet.has(word);
  const nearestOf = (word: string | undefined) => {
    if (word === undefined || readAsTyped(word)) return undefined;
    const completed = completedFraming(word, vocabulary);
    if (completed !== undefined || isKnown(word, vocabulary)) return completed;
    const nearest = closestWord(word, vocabulary);
    return nearest !== undefined && asksNothing(nearest) ? nearest : undefined;
  };
  const respelledWith = (nearest: (word: string | undefined) => string | undefined) =>
    query
      .split(/(\s+)/)
      .map((typed) => {
        const [word] = queryWords(typed);
        const respelling = nearest(word);
        return respelling === undefined || word === undefined ? typed : typed.toLowerCase().replace(word, respelling);
      })
      .join('');
  // "a man keeps aking my son for pics": a mistyped word hid what the reader describes, which is read
  // in the pages' words once every word is respelled (`inPagesWords`).
  const nearestAny = (word: string | undefined) =>
    word === undefined || readAsTyped(word) || isKnown(word, vocabulary) ? undefined : closestWord(word, vocabulary);
  const respelledAll = respelledWith(nearestAny);
  if (!describesInOtherWords(query) && describesInOtherWords(respelledAll)) return respelledAll;
  return respelledWith(nearestOf);
}

/** A year ("2025"): after a topic it says when, not what; an Act's year is kept as part of a phrase the site uses. */
const isYear = (word: string) => /^(?:19|20)\d\d$/.test(word);

/** The words that ask for a type of page ("law", "procedures"), whatever type each asks for. */
const pageTypeWordSet = new Set<string>(Object.values(pageTypeWords).flat());

/** Verbs before "out" that ask to learn about a topic: "find out about …", "what to look out for". */
const outVerbs = new Set(['find', 'look', 'watch']);

/** Words that say a reader is worried: about a topic, they ask for help in general (`namesTopic`). */
const worryWords = new Set(['worried', 'concerned', 'concern', 'concerns', 'worry', 'worrying']);

/**
 * The query without the words at its start or end that ask for help in general, and the small
 * words beside them ("grooming advice" → "grooming", "help with a nude of me" → "nude of me",
 * "county lines uk" → "county lines"): a topic's page seldom has those words, and Pagefind finds
 * only pages with every word. They are taken off one at a time from the outside, and only while
 * the words left are not a phrase the site uses ("early help advice" → "early help"; "where can I
 * get help" stays, as the site says "get help"); then those between the topic's words go. A
 * child's age goes first (`withoutChildAge`).
 * @param query what the reader typed
 * @param onSite whether any page has these words together, in this order
 */
export async function withoutGenericWords(
  query: string,
  onSite: (phrase: string) => Promise<boolean>,
  heldAsOneWord: (words: readonly string[]) => Promise<boolean> = () => Promise.resolve(false),
  termGroups: readonly (readonly string[])[] = [],
): Promise<string> {
  // "my" and "our" stay: they say a parent is asking about their own child (`speaksAsParent`).
  const small = (word: string | undefined) => word !== undefined && word !== 'my' && word !== 'our' && isSmallWord(word);
  // The words from the first to the last that mean something, small words between them included.
  const span = (words: readonly string[], meaningful: readonly string[]) =>
    words.slice(words.indexOf(meaningful[0]!), words.lastIndexOf(meaningful.at(-1)!) + 1).join(' ');
  let words = queryWords(inPagesWords(query));
  // "worried about county lines" is about county lines; "worried about a pupil" keeps its worry.
  // So is "sexting concern": a worry said after the topic, last.
  const worry = words.findIndex((word) => worryWords.has(word));
  const worryIsGeneric =
    worry >= 0 &&
    (namesTopic(words.slice(worry + 1).join(' ')) || (worry === words.length - 1 && namesTopic(words.slice(0, worry).join(' '))));
  // "is my child at risk of county lines" is about county lines; "children at risk" keeps its risk.
  const atRisk = words.findIndex(
    (word, at) => word === 'risk' && words[at - 1] === 'at' && ['of', 'from'].includes(words[at + 1] ?? ''),
  );
  const riskIsGeneric = atRisk >= 0 && namesTopic(words.slice(atRisk + 2).join(' '));
  // "grooming for parents" is about grooming; "advice for parents" keeps its audience.
  const audience = audiencePhraseWords(words);
  // "find out about sexting", "what to look out for", but not "out of hours".
  const findOut = words.some((word, at) => word === 'out' && outVerbs.has(words[at - 1] ?? ''));
  // "what does grooming mean", "what is meant by …": "mean" asks what a topic is ("kids being mean" is unkind).
  const asksMeaning =
    words[0] === 'what' && ['does', 'do'].includes(words[1] ?? '') && ['mean', 'means'].includes(words.at(-1) ?? '');
  // "sextortion 2025", "grooming year 7": the year it is, or a child's school year, is no topic.
  const schoolYear = new Set(
    words.flatMap((word, at) => (word === 'year' && /^\d{1,2}$/.test(words[at + 1] ?? '') ? [word, words[at + 1]!] : [])),
  );
  const subject = subjectWordsIn(words);
  // "what to say to my child about online safety": with no other topic, online safety is the topic.
  if (subject.has('safety') && !namesTopic(words.filter((word) => !subject.has(word)).join(' '))) subject.delete('safety');
  // "safeguarding lead", "safeguarding concern": a term the site uses, not the subject.
  for (const [at, word] of words.entries()) {
    const next = words.findIndex((other, position) => position > at && !isSmallWord(other));
    if (!subjectTermStarts.has(word) || next === -1 || subject.has(words[next]!) || genericWords.has(words[next]!)) continue;
    if (await onSite(words.slice(at, next + 1).join(' '))) subject.delete(word);
  }
  // "refer to childrens services": a glossary name ("children's services") names the topic, every word of it.
  // So does a service's name that the index holds run together ("talk to stop it now": "stopitnow").
  const joinedNames = await namesHeldJoined(words, heldAsOneWord);
  const named = new Set([...glossaryNameWordsIn(words, termGroups), ...joinedNames.flat()]);
  // The words left start such a name, with words after it ("stop it now confidential").
  const startsAName = (rest: readonly string[]) =>
    joinedNames.some((name) => name.length < rest.length && name.every((word, at) => rest[at] === word));
  const generic = (word: string) =>
    (genericWords.has(word) && !named.has(word)) ||
    subject.has(word) ||
    (worryIsGeneric && worryWords.has(word)) ||
    (riskIsGeneric && word === 'risk') ||
    audience.has(word) ||
    (findOut && (word === 'out' || outVerbs.has(word))) ||
    (asksMeaning && (word === 'mean' || word === 'means')) ||
    isYear(word) ||
    schoolYear.has(word);
  for (;;) {
    const meaningful = significantWords(words.join(' '));
    // "stop it now helpline", "online safety law": a word that asks for a contact or a type of page is
    // no topic to leave, but "contact risk examples" is about contact risks.
    const topicWords = meaningful.filter(
      (word, at) => !pageTypeWordSet.has(word) && !(asksForContact(word) && !pageTypeWordSet.has(meaningful[at + 1] ?? '')),
    );
    if (topicWords.length < 2) break;
    const atEnd = generic(meaningful.at(-1)!);
    if ((!atEnd && !generic(meaningful[0]!)) || (await onSite(span(words, meaningful)))) break;
    // "stop it now confidential": a service's name, which the index holds run together ("stopitnow").
    if (!atEnd && startsAName(words.slice(words.indexOf(meaningful[0]!)))) break;
    // "learn about family support": with both ends asking nothing, the start goes first when the rest is a phrase the site uses.
    const startGoes = atEnd && generic(meaningful[0]!) && (await onSite(span(words, meaningful.slice(1))));
    if (atEnd && !startGoes) {
      words = words.slice(0, words.lastIndexOf(meaningful.at(-1)!));
      while (small(words.at(-1))) words = words.slice(0, -1);
    } else {
      words = words.slice(words.indexOf(meaningful[0]!) + 1);
      while (small(words[0])) words = words.slice(1);
    }
  }
  // Then any between the words that name the topic ("grooming advice for parents"), unless it
  // makes a phrase the site uses with the word before or after it ("early help").
  const meaningful = significantWords(words.join(' '));
  for (const [position, word] of meaningful.entries()) {
    if (position === 0 || position === meaningful.length - 1 || !generic(word)) continue;
    const before = `${meaningful[position - 1]} ${word}`;
    const after = `${word} ${meaningful[position + 1]}`;
    if (!(await onSite(before)) && !(await onSite(after))) words = words.filter((each) => each !== word);
  }
  return words.join(' ') === queryWords(query).join(' ') ? query : words.join(' ');
}

/**
 * The runs of two to four of the query's words that the index holds run together: a service's
 * name, from its website ("stop it now" → "stopitnow", "parent info" → "parentinfo"). Their part
 * of the word list is the first word's, already asked for.
 * @param words the query's words
 * @param heldAsOneWord whether the index holds these words run together
 */
async function namesHeldJoined(
  words: readonly string[],
  heldAsOneWord: (words: readonly string[]) => Promise<boolean>,
): Promise<string[][]> {
  const names: string[][] = [];
  for (let start = 0; start < words.length - 1; start += 1)
    for (let end = start + 2; end <= Math.min(start + 4, words.length); end += 1)
      if (await heldAsOneWord(words.slice(start, end))) names.push(words.slice(start, end));
  return names;
}

/** Words before a child word that make the child the reader's own, or one the reader talks to. */
const talkedTo = /^(?:talk|talking|speak|speaking|chat|chatting)$/u;

/**
 * Whether the word at a place in a query is said of a child the reader cares for: after "my" or
 * "our", or after "talk to" and the like.
 * @param words the query's words, lower case
 * @param at the word's place
 */
function saidAsOwnChild(words: readonly string[], at: number): boolean {
  const before = words[at - 1] ?? '';
  return ['my', 'our'].includes(before) || (['to', 'with'].includes(before) && talkedTo.test(words[at - 2] ?? ''));
}

/**
 * `findPages` for a query whose hyphens and words asking for help in general are dealt with.
 * @param wholeQuery the query before those words were taken off, for what the reader's own words
 *   ask as typed (a contact, a concern about someone who works with children)
 */
async function findPagesFor<Result extends ScoredResult>(
  index: SearchIndex<Result>,
  query: string,
  filters: SearchFilters,
  help: SearchHelp,
  wholeQuery: string,
): Promise<Finding<Result>> {
  const search = async (text: string | null, only: IndexFilters = filters) => ({
    query: text ?? '',
    results: await index.search(text, only),
  });
  if (query === '') {
    // Filters alone list every page they match.
    const all = await index.search(null, filters);
    return { results: mergeResults([{ query: '', results: all }], 'first-search'), partial: false, also: [] };
  }
  // Small words ("how do I …") only narrow what Pagefind finds, since it wants every word on the page.
  const typedWords = queryWords(query);
  // A parent's own teenager ("my teenager and sexting"), or teenagers a reader talks to ("how to
  // talk to teens about …"), are their children, as the pages for parents say: searched so, as
  // typed, not offered as another spelling.
  const ownChild = new Set(typedWords.filter((_, at) => saidAsOwnChild(typedWords, at)));
  let words = significantWords(query).map((word) => (ownChild.has(word) ? (ownChildWord(word) ?? word) : word));
  const noSmallWords = words.length === typedWords.length;
  // The words' own parts of the word list answer whether the index holds them or them joined; only
  // a word the index does not hold (mistyped, or run together) needs the whole list to be respelled.
  const theirLetters = await help.vocabulary(wordListsFor(query));
  const vocabulary =
    theirLetters && words.some((word) => !/\d/.test(word) && !isKnown(word, theirLetters))
      ? await help.vocabulary()
      : theirLetters;
  // Words typed apart that the index holds as one word ("up skirting") are not mistyped: respelling
  // them one by one would turn "skirting" into another word. The search as typed joins them.
  const typedApart = vocabulary !== undefined && typedWords.length >= 2 && vocabulary.has(typedWords.join(''));
  // Pagefind finds something for almost any word (it shortens a word it does not know until it
  // matches), so a word the index does not hold is respelled before searching, not after.
  // An everyday word the index does not hold ("teenagers"), or holds only in another sense
  // ("sites"), is put in the site's words ("young people", "websites").
  const known = words.flatMap((word) =>
    vocabulary && readInPlainerWords(word, isKnown(word, vocabulary)) ? (plainerQuery([word]) ?? word).split(' ') : [word],
  );
  const plainKnown = known.join(' ') !== words.join(' ') ? known.join(' ') : undefined;
  // A number, an address, or a word that asks for a contact or a type of page is the strategy's to read.
  const asksForSomething = (word: string) => /[\d.@]/.test(word) || contactWords.has(word) || help.typeWords[word] !== undefined;
  // "who do I ring …": "ring" asks for a contact; the index's "bring" is not what was meant.
  const respelled = vocabulary && !typedApart ? (respell(known, vocabulary, asksForSomething) ?? plainKnown) : undefined;
  // Words typed apart that the index holds as one ("up skirting", "safe guarding") are searched joined.
  const joinedUp = (held: Vocabulary) =>
    typedApart || [typedWords, queryWords(wholeQuery)].some((each) => joinedWord(each, held) !== undefined);
  // A word the index holds in no form that could not be respelled either is searched cut back to
  // the start of a word the index holds ("radicalised" → "radicalis"), or else left out
  // ("whatsapp" on a site that never names it): Pagefind would cut it back itself, to a word in
  // whichever parts of its index were already loaded ("what", "so"), so the same query found
  // other pages after another search.
  const held = (searched: readonly string[]): string[] => {
    if (!vocabulary) return [...searched];
    const unheld = (word: string) => !asksForSomething(word) && !isKnown(word, vocabulary);
    if (!searched.some(unheld) || joinedUp(vocabulary)) return [...searched];
    return searched.flatMap((word) => (unheld(word) ? (shortened(word, vocabulary) ?? []) : [word]));
  };
  // An everyday word ("teenagers", "kid") can be why few pages have every word: the same query in
  // the words the site writes ("young people", "child"), searched when it finds too few.
  const inPlainerWords = async (found: Finding<Result>, searchedWords: readonly string[]) => {
    const plain = found.results.length < fewResults ? plainerQuery(searchedWords) : undefined;
    if (!plain) return undefined;
    // "coach keeps texting my kids": the concern about the coach holds in the plainer words ("children").
    const carerConcern = concernsRole(wholeQuery) || concernsRole(plain);
    return { plain, found: await searchAsTyped(search, plain, filters, help, vocabulary, plain, undefined, carerConcern) };
  };
  if (respelled) {
    const spelled = significantWords(respelled);
    const spelledHeld = held(spelled);
    const correctedWords = spelledHeld.length > 0 ? spelledHeld : spelled;
    const corrected = await searchAsTyped(
      search,
      correctedWords.join(' '),
      filters,
      help,
      vocabulary,
      noSmallWords ? respelled : query,
      spelled.length === words.length ? respellingEach(typedWords, words, spelled) : undefined,
    );
    const plainer = await inPlainerWords(corrected, correctedWords);
    if (plainer && plainer.found.results.length >= fewResults) return { ...plainer.found, respelled: plainer.plain };
    if (corrected.results.length > 0)
      return { ...(await withFewerWords(corrected, correctedWords, respelled, search)), respelled };
  }
  const heldWords = held(words);
  // None of the words is in the index in any form ("catfishing"), nor another name of the term.
  if (words.length > 0 && heldWords.length === 0 && alternativeQueries(query, help.termGroups).length === 0)
    return { results: [], partial: false, also: [] };
  if (heldWords.length > 0) words = heldWords;
  const meaningful = words.length > 0 ? words.join(' ') : query;
  const asTyped = await searchAsTyped(search, meaningful, filters, help, vocabulary, wholeQuery);
  const candidate = await inPlainerWords(asTyped, words);
  const plainer = candidate && candidate.found.results.length > asTyped.results.length ? candidate : undefined;
  const typed = plainer ? { ...plainer.found, also: [plainer.plain, ...plainer.found.also] } : asTyped;
  if (plainer) words = significantWords(plainer.plain);
  return withFewerWords(typed, words, query, search);
}

/**
 * The words as typed, each of those searched replaced by its respelling.
 * @param typed the query's words as typed (`queryWords`)
 * @param searched the words searched, in order (`significantWords`)
 * @param respelled their respellings, one for each
 */
function respellingEach(typed: readonly string[], searched: readonly string[], respelled: readonly string[]): string {
  const respelling = new Map(searched.map((word, at) => [word, respelled[at]!]));
  return typed.map((word) => respelling.get(word) ?? word).join(' ');
}

/**
 * What a search found, when that is fewer than `fewResults` pages, followed by the pages with all
 * its words but one (a question with one word the right page does not use, "… of a pupil") and,
 * when still too few, by the pages with most of its words (the page for a concern about a member
 * of staff, and no page with the other words); when it found nothing, those pages alone.
 * @param found what the search found
 * @param words the words searched
 * @param query the query they are from, for the jobs it names
 * @param search the search engine, with the ticked filters
 */
async function withFewerWords<Result extends ScoredResult>(
  found: Finding<Result>,
  words: readonly string[],
  query: string,
  search: Search<Result>,
): Promise<Finding<Result>> {
  if (found.results.length >= fewResults || words.length <= 1) return found;
  const followedBy = (first: Finding<Result>, more: readonly MergedResult<Result>[]) => {
    const shown = new Set(first.results.map((result) => result.id));
    return { ...first, results: [...first.results, ...more.filter((result) => !shown.has(result.id))] };
  };
  let thin = found;
  if (found.results.length > 0) {
    const allButOne = words.map((_, left) => words.filter((__, position) => position !== left).join(' '));
    thin = followedBy(found, await pagesWithMostOf(search, allButOne));
    if (thin.results.length >= fewResults) return thin;
  }
  // A job ("I am a teacher and a pupil …") says who asks: pages about the job do not answer.
  const roles = roleWords(query);
  const merged = await pagesWithMostOf(search, withAgesAsPhrases(words.filter((word) => !roles.has(word))));
  return thin.results.length === 0 ? { results: merged, partial: merged.length > 0, also: [] } : followedBy(thin, merged);
}

/** When fewer pages than this have every word of a question, pages with all its words but one are added after them. */
export const fewResults = 3;

/**
 * A glossary name with a word on more pages than this is not searched for the typed name: on a
 * site of thousands of pages, "Child Exploitation and Online Protection" for "CEOP" fetched the
 * whole index of "child" and "online", words on every page (350 KB of a 540 KB first search),
 * while the pages that name the term are found by the name typed.
 */
export const commonWordPages = 1000;

/**
 * The glossary names worth searching: those whose every word is on at most `commonWordPages` pages.
 * The word lists of the query's own words are already loaded, so a name with a word they show to
 * be on too many pages ("child" in "Child Exploitation and Online Protection", for "CEOP") is left
 * out before the lists for the name's other words are fetched.
 * @param names other names of the query (`alternativeQueries`)
 * @param help the index's words, with how many pages use each
 * @param queryWordsLoaded the words whose lists the search has already loaded
 */
async function affordableNames(names: string[], help: SearchHelp, queryWordsLoaded: readonly string[]): Promise<string[]> {
  const affordable = (pages: Vocabulary) => (name: string) =>
    queryWords(name).every((word) => (pages.get(word) ?? 0) <= commonWordPages);
  if (names.length === 0) return names;
  const loaded = await help.vocabulary(queryWordsLoaded);
  const left = loaded ? names.filter(affordable(loaded)) : names;
  if (left.length === 0) return left;
  const pages = await help.vocabulary(left.flatMap(queryWords));
  return pages ? left.filter(affordable(pages)) : left;
}

/** A search of the index; `null` with filters lists every page they match. */
type Search<Result> = (text: string | null, only?: IndexFilters) => Promise<{ query: string; results: readonly Result[] }>;

/**
 * Each text searched on its own, and the pages found ordered by how many of them they have (`mergeResults`).
 * @param search the search engine
 * @param texts the words, or the query's words but one, to search one by one
 * @param only the filters for every search, when not the ticked ones
 */
async function pagesWithMostOf<Result extends ScoredResult>(
  search: Search<Result>,
  texts: readonly string[],
  only?: IndexFilters,
): Promise<MergedResult<Result>[]> {
  return mergeResults(await Promise.all(texts.map((text) => search(text, only))), 'most-found');
}

/**
 * The contacts for a "… helpline" query's topic: those with all its words, or when none has them
 * all ("domestic violence helpline", where Women's Aid says "domestic abuse"), those with most of them.
 */
async function contactsFor<Result extends ScoredResult>(
  search: Search<Result>,
  topic: string,
  contactsIn: SearchFilters,
): Promise<{ query: string; results: readonly Result[] }> {
  const found = await search(topic, contactsIn);
  const words = significantWords(topic);
  if (found.results.length > 0 || words.length < 2) return found;
  const merged = await pagesWithMostOf(search, words, contactsIn);
  return { query: topic, results: merged.map((result) => result.results[0]!) };
}

/**
 * The pages of a type a word asks for ("online harms procedure"): those with the topic's words, or
 * when none has them and the type is one page (the resources list), that page: "ks2 online safety
 * lessons" asks for the list of lessons, though it never says "ks2".
 */
async function pagesOfAskedType<Result extends ScoredResult>(
  search: Search<Result>,
  topic: string,
  ofType: SearchFilters,
): Promise<{ query: string; results: readonly Result[] }> {
  const found = await search(topic, ofType);
  if (found.results.length > 0) return found;
  const all = await search(null, ofType);
  return all.results.length === 1 ? { query: topic, results: all.results } : found;
}

/**
 * The query, its glossary names, its joined form and its contacts, merged, with the procedure for a
 * concern about someone who works with children when `carerConcern` (by default, when the query as
 * typed is one): empty when none finds a page.
 */
async function searchAsTyped<Result extends ScoredResult>(
  search: Search<Result>,
  query: string,
  filters: SearchFilters,
  help: SearchHelp,
  vocabulary: Vocabulary | undefined,
  typed: string,
  typedRespelled?: string,
  carerConcern = concernsRole(typed),
): Promise<Finding<Result>> {
  const topic = contactTopic(query, typed, help.typeWords);
  const allowsType = (type: string) => filters['type'] === undefined || filters['type'].any.includes(type);
  const contactsOnly = allowsType(help.contactType);
  // "online harms procedure": the procedures about online harms, searched within their type.
  const ofType = topic === undefined ? typeTopic(query, help.typeWords) : undefined;
  const alternatives = await affordableNames(alternativeQueries(topic ?? query, help.termGroups), help, queryWords(query));
  const topics = significantWords(query);
  const topicWords = significantWords(topic ?? query);
  // A job ("social worker online harms") says who asks or who a concern is about: a page named
  // after the job is not named after what is asked.
  const roles = roleWords(query);
  // "child line number": the name is "childline", joined, and its contacts are the ones to put first.
  const typedTopic = contactTopic(typed, typed, help.typeWords) ?? typed;
  // "learn about pro ana": the topic's own words joined, when the words around it were taken off.
  const joinedName =
    vocabulary &&
    (joinedWord(queryWords(typedTopic), vocabulary) ?? (typed === query ? undefined : joinedWord(queryWords(query), vocabulary)));
  // "what does couty lines mean": the words as typed, with the mistyped ones respelled.
  const typedPhrase =
    topicWords.length >= 2 && topicWords.length <= 4
      ? (phraseAsTyped(queryWords(typedTopic), topicWords) ??
        (typedRespelled === undefined ? undefined : phraseAsTyped(queryWords(typedRespelled), topicWords)))
      : undefined;
  // What the query asks for by name: the contacts of a "… number" query, or the pages of a "… procedure" query.
  const contactsIn = { ...filters, type: { any: [help.contactType] } };
  const notContacts = filters.type ? filters : { ...filters, type: { none: [help.contactType] } };
  // "where can schools get online safety lessons": the site's subject names no one page.
  const subjectWords = subjectWordsIn(queryWords(query));
  const contactName = topic && contactsOnly && !joinedName ? nameWithContactWord(query, topic) : undefined;
  const unroled = topics.filter((word) => !roles.has(word));
  const [searches, askedFor, joined, eachWord, phrased, namedAsPhrase, aboutCarer, allButOne] = await Promise.all([
    Promise.all([query, ...alternatives.map(phraseSearch)].map((text) => search(text))),
    topic && contactsOnly
      ? contactsFor(search, joinedName ?? topic, contactsIn)
      : ofType && allowsType(ofType.type)
        ? pagesOfAskedType(search, ofType.topic, { ...filters, type: { any: [ofType.type] } })
        : undefined,
    joinedName ? search(joinedName) : undefined,
    topics.length >= 2 && topics.length <= 4
      ? Promise.all(topics.filter((word) => !roles.has(word) && !subjectWords.has(word)).map((word) => search(word)))
      : Promise.resolve([]),
    // The words in the order typed, as a phrase ("county lines", not a page about a county's phone
    // lines), with any small words typed between them ("child on child abuse").
    typedPhrase ? search(phraseSearch(typedPhrase)) : undefined,
    contactName ? search(phraseSearch(contactName), contactsIn) : undefined,
    // "coach texting my son": the procedure for concerns about people who work with children.
    carerConcern ? search(roleConcernSearch) : undefined,
    // "sex offender contacting children": the page named "sex offender" may not say "contacting";
    // "talk to safer derbyshire": the service's page may not say "talk".
    unroled.length >= 3 && unroled.length <= 4
      ? Promise.all(unroled.map((_, left) => search(unroled.filter((__, at) => at !== left).join(' '))))
      : Promise.resolve([]),
  ]);
  const concernProcedure = aboutCarer?.results[0] && { query: aboutCarer.query, results: [aboutCarer.results[0]] };
  // Pagefind scores every page with a phrase alike, so the contacts named with it ("Call Derbyshire",
  // and the contacts that only mention it) take their order from the query's own search, where
  // the one named with it scores highest.
  const namedContact = namedAsPhrase && {
    ...namedAsPhrase,
    results: inOrderOf(namedAsPhrase.results, searches[0]?.results ?? []),
  };
  const also = alternatives.filter((_, position) => (searches[position + 1]?.results.length ?? 0) > 0);
  // A page that uses both the acronym and its full name is where the term is explained.
  const expansion =
    alternatives.length > 0 ? searches.find((found) => found.query !== query && found.query.startsWith('"'))?.query : undefined;
  const named = await namedOrYielded(searches[0]?.results ?? [], eachWord, (word) => search(word, notContacts));
  // The pages of a type asked for lead, but leave the first screen room for a page whose title is
  // the search ("online risks": the list of them, not five of its entries).
  const asked = askedFor && topic === undefined ? { ...askedFor, results: askedFor.results.slice(0, leadingPlaces) } : askedFor;
  const merged = mergeResults(
    [
      ...(concernProcedure ? [concernProcedure] : []),
      ...(namedContact ? [namedContact] : []),
      ...(joined ? [joined] : []),
      ...(asked ? [asked] : []),
      ...(named ? [{ query: named.query, results: [named.result] }] : []),
      ...searches,
    ],
    'first-search',
  );
  const firstIds = new Set(
    [
      ...(concernProcedure?.results ?? []),
      ...(namedContact?.results ?? []),
      ...(joined?.results ?? []),
      ...(asked?.results ?? []),
      ...(named ? [named.result] : []),
    ].map((result) => result.id),
  );
  const explained = expansion
    ? promote(
        merged,
        (result) => !firstIds.has(result.id) && result.queries.includes(query) && result.queries.includes(expansion),
      )
    : merged;
  const phraseIds = new Set(phrased?.results.map((result) => result.id));
  // Pages with the words as a phrase lead, but the page the search ranked first stays in the first
  // three ("childline 0800": Childline, whose page has the name and the number apart).
  const phrasedFirst =
    phraseIds.size > 0
      ? keepingFirst(
          promote(explained, (result) => phraseIds.has(result.id)),
          explained[0],
        )
      : explained;
  const promoted = firstIds.size > 0 ? promote(phrasedFirst, (result) => firstIds.has(result.id)) : phrasedFirst;
  // "domestic violence helpline": the contacts asked for lead, before a page named by one of the words.
  const contactIds = new Set(
    topic && contactsOnly ? [...(namedContact?.results ?? []), ...(askedFor?.results ?? [])].map((result) => result.id) : [],
  );
  const ordered = contactIds.size > 0 ? promote(promoted, (result) => contactIds.has(result.id)) : promoted;
  return { results: withNearlyNamed(ordered, searches[0]?.results ?? [], allButOne), partial: false, also };
}

/**
 * The results with the page each search for all the query's words but one ranks first, when it
 * scores more than the best page with every word and enough pages have every word, on the first
 * screen: in its last places, if it was lower or not found. A page named by most of the query ("sex
 * offender" for "sex offender contacting children", "safer derbyshire" for "talk to safer
 * derbyshire") may not use the one word left; the first screen's order (`firstScreenOrder`) then
 * puts it first if it names the search better than the pages with every word. The pages that score
 * most take the places, in their order, at most `nearlyNamedPlaces` of them, so a weaker one ("talk
 * derbyshire": Talking to your child) does not push a stronger one off the first screen.
 * @param results the results in their order
 * @param together what the search for every word found
 * @param allButOne what each search for all the words but one found
 */
function withNearlyNamed<Result extends ScoredResult>(
  results: readonly MergedResult<Result>[],
  together: readonly Result[],
  allButOne: readonly { query: string; results: readonly Result[] }[],
): MergedResult<Result>[] {
  const best = together[0]?.score;
  // With fewer, the pages with all the words but one follow anyway (`withFewerWords`), after the plainer words are tried.
  if (best === undefined || together.length < fewResults) return [...results];
  const leaders = allButOne
    .flatMap(({ query, results: found }) => (found[0] && found[0].score > best ? [{ query, leader: found[0] }] : []))
    .sort((a, b) => b.leader.score - a.leader.score)
    .filter(({ leader }, at, all) => all.findIndex((other) => other.leader.id === leader.id) === at)
    .slice(0, nearlyNamedPlaces);
  const firstOfThem = searchPageSize - leaders.length;
  let placed = [...results];
  const moved: MergedResult<Result>[] = [];
  for (const { query, leader } of leaders) {
    const at = placed.findIndex((result) => result.id === leader.id);
    if (at !== -1 && at < firstOfThem) continue;
    moved.push(at === -1 ? { id: leader.id, results: [leader], queries: [query] } : placed[at]!);
    placed = placed.filter((result) => result.id !== leader.id);
  }
  placed.splice(searchPageSize - moved.length, 0, ...moved);
  return placed;
}

/** The most places at the end of the first screen that pages named by all the words but one may take. */
const nearlyNamedPlaces = 2;

/**
 * The query without the words that are part of a phone number ("0800" in "childline 0800"),
 * unless that is all it is.
 * @param query what was searched for
 */
function withoutPhoneDigits(query: string): string {
  const words = queryWords(query);
  const rest = words.filter((word) => !isPhoneNumberPart(word));
  return rest.length > 0 && rest.length < words.length ? rest.join(' ') : query;
}

/**
 * How many places at the top of the results a promotion may take, so what the search itself
 * ranked first, or a page named as the search, is still on the first screen: the pages of a type
 * asked for take at most these, and the search's first page keeps a place among them.
 */
const leadingPlaces = 3;

/**
 * The results with `first` moved up into the first `leadingPlaces` places, if it fell below them.
 * @param results results in their new order
 * @param first the result that was first before they were reordered
 */
function keepingFirst<Item>(results: readonly Item[], first: Item | undefined): Item[] {
  const at = first === undefined ? -1 : results.indexOf(first);
  if (first === undefined || at < leadingPlaces) return [...results];
  const rest = results.filter((_, position) => position !== at);
  return [...rest.slice(0, leadingPlaces - 1), first, ...rest.slice(leadingPlaces - 1)];
}

/**
 * The words as typed from the first that says what the query is about to the last ("what is
 * county lines" → "county lines"; "child on child abuse" keeps its "on"), or undefined when they
 * are not the query's meaningful words in the order searched (a word was respelled) or run to more
 * than `phraseWordLimit` words.
 * @param typed the query's words as typed, lower case
 * @param meaningful the words searched (`significantWords`)
 */
export function phraseAsTyped(typed: readonly string[], meaningful: readonly string[]): string | undefined {
  const wanted = new Set(meaningful);
  const start = typed.findIndex((word) => wanted.has(word));
  const end = typed.findLastIndex((word) => wanted.has(word));
  if (start === -1 || end - start + 1 > phraseWordLimit) return undefined;
  const span = typed.slice(start, end + 1);
  return significantWords(span.join(' ')).join(' ') === meaningful.join(' ') ? span.join(' ') : undefined;
}

/** The most words a phrase search may have, small words included. */
export const phraseWordLimit = 6;

/**
 * The page named by one word of the query (`namedByOneWord`), after a contact named so yields the
 * word to a page that explains it (`leaderForWord`). The search without contacts needs the type
 * filter's index (6 KB at 3,000 pages), so it is made only for the word that names a page.
 * @param together the results for all the words at once
 * @param eachWord the results for each word on its own
 * @param withoutContacts the search for a word among pages that are not contacts
 */
async function namedOrYielded<Result extends ScoredResult>(
  together: readonly Result[],
  eachWord: readonly { query: string; results: readonly Result[] }[],
  withoutContacts: (word: string) => Promise<{ results: readonly Result[] }>,
): Promise<{ query: string; result: Result } | undefined> {
  let words = [...eachWord];
  // Each word's contact yields at most once.
  for (let tries = 0; tries < eachWord.length; tries += 1) {
    const named = namedByOneWord(together, words);
    const word = named && words.find((found) => found.query === named.query);
    if (!named || !word) return named;
    const leader = leaderForWord(word, await withoutContacts(named.query));
    if (leader.results[0]?.id === named.result.id) return named;
    words = words.map((found) => (found === word ? leader : found));
  }
  return namedByOneWord(together, words);
}

/**
 * The page that leads the search for one word: a contact that leads it yields to the first other
 * page when that page scores at least `contactYield` of it ("bullying": Bullying online, not the
 * Anti-Bullying Alliance), so a service leads only a word it has to itself ("hacking": Cyber Choices).
 * @param all the word's results
 * @param notContacts the word's results without contacts
 */
export function leaderForWord<Result extends ScoredResult>(
  all: { query: string; results: readonly Result[] },
  notContacts: { results: readonly Result[] },
): { query: string; results: readonly Result[] } {
  const [first] = all.results;
  const [page] = notContacts.results;
  const isPage = first === undefined || notContacts.results.some((result) => result.id === first.id);
  return !isPage && page && page.score >= first.score * contactYield ? { query: all.query, results: [page] } : all;
}

/** The share of a contact's score for one word that another page needs to lead that word instead. */
export const contactYield = 0.5;

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
 * A word for the site's subject typed with one letter wrong, missing, extra or swapped ("onlin",
 * "interent", "safegaurding"), read as that word; any other word as typed. Short words stay ("line").
 * @param word a word of the query as typed, lower case
 */
const asSubjectWord = (word: string): string =>
  word.length < 5
    ? word
    : (standaloneSubjectWords.find((subject) => subject[0] === word[0] && editDistance(word, subject, 1) <= 1) ?? word);

/** An age that is a line the law draws ("under 18", "under 16s"). */
const ageLine = /(?:^|\s)under\s*-?\s*1[3-8]s?(?=$|[^\p{L}\d])/giu;

/**
 * The query without an age line ("sexting under 18" → "sexting"), when words remain that name
 * something: the age says whom the question is about, so a page is not named by it alone ("Sexually
 * active children under 18" for "sexting under 18"). The search itself still searched it.
 * @param query the query's words
 */
export function withoutAgeLine(query: string): string {
  const rest = query.replace(ageLine, ' ').replace(/\s+/g, ' ').trim();
  return rest !== query.trim() && significantWords(rest).length > 0 ? rest : query;
}

/** A child named as no one's, at the start of a query: "child", "a young person", "teenagers". */
const childNamedFirst = /^(?:(?:a|an|the)\s+)?(?:child|children|kids?|young\s+(?:person|people)|teen(?:ager)?s?)\s+/iu;

/**
 * The query without a child named first ("child involved in county lines" → "involved in county
 * lines"), when what is left names something: the child says who, not what.
 * @param query the query's words
 */
export function withoutChildNamed(query: string): string {
  const rest = query.replace(childNamedFirst, '');
  return significantWords(rest).some((word) => !namesNothing(word)) ? rest : query;
}

/**
 * The order of the first screen of results: a page that names what was searched for goes before
 * one that only mentions it, the most directly named first (`namingPoints`, compared in steps of
 * `namingStep`); between pages that name it about as well, a page that explains it goes before a
 * contact that names it no better and that only the search itself found; otherwise the search's
 * own order; such a contact goes right after the pages it yields to. A contact whose own name is
 * typed with a topic ("UKCCIS sexting guidance", "ceop report button") is named by the share of the
 * search its name is (`serviceNamePoints`). Another name of the term ("Designated safeguarding
 * lead" for "DSL") counts only on a page the query as typed found too. When the query speaks as a parent about their own child
 * ("my son …", `reader-voice.ts`), a page only for professionals, or a guide outcome only for
 * young people (it speaks to the young person: "Someone online is asking you for nudes"), follows
 * the pages that name the search at least as well and are written for parents, for young people
 * or for everyone, other than a contact that names nothing of the search. A source document kept for reference follows
 * the pages that name the search as well. A search for a number or helpline keeps its
 * order (its contacts are already first), but for the contact whose name is the words typed. A search for a type of page ("… procedure") puts the
 * pages of that type first, after only a page whose title or a keyword is the search; a concern
 * about someone who works with children ("coach texting my son", `concernsRole`) puts the page
 * its search for `roleConcernSearch` found before everything.
 * @param views the first results' addresses, titles, types, section headings and hidden names, ranked, with the queries that found each
 * @param searched the query as typed (or respelled)
 * @param also the other names that were searched
 * @param reader the audience filter value of pages written for professionals, the query as
 *   typed when it was respelled, the type filter value of each word for a type of page, the
 *   type filter value of source documents kept for reference, the audience and type filter
 *   values of the guide's outcomes for young people, and the list page of each type of page
 *   (`searchSettings` gives them all)
 */
export function firstScreenOrder<View extends ScreenView>(
  views: readonly View[],
  searched: string,
  also: readonly string[] = [],
  {
    professionalsAudience,
    typed: asTyped = searched,
    typeWords = {},
    archiveType,
    youngPeopleOutcome,
    typeLists = {},
  }: {
    professionalsAudience?: string | undefined;
    typed?: string;
    typeWords?: Readonly<Record<string, string>>;
    typeLists?: Readonly<Record<string, string>>;
    archiveType?: string | undefined;
    youngPeopleOutcome?: { audience: string; type: string } | undefined;
  } = {},
): View[] {
  // "onlin abuse procedure": a word for the subject typed with a letter wrong is that word, as the search read it.
  const typedWords = queryWords(asTyped).map(asSubjectWord);
  const subject = subjectWordsIn(typedWords);
  if (contactTopic(searched, asTyped, typeWords) !== undefined) {
    // "professionals helpline online safety": the contact whose name is the words typed, in any
    // order, comes first, though the search left out the site's subject ("online safety").
    // "who do professionals call for online safety advice": "call" asks for the helpline, so a
    // word that asks for a contact counts in neither the name nor the search.
    const named = [...significantWords(searched), ...subject].join(' ');
    const isNamed = (view: View) =>
      isContact(view) && (sameWords(view.title, named) || sameWords(withoutContactWords(view.title), withoutContactWords(named)));
    const asNamed = views.some(isNamed);
    const inOrder = promote(views, (view) => (asNamed ? isNamed(view) : namesServiceInArea(view, contactTopic(named) ?? named)));
    // "is there a helpline for parents": a number to ring asked for by who it is for, not by a
    // service's name: the contacts for them that give one come first.
    const asksToCall = queryWords(asTyped).some((word) => callWords.has(word));
    const forWhom = significantWords(contactTopic(named) ?? named);
    const audienceAsked = (view: View) =>
      view.audiences?.some((audience) => {
        const audienceWords = significantWords(audience.toLowerCase());
        return forWhom.length > 0 && forWhom.every((word) => audienceWords.includes(word));
      }) ?? false;
    return asksToCall && !asNamed
      ? promote(inOrder, (view) => isContact(view) && view.callable === true && audienceAsked(view))
      : inOrder;
  }
  // The query as typed was searched without its small words, so compare words, not strings.
  const typed = significantWords(searched).join(' ');
  const foundAsTyped = (view: View) => view.queries.some((query) => significantWords(query).join(' ') === typed);
  // A contact that a search for its joined name or one word of the query found was put first on
  // purpose; one found by the search itself, its other names or the words run together was not.
  const words = new Set(significantWords(searched));
  const sameSearch = new Set([typed, letters(typed), ...also.map((name) => significantWords(name).join(' '))]);
  const onlyAsTyped = (view: View) =>
    view.queries.every((query) => sameSearch.has(significantWords(query).join(' ')) || words.has(query.toLowerCase()));
  // "social worker online harms": the page named "online harms", not the one named "social worker".
  // "childline 0800": part of a phone number (it starts with 0, as no year or section does) is no part of a name.
  const topicNamed = withoutAgeLine(withoutPhoneDigits(withoutRoles(searched)));
  // "my child is being bullied online": "online" was not searched, but "Bullying online" is named by it.
  const topicWords = new Set(significantWords(topicNamed));
  // A word respelled ("procdure") is its respelling ("procedure") there.
  const respelling = (word: string) =>
    [...topicWords].find((topicWord) => topicWord[0] === word[0] && editDistance(word, topicWord, 2) <= 2);
  const withSubject = significantWords(typedWords.join(' '))
    .flatMap((word) => (topicWords.has(word) || subject.has(word) ? [word] : (respelling(word) ?? [])))
    .join(' ');
  // "is my son involved in county lines": the page named "county lines", or "Talking to your child …".
  const childless = withoutOwnChild(topicNamed);
  // A word respelled ("chilren act") is not in the query as typed: without it, the rest names something else ("ACT").
  const subjectAdded = [...topicWords].every((word) => withSubject.split(' ').includes(word)) ? withSubject : topicNamed;
  // "my child is being bullied on roblox": a word the index holds in no form was not searched, and
  // names no page; an everyday word searched in the site's words ("kid") still names one.
  const searchedWords = new Set(views.flatMap((view) => view.queries.flatMap((query) => significantWords(query))));
  const asSearched = (name: string) => {
    const kept = significantWords(name).filter(
      (word) =>
        searchedWords.has(word) || subject.has(word) || plainerQuery([word]) !== undefined || ownChildWord(word) !== undefined,
    );
    return kept.length > 0 ? kept.join(' ') : name;
  };
  // "derby city lado": the area says where, and the rest names a page (the allegations procedure's
  // "LADO") when none of the area's contacts has it in its own names ("derby city social care" is
  // the city's Children's Social Care).
  const areaWords = new Set(views.flatMap((view) => (view.areas ?? []).flatMap((area) => normalise(area).split(' '))));
  const placeless = significantWords(topicNamed)
    .filter((word) => !areaWords.has(word))
    .join(' ');
  const placeTyped = significantWords(topicNamed).some((word) => areaWords.has(word));
  const areaContactNames = (view: View) =>
    isContact(view) && [view.title, ...(view.keywords ?? [])].some((name) => nameMatch(name, placeless) > 0);
  const placeName = placeTyped && !views.some(areaContactNames) ? placeless : '';
  // "young person involved in county lines": the child says who, and "county" alone named Derbyshire
  // County Council's contact; what is left names the page only when it is a phrase of the search.
  const childNamedOff = asSearched(withoutChildNamed(topicNamed));
  const names = [
    ...new Set(
      [topicNamed, subjectAdded, childless, placeName]
        .map(asSearched)
        .concat(significantWords(childNamedOff).length >= 2 ? [childNamedOff] : [])
        .filter((name) => significantWords(name).length > 0),
    ),
  ];
  // The resources list holds its entries in full, each under its title: it is the list page of its own type.
  const holdsEntries = (view: View) => view.type !== undefined && typeLists[view.type] === pathOf(view);
  const scored = views.map((view, position) => {
    // "UKCCIS sexting guidance": a service named with a topic it has every word of.
    // "ceop report button": found by the service's name without the word its page lacks; "internet
    // matters parental control guides": its name is typed, though "internet" was not searched.
    const otherNames = views.filter((other) => other !== view).map((other) => other.title);
    // Its name as typed, beside the words the search left out ("what the online safety act means": the Act's, not ACT's).
    const nameTyped = longestServiceName(view, asTyped, otherNames) > 0 || longestServiceName(view, asTyped) === 0;
    // "womens aid live chat": found by a word of its name alone, as its page lacks the others.
    const foundByNameTyped =
      longestServiceName(view, asTyped, otherNames) > 0 && view.queries.some((query) => inServiceName(view, query));
    const namedService =
      nameTyped &&
      (foundAsTyped(view) || foundByNameTyped || view.queries.some((query) => longestServiceName(view, query, otherNames) > 0));
    const service = namedService
      ? Math.max(serviceNamePoints(view, searched, otherNames), serviceNamePoints(view, withSubject, otherNames))
      : 0;
    const points = Math.max(namingPoints(view, foundAsTyped(view) ? [...names, ...also] : names, holdsEntries(view)), service);
    return { view, position, points, step: Math.floor(points / namingStep) };
  });
  // A contact that names the search no better than a page that explains it follows that page; so
  // does one that names nothing of it and has only one of its words ("UK Safer Internet Centre" for
  // "make my child's phone safer"). One that has every word keeps its place: the index ranked it.
  type Scored = (typeof scored)[number];
  const explainsAsWell = (contact: Scored, other: Scored) =>
    other.step === contact.step && !isContact(other.view) && other.points >= contact.points;
  const yields = (each: Scored) =>
    isContact(each.view) &&
    onlyAsTyped(each.view) &&
    (each.points > 0
      ? scored.some((other) => explainsAsWell(each, other))
      : each.view.queries.every((query) => words.has(query.toLowerCase())));
  // A parent asking about their own child ("my son …") is better served by a page written for
  // parents, or for their child, than by one only for professionals that names the search no better.
  const asParent = professionalsAudience !== undefined && (speaksAsParent(searched) || speaksAsParent(asTyped));
  const onlyFor = (view: View, audience: string | undefined) =>
    (view.audiences?.length ?? 0) > 0 && (view.audiences?.every((each) => each === audience) ?? false);
  // A guide outcome for young people speaks to the young person ("Someone online is asking you for nudes"), not their parent.
  const toYoungPerson = (view: View) =>
    youngPeopleOutcome !== undefined && view.type === youngPeopleOutcome.type && onlyFor(view, youngPeopleOutcome.audience);
  const notForParents = (view: View) => onlyFor(view, professionalsAudience) || toYoungPerson(view);
  // A young person saying who they are ("im 14 and …") is better served by a page written for them
  // than by one only for adults that names the search no better.
  const asYoungPerson = youngPeopleOutcome !== undefined && (speaksAsYoungPerson(searched) || speaksAsYoungPerson(asTyped));
  const notForYoungPeople = (view: View) =>
    (view.audiences?.length ?? 0) > 0 && !(view.audiences?.includes(youngPeopleOutcome?.audience ?? '') ?? false);
  const notForReader = asParent ? notForParents : asYoungPerson ? notForYoungPeople : undefined;
  // A contact that names nothing of the search is no page for the reader to read first: it only follows a page that explains.
  const readForReader = (each: Scored) => !notForReader?.(each.view) && !(isContact(each.view) && each.points === 0);
  // Such a page follows a page for the reader that names the search at least as well, not one that names less of it.
  const forOtherReaders = (each: Scored) =>
    notForReader?.(each.view) &&
    scored.some((other) => other.step === each.step && readForReader(other) && other.points >= each.points)
      ? 1
      : 0;
  // "coach texting my son": the procedure for concerns about people who work with children first.
  const aboutCarer = concernsRole(asTyped) || concernsRole(searched);
  const concernRank = (view: View) => (aboutCarer && view.queries.includes(roleConcernSearch) ? 0 : 1);
  // "allegations procedure": the procedures first, after only a page whose title or a keyword is
  // the search ("Follow the allegations procedure" for that query, the list of online risks for
  // "types of online risk").
  const askedType = typeTopic(searched, typeWords)?.type;
  const namedAsSearched = (view: View) => [view.title, ...(view.keywords ?? [])].some((name) => nameMatch(name, searched) === 1);
  // The list of that type's pages is one of them when none of them names the search ("what are the
  // 4 cs of online risk": the list of online risks), not when one does ("upskirting law": the Act,
  // whose summary the list repeats).
  const entryNamed = scored.some((each) => each.view.type === askedType && each.points > 0);
  const isTypeList = (view: View) => askedType !== undefined && !entryNamed && pathOf(view) === typeLists[askedType];
  const typeRank = (view: View) =>
    askedType === undefined || namedAsSearched(view) ? 0 : view.type === askedType || isTypeList(view) ? 1 : 2;
  const ranked = scored.map((each) => ({
    ...each,
    yields: yields(each),
    elsewhere: forOtherReaders(each),
    typeRank: typeRank(each.view),
    concernRank: concernRank(each.view),
    // A source document kept for reference (the 2017 strategy) mentions almost everything; it follows
    // the pages that name the search as well, unless it names the search better ("online safety strategy").
    archived: archiveType !== undefined && each.view.type === archiveType ? 1 : 0,
  }));
  type Ranked = (typeof ranked)[number];
  const byRank = (a: Ranked, b: Ranked) =>
    a.concernRank - b.concernRank ||
    a.typeRank - b.typeRank ||
    b.step - a.step ||
    a.elsewhere - b.elsewhere ||
    a.archived - b.archived;
  const kept = ranked.filter((each) => !each.yields).sort((a, b) => byRank(a, b) || a.position - b.position);
  // A contact that yields goes right after the pages it yields to, not after every page that names the search as well.
  for (const contact of ranked.filter((each) => each.yields)) {
    const yieldsTo = (other: Ranked) => byRank(other, contact) === 0 && (contact.points === 0 || explainsAsWell(contact, other));
    const ownPlace = kept.findIndex((other) => (byRank(other, contact) || other.position - contact.position) > 0);
    kept.splice(Math.max(ownPlace === -1 ? kept.length : ownPlace, kept.findLastIndex(yieldsTo) + 1), 0, contact);
  }
  return kept.map((each) => each.view);
}
