/**
 * Adds the site's Markdown plugins to Astro's Markdown processor, which `.mdx` files use too:
 * heading anchors (ids, numbers, self-links; `heading-anchors.ts`) on the Markdown tree, and
 * glossary abbreviations (`glossary-abbr.ts`) and rel="noreferrer" on links that leave the site
 * (`external-links.ts`) on the HTML tree. Astro 7's processor is Sätteri;
 * `markdown.remarkPlugins`/`rehypePlugins` would need the old unified pipeline
 * (`@astrojs/markdown-remark`), so the plugins join the processor's own lists.
 *
 * The content layer keeps each entry's rendered HTML until its own file changes, but the
 * abbreviations come from the glossary's files. Their text is put in the processor's options too,
 * which Astro counts in the digest of its configuration: when a glossary entry's abbreviation or
 * title changes, Astro drops every stored rendering, so no page keeps an old one.
 */
import type { AstroIntegration } from 'astro';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { layoutIds } from './page-ids';
import { glossaryAbbr, glossaryAbbreviations } from './glossary-abbr';
import { headingAnchors } from './heading-anchors';
import { externalLinks } from './external-links';
import { citedCollections } from '../../src/lib/pages/citation';
import { site } from '../../src/site.config';

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
        const options = processor.options as {
          mdastPlugins: MdastPluginEntry[];
          hastPlugins: HastPluginEntry[];
          glossaryAbbreviations?: string;
        };
        if (extended.has(options)) return;
        extended.add(options);
        const abbreviations = glossaryAbbreviations();
        options.mdastPlugins.push(
          headingAnchors({
            reservedIds: layoutIds,
            numberedCollections: ['procedures'],
            selfLinkedCollections: citedCollections,
          }),
        );
        options.hastPlugins.push(glossaryAbbr({ abbreviations }), externalLinks(site.url));
        options.glossaryAbbreviations = JSON.stringify(abbreviations);
      },
    },
  };
}
