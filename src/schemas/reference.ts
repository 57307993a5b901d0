/**
 * Schemas are factories over a `reference` function so that the same schema runs inside Astro
 * (with `reference()` from `astro:content`) and in plain Node (tests, the editors' report) where
 * `astro:content` does not exist.
 */
import { z } from 'astro/zod';
import { slug } from './fields';

export const collectionNames = [
  'procedures',
  'legislation',
  'risks',
  'contacts',
  'guidance',
  'glossary',
  'resources',
  'documents',
] as const;
export type CollectionName = (typeof collectionNames)[number];

export interface EntryReference {
  collection: CollectionName;
  id: string;
}

export type ReferenceFactory = (collection: CollectionName) => z.ZodType<EntryReference, unknown>;

/** The plain-Node stand-in for Astro's `reference()`: checks the id's shape; existence is checked by `build/content/content-integrity.ts`. */
export const plainReference: ReferenceFactory = (collection) => slug.transform((id) => ({ collection, id }));
