/**
 * Adds the glossary plugin (`glossary-abbr.ts`) to Astro's Markdown processor, which `.mdx` files
 * use too. Astro 7's processor is Sätteri; `markdown.rehypePlugins` would need the old unified
 * pipeline (`@astrojs/markdown-remark`), so the plugin joins the processor's own hast plugins.
 */
import type { AstroIntegration } from 'astro';
import type { HastPluginEntry } from 'satteri';
import { glossaryAbbr, glossaryAbbreviations } from './glossary-abbr';

// The processor's options outlive a dev-server restart; add the plugin to them once.
const extended = new WeakSet<object>();

export function glossaryLinks(): AstroIntegration {
  return {
    name: 'glossary-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor;
        if (processor.name !== 'satteri') throw new Error(`glossary-links works with Astro's Sätteri Markdown processor, but markdown.processor is "${processor.name}".`);
        const options = processor.options as { hastPlugins: HastPluginEntry[] };
        if (extended.has(options)) return;
        extended.add(options);
        options.hastPlugins.push(glossaryAbbr({ abbreviations: glossaryAbbreviations() }));
      },
    },
  };
}
