/**
 * Every entry with an amendment history, from every collection that has one, for the
 * "What's changed" page and its feed. (The leading underscore keeps this file out of routing.)
 */
import { getCollection } from 'astro:content';
import { collectionNames } from '../../schemas';
import type { AmendedPage } from '../../lib/content/changes';

export async function amendedPages(): Promise<AmendedPage[]> {
  const collections = await Promise.all(collectionNames.map((name) => getCollection(name)));
  return collections
    .flat()
    .flatMap((entry) =>
      'amendments' in entry.data && 'title' in entry.data
        ? [{ collection: entry.collection, id: entry.id, title: entry.data.title, amendments: entry.data.amendments }]
        : [],
    );
}
