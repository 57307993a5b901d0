/**
 * The hidden words a page gives the search index besides its text: keywords and phone numbers
 * in the forms readers type them. The layout writes them as Pagefind metadata.
 */
import { phoneDigits } from '../contacts/phone';

/**
 * Every form of a contact's numbers a reader might type: as written ("01629 535 353") and as one
 * run of digits ("01629535353"), each once.
 * @param numbers phone numbers as written in the contacts collection
 */
export function phoneSearchText(numbers: readonly string[]): string {
  const forms = numbers.flatMap((number) => [number, phoneDigits(number)]);
  return [...new Set(forms)].join(' ');
}

/**
 * A page's keywords as one metadata value (Pagefind keeps one value per field and page).
 * @param keywords the entry's frontmatter `keywords`
 */
export function keywordSearchText(keywords: readonly string[]): string {
  return [...new Set(keywords.map((keyword) => keyword.trim()).filter((keyword) => keyword.length > 0))].join(', ');
}

/**
 * The `data-pagefind-meta` value for a field written inline ("key:value"), or undefined when
 * there is nothing to write, so the layout leaves the element out.
 * @param field the metadata field's name
 * @param value its text
 */
export function inlineMeta(field: string, value: string): string | undefined {
  return value.length > 0 ? `${field}:${value}` : undefined;
}
