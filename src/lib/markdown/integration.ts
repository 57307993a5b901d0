/**
 * Adds the heading-anchors plugin to Astro's Markdown processor, which `.mdx` files use too.
 * Astro 7's processor is Sätteri; `markdown.remarkPlugins` would need the old unified pipeline
 * (`@astrojs/markdown-remark`), so the plugin joins the configured processor's own list.
 */
import type { AstroIntegration } from 'astro';
import type { MdastPluginEntry } from 'satteri';
import { layoutIds } from '../page-ids';
import { headingAnchors } from './heading-anchors';

const extended = new WeakSet<object>();

/**
 * @param siteUrl the site's address without a trailing slash
 */
export function headingLinks(siteUrl: string): AstroIntegration {
  return {
    name: 'heading-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor;
        if (processor.name !== 'satteri') throw new Error(`heading-links works with Astro's Sätteri Markdown processor, but markdown.processor is "${processor.name}".`);
        const options = processor.options as { mdastPlugins: MdastPluginEntry[] };
        if (extended.has(options)) return;
        extended.add(options);
        options.mdastPlugins.push(headingAnchors({ siteUrl, reservedIds: layoutIds, numberedCollections: ['procedures'] }));
      },
    },
  };
}
