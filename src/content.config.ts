import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, type CollectionName } from './schemas';
import { contentRoot } from './lib/content/content-root';

const schemas = collectionSchemas(reference);
const mdxIn = (name: CollectionName) => glob({ pattern: '*.mdx', base: `${contentRoot()}/${name}` });

export const collections = {
  procedures: defineCollection({ loader: mdxIn('procedures'), schema: schemas.procedures }),
  legislation: defineCollection({ loader: mdxIn('legislation'), schema: schemas.legislation }),
  risks: defineCollection({ loader: mdxIn('risks'), schema: schemas.risks }),
  contacts: defineCollection({ loader: mdxIn('contacts'), schema: schemas.contacts }),
  guidance: defineCollection({ loader: mdxIn('guidance'), schema: schemas.guidance }),
  glossary: defineCollection({ loader: mdxIn('glossary'), schema: schemas.glossary }),
  resources: defineCollection({ loader: mdxIn('resources'), schema: schemas.resources }),
  documents: defineCollection({ loader: mdxIn('documents'), schema: schemas.documents }),
};
