/**
 * Turns what Pagefind returns into what the search page shows: title, type, an excerpt with the
 * matched words marked, and the sections that matched. Pure, so the wording is unit-tested.
 */
import { searchSectionsPerResult } from './search-config';

/** The parts of Pagefind's result data the page uses (see pagefind.app/docs/api/). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent when the match is before the page's first heading with an id. */
  anchor?: { element: string; id: string; text?: string } | undefined;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
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
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

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
 * What the page shows for one result.
 * @param data the result's data from Pagefind
 */
export function toResultView(data: PagefindResultData): ResultView {
  const title = data.meta['title'] ?? data.url;
  const sections = data.sub_results
    // The entry without an anchor is the page itself, which the title already links to; so is a
    // section headed with the page's own title (a contact's card).
    .filter((sub) => sub.anchor !== undefined && sub.anchor.element !== 'h1' && sub.title !== title)
    .slice(0, searchSectionsPerResult)
    .map((sub) => ({ title: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) }));
  return {
    title,
    url: data.url,
    type: data.meta['type'] ?? '',
    excerpt: excerptParts(data.excerpt),
    sections,
  };
}

/**
 * The sentence that tells every reader, and screen-reader users through a live region, what the
 * search found.
 * @param count how many pages matched
 * @param query what the reader typed (may be empty when only filters are ticked)
 * @param filtered whether any filter is ticked
 * @param partial whether the pages match only some of the words (no page had them all)
 */
export function resultCountText(count: number, query: string, filtered: boolean, partial = false): string {
  const pages = `${count === 0 ? 'No' : count} ${count === 1 ? 'result' : 'results'}`;
  const subject = query === '' ? '' : partial ? ` for some of the words in ‘${query}’` : ` for ‘${query}’`;
  const filters = filtered ? ' with the filters you chose' : '';
  return `${pages}${subject}${filters}`;
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
