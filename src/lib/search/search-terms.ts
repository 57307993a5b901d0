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

/** A glossary entry's names as the search uses them. */
export interface GlossaryTermNames {
  term: string;
  expansion?: string | undefined;
  aliases: readonly string[];
  keywords: readonly string[];
}

const phrase = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * The glossary's other names for the terms a page is about, so a search in any of them finds the
 * page: a page whose title or keywords name a term ("intimate image abuse") also answers to its
 * aliases ("revenge porn"), expansion and keywords (in a field of their own, weighted below the
 * editors' keywords). Names the page already has are left out;
 * terms are taken in alphabetical order, so the same content always gives the same words.
 * @param page the page's title and frontmatter keywords
 * @param glossary the glossary collection's entries
 */
export function glossaryKeywords(
  page: { title: string; keywords: readonly string[] },
  glossary: readonly GlossaryTermNames[],
): string[] {
  const names = (texts: readonly string[]) => texts.map(phrase);
  const own = names([page.title, ...page.keywords]);
  const seen = new Set(own);
  const found = [...glossary]
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .flatMap((entry) => {
      const all = [entry.term, ...(entry.expansion ? [entry.expansion] : []), ...entry.aliases, ...entry.keywords];
      return all.some((name) => own.some((text) => text.includes(phrase(name)))) ? all : [];
    });
  return found.filter((name) => !seen.has(phrase(name)) && seen.add(phrase(name)));
}
