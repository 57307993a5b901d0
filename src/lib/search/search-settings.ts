/**
 * What the search needs to know of the site's own labels and addresses: the type filter value of
 * contacts, the words that ask for a type of page, and what the first screen's order compares
 * (`firstScreenOrder`). Worked out here once, for the search page (which receives them with its
 * HTML) and for the built site's search run in Node.
 */
import { contentTypeLabels } from '../../schemas';
import { professionalsAudienceLabel, youngPeopleAudienceLabel } from '../../site.config';
import { sectionPath } from '../content/entries';
import { extraPageTypes, typeListPages, typeWordFilters } from './search-config';

export interface SearchSettings {
  contactType: string;
  typeWords: Record<string, string>;
  typeLists: Record<string, string>;
  professionalsAudience: string;
  archiveType: string;
  youngPeopleOutcome: { audience: string; type: string };
}

/** The site's search settings. */
export function searchSettings(): SearchSettings {
  const typeLabel = (collection: keyof typeof contentTypeLabels) => contentTypeLabels[collection].singular;
  return {
    contactType: typeLabel('contacts'),
    typeWords: typeWordFilters(typeLabel),
    typeLists: typeListPages(typeLabel, sectionPath),
    professionalsAudience: professionalsAudienceLabel,
    archiveType: typeLabel('documents'),
    youngPeopleOutcome: { audience: youngPeopleAudienceLabel, type: extraPageTypes.guideOutcome },
  };
}
