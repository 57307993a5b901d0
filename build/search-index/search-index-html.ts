/**
 * Prepares a built page's HTML for the search index. Pagefind separates words only at the
 * block elements it knows (p, li, td, headings, div…); Astro's compressed HTML puts no whitespace
 * between tags, so a contact card's `<dt>Phone</dt><dd>0800 1111</dd>` was indexed as
 * "Phone0800 1111", and neither "phone" nor "0800" matched. A space after the closing tag of every
 * other block element keeps the words apart. The page readers get is not changed.
 */

/** Block elements Pagefind does not treat as word boundaries (its own list is in fossick/parser.rs). */
const unseparatedBlocks = [
  'address',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'header',
  'hgroup',
  'main',
  'ol',
  'pre',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'th',
  'thead',
  'tr',
];

const closingTag = new RegExp(`</(?:${unseparatedBlocks.join('|')})\\s*>`, 'gi');

/**
 * The page's HTML with a space after each closing tag of a block element Pagefind would run
 * into the next word.
 * @param html a built page
 */
export function separateBlockText(html: string): string {
  return html.replace(closingTag, '$& ');
}
