/**
 * On the guide's pages, a link to another page of this site replaces the current history entry
 * (`src/lib/guide/guide-history.ts` says which), so no question or answer is left behind in the
 * history. A click that opens a new tab or window is left to the browser.
 */
import { isGuidePage, replacesHistory } from '../lib/guide/guide-history';

if (isGuidePage(location.pathname))
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link || link.target || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!replacesHistory(new URL(location.href), new URL(link.href))) return;
    event.preventDefault();
    location.replace(link.href);
  });
