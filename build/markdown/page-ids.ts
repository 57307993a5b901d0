/**
 * Ids the layouts give their own elements. A content heading must not take one (an explicit id
 * that does fails the build; a heading's slug steps aside with -2), so every fragment on a page
 * names one place. Keep in step with `src/layouts/`, `src/components/` and the `[id].astro`
 * routes; the build test `tests/built-site/links.test.ts` finds any id used twice on a page.
 */

const onEveryPage = ['main-content', 'site-search', 'contents', 'cite-this-page'];

const byCollection: Partial<Record<string, readonly string[]>> = {
  procedures: [
    'scope',
    'scope-of-this-chapter',
    'when-to-use',
    'related-procedures',
    'related-legislation',
    'related-contacts',
    'amendments',
  ],
  guidance: ['related-guidance', 'related-contacts', 'related-procedures', 'amendments'],
  risks: ['examples', 'related-legislation', 'related-procedures', 'amendments'],
  legislation: ['sections', 'offences', 'in-force', 'related-legislation', 'amendments'],
  documents: ['amendments'],
};

/**
 * The ids a page of this collection uses outside its Markdown text.
 * @param collection the collection's folder name, for example "procedures"
 */
export function layoutIds(collection: string | undefined): string[] {
  return [...onEveryPage, ...((collection && byCollection[collection]) || [])];
}
