/**
 * What to search for besides the words typed. Pagefind returns only pages that have every word
 * of a query, and a page that explains "designated safeguarding lead" may never write "DSL".
 * So the search page also searches a term's other names from the glossary (its expansion, or
 * its acronym), and, when nothing has all the words of a question typed the way people talk
 * ("my child sent a nude"), the meaningful words on their own.
 */
import { letters, normalise } from './name-forms';

/**
 * Words that carry no meaning of their own in a search, including the vague ones ("report
 * something online" is about reporting); never acronyms or topic words.
 */
const stopWords = new Set(
  `a about after am an and any are as at be been being but by can could did do does doing for from had has have he her
  his how i if im i'm in into is it its it's me my of on or our should so some than that the their them then there these
  they this those to up us was we were what when where which who why will with would you your
  what's whats who's whos where's wheres how's hows
  don't dont doesn't doesnt didn't didnt can't cant isn't isnt aren't arent wasn't wasnt haven't havent won't
  i've ive you're youre they're theyre he's hes she's shes that's thats there's theres
  something anything everything someone somebody anyone anybody thing things stuff information stand meaning definition
  says said unless just really very please also even still ever now know many much within all between among amongst having think list lists
  keeps kept always constantly repeatedly both two
  through against via onto upon towards toward off because while whilst since until again
  around across during without before behind beside near throughout`.split(/\s+/),
);

/**
 * Words that ask for a way to get in touch rather than name a topic: "Childline number",
 * "NSPCC helpline", "Childline opening hours", "Safer Derbyshire website" ("websites" is a topic:
 * "suicide websites"). A query with one of them puts matching contacts first.
 */
export const contactWords = new Set([
  'number',
  'numbers',
  'phone',
  'telephone',
  'tel',
  'helpline',
  'call',
  'ring',
  'contact',
  'email',
  'opening',
  'hours',
  'times',
  'open',
  'website',
]);

/** The words of `contactWords` that ask for a number to ring: "helpline", "call" (not "email" or "website"). */
export const callWords = new Set(['number', 'numbers', 'phone', 'telephone', 'tel', 'helpline', 'call', 'ring']);

/**
 * Words that ask for help in general rather than name what it is about (`withoutGenericWords`, in
 * search-strategy.ts, takes them off). Each was added after retyping the query set's own topics
 * with it ("grooming advice", "problems with cyberbullying") and checking what it did to every
 * other query's first result (the header of tests/search-queries.yaml records each batch).
 */
export const genericWords = new Set(
  `help advice support tips info uk
  signs warning examples dangers facts explained understanding awareness policy latest new
  need needs needed deal dealing dealt get find looking tell telling want wants wanted involved services
  speak learn learning read reading explain understand recognise recognising recognize recognizing spot cope coping
  handle handling guide guidance more groups gov gov.uk faq faqs answers
  spotting identify identifying tackle tackling manage managing address addressing ways way
  common happen happens happened happening define type types kinds effect effects impact victim victims prevention
  preventing stop stopping meant beginners summary overview key points best practice serious urgent urgently
  asap right next step steps process checklist checklists simple simply explanation terms dummies
  protect protecting keep keeping safe
  issue issues problem problems questions worries
  illegal legal prison jail jailed getting found discovered noticed watches watched watching`.split(/\s+/),
);

/**
 * Words for the subject of the whole site, on almost every page: searched, they only narrow what
 * is found to the pages that use them most ("sexting online" had Sextortion first, "grooming on
 * social media" the Sexual Offences Act), so `withoutGenericWords` takes them off as it does
 * `genericWords`; but in a page's own name they still name it ("Bullying online" for "my child is
 * being bullied online"), so `firstScreenOrder` compares names with them as typed.
 */
const subjectPhrases = ['online safety', 'internet safety', 'online', 'internet', 'social media', 'safeguarding'];

/** The words for the site's subject that stand alone ("online", "internet", "safeguarding"). */
export const standaloneSubjectWords = subjectPhrases.filter((phrase) => !phrase.includes(' '));

/**
 * Words for the subject that also start terms of its own ("safeguarding lead", "safeguarding
 * concern"): such a word names the topic when the site uses it with the word after it.
 */
export const subjectTermStarts = new Set(['safeguarding']);

/**
 * The words of a query that are part of a phrase for the site's subject (`subjectPhrases`).
 * @param words the query's words as typed, lower case (`queryWords`)
 */
export function subjectWordsIn(words: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const phrase of subjectPhrases) {
    const parts = phrase.split(' ');
    for (let at = 0; at + parts.length <= words.length; at += 1)
      if (parts.every((part, offset) => words[at + offset] === part)) for (const part of parts) found.add(part);
  }
  return found;
}

