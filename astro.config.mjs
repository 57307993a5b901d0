// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/site.config.ts';
import { contentCheck } from './src/lib/content-check-integration.ts';

export default defineConfig({
  site: site.url,
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
