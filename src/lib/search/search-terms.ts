/**
 * The hidden words a page gives the search index besides its text: keywords and phone numbers
 * in the forms readers type them. The layout writes them as Pagefind metadata.
 */
import { phoneDigits } from '../contacts/phone';
import { normalise, plainWords } from './name-forms';

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

// Padded with spaces, so `includes` finds whole words only.
const phrase = (text: string) => ` ${normalise(text)} `;

/** A name written in capitals ("ACT", "SEND", "CO:RE"): it names a term only in capitals, never the word "Act" or "send". */
const isAcronym = (name: string) => !/\p{Ll}/u.test(name) && (name.match(/\p{Lu}/gu) ?? []).length >= 2;

const casePhrase = (text: string) => ` ${plainWords(text)} `;

/** A page's title and keywords in the forms names are compared in, worked out once a page, not once a name. */
interface PageForms {
  title: string;
  keywords: readonly string[];
  caseTitle: string;
  caseKeywords: readonly string[];
}

function pageForms(page: { title: string; keywords: readonly string[] }): PageForms {
  return {
    title: phrase(page.title),
    keywords: page.keywords.map(phrase),
    caseTitle: casePhrase(page.title),
    caseKeywords: page.keywords.map(casePhrase),
  };
}

/**
 * Whether a page's title or keywords name a glossary term by one of its names: a keyword that is
 * the name, or a title that has it as whole words ("Children at risk of exploitation (CRE)").
 * An acronym counts only in capitals, so "Sexual Offences Act 2003" does not name ACT.
 */
function namesTerm(page: PageForms, name: string): boolean {
  const { acronym, wanted } = nameForm(name);
  if (acronym) return page.caseTitle.includes(wanted) || page.caseKeywords.includes(wanted);
  return page.title.includes(wanted) || page.keywords.includes(wanted);
}

// Every page is compared with the same glossary names: each name's form is worked out once.
const nameForms = new Map<string, { acronym: boolean; wanted: string }>();

function nameForm(name: string): { acronym: boolean; wanted: string } {
  let form = nameForms.get(name);
  if (!form) {
    const acronym = isAcronym(name);
    form = { acronym, wanted: acronym ? casePhrase(name) : phrase(name) };
    nameForms.set(name, form);
  }
  return form;
}

/**
 * The glossary's other names for the terms a page is about, so a search in any of them finds the
 * page: a page whose title or a keyword names a term ("intimate image abuse") also answers to its
 * aliases ("revenge porn"), expansion and keywords (in a field of their own, weighted below the
 * editors' keywords). A term counts as named by its term, expansion or an alias, not by the
 * looser words in its `keywords` (a page that mentions "nudes" is not about sexting). Names the
 * page already has are left out; terms are taken in alphabetical order, so the same content
 * always gives the same words.
 * @param page the page's title and frontmatter keywords
 * @param glossary the glossary collection's entries
 */
export function glossaryKeywords(
  page: { title: string; keywords: readonly string[] },
  glossary: readonly GlossaryTermNames[],
): string[] {
  const forms = pageForms(page);
  const seen = new Set([forms.title, ...forms.keywords]);
  const found = [...glossary]
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .flatMap((entry) => (namedBy(forms, entry) ? [...termNames(entry), ...entry.keywords] : []));
  return found.filter((name) => !seen.has(phrase(name)) && seen.add(phrase(name)));
}

/** A term's names: the term, its expansion and its aliases. */
const termNames = (entry: GlossaryTermNames): string[] => [
  entry.term,
  ...(entry.expansion ? [entry.expansion] : []),
  ...entry.aliases,
];

const namedBy = (forms: PageForms, entry: GlossaryTermNames): boolean => termNames(entry).some((name) => namesTerm(forms, name));

/**
 * The glossary's terms that no page's title or keywords name, so no page answers to their other
 * names; the search index then checks whether any page's text names them (`unnamedGlossaryNames`).
 * @param pages every page's title and frontmatter keywords
 * @param glossary the glossary collection's entries
 */
export function termsNoPageNames<Entry extends GlossaryTermNames>(
  pages: readonly { title: string; keywords: readonly string[] }[],
  glossary: readonly Entry[],
): Entry[] {
  const forms = pages.map(pageForms);
  return glossary.filter((entry) => !forms.some((page) => namedBy(page, entry)));
}

/** Between a term's names in the glossary page's mark for the search index. */
const namesSeparator = '|';

/**
 * A term's names as the glossary page writes them for the search index to read back (`namesFromAttribute`).
 * @param entry the glossary entry
 */
export const glossaryNamesAttribute = (entry: GlossaryTermNames): string => termNames(entry).join(namesSeparator);

/**
 * A term's names, read back from the glossary page's mark (`glossaryNamesAttribute`).
 * @param value the attribute's value
 */
export const namesFromAttribute = (value: string): string[] => value.split(namesSeparator).filter(Boolean);

/**
 * A pattern that finds a glossary name in a page's text: an acronym in capitals only ("ICT", not
 * "ict"), another name in any case, its words apart by spaces or hyphens ("pseudo-photograph").
 * @param name one of a term's names
 */
export function glossaryNamePattern(name: string): RegExp {
  const words = name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\d])${words.join('[\\s-]+')}(?![\\p{L}\\d])`, isAcronym(name) ? 'u' : 'iu');
}

/** Words an Act's initials leave out as often as not ("Protection of Children Act": PCA or POCA). */
const initialsSkip = new Set(['of', 'and', 'the', 'for']);

/**
 * The initials readers call an Act by, alone and with its year ("SCA", "SCA 2015" for the Serious
 * Crime Act 2015; "PCA" and "POCA" for the Protection of Children Act), from its short title, so
 * they are written in one place. Fewer than three letters name nothing ("CA").
 * @param act the Act's short title without the year, and its year
 */
export function actInitials(act: { shortTitle: string; year: number }): string[] {
  const words = act.shortTitle.replace(/[()]/g, '').split(/\s+/).filter(Boolean);
  const initials = (kept: readonly string[]) => kept.map((word) => word[0]!.toUpperCase()).join('');
  const forms = [initials(words.filter((word) => !initialsSkip.has(word.toLowerCase()))), initials(words)];
  return [...new Set(forms)].filter((form) => form.length >= 3).flatMap((form) => [form, `${form} ${act.year}`]);
}
