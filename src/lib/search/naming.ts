/**
 * How directly a search result names what was searched for, from what the first screen of results
 * already holds: the page's title, its section headings, and its hidden keywords and glossary
 * names (Pagefind metadata, `search-results.ts`). Pagefind ranks by its own scores, which match the
 * start of words ("sext" finds "sextortion") and cannot tell a page's own name for a thing from a
 * word it mentions; the search page uses these points to put first the page whose own name the
 * search is (`firstScreenOrder` in `search-strategy.ts`). Pure, so it is unit-tested.
 */
import { sectionPath } from '../content/entries';
import { looksLikeAbbreviation } from '../content/glossary';
import { splitKeywords } from './search-config';
import { letters, normalise, plainWords } from './name-forms';
import { significantWords } from './search-query';

/** What the first screen knows of a result: its address, title, headings and hidden names, and the queries that found it. */
export interface ScreenView {
  url?: string;
  title: string;
  sections: readonly { title: string }[];
  queries: readonly string[];
  /** The page's own keywords, the editors' first choice first. */
  keywords?: readonly string[];
  /** The glossary's other names for the terms the page is about. */
  glossaryNames?: readonly string[];
  /** The audiences the page is written for; none for pages without an audience. */
  audiences?: readonly string[];
  /** The page's type filter value ("Procedure"). */
  type?: string;
  /** The page's area filter values ("Derbyshire"). */
  areas?: readonly string[];
  /** Whether the page gives a phone number to ring. */
  callable?: boolean;
}

/** Plurals that do not end in "s". */
const irregularPlurals: Record<string, string> = { children: 'child', people: 'person', women: 'woman', men: 'man' };

/**
 * A word without the endings that change its form, not its meaning, so "bullied", "bullying" and
 * "bullies", or "share" and "shared", compare equal (roughly as Pagefind's own stemming matches them).
 */
function stem(word: string): string {
  const singular = irregularPlurals[word];
  if (singular !== undefined) return singular;
  if (word.length < 4) return word;
  let base = word;
  if (/ie[sd]$/.test(base)) base = `${base.slice(0, -3)}y`;
  else if (base.endsWith('ing')) base = base.slice(0, -3);
  else if (base.endsWith('ed')) base = base.slice(0, -2);
  else if (base.endsWith('s') && !base.endsWith('ss')) base = base.slice(0, -1);
  // "radicalisation", "exploitation": the action named as the verb is ("radicalised", "exploited").
  if (base.endsWith('ation') && base.length > 8) base = base.slice(0, -'ation'.length);
  // "extremist" and "extremism", "terrorist" and "terrorism": the belief and who holds it.
  else if (/is[tm]$/.test(base) && base.length > 7) return base.slice(0, -1);
  // "getting" → "get", but "falling" keeps its "ll".
  if (base !== word && /([^aeiouls])\1$/.test(base)) base = base.slice(0, -1);
  return base.endsWith('e') ? base.slice(0, -1) : base;
}

/** A word of a name or search as typed, and its stem. */
interface NameWord {
  word: string;
  stem: string;
}

/** The words of a name or search that say what it is about. */
const nameWords = (text: string): NameWord[] => significantWords(plainWords(text)).map((word) => ({ word, stem: stem(word) }));

/** Whether a searched word is this word of a name: the same stem, or its start ("porn" in "pornography") when it is all the search. */
const sameWord = (searched: NameWord, named: NameWord, alone = false) =>
  searched.stem === named.stem || (alone && searched.word.length >= 4 && named.word.startsWith(searched.word));

/** How many words two lists have in common in the same order (their longest common subsequence). */
function wordsInOrder(searched: readonly NameWord[], named: readonly NameWord[]): number {
  let previous = new Array<number>(named.length + 1).fill(0);
  for (const word of searched) {
    const row = [0];
    for (const [position, other] of named.entries())
      row.push(
        sameWord(word, other, searched.length === 1)
          ? previous[position]! + 1
          : Math.max(previous[position + 1]!, row[position]!),
      );
    previous = row;
  }
  return previous[named.length]!;
}

/**
 * Whether a name and a search have the same words, in any order and whatever their endings
 * ("Professionals Online Safety Helpline" and "professionals helpline online safety").
 * @param name a title, heading or keyword
 * @param search what was searched for
 */
export function sameWords(name: string, search: string): boolean {
  const stems = (text: string) =>
    nameWords(text)
      .map((each) => each.stem)
      .sort()
      .join(' ');
  return stems(name) !== '' && stems(name) === stems(search);
}

