/**
 * Pages the search holds by their own words only, added to the index as records rather than
 * marked in the page: the lists on them name pages that answer for themselves, and marking the
 * page would cost bytes on a page held to the first-load budget.
 * - The audience pages (/parents-and-carers/ …): heading and description, with the audience's
 *   label ("Young people") as their keyword.
 * - The contact directory and the key numbers sheet: heading and opening line, with what readers
 *   call them ("helplines", "phone numbers") as their keywords.
 * - The lists of a section's entries (/procedures/, /glossary/ …): heading and description, with
 *   what readers call them ("laws", "jargon") as their keywords.
 * - The A to Z, What's changed and the accessibility statement: heading and description, with what
 *   readers call them ("site map", "what's new") as their keywords.
 * - The start page of "Worried about a child?", the same way.
 * - The glossary answers to the names of terms no page names ("DBS"), which it marks
 *   (`markedGlossaryTerms`), as a page answers to the glossary's names for what it is about.
 */
import { parse } from 'node-html-parser';
import { contactListPages } from '../../src/lib/contacts/contact-directory';
import { extraPageTypes, searchMetaFields, searchRecordAttribute } from '../../src/lib/search/search-config';
import { namesFromAttribute } from '../../src/lib/search/search-terms';
import { pathwayHeading, pathwayPath } from '../../src/lib/pages/pathways';
import { guideStartPage, sectionPages, sitePages, type ListPage } from '../../src/lib/pages/section-pages';
import { contentTypeLabels } from '../../src/schemas';
import { site } from '../../src/site.config';

export interface PageRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * A record's text: the page's heading, as a sentence unless it is one already ("Worried about a
 * child?"), then its description.
 * @param heading the page's heading
 * @param description the sentence that says what the page is
 */
export const recordText = (heading: string, description: string): string =>
  `${/[.?!]$/.test(heading) ? heading : `${heading}.`} ${description}`;

/** One record: the page's heading is its title, and its keywords rank like a content page's. */
function pageRecord(url: string, heading: string, description: string, type: string, keywords: readonly string[]): PageRecord {
  return {
    url,
    // The heading is in the text too: a word only in the title does not make Pagefind find the
    // page for a query with other words ("advice for parents" lost the parents' page without it).
    content: recordText(heading, description),
    // As Pagefind writes the pages' own language (from <html lang="en-GB">), so the records join their index.
    language: 'en-gb',
    meta: { title: heading, type, [searchMetaFields.keywords]: keywords.join(', ') },
    filters: { type: [type] },
  };
}

/**
 * One record per audience page, from the site config. The audience's own name ("Young people")
 * is the page's main keyword, as a content page's would be; a name that joins audiences
 * ("Parents and carers") gives each its own (parents, carers), and the people it takes in
 * ("teachers") follow.
 */
export function pathwayRecords(): PageRecord[] {
  return site.audiences.map((audience) =>
    pageRecord(pathwayPath(audience), pathwayHeading(audience), audience.description, extraPageTypes.pathway, [
      ...audienceNames(audience.label),
      ...audience.includes,
    ]),
  );
}

const listRecords = (pages: Record<string, ListPage>, type: string): PageRecord[] =>
  Object.values(pages).map((page) => pageRecord(page.path, page.heading, page.summary, type, page.searchNames));

/** The contact directory and the key numbers sheet, typed as contacts: a search for contacts finds them too. */
export const contactListRecords = (): PageRecord[] => listRecords(contactListPages, contentTypeLabels.contacts.singular);

/**
 * The lists of a section's entries: "glossary" or "list of laws" finds the list, and each entry
 * answers for itself; a glossary term no page names is answered by the glossary ("what is DBS").
 * @param unnamedTerms the names of glossary terms no page names
 */
export const sectionListRecords = (unnamedTerms: readonly string[] = []): PageRecord[] =>
  listRecords(sectionPages, extraPageTypes.sectionList).map((record) =>
    record.url === sectionPages.glossary.path && unnamedTerms.length > 0
      ? { ...record, meta: { ...record.meta, [searchMetaFields.glossaryNames]: unnamedTerms.join(', ') } }
      : record,
  );

/** The A to Z, What's changed and the accessibility statement, which are not searched in full. */
export const sitePageRecords = (): PageRecord[] => listRecords(sitePages, extraPageTypes.sitePage);

/** The guide's start page, typed as its outcomes are: "worried about a child" finds where to begin. */
export const guideStartRecords = (): PageRecord[] => listRecords({ guideStartPage }, extraPageTypes.guideOutcome);

/**
 * The names of each term the glossary page marks for the search index (no page's title or
 * keywords name it): its term, what it stands for and its other names.
 * @param glossaryHtml the built glossary page
 */
export function markedGlossaryTerms(glossaryHtml: string): string[][] {
  return parse(glossaryHtml)
    .querySelectorAll(`[${searchRecordAttribute}]`)
    .map((entry) => namesFromAttribute(entry.getAttribute(searchRecordAttribute) ?? ''))
    .filter((names) => names.length > 0);
}

/**
 * Every record the index holds besides the pages marked for search.
 * @param unnamedTerms the names of glossary terms no page names (`unnamedGlossaryNames`), which
 *   the glossary's own record answers to
 */
export const allPageRecords = (unnamedTerms: readonly string[] = []): PageRecord[] => [
  ...pathwayRecords(),
  ...contactListRecords(),
  ...sectionListRecords(unnamedTerms),
  ...sitePageRecords(),
  ...guideStartRecords(),
];

/**
 * An audience's names: each audience its label joins ("Parents and carers": parents, carers), then the label.
 * @param label the audience's label from the site config
 */
export function audienceNames(label: string): string[] {
  const parts = label.split(/\s+and\s+/i).map((part) => part.trim());
  return parts.length > 1 ? [...parts, label] : [label];
}
