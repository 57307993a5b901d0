import { contentTypeLabels, type CollectionName } from '../../schemas';
import { sectionPath } from '../content/entries';
import { guideName, guideRoot } from '../guide/guide-graph';

/**
 * A link to one of the site's sections, labelled as readers see the section everywhere else.
 * @param collection the section's collection
 */
export function sectionLink(collection: CollectionName): { href: string; label: string } {
  return { href: sectionPath(collection), label: contentTypeLabels[collection].plural };
}

/** The header's primary navigation, in order. */
export const primaryNavigation = [
  { href: guideRoot, label: guideName },
  sectionLink('guidance'),
  sectionLink('procedures'),
  sectionLink('legislation'),
  sectionLink('risks'),
  sectionLink('contacts'),
];

/**
 * Whether a navigation item is the current section, for `aria-current`.
 * @param href the item's link
 * @param pathname the current page's path
 */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
