import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { collectionSchemas, type CollectionName } from './schemas';
import { contentRoot } from './lib/content/content-root';
import { decisionGuideSchema } from './schemas/decision-guide';

const schemas = collectionSchemas(reference);
// The content layer renders `.md` and `.mdx` entries to HTML once, when their file changes
// (`build/markdown/mdx-entries.ts` for `.mdx`; README, Performance). Pages render from the rendered
// HTML, never the source text, so the store keeps no copy of it.
const mdxIn = (name: CollectionName) => glob({ pattern: '*.{md,mdx}', base: `${contentRoot()}/${name}`, retainBody: false });

export const collections = {
  procedures: defineCollection({ loader: mdxIn('procedures'), schema: schemas.procedures }),
  legislation: defineCollection({ loader: mdxIn('legislation'), schema: schemas.legislation }),
  risks: defineCollection({ loader: mdxIn('risks'), schema: schemas.risks }),
  contacts: defineCollection({ loader: mdxIn('contacts'), schema: schemas.contacts }),
  guidance: defineCollection({ loader: mdxIn('guidance'), schema: schemas.guidance }),
  glossary: defineCollection({ loader: mdxIn('glossary'), schema: schemas.glossary }),
  resources: defineCollection({ loader: mdxIn('resources'), schema: schemas.resources }),
  documents: defineCollection({ loader: mdxIn('documents'), schema: schemas.documents }),
  // "Worried about a child?": one YAML file holding the whole graph, as the one entry "guide".
  // The build's content check (build/guide/) has already placed any problem in it by step id.
  decisionGuide: defineCollection({
    loader: file(`${contentRoot()}/decision-guide.yaml`, {
      parser: (text) => ({ guide: parse(text) as Record<string, unknown> }),
    }),
    schema: decisionGuideSchema,
  }),
};
