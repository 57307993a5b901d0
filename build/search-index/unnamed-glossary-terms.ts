/**
 * Which of the glossary's marked terms (no page's title or keywords name them) no page's text
 * names either: the glossary itself then answers to their names in the search ("what is DBS"),
 * where no page would. A term a page's text names is found on that page, and is left to it.
 */
import { glossaryNamePattern } from '../../src/lib/search/search-terms';

/**
 * Reads pages one at a time for the terms' names, and then says which terms none of them named.
 * @param terms each marked term's names (`markedGlossaryTerms`)
 */
export function unnamedGlossaryNames(terms: readonly (readonly string[])[]): {
  read: (html: string) => void;
  unnamed: () => string[];
} {
  const patterns = terms.map((names) => names.map(glossaryNamePattern));
  const named = new Set<number>();
  return {
    read(html) {
      patterns.forEach((each, at) => {
        if (!named.has(at) && each.some((pattern) => pattern.test(html))) named.add(at);
      });
    },
    unnamed: () => terms.filter((_, at) => !named.has(at)).flat(),
  };
}
