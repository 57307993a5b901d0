/**
 * On the guide's pages, a link to another page of this site replaces the current history entry
 * (`src/lib/guide/guide-history.ts` says which), so no question or answer is left behind in the
 * history. A click that opens a new tab or window, or a download, is left to the browser.
 */
import { isGuidePage, replacesHistory } from '../lib/guide/guide-history';

if (isGuidePage(location.pathname)) {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return;
    const to = new URL(link.href);
    if (!replacesHistory(new URL(location.href), to)) return;
    event.preventDefault();
    location.replace(to.href);
  });
}
