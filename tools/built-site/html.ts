/**
 * The one way tests and tools read built HTML: node-html-parser, a maintained parser that
 * decodes character references in text and attributes (so no reader decodes them by hand) and
 * keeps script and style bodies as text (so markup inside a script is never taken for a tag).
 */
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * A document (or fragment) as a tree to query with CSS selectors.
 * @param html the markup
 */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false });
}
