import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../src/site.config';
import { builtPages, distDir, isNoindex, isRedirectPage } from './built-site';
import { XMLParser } from 'fast-xml-parser';

/** The addresses a sitemap or sitemap index lists. */
function locs(xml: string): string[] {
  const parsed = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' }).parse(xml) as {
    sitemapindex?: { sitemap: { loc: string }[] };
    urlset?: { url: { loc: string }[] };
  };
  return [...(parsed.sitemapindex?.sitemap ?? []), ...(parsed.urlset?.url ?? [])].map((item) => item.loc);
}
const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
const sitemapFiles = locs(index).map((url) => join(distDir, new URL(url).pathname));
const listed = sitemapFiles
  .flatMap((file) => locs(readFileSync(file, 'utf8')))
  .map((url) => new URL(url).pathname)
  .sort();
const pages = builtPages();

describe('the sitemap', () => {
  // Well-formedness is checked by Chromium's XML parser in tests/e2e/freshness.spec.ts.
  it('is an index of sitemaps on the production site that the build wrote', () => {
    expect([
      sitemapFiles.length > 0,
      locs(index).filter((url) => !url.startsWith(`${site.url}/`)),
      sitemapFiles.filter((file) => !existsSync(file)),
    ]).toEqual([true, [], []]);
  });

  it('lists every public page the build produced', () => {
    const publicPages = pages
      .filter((page) => page.path.endsWith('/') && !isRedirectPage(page.html) && !isNoindex(page.html))
      .map((page) => page.path);
    expect(publicPages.filter((path) => !listed.includes(path))).toEqual([]);
  });

  it('lists only pages the build produced', () => {
    const built = new Set(pages.map((page) => page.path));
    expect(listed.filter((path) => !built.has(path))).toEqual([]);
  });

  it('leaves out the not-found page, redirects and pages search engines must not index', () => {
    const hidden = pages
      .filter((page) => !page.path.endsWith('/') || isRedirectPage(page.html) || isNoindex(page.html))
      .map((page) => page.path);
    expect([hidden.includes('/404.html'), hidden.filter((path) => listed.includes(path))]).toEqual([true, []]);
  });
});