/**
 * How well a name (a title, heading or keyword) matches a search, from 0 to 1: 1 when they are the
 * same words whatever their spacing, endings or order ("child line" and "Childline", "bullied
 * online" and "Bullying online", "risks online" and "Online risks"); otherwise the share of the search's words found in the name, in order, times
 * the share of the name's words they make up ("bullying" in "Anti-Bullying Alliance": 1 × 1/3;
 * "Bullying online" in "my child is being bullied online": 2/3 × 1); 0 when that is less than
 * `nameMatchFloor`.
 * @param name a title, heading or keyword
 * @param search what was searched for
 */
export function nameMatch(name: string, search: string): number {
  if (letters(name) !== '' && letters(name) === letters(search)) return 1;
  const named = nameWords(name);
  const searched = nameWords(search);
  if (named.length === 0 || searched.length === 0) return 0;
  const joined = (words: readonly NameWord[]) => words.map((each) => each.stem).join('');
  if (joined(named) === joined(searched)) return 1;
  // "risks online" names "Online risks": the same words in another order.
  if (sameWords(name, search)) return 1;
  const common = wordsInOrder(searched, named);
  const match = (common / searched.length) * (common / named.length);
  return match >= nameMatchFloor ? match : 0;
}

/**
 * The least match that counts. Below it a name only shares a word or two with the search ("Cyber
 * Choices" for "cyber flashing": 1/2 × 1/2); "Respond to online bullying or abuse by a child" for
 * "respond to online bullying by a pupil" (3/4 × 3/5) is above it.
 */
export const nameMatchFloor = 0.4;

/** Contacts live under one address: their pages answer for their own names. */
const contactsPath = sectionPath('contacts');
export const isContact = (view: ScreenView) => pathOf(view)?.startsWith(contactsPath) ?? false;

/** A result's path on the site, whether its address is relative (the search page) or whole (the built site read in Node). */
export const pathOf = (view: ScreenView): string | undefined =>
  view.url === undefined ? undefined : new URL(view.url, 'https://search.invalid/').pathname;

/** How much a match in each place counts: the places that say most about what a page is about count most. */
const namingWeights = { title: 8, firstKeyword: 8, mainKeywords: 4, headings: 2, moreKeywords: 1, glossaryNames: 0.5 } as const;

/** What the rest of a contact's page counts beside its own name. */
const serviceShare = 1 / 3;

/**
 * How directly a result names what was searched for: for each place, how well its best name
 * matches the search (`nameMatch`, squared, so a name that is the search counts far more than one
 * that only shares some words with it), times what the place counts (`namingWeights`). The title
 * and the first keyword are the page's own name for it ("grooming" is the first keyword of Contact
 * risks, the third of the Sexual Offences Act); then come the main keywords, section headings, and
 * other keywords and glossary names. A contact's page is about a service: only its own name in
 * full counts in full, the rest a third (`serviceShare`), so for a topic the page that explains it
 * comes before the services that help with it. (A search that asks for a number or helpline is
 * not ordered by these points: its contacts come first as the index ranks them.)
 * @param view the result's address, title, headings and hidden names
 * @param names the search, and its other names on a page the search as typed found
 * @param headingsAreTitles whether the page's headings are the titles of the entries it holds in
 *   full (the resources list: "UKCIS Digital Passport"), which count as its title does
 */
export function namingPoints(view: ScreenView, names: readonly string[], headingsAreTitles = false): number {
  const best = (texts: readonly (string | undefined)[]) =>
    Math.max(0, ...texts.flatMap((text) => (text === undefined ? [] : names.map((name) => nameMatch(text, name) ** 2))));
  const { main, more } = splitKeywords(view.keywords ?? []);
  // The first keyword and its other spellings ("cyberbullying", "cyber bullying") are the page's own name.
  const firstName = main.filter((keyword) => letters(keyword) === letters(main[0] ?? ''));
  const title = best([view.title]);
  const firstKeyword = best(firstName);
  const own = title * namingWeights.title + firstKeyword * namingWeights.firstKeyword;
  const rest =
    best(main.filter((keyword) => !firstName.includes(keyword))) * namingWeights.mainKeywords +
    best(view.sections.map((section) => section.title)) * (headingsAreTitles ? namingWeights.title : namingWeights.headings) +
    best(more) * namingWeights.moreKeywords +
    best(view.glossaryNames ?? []) * namingWeights.glossaryNames;
  if (isContact(view)) return (title === 1 || firstKeyword === 1 ? own : own * serviceShare) + rest * serviceShare;
  return own + rest;
}

