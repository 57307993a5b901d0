/** Every collection's schema by name, for `src/content.config.ts` and for plain-Node loading. */
import { contactSchema } from './contact';
import { documentSchema } from './document';
import { glossarySchema } from './glossary';
import { guidanceSchema } from './guidance';
import { legislationSchema } from './legislation';
import { procedureSchema } from './procedure';
import type { CollectionName, ReferenceFactory } from './reference';
import { resourceSchema } from './resource';
import { riskSchema } from './risk';

export function collectionSchemas(reference: ReferenceFactory) {
  return {
    procedures: procedureSchema(reference),
    legislation: legislationSchema(reference),
    risks: riskSchema(reference),
    contacts: contactSchema,
    guidance: guidanceSchema(reference),
    glossary: glossarySchema,
    resources: resourceSchema(reference),
    documents: documentSchema,
  } satisfies Record<CollectionName, unknown>;
}

/** Human labels for the content types readers see (search results, filters, breadcrumbs). */
export const contentTypeLabels: Record<CollectionName, { singular: string; plural: string }> = {
  procedures: { singular: 'Procedure', plural: 'Procedures' },
  legislation: { singular: 'Legislation', plural: 'Legislation' },
  risks: { singular: 'Risk', plural: 'Online risks' },
  contacts: { singular: 'Contact', plural: 'Contacts' },
  guidance: { singular: 'Guidance', plural: 'Guidance' },
  glossary: { singular: 'Glossary term', plural: 'Glossary' },
  resources: { singular: 'Resource', plural: 'Resources' },
  documents: { singular: 'Document', plural: 'Documents' },
};

export { collectionNames, plainReference, type CollectionName, type EntryReference, type ReferenceFactory } from './reference';
