// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/site.config.ts';
import { contentCheck } from './build/content/content-check-integration.ts';
import { markdownPlugins } from './build/markdown/integration.ts';
import { mdxEntries } from './build/markdown/mdx-entries.ts';
import { oldSlugRedirects } from './build/redirects/redirects-integration.ts';
import { loadContent } from './build/content/content-files.ts';
import { sitemapOptions } from './build/sitemap.ts';
import { contentEditor } from './build/cms/content-editor-integration.ts';
import { siteUrlInCss } from './build/styles/site-url-in-css.ts';

// DIST_DIR lets parallel builds (benchmarks, worktrees) keep apart; each gets its own cache too.
const outDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  site: site.url,
  outDir,
  ...(process.env.DIST_DIR ? { cacheDir: `node_modules/.astro-${outDir.replaceAll(/[^a-z0-9]+/gi, '-')}` } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet for every page, and no inline styles for the CSP to allow.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  integrations: [
    contentCheck(),
    markdownPlugins(),
    // Astro's MDX support, for any `.mdx` page or component a page imports. Content entries do not
    // go through it: `mdxEntries`, registered after it so its `.mdx` entry type is the one the
    // collections use, renders them to HTML in the content layer, as `.md` ones are, instead of a
    // module each for the bundler; their components render on the page (README, Performance).
    mdx(),
    mdxEntries(),
    sitemap(sitemapOptions(loadContent().entries)),
    oldSlugRedirects({ url: site.url, name: `Online safety – ${site.shortName}` }),
    contentEditor(),
  ],
  vite: {
    plugins: [siteUrlInCss(site.url), tailwindcss()],
    build: {
      assetsInlineLimit: 0,
    },
    // The search worker (src/scripts/search/search-worker.ts) is a module worker: it imports
    // Pagefind's script. Workers get a folder of their own, whose policy in public/_headers allows
    // the WebAssembly Pagefind compiles (a worker takes its policy from its own response).
    worker: { format: 'es', rolldownOptions: { output: { entryFileNames: '_astro/workers/[name].[hash].js' } } },
  },
});