/**
 * A contact's own names: its title, the name in brackets after it ("CEOP Report"), its first
 * keyword and any keyword written like an abbreviation, an acronym or an old name ("UKCCIS").
 */
function serviceNames(view: ScreenView): string[] {
  const bracketed = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(view.title);
  const keywords = view.keywords ?? [];
  // "Starting Point … (Derbyshire)": the area a service covers is no name of it.
  const areas = new Set((view.areas ?? []).map(letters));
  const inBrackets = bracketed && !areas.has(letters(bracketed[2]!)) ? [bracketed[2]!] : [];
  return [
    view.title,
    ...(bracketed ? [bracketed[1]!, ...inBrackets] : []),
    ...keywords.slice(0, 1),
    ...keywords.filter(looksLikeAbbreviation),
  ];
}

/**
 * Whether a text is part of one of a contact's own names ("womens" of "Women's Aid").
 * @param view the result
 * @param text a search that found it
 */
export function inServiceName(view: ScreenView, text: string): boolean {
  const typed = letters(text);
  return isContact(view) && typed !== '' && serviceNames(view).some((name) => letters(name).includes(typed));
}

/**
 * Whether a search is one of a contact's own names with words of the area it covers ("derby
 * initial response team": the Initial Response Team, in Derby City).
 * @param view the result
 * @param search what was searched for, its words that ask for a contact taken off
 */
export function namesServiceInArea(view: ScreenView, search: string): boolean {
  if (!isContact(view)) return false;
  const areaWords = new Set((view.areas ?? []).flatMap((area) => normalise(area).split(' ')));
  const words = normalise(search).split(' ');
  const named = words.filter((word) => !areaWords.has(word));
  return named.length > 0 && named.length < words.length && serviceNames(view).some((name) => sameWords(name, named.join(' ')));
}

/**
 * How directly a search names a contact when the contact's own name is typed with other words
 * ("UKCCIS sexting guidance", "nspcc sexting advice"): a title's points for the share of the
 * search's words that are the name. The reader asks what that service has to say. 0 for any
 * other page, or when the name is the whole search (then `namingPoints` counts it in full).
 * @param view the result
 * @param search what was searched for
 * @param otherNames the titles of the other results (`longestServiceName`)
 */
export function serviceNamePoints(view: ScreenView, search: string, otherNames: readonly string[] = []): number {
  const words = significantWords(plainWords(search));
  const longest = longestServiceName(view, search, otherNames);
  return longest < words.length ? (longest / words.length) * namingWeights.title : 0;
}

/**
 * How many words of the search, one after another, are one of a contact's own names (the most,
 * when several are); 0 for any other page. Words that, with the word before or after them, are
 * part of another result's title do not count: "act" in "children act" is the Children Act's,
 * not ACT's.
 * @param view the result
 * @param search what was searched for
 * @param otherNames the titles of the other results
 */
export function longestServiceName(view: ScreenView, search: string, otherNames: readonly string[] = []): number {
  if (!isContact(view)) return 0;
  const words = significantWords(plainWords(search)).map(letters);
  const own = serviceNames(view);
  const names = new Set(own.map(letters));
  const written = new Set(own.flatMap((name) => plainWords(name).split(' ')));
  const others = otherNames.map((name) => plainWords(name).split(' '));
  // The words in the same order in a title, with others between them ("voyeurism act" in
  // "Voyeurism (Offences) Act"), the name's own words written otherwise than the service writes
  // them ("Act", not "ACT"): a title that writes "CEOP" names the service.
  const inOrderIn = (span: readonly string[], title: readonly string[], name: ReadonlySet<string>) => {
    let at = 0;
    for (const word of title) {
      if (at === span.length) break;
      if (letters(word) !== span[at]) continue;
      if (name.has(span[at]!) && written.has(word)) return false;
      at += 1;
    }
    return at === span.length;
  };
  const inOtherName = (start: number, end: number) => {
    const name = new Set(words.slice(start, end));
    return [words.slice(Math.max(start - 1, 0), end), words.slice(start, end + 1)].some(
      (span) => span.length > end - start && others.some((title) => inOrderIn(span, title, name)),
    );
  };
  let longest = 0;
  for (let start = 0; start < words.length; start += 1)
    for (let end = start + 1; end <= words.length; end += 1)
      if (names.has(words.slice(start, end).join('')) && !inOtherName(start, end)) longest = Math.max(longest, end - start);
  return longest;
}

/**
 * Naming points are compared in steps of this size: a smaller difference (less than a heading that
 * is the search, say) is no clear sign that one page names the search better, and the search's own
 * order stands.
 */
export const namingStep = 1.5;
