/** Draws search results with DOM methods from plain text, so nothing from the index is parsed as HTML. */
import type { ExcerptPart, ResultView } from '../../lib/search/search-results';

function excerpt(parts: readonly ExcerptPart[], className: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = className;
  for (const part of parts) {
    if (!part.marked) {
      paragraph.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    paragraph.append(mark);
  }
  return paragraph;
}

/** One result: its title as a link, its type, an excerpt with the matched words marked, and its matching sections. */
export function resultItem(result: ResultView): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'text-xl font-bold';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.title;
  heading.append(link);
  const type = document.createElement('p');
  type.className = 'text-muted text-base font-bold';
  type.textContent = result.type;
  item.append(heading, type, excerpt(result.excerpt, 'mt-1'));
  if (result.sections.length > 0) {
    const sections = document.createElement('ul');
    sections.className = 'search-sections';
    sections.setAttribute('aria-label', `Matching sections of ${result.title}`);
    for (const section of result.sections) {
      const entry = document.createElement('li');
      const sectionLink = document.createElement('a');
      sectionLink.href = section.url;
      sectionLink.textContent = section.title;
      entry.append(sectionLink);
      if (section.excerpt.length > 0) entry.append(excerpt(section.excerpt, 'text-base'));
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}

/**
 * "Did you mean …?" above the results when the query was respelled with the index's own words:
 * a link that searches the respelled words. Hidden when there is none.
 * @param line the suggestion's paragraph
 * @param respelled the respelled query and its address
 */
export function showSuggestion(line: HTMLElement, respelled: { query: string; href: string } | undefined): void {
  line.hidden = respelled === undefined;
  if (!respelled) {
    line.replaceChildren();
    return;
  }
  const link = document.createElement('a');
  link.href = respelled.href;
  link.textContent = respelled.query;
  line.replaceChildren('Did you mean ', link, '?');
}
