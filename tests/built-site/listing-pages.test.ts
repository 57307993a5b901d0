import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site';
import { aToZPageSize, listPageSize, pathwayListLimit } from '../../src/lib/pages/pagination';
import { site } from '../../src/site.config';

/**
 * Listing pages stay the same size however many entries the site has: each lists at most a fixed
 * number of entries (the page size in `src/lib/pages/pagination.ts`) and later entries go on
 * later pages (`/procedures/2/`). `npm run bench:anchors` shows the largest page is the same
 * size with 1,000 and 3,000 entries; these tests hold the bound on the real site.
 */
const budgets = {
  /** No page's HTML, however long its text, is larger than this (the longest chapter is about 80 KB). */
  anyPage: 160 * 1024,
  /** A listing page of `listPageSize` entries with titles and summaries. */
  listingPage: 120 * 1024,
};

const pages = builtPages().filter((page) => !page.html.includes('http-equiv="refresh"'));

/** Links in a page's main content, outside its navigation (letter links, page links). */
function entryLinks(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replaceAll(/<nav\b[\s\S]*?<\/nav>/g, '');
  return [...main.matchAll(/<a\s[^>]*href="(\/[^"#]*)"/g)].map((match) => match[1] ?? '');
}

/** Every listing of every entry, with the most links a page of it may have. */
const listings = [
  // Guidance is grouped by audience, so an entry for three audiences is listed three times.
  { base: '/guidance/', entryPath: /^\/guidance\/[^/]+\/$/, most: listPageSize * site.audiences.length },
  { base: '/procedures/', entryPath: /^\/procedures\/[^/]+\/$/, most: listPageSize },
  // Each change links to its page and to the changed section.
  { base: '/changes/', entryPath: /^\/[^/]+\/[^/]+\/$/, most: listPageSize },
  // Every page and section, but not the link to search in the introduction.
  { base: '/a-z/', entryPath: /^\/(?!search\/)[^/]+\/([^/]+\/)?$/, most: aToZPageSize },
];

describe('listing pages that stay small as the site grows', () => {
  it.each(listings)('lists at most a page size of entries on each page of $base', ({ base, entryPath, most }) => {
    const listingPages = pages.filter((page) => page.path === base || new RegExp(`^${base}\\d+/$`).test(page.path));
    expect(listingPages.map((page) => page.path)).toContain(base);
    for (const page of listingPages) {
      const links = entryLinks(page.html).filter((href) => entryPath.test(href));
      expect(links.length, page.path).toBeGreaterThan(0);
      expect(links.length, page.path).toBeLessThanOrEqual(most);
      expect(page.html.length, page.path).toBeLessThanOrEqual(budgets.listingPage);
    }
  });

  it(`shows at most ${pathwayListLimit} procedures, guidance pages, Acts and risks of each kind on an audience's page`, () => {
    for (const audience of site.audiences) {
      const page = pages.find((candidate) => candidate.path === `/${audience.pathway}/`);
      expect(page, audience.pathway).toBeDefined();
      for (const collection of ['procedures', 'guidance', 'legislation', 'risks']) {
        const links = entryLinks(page?.html ?? '').filter((href) => new RegExp(`^/${collection}/[^/]+/$`).test(href));
        // Procedures appear in two lists: those held here and those summarised from the manual.
        expect(links.length, `${audience.pathway} ${collection}`).toBeLessThanOrEqual(pathwayListLimit * 2);
      }
    }
  });

  it(`keeps every page's HTML within ${budgets.anyPage / 1024} KB`, () => {
    expect(pages.length).toBeGreaterThan(100);
    const tooLarge = pages.filter((page) => page.html.length > budgets.anyPage).map((page) => `${page.path} ${page.html.length}`);
    expect(tooLarge).toEqual([]);
  });
});
