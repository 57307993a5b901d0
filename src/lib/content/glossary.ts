/**
 * The glossary: its A to Z groups, and the abbreviations pages mark with `<abbr>` (see
 * `build/markdown/glossary-abbr.ts`). Plain Node, fed with entries from `loadContent()` or
 * `getCollection('glossary')`.
 */

export interface GlossaryItem {
  id: string;
  data: { term: string; expansion?: string | undefined; definition: string; aliases: readonly string[] };
}

/** One way an abbreviation is written in text, and what its `<abbr title>` says. */
export interface Abbreviation {
  /** As written: "CEOP", "UKCCIS". Matched case-sensitively, so "SEND" never matches "send". */
  text: string;
  /** The glossary entry's id, for the link. */
  id: string;
  /** The expansion: "Child Exploitation and Online Protection". */
  title: string;
}

/** Written like an abbreviation: no spaces and at least two capital letters ("CEOP", "DfE", "KS1", "4Cs" is not). */
export function looksLikeAbbreviation(text: string): boolean {
  return !/\s/.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * Every abbreviation the glossary explains: each term that has an expansion, and each alias
 * written like an abbreviation (an older form such as "UKCCIS", or "HSB" for a term with no
 * expansion). Longest first, so "AI-CSAM" is found before "AI".
 * @param entries the glossary collection
 */
export function abbreviations(entries: readonly GlossaryItem[]): Abbreviation[] {
  const found: Abbreviation[] = [];
  for (const { id, data } of entries) {
    if (data.expansion && looksLikeAbbreviation(data.term)) found.push({ text: data.term, id, title: data.expansion });
    for (const alias of data.aliases) {
      // An alias stands for the entry's term; say which, so "UKCCIS" is not explained as if it were "UKCIS".
      if (looksLikeAbbreviation(alias)) found.push({ text: alias, id, title: data.expansion ? `${data.term}: ${data.expansion}` : data.term });
    }
  }
  return found.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
}

/** The letter a term is filed under: A to Z, or "0–9" for terms starting with a digit. */
function letterOf(term: string): string {
  const first = term.charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '0–9';
}

/**
 * The glossary page's groups: one per starting letter, terms in alphabetical order ignoring case.
 * @param entries the glossary collection
 */
export function glossaryGroups<T extends GlossaryItem>(entries: readonly T[]): { letter: string; id: string; entries: T[] }[] {
  const sorted = [...entries].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en-GB', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const entry of sorted) {
    const letter = letterOf(entry.data.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, items]) => ({ letter, id: `letter-${letter === '0–9' ? 'digits' : letter.toLowerCase()}`, entries: items }));
}
