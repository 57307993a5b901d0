/**
 * The plain-text citation a reader pastes into an e-mail or a case note. The page renders it for
 * the whole page; the enhancement script builds the same text for one section, from the page's
 * `data-cite-*` attributes, so both read alike.
 */

export interface CitationInput {
  /** The page title. */
  title: string;
  /** The section's number, in procedures ("2.1"). */
  sectionNumber?: string | undefined;
  /** The section's heading, when citing one section. */
  sectionText?: string | undefined;
  /** Who publishes the page. */
  publisher: string;
  /** The full address, with the section's fragment when citing one section. */
  url: string;
  /** The last-updated date as readers see it ("14 March 2025"). */
  lastUpdated?: string | undefined;
  /** A procedure's version number. */
  version?: string | undefined;
  /** The day the reader viewed the page, in UK time ("28 November 2026"; `viewedOnDate`). */
  viewedOn?: string | undefined;
}

/** Collections whose pages professionals cite by section: their headings get a link, "Copy link" and "Cite". */
export const citedCollections: readonly string[] = ['procedures', 'legislation', 'risks', 'documents'];

/**
 * Whether a collection's pages offer section links and citations, or one plain "Share this page" link
 * (guidance for parents, carers and young people; contacts; resources).
 * @param collection the collection's folder name
 */
export function isCitedCollection(collection: string | undefined): boolean {
  return collection !== undefined && citedCollections.includes(collection);
}

// Made on first use: a formatter with a time zone takes the browser tens of milliseconds to make
// (its time zone data), which every page would pay as it loads, for a date few readers ask for.
let londonLongDate: Intl.DateTimeFormat | undefined;

/**
 * The day it is in the UK at a moment, as readers write dates ("28 November 2026"): a citation's
 * "viewed on" and a printout's "Printed on".
 * @param now the moment
 */
export function viewedOnDate(now: Date): string {
  londonLongDate ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
  return londonLongDate.format(now);
}

/**
 * The "Share this page" link: an e-mail with the page's title as its subject and its address as the
 * text, opened in the reader's own e-mail app, so it works without JavaScript and tells no one else.
 * @param title the page title
 * @param url the page's canonical address
 */
export function shareByEmailHref(title: string, url: string): string {
  return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`;
}

/**
 * Short lines: what (page and section), who publishes it, where, how current it is, and when it was viewed.
 * @param input the page's and section's details
 */
export function citationText(input: CitationInput): string {
  const what = !input.sectionText
    ? input.title
    : input.sectionNumber
      ? `${input.title}, section ${input.sectionNumber}: ${input.sectionText}`
      : `${input.title}: ${input.sectionText}`;
  const current = input.lastUpdated
    ? `Last updated ${input.lastUpdated}${input.version ? ` (version ${input.version})` : ''}`
    : '';
  const viewed = input.viewedOn ? `Viewed on ${input.viewedOn}` : '';
  return [what, input.publisher, input.url, current, viewed].filter(Boolean).join('\n');
}
