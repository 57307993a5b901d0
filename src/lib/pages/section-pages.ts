/**
 * The pages that list a section's entries (/procedures/, /glossary/ …): their heading and
 * description, and what else readers call them in a search. The pages and their records in the
 * search (`build/search-index/page-records.ts`) both read them here. The search holds only these
 * words of a list, not the entries it lists, which answer for themselves.
 */
import type { CollectionName } from '../../schemas';
import { site } from '../../site.config';
import { sectionLink } from './navigation';
import { sitePaths } from './site-paths';
import { guideName, guideRoot } from '../guide/guide-graph';

/**
 * A page that lists other pages, as the search holds it: its heading, the sentence that says what
 * it is (the page shows it too), and what else readers call it. The lists of contacts
 * (`contactListPages`) are such pages as well.
 */
export interface ListPage {
  path: string;
  heading: string;
  summary: string;
  /** Words readers search for the list by that it does not use as a phrase (its keywords in the search). */
  searchNames: readonly string[];
}

const section = (collection: CollectionName, summary: string, searchNames: readonly string[]): ListPage => {
  const { href, label } = sectionLink(collection);
  return { path: href, heading: label, summary, searchNames };
};

/** The section lists the search finds. The contact directory is in `contactListPages`; the resources page is searched in full. */
export const sectionPages = {
  guidance: section(
    'guidance',
    'Plain advice on keeping children safe online, for parents, carers, young people and professionals.',
    ['all guidance', 'guides'],
  ),
  procedures: section(
    'procedures',
    `Safeguarding procedures for professionals in ${site.region} on protecting children from online harms.`,
    ['safeguarding procedures', 'procedures manual', 'list of procedures'],
  ),
  legislation: section(
    'legislation',
    'The Acts of Parliament that protect children online, in plain English, with links to the official text.',
    ['laws', 'the law', 'Acts of Parliament', 'list of laws'],
  ),
  risks: section(
    'risks',
    'The four areas of online risk to children (content, contact, conduct and commerce) and the risks that cut across them.',
    ['4Cs', 'four Cs', 'CO:RE', 'types of online risk', 'online dangers'],
  ),
  glossary: section('glossary', 'What the abbreviations and terms used on this site mean, from AI-CSAM to UKCIS.', [
    'jargon',
    'jargon buster',
    'abbreviations',
    'acronyms',
    'definitions',
    'what terms mean',
  ]),
  documents: section(
    'documents',
    "Older partnership documents about children's online safety, kept for reference with their dates.",
    ['older documents', 'archive', 'past documents'],
  ),
} as const satisfies Partial<Record<CollectionName, ListPage>>;

/**
 * The site's own pages that readers look for by name ("accessibility statement", "what's
 * changed", "a to z"): their heading and description, which the pages read here too.
 */
export const sitePages = {
  aToZ: {
    path: sitePaths.aToZ,
    heading: 'A to Z of all pages',
    summary: 'Every page on this site in alphabetical order: guidance, procedures, legislation, online risks and contacts.',
    searchNames: ['a to z', 'all pages', 'site map', 'index of pages'],
  },
  changes: {
    path: sitePaths.changes,
    heading: "What's changed",
    summary: 'Every change to the procedures, guidance and other pages on this site, newest first, with a feed you can follow.',
    searchNames: ['recent changes', 'updates to this site', "what's new", 'change log'],
  },
  accessibility: {
    path: sitePaths.accessibility,
    heading: 'Accessibility statement',
    summary: `How accessible this website is, how it was tested, and how to report a problem to the ${site.name}.`,
    searchNames: ['accessibility', 'screen reader', 'WCAG'],
  },
} as const satisfies Record<string, ListPage>;

/** The start page of the guide, which its questions and outcomes follow from. */
export const guideStartPage: ListPage = {
  path: guideRoot,
  heading: guideName,
  summary:
    'Answer a few short questions to find out what to do, and who to contact, when you are worried about a child because of something online.',
  searchNames: ['worried about a child', 'concerned about a child', 'step by step'],
};
