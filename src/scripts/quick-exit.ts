/**
 * Exit this page: a click on any `[data-quick-exit]` link, or Shift pressed three times, blanks the
 * page at once and replaces this page's history entry with the neutral page, so Back does not
 * return here. Without JavaScript the links are plain links to the same neutral page.
 */
import {
  countShift,
  noShiftPresses,
  quickExitShortcut,
  remainingPressesMessage,
  shortcutExpiredMessage,
} from '../lib/pages/quick-exit';

const links = document.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit]');
const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');
const destination = links[0]?.href;

if (destination && status) {
  let count = noShiftPresses;
  let expiry: number | undefined;
  const title = document.title;

  const exitPage = () => {
    status.textContent = '';
    // Hide the content before anything else, so it is gone even if the next page is slow to load.
    document.body.classList.add('quick-exit-active');
    document.title = 'Loading';
    const overlay = document.createElement('div');
    overlay.className = 'quick-exit-overlay';
    overlay.setAttribute('role', 'alert');
    document.body.append(overlay);
    // Text added after the element is in the page is announced more reliably (GOV.UK's finding).
    overlay.textContent = 'Loading.';
    location.replace(destination);
  };

  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      exitPage();
    });
  }

  document.addEventListener(
    'keyup',
    (event) => {
      const result = countShift(count, { key: event.key, shiftKey: event.shiftKey, at: event.timeStamp });
      count = result.count;
      const { action } = result;
      if (action.type === 'ignore') return;
      window.clearTimeout(expiry);
      if (action.type === 'exit') return exitPage();
      if (action.type === 'reset') {
        status.textContent = '';
        return;
      }
      status.textContent = remainingPressesMessage(action.remaining);
      expiry = window.setTimeout(() => {
        count = noShiftPresses;
        status.textContent = shortcutExpiredMessage;
      }, quickExitShortcut.gapMs);
    },
    true,
  );

  // A browser may restore a page from its back-forward cache with the overlay still on; take it off.
  window.addEventListener('pageshow', () => {
    document.body.classList.remove('quick-exit-active');
    document.title = title;
    document.querySelector('.quick-exit-overlay')?.remove();
    status.textContent = '';
  });
}
