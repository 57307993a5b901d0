/**
 * Which contacts a directory filter shows. Used both when the build writes the filtered pages and
 * by the browser when it filters the directory in place, so the two always agree. Imports nothing,
 * so the browser bundle stays small.
 */

/** The fields a filter looks at, as the card's data attributes carry them. */
export interface ContactFacets {
  area: string;
  audiences: readonly string[];
  kind: string;
}

/** Chosen values; an empty or missing value means "any". */
export interface ContactFilter {
  area?: string | undefined;
  audience?: string | undefined;
  kind?: string | undefined;
}

/**
 * Whether a contact passes every chosen filter. Areas match exactly: "Derbyshire" shows
 * Derbyshire's own services, as the card's "Area" line says; national services are their own area.
 * @param contact the contact's area, audiences and kind
 * @param filter the chosen values
 */
export function matchesFilter(contact: ContactFacets, filter: ContactFilter): boolean {
  if (filter.area && contact.area !== filter.area) return false;
  if (filter.audience && !contact.audiences.includes(filter.audience)) return false;
  if (filter.kind && contact.kind !== filter.kind) return false;
  return true;
}

/**
 * What the live result count says.
 * @param shown contacts that pass the filter
 * @param total contacts in the directory
 */
export function resultCountText(shown: number, total: number): string {
  if (shown === total) return `Showing all ${total} contacts`;
  if (shown === 0) return 'No contacts match. Choose “All” in one of the groups to see more.';
  return `Showing ${shown} of ${total} contacts`;
}
