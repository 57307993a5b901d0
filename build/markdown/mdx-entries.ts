/**
 * Makes `.mdx` content entries render like `.md` ones: the content layer renders each to HTML when
 * its file changes (`mdx-html.ts`) and keeps the HTML, in a file of its own named in its store
 * (`src/lib/content/body-files.ts`), where `@astrojs/mdx` made each
 * entry a JavaScript module for the bundler to compile and hold (at 3,000 procedures most of the
 * build's memory; README, Performance). Components stay placeholders in that HTML and render on
 * the page (`src/components/entry/EntryBody.astro`), so the store never holds another entry's facts.
 *
 * The HTML comes from the same Sätteri processor, options and plugins as `.md` entries and as
 * `@astrojs/mdx` used: the site's plugins (`integration.ts`), GFM and smart punctuation as
 * configured, and Astro's heading ids. Each body passes the MDX safety check first, in `astro dev`
 * too. A body that fails (unsafe, or a duplicate heading id) fails `astro build` with its message,
 * and its page refuses to render with that message for as long as the file is unchanged.
 */
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { Features, HastPluginEntry, MdastPluginEntry } from 'satteri';
import { mdxComponentNames } from '../../src/components/mdx/component-names';
import { ContentError } from '../content/content-error';
import { assertSafeMdx } from '../content/mdx-safety-guard';
import { mdxToHtml } from './mdx-html';
import { bodyFileKey, renderErrorKey, writeBodyFile } from '../../src/lib/content/body-files';

interface RenderedEntry {
  html: string;
  metadata: Record<string, unknown>;
}

interface EntryTypeHooks {
  addContentEntryType(entryType: {
    extensions: string[];
    getEntryInfo(params: { fileUrl: URL; contents: string }): {
      data: Record<string, unknown>;
      body: string;
      slug: string;
      rawData: string;
    };
    getRenderFunction(
      config: AstroConfig,
    ): Promise<(entry: { data: Record<string, unknown>; body?: string; filePath?: string }) => Promise<RenderedEntry>>;
    handlePropagation: boolean;
  }): void;
}

/**
 * An entry's frontmatter, parsed as Astro parses `.md` and `.mdx` frontmatter, and its body with
 * the frontmatter blanked out, so a line in the body is the same line in the file.
 * @param contents the whole file
 */
export function splitEntry(contents: string): { data: Record<string, unknown>; body: string; rawData: string } {
  const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  return { data: parsed.frontmatter, body: parsed.content, rawData: parsed.rawFrontmatter };
}

/** The Sätteri options Astro's MDX compiler used: the processor's plugins and features, GFM and smart punctuation on unless turned off. */
function processorOptions(config: AstroConfig) {
  const processor = config.markdown.processor;
  if (processor.name !== 'satteri')
    throw new Error(`MDX entries render with Astro's Sätteri Markdown processor, but markdown.processor is "${processor.name}".`);
  const options = processor.options as { mdastPlugins: MdastPluginEntry[]; hastPlugins: HastPluginEntry[]; features: Features };
  const { gfm, smartPunctuation } = options.features;
  return {
    mdastPlugins: options.mdastPlugins,
    hastPlugins: [...options.hastPlugins, satteriHeadingIdsPlugin()],
    features: {
      ...options.features,
      gfm: typeof gfm === 'object' ? gfm : (config.markdown.gfm ?? gfm ?? true) !== false,
      smartPunctuation:
        typeof smartPunctuation === 'object'
          ? smartPunctuation
          : (config.markdown.smartypants ?? smartPunctuation ?? true) !== false,
    },
  };
}

export function mdxEntries(): AstroIntegration {
  const failures: string[] = [];
  return {
    name: 'mdx-entries',
    hooks: {
      'astro:config:setup': (params) => {
        // Astro's own hook for content file types (as @astrojs/mdx and @astrojs/markdoc use it); not in the public types.
        (params as unknown as EntryTypeHooks).addContentEntryType({
          extensions: ['.mdx'],
          getEntryInfo({ contents }) {
            const { data, body, rawData } = splitEntry(contents);
            return { data, body, rawData, slug: typeof data['slug'] === 'string' ? data['slug'] : '' };
          },
          handlePropagation: false,
          getRenderFunction(config) {
            const options = processorOptions(config);
            const bodies = fileURLToPath(new URL('entry-bodies/', config.cacheDir));
            return Promise.resolve(async ({ data, body = '', filePath = '' }) => {
              const file = relative(process.cwd(), filePath);
              try {
                // Before anything in the body runs; in `astro dev` the content check saw only the files as the server started.
                assertSafeMdx(filePath, body);
                const astro = { frontmatter: data, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
                const { html } = await mdxToHtml(body, {
                  ...options,
                  componentNames: mdxComponentNames,
                  fileURL: pathToFileURL(filePath),
                  data: { astro },
                });
                // The HTML goes to a file of its own, out of the store the bundler holds (`body-files.ts`).
                return {
                  html: '',
                  metadata: {
                    [bodyFileKey]: writeBodyFile(bodies, html),
                    headings: astro.headings,
                    frontmatter: astro.frontmatter,
                    imagePaths: [],
                  },
                };
              } catch (error) {
                const message =
                  error instanceof ContentError
                    ? error.message
                    : `${file}: ${error instanceof Error ? error.message : String(error)}`;
                failures.push(message);
                return { html: '', metadata: { [renderErrorKey]: message } };
              }
            });
          },
        });
      },
      'astro:build:start': () => {
        if (failures.length > 0) throw new Error(failures.join('\n'));
      },
      'astro:server:setup': ({ logger }) => {
        for (const failure of failures.splice(0)) logger.error(failure);
      },
    },
  };
}
