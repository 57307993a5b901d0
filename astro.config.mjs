// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/site.config.ts';
import { contentCheck } from './src/lib/content-check-integration.ts';

// DIST_DIR lets parallel builds (benchmarks, worktrees) keep apart; each gets its own cache too.
const outDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  site: site.url,
  outDir,
  // Astro's own default when no DIST_DIR is set; exactOptionalPropertyTypes rejects undefined here.
  cacheDir: process.env.DIST_DIR ? `node_modules/.astro-${outDir.replaceAll(/[^a-z0-9]+/gi, '-')}` : 'node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet for every page, and no inline styles for the CSP to allow.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  integrations: [contentCheck(), mdx(), sitemap()],
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
