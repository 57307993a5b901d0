/**
 * "Copy link" and "Cite" beside every section heading that has a self-link, and a copy button
 * for the page's citation. Without JavaScript the heading's "#" link is the permalink and the
 * "Cite or share this page" details hold the citation text.
 */
import { citationText } from '../lib/pages/citation';
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

/** Adds the buttons; does nothing on pages without section headings. */
export function enhanceSectionLinks(): void {
  const page = document.querySelector<HTMLElement>('[data-cite-title]');
  if (!page) return;
  prepareAnnouncer();
  const { citeTitle = '', citePublisher = '', citeUpdated, citeVersion } = page.dataset;
  const pageText = page.querySelector('[data-cite-text]');
  pageText?.after(button('Copy citation', '', () => void copyText(pageText.textContent ?? '', 'Citation copied')));

  for (const row of document.querySelectorAll<HTMLElement>('.section-heading')) {
    const heading = row.querySelector('h2, h3, h4');
    const link = row.querySelector<HTMLAnchorElement>('.self-link');
    if (!heading || !link) continue;
    const label = (heading.textContent ?? '').trim();
    const number = heading.querySelector('.section-number')?.textContent ?? undefined;
    // The address the reader is on, without any search query, plus this section's fragment.
    const url = location.origin + location.pathname + link.hash;
    const citation = citationText({
      title: citeTitle,
      sectionNumber: number,
      sectionText: number ? label.slice(number.length).trim() : label,
      publisher: citePublisher,
      url,
      lastUpdated: citeUpdated,
      version: citeVersion,
    });
    // One group, so the two buttons wrap to a new line together.
    const actions = document.createElement('span');
    actions.className = 'heading-actions';
    actions.append(
      button('Copy link', ` to section ${label}`, () => void copyText(url, 'Link copied')),
      button('Cite', ` section ${label}`, () => void copyText(citation, 'Citation copied')),
    );
    link.after(actions);
  }
}