/**
 * Whether a word is one of the small words left out of every search ("how", "do", "a").
 * @param word a lower-case word
 */
export const isSmallWord = (word: string): boolean => significantWords(word).length === 0;

/**
 * Whether a word names nothing of its own: a small word, or one that asks for help in general.
 * @param word a lower-case word
 */
export const namesNothing = (word: string): boolean => isSmallWord(word) || genericWords.has(word);

/**
 * The words of a query that say what it is about, in the order typed, each once.
 * @param query what the reader typed
 */
export function significantWords(query: string): string[] {
  const words = query
    .toLowerCase()
    // A phone types "what’s" with a curly apostrophe.
    .replaceAll('’', "'")
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '' && !stopWords.has(word));
  return [...new Set(words)];
}

/**
 * The words with each age ("15 year old", "12 yr old") as one phrase search: a child's age says
 * who a question is about, and its words one by one ("year", "old") count for any page that
 * mentions ages, such as a list of resources for 11 to 16 year olds.
 * @param words the query's meaningful words (`significantWords`)
 */
export function withAgesAsPhrases(words: readonly string[]): string[] {
  const terms: string[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const [number, unit, old] = words.slice(at, at + 3);
    if (/^\d+$/.test(number ?? '') && /^(?:years?|yrs?)$/.test(unit ?? '') && old === 'old') {
      terms.push(phraseSearch(`${number} ${unit} old`));
      at += 2;
    } else terms.push(words[at]!);
  }
  return terms;
}

/** Words written as they sound in messages ("wat", "u", "ppl", "some1"), and the words they stand for. */
const textSpeak: Readonly<Record<string, string>> = {
  wat: 'what',
  wot: 'what',
  wut: 'what',
  hw: 'how',
  wen: 'when',
  u: 'you',
  ur: 'your',
  r: 'are',
  ppl: 'people',
  some1: 'someone',
  every1: 'everyone',
  any1: 'anyone',
  b4: 'before',
  bf: 'boyfriend',
  gf: 'girlfriend',
  msg: 'message',
  msgs: 'messages',
  msging: 'messaging',
  msgd: 'messaged',
  txt: 'text',
  txts: 'texts',
  skool: 'school',
  pls: 'please',
  plz: 'please',
  cuz: 'because',
  coz: 'because',
  // The words for nudes spelled as they sound, which no page writes.
  noodz: 'nudes',
  noods: 'nudes',
  nudez: 'nudes',
  nudies: 'nudes',
  pix: 'pictures',
  pic: 'picture',
};

/**
 * A harm the pages name, with "cyber" before it ("cyberstalking", "cyber harassment"): the pages
 * say "online", or name the harm alone. Not the harms the pages name with "cyber" themselves
 * (cyberbullying, cyberflashing, cybercrime), nor "Cyber Choices" and the police's cyber team.
 */
const cyberHarm =
  /(?<![\p{L}\d])cyber[\s-]?(stalk\p{L}*|harass\p{L}*|abuse|threats?|grooming|predators?|sextortion)(?![\p{L}\d])/giu;

