/**
 * Fills in "Printed on" with the day in the UK, when the page loads and again just before it is
 * printed (a page can stay open for days).
 */
import { viewedOnDate } from '../lib/pages/citation';

const printedOn = document.querySelector<HTMLElement>('[data-printed-on]');

if (printedOn) {
  const fill = () => (printedOn.textContent = viewedOnDate(new Date()));
  fill();
  window.addEventListener('beforeprint', fill);
}
