/**
 * Turns what Pagefind returns into what the search page shows: title, type, an excerpt with the
 * matched words marked, and the sections that matched. Pure, so the wording is unit-tested.
 */
import { searchMetaFields, searchSectionsPerResult, type SearchFilterKey } from './search-config';
import { normalise } from './name-forms';

/** The parts of Pagefind's result data the page uses (see pagefind.app/docs/api/). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent when the match is before the page's first heading with an id. */
  anchor?: { element: string; id: string; text?: string } | undefined;
  /** Where the search's words are in the section, and how much each counts. */
  weighted_locations?: { balanced_score: number }[] | undefined;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's filter values by filter ("audience": ["Parents and carers"]). */
  filters?: Record<string, string[]> | undefined;
  sub_results: PagefindSubResult[];
}

/** A result as Pagefind's `search()` returns it; its data (the page's fragment) loads on request. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** What the site uses of Pagefind's script (`/pagefind/pagefind.js`), in the browser and in Node. */
export interface PagefindScript {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: object }): Promise<{ results: PagefindResult[] } | null>;
  /** Loads the parts of the index a search for these words would need, without searching. */
  preload(term: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * A copy of a result's data. Pagefind keeps one data object per page and rewrites its excerpt
 * and sections on each `data()` call, so a page found by two searches must be copied after each.
 * @param data what `result.data()` resolved to
 */
export function copyResultData(data: PagefindResultData): PagefindResultData {
  return {
    url: data.url,
    excerpt: data.excerpt,
    meta: { ...data.meta },
    filters: data.filters
      ? Object.fromEntries(Object.entries(data.filters).map(([name, values]) => [name, [...values]]))
      : undefined,
    sub_results: data.sub_results.map((sub) => ({
      title: sub.title,
      url: sub.url,
      excerpt: sub.excerpt,
      anchor: sub.anchor ? { ...sub.anchor } : undefined,
      weighted_locations: sub.weighted_locations?.map(({ balanced_score }) => ({ balanced_score })),
    })),
  };
}

/** A run of excerpt text, marked when it is a matched word. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface ResultSection {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface ResultView {
  title: string;
  url: string;
  /** The content type's label, e.g. "Procedure". */
  type: string;
  excerpt: ExcerptPart[];
  sections: ResultSection[];
  /** The page's own keywords, the editors' first choice first (hidden metadata, never shown). */
  keywords: string[];
  /** The glossary's other names for the terms the page is about (hidden metadata, never shown). */
  glossaryNames: string[];
  /** The audiences the page is written for (its audience filter); none for pages without one. */
  audiences: string[];
  /** The areas the page is for (its area filter): a contact's own area, as "Derbyshire". */
  areas: string[];
  /** Whether the page gives a phone number to ring (a contact with `phones`). */
  callable: boolean;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replaceAll(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    const known = entities[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return whole;
  });
}

/**
 * Splits Pagefind's excerpt HTML into plain text and marked words, so the page builds it with
 * text nodes and never parses HTML from the index.
 * @param excerpt Pagefind's excerpt: entity-encoded text with `<mark>` around matched words
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
    parts.push({ text: decodeEntities(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
  return parts.filter((part) => part.text !== '');
}

/**
 * A result link that also asks the destination page to mark these words: Pagefind adds the
 * words of the query that found the page, and the reader may have typed others (an acronym
 * whose expansion found it).
 * @param url a result or section link from Pagefind
 * @param param the highlight query parameter
 * @param words words to add, each as its own parameter as Pagefind writes them
 */
