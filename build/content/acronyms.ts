/**
 * Finds acronyms the content uses that the glossary does not explain, so every abbreviation a
 * reader meets has an entry (and an `<abbr>` on its first use). An acronym here is a word of two
 * or more capital letters, possibly with digits or joined parts: "CEOP", "KS1", "AI-CSAM", "CO:RE", "GOV.UK".
 */
import { loadContent } from './content-files';
import { readDecisionGuide } from '../guide/decision-guide-file';
import type { GlossaryItem } from '../../src/lib/content/glossary';
import { stringLeaves } from './data-leaves';

/**
 * Acronyms that need no entry, each with the reason. Keep this list short: anything a reader
 * could fail to understand belongs in the glossary.
 */
export const acronymsWithoutEntries: Record<string, string> = {
  UK: 'Known to every reader, and GOV.UK style does not spell it out.',
  TV: 'Known to every reader ("smart TVs").',
  OK: 'An everyday word, not an abbreviation readers need spelled out.',
  'GOV.UK': 'The government website, named as readers see it in their browser.',
  MOT: 'Part of the name of Derbyshire\'s "Digital MOT" tool, and everyday English for a check-up.',
};

const acronymPattern = /(?<![\p{L}\p{N}_-])(?=(?:[\p{N}:-]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{N}]*(?:[:.-]\p{Lu}[\p{Lu}\p{N}]*)*\+?(?=s?(?![\p{L}\p{N}_]))/gu;

/**
 * The distinct acronyms in a text, in the order they first appear.
 * @param text plain text
 */
export function acronymsIn(text: string): string[] {
  return [...new Set(text.match(acronymPattern) ?? [])];
}

/**
 * The words a reader sees in an MDX body: without code, comments, expressions, component tags,
 * link addresses and bare web or e-mail addresses.
 * @param body an MDX body
 */
export function readableText(body: string): string {
  return body
    .replaceAll(/```[\s\S]*?```/g, ' ')
    .replaceAll(/`[^`\n]*`/g, ' ')
    .replaceAll(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replaceAll(/\{[^{}]*\}/g, ' ')
    .replaceAll(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replaceAll(/\]\([^)]*\)/g, '] ')
    .replaceAll(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replaceAll(/\S+@\S+/g, ' ');
}

// Fields readers never see, or that hold addresses rather than words.
const unseenFields = new Set(['keywords', 'oldSlugs', 'website', 'url', 'email', 'id', 'next', 'start', 'section', 'contacts', 'guidance', 'procedures', 'relatedContacts', 'relatedGuidance', 'relatedProcedures', 'relatedLegislation', 'legislation', 'provider']);

/**
 * Every string a reader sees in structured data (frontmatter, the decision guide), joined by lines.
 * @param data parsed YAML
 */
export function readableValues(data: unknown): string {
  return stringLeaves(data, { skipField: (name) => unseenFields.has(name) })
    .map((leaf) => leaf.value)
    .join('\n');
}

/**
 * Every way the glossary writes an abbreviation: each term and alias.
 * @param entries the glossary collection
 */
export function glossaryForms(entries: readonly GlossaryItem[]): Set<string> {
  return new Set(entries.flatMap((entry) => [entry.data.term, ...entry.data.aliases]));
}

/**
 * Acronyms used in the content folder's pages and decision guide that are neither in the
 * glossary nor in `acronymsWithoutEntries`, one line per file and acronym: "content/guidance/x.mdx: XYZ".
 * @param root the content folder (defaults to `contentRoot()`)
 */
export function missingAcronyms(root?: string): string[] {
  const { entries } = loadContent(root);
  const known = glossaryForms(entries.filter((entry): entry is typeof entry & GlossaryItem => entry.collection === 'glossary'));
  const sources = entries.map((entry) => ({ file: entry.file, text: `${readableValues(entry.data)}\n${readableText(entry.body)}` }));
  const guide = readDecisionGuide(root);
  if (guide?.guide) sources.push({ file: guide.file, text: readableValues(guide.guide) });
  return sources.flatMap(({ file, text }) => acronymsIn(text).filter((acronym) => !known.has(acronym) && !(acronym in acronymsWithoutEntries)).map((acronym) => `${file}: ${acronym}`));
}
