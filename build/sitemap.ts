/**
 * What the sitemap lists: every public page, each with the date its content last changed, and
 * never the not-found page or the redirect pages left at a page's old slugs.
 */
import type { CollectionName } from '../src/schemas';
import { pagePath } from '../src/lib/content/changes';
import { isoDay } from '../src/lib/content/dates';

export interface SitemapEntry {
  collection: CollectionName;
  id: string;
  data: object;
}

function lastModified(data: object): Date | undefined {
  if ('lastUpdated' in data && data.lastUpdated instanceof Date) return data.lastUpdated;
  if (
    'checked' in data &&
    data.checked &&
    typeof data.checked === 'object' &&
    'date' in data.checked &&
    data.checked.date instanceof Date
  )
    return data.checked.date;
  return undefined;
}

/**
 * Options for `@astrojs/sitemap`: a filter and a serialiser that adds `lastmod`.
 * @param entries every content entry, as `loadContent()` returns them
 */
export function sitemapOptions(entries: readonly SitemapEntry[]) {
  const redirects = new Set(
    entries.flatMap((entry) =>
      'oldSlugs' in entry.data && Array.isArray(entry.data.oldSlugs)
        ? entry.data.oldSlugs.map((slug: string) => pagePath(entry.collection, slug))
        : [],
    ),
  );
  const modified = new Map(
    entries.flatMap((entry) => {
      const date = lastModified(entry.data);
      return date ? [[pagePath(entry.collection, entry.id), isoDay(date)] as const] : [];
    }),
  );
  return {
    filter: (url: string): boolean => {
      const path = new URL(url).pathname;
      return !redirects.has(path) && path !== '/404/' && path !== '/404';
    },
    serialize: <Item extends { url: string; lastmod?: string | undefined }>(item: Item): Item => {
      const lastmod = modified.get(new URL(item.url).pathname);
      return lastmod ? { ...item, lastmod } : item;
    },
  };
}