/** Someone said to have done something, contracted: "someone's sent", "he's been". */
const hasContracted =
  /(?<![\p{L}\d])(someone|somebody|he|she|it|everyone|everybody|there)['’]s\s+(been|got|gone|had|sent|shared|posted|taken|made|asked|told)(?![\p{L}\d])/giu;

/** Someone said to be doing something, contracted: "someone's asking", "they're sharing". */
const isContracted = /(?<![\p{L}\d])(someone|somebody|he|she|it|everyone|everybody|they|we|you)['’](?:s|(re))(?![\p{L}\d])/giu;

/**
 * The query with words written as they sound in messages in full ("wat is grooming" → "what is
 * grooming"), and a harm named with "cyber" in the pages' words ("cyberstalking" → "online
 * stalking"), and someone said to be or have done something contracted ("someone's asking" →
 * "someone is asking"): "wat" would otherwise be searched as the start of "watch", and a
 * description read in the pages' words only in its full form. Letters with full stops ("u.k.")
 * are an abbreviation, not text speak. A name that writes a word
 * as its sound ("Thinkuknow") is still found, as words typed apart are joined through their sound
 * (`withRunsJoined`).
 * @param query what the reader typed
 */
export const inFullWords = (query: string): string =>
  query
    .replace(/(?<![\p{L}\d'’]|\p{L}\.)\p{L}[\p{L}\d]*(?![\p{L}\d'’]|\.\p{L})/gu, (word) => textSpeak[word.toLowerCase()] ?? word)
    .replace(cyberHarm, 'online $1')
    .replace(hasContracted, '$1 has $2')
    .replace(isContracted, (_: string, who: string, are: string | undefined) => `${who} ${are === undefined ? 'is' : 'are'}`);

/**
 * Words the site's pages hold only in another sense, and the word they use for what readers mean:
 * "site" there is this site ("leave this site quickly"), so "block sites" is read as "block websites".
 */
const otherSenseWords: Readonly<Record<string, string>> = { sites: 'websites' };

/**
 * Everyday words and the plainer words the site writes for the same thing ("teenagers" → "young
 * people", "kid" → "child"): words of the language, never a topic's name (the glossary holds those).
 */
const plainerWords: Readonly<Record<string, string>> = {
  kid: 'child',
  kids: 'children',
  grandson: 'child',
  granddaughter: 'child',
  grandchild: 'child',
  grandchildren: 'children',
  grandsons: 'children',
  granddaughters: 'children',
  stepson: 'child',
  stepdaughter: 'child',
  stepchild: 'child',
  nephew: 'child',
  niece: 'child',
  teen: 'young people',
  teens: 'young people',
  teenager: 'young people',
  teenagers: 'young people',
  illegal: 'law',
  mum: 'parent',
  dad: 'parent',
  mums: 'parents',
  dads: 'parents',
  pic: 'image',
  pics: 'images',
  picture: 'image',
  pictures: 'images',
  photo: 'image',
  photos: 'images',
  post: 'share',
  posted: 'shared',
  posting: 'sharing',
  scary: 'upsetting',
  ...otherSenseWords,
};

/** A parent's own teenager ("my teenager and sexting") in the word the pages for parents use: their child. */
const ownTeenagerWords: Readonly<Record<string, string>> = {
  teen: 'child',
  teenager: 'child',
  teens: 'children',
  teenagers: 'children',
};

/**
 * A word said of a parent's own child ("teenager" after "my") in the site's words, or undefined.
 * @param word a query's word, lower case
 */
export const ownChildWord = (word: string): string | undefined => ownTeenagerWords[word];

/**
 * Whether a query's word is read in the site's plainer words (`plainerQuery`): one the index does
 * not hold, or holds only in another sense.
 * @param word a query's word, lower case
 * @param held whether the index holds it
 */
export const readInPlainerWords = (word: string, held: boolean): boolean => !held || word in otherSenseWords;

/**
 * The query's meaningful words with each everyday word in the site's plainer words, or undefined
 * when it has none.
 * @param words the query's meaningful words (`significantWords`)
 */
export function plainerQuery(words: readonly string[]): string | undefined {
  const plain = words.map((word) => plainerWords[word] ?? word);
  return plain.some((word, position) => word !== words[position]) ? [...new Set(plain)].join(' ') : undefined;
}

/** The fields of a glossary entry that name the term. */
export interface GlossaryNames {
  term: string;
  expansion?: string | undefined;
  aliases: readonly string[];
}

/**
 * Every glossary term with a second name, as a list of names: the term, its expansion, then its
 * aliases. The search page receives these with its HTML.
 * @param entries the glossary collection's entries
 */
export function glossaryNameGroups(entries: readonly GlossaryNames[]): string[][] {
  return entries
    .map((entry) => dedupe([entry.term, ...(entry.expansion ? [entry.expansion] : []), ...entry.aliases]))
    .filter((names) => names.length > 1);
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = normalise(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The other names to search when the query is exactly one name of a glossary term: its term and
 * expansion ("DSL" also searches "Designated safeguarding lead"; an old alias such as "UKCCIS"
 * searches "UKCIS" and its expansion).
 * @param query what the reader typed
 * @param groups names per term, from `glossaryNameGroups`
 */
export function alternativeQueries(query: string, groups: readonly (readonly string[])[]): string[] {
  // Compared without small words, so "Child Exploitation and Online Protection Centre" is found
  // from the words the search keeps of it.
  const key = (text: string) => significantWords(normalise(text)).join(' ') || normalise(text);
  const typed = key(query);
  if (typed === '') return [];
  const group = groups.find((names) => names.some((name) => key(name) === typed));
  if (!group) return [];
  return group.slice(0, 2).filter((name) => key(name) !== typed);
}

/**
 * The words of a query that are part of a glossary name of several words typed in it, in order
 * ("children's services" in "how do I refer to childrens services"): a word there that asks for
 * help in general elsewhere ("services") is part of the name.
 * @param words the query's words as typed, lower case (`queryWords`)
 * @param groups the glossary's names, one group for each term
 */
export function glossaryNameWordsIn(words: readonly string[], groups: readonly (readonly string[])[]): Set<string> {
  const typed = words.map(letters);
  const found = new Set<string>();
  for (const name of groups.flat()) {
    const parts = name
      .split(/\s+/)
      .map(letters)
      .filter((part) => part !== '');
    if (parts.length < 2) continue;
    for (let at = 0; at + parts.length <= typed.length; at += 1)
      if (parts.every((part, offset) => typed[at + offset] === part))
        for (const word of words.slice(at, at + parts.length)) found.add(word);
  }
  return found;
}

/**
 * How to search for another name of a term: a name of several words as an exact phrase, so the
 * matching section is the one that spells it out, not every section that says "safeguarding".
 * @param name a glossary name such as "Designated safeguarding lead"
 */
export function phraseSearch(name: string): string {
  const words = name.replaceAll('"', '').trim();
  return /\s/.test(words) ? `"${words}"` : words;
}

export interface ScoredResult {
  id: string;
  score: number;
}

export interface MergedResult<Result extends ScoredResult> {
  id: string;
  /** The page's result from each search that found it, the longest query's first. */
  results: Result[];
  /** The queries that found the page. */
  queries: string[];
}

/**
 * How much of the best page's score for a word another page must have to count as using it, when
 * pages are ordered by how many of a question's words they use (`mergeResults`). From a fifth to
 * three tenths gave the same order on the query set and on three sets of queries it had not seen;
 * a tenth did less well.
 */
export const substantialShare = 0.2;

/**
 * Merges the results of several searches into one list, each page once, keeping its result from
 * every search that found it (longest query first: its excerpt and sections are the most
 * specific).
 * @param searches each query with Pagefind's results for it
 * @param order `first-search`: the first search's ranking, then pages only the others found (for
 *   a query and its other names, where the reader's own words rank best); `most-found`: pages
 *   that use more of the searched words first, then by summed score (for the words of a
 *   question). A page counts as using a word when it scores at least `substantialShare` of the
 *   best page's score for it: a long page that mentions five of the words once each ("12",
 *   "year", "old", "sent", "video") follows the page about "horrible" videos that was sent. A
 *   word on more than half the pages found ("online") counts for every page that has it.
 */
export function mergeResults<Result extends ScoredResult>(
  searches: readonly { query: string; results: readonly Result[] }[],
  order: 'first-search' | 'most-found',
): MergedResult<Result>[] {
  const merged = new Map<string, { found: { query: string; result: Result }[]; score: number; position: number }>();
  for (const { query, results } of searches) {
    for (const result of results) {
      const seen = merged.get(result.id) ?? { found: [], score: 0, position: merged.size };
      seen.found.push({ query, result });
      seen.score += result.score;
      merged.set(result.id, seen);
    }
  }
  const ranked = [...merged.entries()];
  // A word on most of the pages found ("online") says little, and any page that has it counts as using it.
  const common = (results: readonly Result[]) => results.length > merged.size / 2;
  const least = new Map(
    searches.map(({ query, results }) => [
      query,
      common(results) ? 0 : Math.max(0, ...results.map((result) => result.score)) * substantialShare,
    ]),
  );
  const wordsUsed = (entry: { found: { query: string; result: Result }[] }) =>
    entry.found.filter(({ query, result }) => result.score >= (least.get(query) ?? 0)).length;
  if (order === 'most-found') ranked.sort(([, a], [, b]) => wordsUsed(b) - wordsUsed(a) || b.score - a.score);
  else ranked.sort(([, a], [, b]) => a.position - b.position);
  return ranked.map(([id, entry]) => {
    const found = [...entry.found].sort((a, b) => b.query.length - a.query.length);
    return { id, results: found.map((each) => each.result), queries: found.map((each) => each.query) };
  });
}

/**
 * The results in the order another search ranked the same pages, those it did not find after
 * them in their own order: for a search whose scores say nothing, such as a phrase, which
 * Pagefind scores alike on every page that has it.
 * @param results the results to order
 * @param reference results of a search that ranks them
 */
export function inOrderOf<Result extends { id: string }>(
  results: readonly Result[],
  reference: readonly { id: string }[],
): Result[] {
  const place = new Map(reference.map((result, position) => [result.id, position]));
  const rank = (result: Result) => place.get(result.id) ?? reference.length;
  return [...results].sort((a, b) => rank(a) - rank(b));
}

/**
 * Moves to the front, keeping their order, the items that pass a test: how the search page puts
 * first the pages that use both an acronym and its full name (they explain it), and the pages
 * that have the words typed as a phrase.
 * @param items results in ranked order
 * @param test whether an item belongs in front
 */
export function promote<Item>(items: readonly Item[], test: (item: Item) => boolean): Item[] {
  return [...items.filter(test), ...items.filter((item) => !test(item))];
}
