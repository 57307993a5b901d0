/**
 * Adds the site's Markdown plugins to Astro's Markdown processor, which `.mdx` files use too:
 * heading anchors (ids, numbers, self-links; `heading-anchors.ts`) on the Markdown tree, and
 * glossary abbreviations (`glossary-abbr.ts`) on the HTML tree. Astro 7's processor is Sätteri;
 * `markdown.remarkPlugins`/`rehypePlugins` would need the old unified pipeline
 * (`@astrojs/markdown-remark`), so the plugins join the processor's own lists.
 */
import type { AstroIntegration } from 'astro';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { layoutIds } from './page-ids';
import { glossaryAbbr, glossaryAbbreviations } from './glossary-abbr';
import { headingAnchors } from './heading-anchors';
import { citedCollections } from '../../src/lib/pages/citation';

// The processor's options outlive a dev-server restart; add the plugins to them once.
const extended = new WeakSet<object>();

export function markdownPlugins(): AstroIntegration {
  return {
    name: 'markdown-plugins',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor;
        if (processor.name !== 'satteri')
          throw new Error(
            `The site's Markdown plugins work with Astro's Sätteri Markdown processor, but markdown.processor is "${processor.name}".`,
          );
        const options = processor.options as { mdastPlugins: MdastPluginEntry[]; hastPlugins: HastPluginEntry[] };
        if (extended.has(options)) return;
        extended.add(options);
        options.mdastPlugins.push(
          headingAnchors({
            reservedIds: layoutIds,
            numberedCollections: ['procedures'],
            selfLinkedCollections: citedCollections,
          }),
        );
        options.hastPlugins.push(glossaryAbbr({ abbreviations: glossaryAbbreviations() }));
      },
    },
  };
}