export function withHighlightWords(url: string, param: string, words: readonly string[]): string {
  const [beforeHash = '', hash] = url.split(/#(.*)/s, 2);
  const [path = '', query = ''] = beforeHash.split(/\?(.*)/s, 2);
  const params = new URLSearchParams(query);
  const present = new Set(params.getAll(param).map((word) => word.toLowerCase()));
  for (const word of words.map((word) => word.toLowerCase())) {
    if (word === '' || present.has(word)) continue;
    params.append(param, word);
    present.add(word);
  }
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}

/** How much a section matched the search: what its matched words count, together. */
const sectionScore = (sub: PagefindSubResult): number =>
  (sub.weighted_locations ?? []).reduce((total, { balanced_score }) => total + balanced_score, 0);

/**
 * A page's sections, the one that matched the search most first, then in page order: Pagefind
 * gives them in page order, so on a long page ("Resources") the section headed with what was
 * typed ("UKCIS Digital Passport") came after every earlier one that had a word of it.
 * @param sections the sub-results of one search
 */
const bestMatchedFirst = (sections: readonly PagefindSubResult[]): PagefindSubResult[] =>
  sections
    .map((sub, at) => ({ sub, at, score: sectionScore(sub) }))
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .map(({ sub }) => sub);

/**
 * What the page shows for one result.
 * @param found the page's data from each search that found it, most specific first: the title
 *   and type come from the first, the excerpt from the first with a marked word, and the
 *   sections from all of them in order
 * @param highlight words the destination should mark besides Pagefind's own, and the parameter
 */
export function toResultView(
  found: readonly PagefindResultData[],
  highlight?: { param: string; words: readonly string[] },
): ResultView {
  const [first] = found;
  if (!first) throw new Error('toResultView needs the data of at least one search result.');
  const link = (url: string) => (highlight ? withHighlightWords(url, highlight.param, highlight.words) : url);
  const title = first.meta['title'] ?? first.url;
  const seen = new Set<string>();
  const sections = found
    .flatMap((data) => bestMatchedFirst(data.sub_results))
    // The entry without an anchor is the page itself, which the title already links to; so is a
    // section headed with the page's own title (a contact's card).
    .filter((sub) => sub.anchor !== undefined && sub.anchor.element !== 'h1' && sub.title !== title)
    .filter((sub) => !seen.has(sub.anchor?.id ?? '') && seen.add(sub.anchor?.id ?? ''))
    .slice(0, searchSectionsPerResult);
  const excerpt = found.find((data) => data.excerpt.includes('<mark>'))?.excerpt ?? first.excerpt;
  // A section whose excerpt is the page's own shows only its link, not the same words twice.
  const sectionViews = sections.map((sub) => ({
    title: sub.title,
    url: link(sub.url),
    excerpt: sub.excerpt === excerpt ? [] : excerptParts(sub.excerpt),
  }));
  const list = (field: string) => (first.meta[field] ?? '').split(', ').filter((name) => name !== '');
  return {
    title,
    url: link(first.url),
    type: first.meta['type'] ?? '',
    excerpt: excerptParts(excerpt),
    sections: sectionViews,
    keywords: [...list(searchMetaFields.keywords), ...list(searchMetaFields.moreKeywords)],
    glossaryNames: list(searchMetaFields.glossaryNames),
    audiences: [...(first.filters?.['audience' satisfies SearchFilterKey] ?? [])],
    areas: [...(first.filters?.['area' satisfies SearchFilterKey] ?? [])],
    callable: (first.meta[searchMetaFields.phone] ?? '') !== '',
  };
}

/**
 * The sentence that tells every reader, and screen-reader users through a live region, what the
 * search found.
 * @param count how many pages matched
 * @param query what the reader typed (may be empty when only filters are ticked)
 * @param filtered whether any filter is ticked
 * @param partial whether the pages match only some of the words (no page had them all)
 * @param alsoSearched other names of the term that were searched too (from the glossary)
 */
export function resultCountText(
  count: number,
  query: string,
  filtered: boolean,
  partial = false,
  alsoSearched: readonly string[] = [],
): string {
  const pages = `${count === 0 ? 'No' : count} ${count === 1 ? 'result' : 'results'}`;
  const subject = query === '' ? '' : partial ? ` for some of the words in ‘${query}’` : ` for ‘${query}’`;
  const also = alsoSearched.length > 0 ? ` or ${alsoSearched.map((name) => `‘${name}’`).join(' or ')}` : '';
  const filters = filtered ? ' with the filters you chose' : '';
  return `${pages}${subject}${also}${filters}`;
}

/**
 * What the results say was searched: the words kept of the query ("grooming" for "grooming
 * advice"), or the query as typed when the search read some of its words in the site's words
 * ("will post my nudes" searched as "threatening to share my nudes"), which would read as words
 * the reader never typed.
 * @param typed the query as typed
 * @param searched the words the search kept, in the order typed
 */
export function searchedAsTyped(typed: string, searched: string): string {
  const typedWords = new Set(normalise(typed).split(' '));
  return normalise(searched)
    .split(' ')
    .every((word) => typedWords.has(word))
    ? searched
    : typed;
}

/**
 * Filter values in the order the site defines them (content types, audiences and areas from
 * the schemas and site config), then any others alphabetically.
 * @param counts Pagefind's pages per value for one filter field
 * @param order the site's own order of values for that field
 */
export function orderedFilterValues(counts: Record<string, number>, order: readonly string[]): string[] {
  const rank = (value: string) => {
    const index = order.indexOf(value);
    return index === -1 ? order.length : index;
  };
  return Object.keys(counts).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en-GB'));
}
