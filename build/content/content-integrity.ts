/**
 * Checks that need every entry at once: references that point nowhere, ids that collide, and
 * component ids used in MDX bodies. Astro only logs a dangling `reference()`; the build calls
 * this and fails instead.
 */
import { collectionNames, type CollectionName, type EntryReference } from '../../src/schemas';
import { idPattern } from '../../src/lib/content/entries';
import type { ContentProblem } from './content-error';
import { fieldName, type LoadedEntry } from './content-files';
import { leavesOf } from './data-leaves';

/** MDX components that take an entry id, and the collection the id must be in. */
export const idComponents: Record<string, CollectionName> = {
  Contact: 'contacts',
  ContactLink: 'contacts',
  Phone: 'contacts',
  Act: 'legislation',
  ProcedureLink: 'procedures',
  GuidanceLink: 'guidance',
  RiskLink: 'risks',
};

function isReference(value: unknown): value is EntryReference {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && 'collection' in value && 'id' in value && (collectionNames as readonly unknown[]).includes(value.collection);
}

/** Every reference in an entry's data, with the dotted field it sits in. */
export function referencesIn(data: unknown): { field: string; reference: EntryReference }[] {
  return leavesOf(data, { isLeaf: isReference }).flatMap(({ path, value }) =>
    isReference(value) ? [{ field: fieldName(path), reference: value }] : [],
  );
}

const componentIdPattern = /<([A-Z][A-Za-z]*)\b[^>]*?\bid=["']([^"']*)["']/g;

/** Component uses such as `<Contact id="childline" />` in an MDX body. */
export function componentIdsIn(body: string): { component: string; id: string; line: number }[] {
  const uses: { component: string; id: string; line: number }[] = [];
  for (const match of body.matchAll(componentIdPattern)) {
    const [, component = '', id = ''] = match;
    if (component in idComponents) uses.push({ component, id, line: body.slice(0, match.index).split('\n').length });
  }
  return uses;
}

function missing(collection: CollectionName, id: string): string {
  return `No ${collection} entry has the id "${id}". Expected the file name (without .mdx) of a file in content/${collection}/.`;
}

/**
 * Every cross-entry problem in the loaded content.
 * @param entries all entries, as `loadContent()` returns them
 * @param unloaded files that exist but failed to load; references to them are not reported again
 */
export function checkIntegrity(entries: LoadedEntry[], unloaded: readonly { collection: CollectionName; id: string }[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Map<CollectionName, Set<string>>(collectionNames.map((name) => [name, new Set()]));
  const owners = new Map<string, string>();
  for (const { collection, id } of unloaded) ids.get(collection)?.add(id);

  for (const entry of entries) {
    if (!idPattern.test(entry.id)) {
      problems.push({ file: entry.file, field: '', message: `The file name "${entry.id}.mdx" is not a kebab-case id. Rename it to lower-case letters, digits and single hyphens, for example "${entry.id.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-').replaceAll(/^-|-$/g, '')}.mdx".` });
    }
    ids.get(entry.collection)?.add(entry.id);
    owners.set(`${entry.collection}/${entry.id}`, entry.file);
  }

  // Looked up by key rather than by searching every entry for each one, which took 0.6 s at 3,000 entries.
  const sameId = Map.groupBy(entries, (entry) => `${entry.collection}/${entry.id.toLowerCase()}`);
  const listingOldSlug = Map.groupBy(
    entries.flatMap((entry) => ('oldSlugs' in entry.data ? entry.data.oldSlugs : []).map((oldSlug) => ({ entry, oldSlug }))),
    ({ entry, oldSlug }) => `${entry.collection}/${oldSlug}`,
  );

  for (const entry of entries) {
    // Astro ids are case-insensitive slugs, so "Childline.mdx" and "childline.mdx" would collide.
    const clash = sameId.get(`${entry.collection}/${entry.id.toLowerCase()}`)?.find((other) => other !== entry);
    if (clash && clash.file > entry.file) problems.push({ file: clash.file, field: '', message: `Duplicate id "${entry.id.toLowerCase()}": ${entry.file} already uses it. Give each entry its own file name.` });

    const oldSlugs = 'oldSlugs' in entry.data ? entry.data.oldSlugs : [];
    oldSlugs.forEach((oldSlug, index) => {
      const owner = owners.get(`${entry.collection}/${oldSlug}`);
      if (owner) problems.push({ file: entry.file, field: `oldSlugs.${index}`, message: `Duplicate id "${oldSlug}": ${owner} is a current page with that id, so a redirect would hide it. Remove the old slug or rename one of the entries.` });
      const twin = listingOldSlug.get(`${entry.collection}/${oldSlug}`)?.find((other) => other.entry !== entry)?.entry;
      if (twin && twin.file < entry.file) problems.push({ file: entry.file, field: `oldSlugs.${index}`, message: `Duplicate id "${oldSlug}": ${twin.file} lists the same old slug. An old slug can redirect to one page only.` });
    });

    for (const { field, reference } of referencesIn(entry.data)) {
      if (!ids.get(reference.collection)?.has(reference.id)) problems.push({ file: entry.file, field, message: missing(reference.collection, reference.id) });
    }
    for (const use of componentIdsIn(entry.body)) {
      const collection = idComponents[use.component];
      if (collection && !ids.get(collection)?.has(use.id)) problems.push({ file: entry.file, field: `<${use.component}> on body line ${use.line}`, message: missing(collection, use.id) });
    }
  }
  return problems;
}
