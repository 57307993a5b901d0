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
}

/**
 * Four short lines: what (page and section), who publishes it, where, and how current it is.
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
  return [what, input.publisher, input.url, current].filter(Boolean).join('\n');
}
