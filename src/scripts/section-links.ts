/**
 * On pages professionals cite: "Copy link" and "Cite" beside every section heading that has a
 * self-link, the day of viewing in the page's citation, and a button to copy it. Every address is
 * the page's canonical one (from `data-cite-url`), whatever address the page was reached by.
 * Without JavaScript the heading's "#" link is the permalink and the "Cite or share this page"
 * details hold the citation text.
 */
import { citationText, viewedOnDate } from '../lib/pages/citation';
import { copyText, prepareAnnouncer } from './clipboard';

function button(label: string, hiddenLabel: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'heading-action';
  const hidden = document.createElement('span');
  hidden.className = 'sr-only';
  hidden.textContent = hiddenLabel;
  element.append(label, hidden);
  element.addEventListener('click', onClick);
  return element;
}

/** Adds the buttons; does nothing on pages without a citation. */
export function enhanceSectionLinks(): void {
  const page = document.querySelector<HTMLElement>('[data-cite-title]');
  if (!page) return;
  prepareAnnouncer();
  const { citeTitle = '', citePublisher = '', citeUrl = '', citeUpdated, citeVersion } = page.dataset;
  const cite = (section: { number?: string | undefined; text?: string; url: string }) =>
    citationText({
      title: citeTitle,
      sectionNumber: section.number,
      sectionText: section.text,
      publisher: citePublisher,
      url: section.url,
      lastUpdated: citeUpdated,
      version: citeVersion,
      // The day is read when the reader copies, so a page left open overnight cites the right day.
      viewedOn: viewedOnDate(new Date()),
    });

  const pageText = page.querySelector('[data-cite-text]');
  if (pageText) {
    // Filled as the reader opens it, not as the page loads (see `print-date.ts`: the day is slow to work out).
    const fill = () => (pageText.textContent = cite({ url: citeUrl }));
    const holder = pageText.closest('details');
    if (holder) holder.addEventListener('toggle', () => holder.open && fill());
    if (!holder || holder.open) fill();
    pageText.after(button('Copy citation', '', () => void copyText(cite({ url: citeUrl }), 'Citation copied')));
  }

  for (const row of document.querySelectorAll<HTMLElement>('.section-heading')) {
    const heading = row.querySelector('h2, h3, h4');
    const link = row.querySelector<HTMLAnchorElement>('.self-link');
    if (!heading || !link) continue;
    const label = (heading.textContent ?? '').trim();
    const number = heading.querySelector('.section-number')?.textContent ?? undefined;
    const url = citeUrl + link.hash;
    // One group, so the two buttons wrap to a new line together.
    const actions = document.createElement('span');
    actions.className = 'heading-actions';
    actions.append(
      button('Copy link', ` to section ${label}`, () => void copyText(url, 'Link copied')),
      button(
        'Cite',
        ` section ${label}`,
        () => void copyText(cite({ number, text: number ? label.slice(number.length).trim() : label, url }), 'Citation copied'),
      ),
    );
    link.after(actions);
  }
}
