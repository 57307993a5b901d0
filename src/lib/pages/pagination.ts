/**
 * Listing pages that stay the same size however many entries the site has: a list of every entry
 * (procedures, guidance, the A to Z, changes) is split into pages of a fixed number of entries,
 * the first at the listing's own address (`/procedures/`) and the rest after it (`/procedures/2/`).
 */

/** Entries on one page of a listing with a title and summary per entry. */
export const listPageSize = 100;
/** Entries on one page of the A to Z, whose lines are a title and a type only. */
export const aToZPageSize = 300;
/** Entries of each kind an audience's landing page shows before linking to the full listing. */
export const pathwayListLimit = 20;

/**
 * Splits a list into pages; an empty list is one empty page, so a listing always has its first page.
 * @param items every entry, in the listing's order
 * @param size entries per page
 */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A page size must be a whole number above 0, not ${size}.`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * The address of one page of a listing.
 * @param base the listing's address with its trailing slash, such as "/procedures/"
 * @param page the page's number, from 1
 */
export function listPagePath(base: string, page: number): string {
  return page === 1 ? base : `${base}${page}/`;
}

/** The `[...page]` route parameter of a page: none for the first, so it is the listing's own address. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

export interface PageLinks {
  current: number;
  last: number;
  previous?: string;
  next?: string;
  first?: string;
  lastPage?: string;
}

/**
 * The links between a listing's pages: previous and next, and first and last when they are not next to the current page.
 * @param base the listing's address, such as "/procedures/"
 * @param current this page's number, from 1
 * @param last the number of pages
 */
export function pageLinks(base: string, current: number, last: number): PageLinks {
  return {
    current,
    last,
    ...(current > 1 && { previous: listPagePath(base, current - 1) }),
    ...(current < last && { next: listPagePath(base, current + 1) }),
    ...(current > 2 && { first: listPagePath(base, 1) }),
    ...(current < last - 1 && { lastPage: listPagePath(base, last) }),
  };
}

/**
 * Every page of a listing as `getStaticPaths` entries: the `[...page]` parameter and the page's entries.
 * @param items every entry, in the listing's order
 * @param size entries per page
 */
export function listPaths<T>(items: readonly T[], size: number) {
  const pages = pagesOf(items, size);
  return pages.map((entries, index) => ({
    params: { page: pageParam(index + 1) },
    props: { entries, page: index + 1, lastPage: pages.length, total: items.length },
  }));
}
