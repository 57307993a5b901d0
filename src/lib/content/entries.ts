/**
 * The one place an entry's address and display title are made. Pages, components, the build and
 * tools ask here; none of them writes `/${collection}/${id}/` or picks a title field by hand.
 */

/** The shape of every id: an entry's file name, a heading id, an area or audience id ("derby-city"). */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry as every collection has it: its collection's folder name, its id, and its data. */
export interface EntryLike {
  collection: string;
  id: string;
  data: object;
}

/**
 * The address of an entry's page, optionally of one section on it.
 * @param collection the collection's folder name, for example "contacts"
 * @param id the entry's id (its file name)
 * @param section a heading id on the page
 */
export function entryPath(collection: string, id: string, section?: string): string {
  return `/${collection}/${id}/${section ? `#${section}` : ''}`;
}

/**
 * The address of a collection's own page, the list of its entries: `/guidance/`.
 * @param collection the collection's folder name
 */
export function sectionPath(collection: string): string {
  return `/${collection}/`;
}

/**
 * What readers call an entry: its title, or a contact's name, or a glossary term, else its id.
 * @param entry any collection's entry
 */
export function entryTitle(entry: EntryLike): string {
  const data = entry.data as { title?: unknown; name?: unknown; term?: unknown };
  for (const value of [data.title, data.name, data.term]) if (typeof value === 'string' && value) return value;
  return entry.id;
}
