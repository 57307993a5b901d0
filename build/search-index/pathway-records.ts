/**
 * The audience pages (/parents-and-carers/ …) in the search index, by their own words: heading and
 * description, with the audience's label ("Young people") as their keyword. Added as records
 * rather than marked in the page, because the lists under them name pages that answer for
 * themselves, and marking the page would cost bytes on a page held to the first-load budget.
 */
import { extraPageTypes, searchMetaFields } from '../../src/lib/search/search-config';
import { pathwayHeading, pathwayPath } from '../../src/lib/pages/pathways';
import { site } from '../../src/site.config';

export interface PathwayRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** One search record per audience page, from the site config. */
export function pathwayRecords(): PathwayRecord[] {
  return site.audiences.map((audience) => ({
    url: pathwayPath(audience),
    content: `${pathwayHeading(audience)}. ${audience.description}`,
    // As Pagefind writes the pages' own language (from <html lang="en-GB">), so the records join their index.
    language: 'en-gb',
    // The audience's own name ("Young people") is the page's main keyword, as a content page's would
    // be; a name that joins audiences ("Parents and carers") gives each its own (parents, carers),
    // and the people it takes in ("teachers") follow.
    meta: {
      title: pathwayHeading(audience),
      type: extraPageTypes.pathway,
      [searchMetaFields.keywords]: [...audienceNames(audience.label), ...audience.includes].join(', '),
    },
    filters: { type: [extraPageTypes.pathway] },
  }));
}

/**
 * An audience's names: each audience its label joins ("Parents and carers": parents, carers), then the label.
 * @param label the audience's label from the site config
 */
export function audienceNames(label: string): string[] {
  const parts = label.split(/\s+and\s+/i).map((part) => part.trim());
  return parts.length > 1 ? [...parts, label] : [label];
}
