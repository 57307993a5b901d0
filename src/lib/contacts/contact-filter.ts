/**
 * Which contacts a directory filter shows. Used both when the build writes the filtered pages and
 * by the browser when it filters the directory in place, so the two always agree. Imports nothing,
 * so the browser bundle stays small.
 */

/** The fields a filter looks at, as the card's data attributes carry them. */
export interface ContactFacets {
  /** The contact's own area and any others it covers. */
  areas: readonly string[];
  audiences: readonly string[];
  kind: string;
  /** Shown whatever area or audience is chosen (999, Childline, the NSPCC Helpline). */
  alwaysShown: boolean;
}

/** Chosen values; an empty or missing value means "any". */
export interface ContactFilter {
  area?: string | undefined;
  audience?: string | undefined;
  kind?: string | undefined;
}

/** The names of the filter's fields, as the form and the address (`?area=…&audience=…`) use them. */
export const filterFields = ['area', 'audience', 'kind'] as const;

/**
 * A contact's facets from its data: its area and the areas it also covers, as one list.
 * @param data a contact's `area`, `alsoCovers`, `audiences`, `kind` and `alwaysShown`
 */
export function contactFacets(data: {
  area: string;
  alsoCovers?: readonly string[];
  audiences: readonly string[];
  kind: string;
  alwaysShown?: boolean;
}): ContactFacets {
  return {
    areas: [data.area, ...(data.alsoCovers ?? [])],
    audiences: data.audiences,
    kind: data.kind,
    alwaysShown: data.alwaysShown ?? false,
  };
}

/**
 * Whether a contact passes every chosen filter. Areas match exactly: "Derbyshire" shows the
 * services that cover Derbyshire, as the card's "Area" line says; national services are their own
 * area. A contact every reader may need ignores the area and audience, but not the kind a reader asks for.
 * @param contact the contact's areas, audiences, kind and whether it is always shown
 * @param filter the chosen values
 */
export function matchesFilter(contact: ContactFacets, filter: ContactFilter): boolean {
  if (filter.kind && contact.kind !== filter.kind) return false;
  if (contact.alwaysShown) return true;
  if (filter.area && !contact.areas.includes(filter.area)) return false;
  if (filter.audience && !contact.audiences.includes(filter.audience)) return false;
  return true;
}

/**
 * The chosen filter from an address's query string, keeping only values the form offers, so a
 * shared link reproduces the list and a mistyped one shows everything rather than nothing.
 * @param search the query string, for example "?area=derby-city&audience=parents-carers"
 * @param offered the values each field offers
 */
export function filterFromQuery(
  search: string,
  offered: Record<(typeof filterFields)[number], readonly string[]>,
): ContactFilter {
  const params = new URLSearchParams(search);
  const filter: ContactFilter = {};
  for (const field of filterFields) {
    const value = params.get(field);
    if (value && offered[field].includes(value)) filter[field] = value;
  }
  return filter;
}

/**
 * The query string for a chosen filter, fields in the form's order and empty ones left out:
 * "?area=derby-city&audience=parents-carers", or "" for everything.
 * @param filter the chosen values
 */
export function queryFromFilter(filter: ContactFilter): string {
  const params = new URLSearchParams();
  for (const field of filterFields) {
    const value = filter[field];
    if (value) params.set(field, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
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
