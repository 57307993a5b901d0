/**
 * Fills in "Printed on" with the day in the UK as the page is printed: just before the browser
 * prints, or when the page is shown as printed. Not as the page loads: working out the day in the
 * UK is the slowest thing any page's script does, and few readers print.
 */
import { viewedOnDate } from '../lib/pages/citation';

const printedOn = document.querySelector<HTMLElement>('[data-printed-on]');

if (printedOn) {
  const fill = () => (printedOn.textContent = viewedOnDate(new Date()));
  window.addEventListener('beforeprint', fill);
  matchMedia('print').addEventListener('change', (print) => {
    if (print.matches) fill();
  });
}
