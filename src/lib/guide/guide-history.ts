/**
 * Leaving no trail in the "Worried about a child?" guide: with JavaScript, a link followed from a
 * guide page replaces that page in the browser's history instead of adding a new entry, so after
 * "Exit this page" the Back button never shows a question or an answer. Plain, so it is tested
 * without a browser; `src/scripts/guide-history.ts` applies it.
 */

/** Where the guide's pages live: its start page and every question and outcome below it. */
export const guideRoot = '/worried/';

/** The guide's name, as its pages, the menu and the links to it give it. */
export const guideName = 'Worried about a child?';

/**
 * Whether a page is one of the guide's.
 * @param pathname the page's path, for example "/worried/who-are-you/"
 * @param root the guide's address (defaults to `guideRoot`)
 */
export function isGuidePage(pathname: string, root: string = guideRoot): boolean {
  return pathname.startsWith(root);
}

/**
 * Whether following a link should replace the current history entry.
 * @param from the page the reader is on
 * @param to where the link goes
 * @param root the guide's address (defaults to `guideRoot`)
 */
export function replacesHistory(from: URL, to: URL, root: string = guideRoot): boolean {
  if (!isGuidePage(from.pathname, root)) return false;
  // Another site (the quick exit's neutral page has its own handling) or another protocol (tel:, mailto:).
  if (to.origin !== from.origin) return false;
  // A link within the page (the skip link, a contents link) moves the reading position only.
  const samePage = to.pathname === from.pathname && to.search === from.search;
  return !(samePage && to.hash !== '');
}
