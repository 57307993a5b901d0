/**
 * How hard a page is to read: the Flesch–Kincaid grade of its words, after the MDX, Markdown and
 * JSX around them are taken away. Editors use it to keep advice for parents and young people plain.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { idComponents } from '../../build/content/content-integrity';
import type { CollectionName } from '../../src/schemas';

/** Looks up what an inline component renders as text: the title or name of the entry it links to. */
export type EntryName = (collection: CollectionName, id: string) => string | undefined;

// Components that sit inside a sentence and render the linked entry's name. Any other component
// (a contact card, say) is a block of its own that is not part of the page's prose.
const inlineComponents = new Set(['ContactLink', 'Act', 'ProcedureLink', 'GuidanceLink', 'RiskLink', 'Term']);

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}=["']([^"']*)["']`).exec(attributes)?.[1];
}

function inlineText(component: string, attributes: string, nameOf: EntryName): string {
  const id = attribute(attributes, 'id');
  const collection = idComponents[component];
  const name = id && collection ? (nameOf(collection, id) ?? '') : '';
  const section = attribute(attributes, 'section');
  return component === 'Act' && section ? `section ${section} of the ${name}` : name;
}

/** A block's text ends with a full stop unless it already ends a sentence, so a heading or list item counts as one. */
function asSentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim().replace(/:$/, '.');
  if (trimmed === '') return '';
  return /[.!?]["'”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The words a reader reads in an MDX body, as plain sentences: no frontmatter, imports, comments,
 * code, tags, expressions or Markdown marks. Inline components become the name they render;
 * headings, list items and table rows each become a sentence.
 * @param body an MDX body (after its frontmatter)
 * @param nameOf the title or name of an entry, for inline components such as `<ContactLink>`
 */
export function plainText(body: string, nameOf: EntryName = () => undefined): string {
  const text = body
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/^(?:import|export)\s[^\n]*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<([A-Z][A-Za-z]*)\b([^>]*?)\/>/g, (_match, component: string, attributes: string) =>
      inlineComponents.has(component) ? inlineText(component, attributes, nameOf) : '\n\n',
    )
    // Paired component tags and HTML tags: keep what is between them.
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\{[^{}]*\}/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s*\[[^\]]+\]:\s.*$/gm, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_|~~)(?=\S)([\s\S]*?\S)\1/g, '$2');

  const blocks: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim().replace(/^(?:>\s*)+/, '');
    if (trimmed === '' || /^(?:[-*_]\s*){3,}$/.test(trimmed) || /^\|?\s*:?-{3,}/.test(trimmed)) {
      endParagraph();
    } else if (/^#{1,6}\s/.test(trimmed) || /^(?:[-*+]|\d+[.)])\s/.test(trimmed) || trimmed.startsWith('|')) {
      endParagraph();
      const content = trimmed.startsWith('|')
        ? trimmed
            .replace(/^\||\|$/g, '')
            .split('|')
            .map((cell) => cell.trim())
            .filter(Boolean)
            .join(', ')
        : trimmed.replace(/^#{1,6}\s+/, '').replace(/^(?:[-*+]|\d+[.)])\s+/, '');
      paragraph.push(content);
      // A table row or heading stands alone; a list item may continue on the next line.
      if (!/^(?:[-*+]|\d+[.)])\s/.test(trimmed)) endParagraph();
    } else {
      paragraph.push(trimmed);
    }
  }
  endParagraph();
  return blocks.map(asSentence).filter(Boolean).join(' ');
}

export interface ReadingGrade {
  /** The Flesch–Kincaid grade, to one decimal place; undefined when there are no words. */
  grade: number | undefined;
  words: number;
  sentences: number;
  syllables: number;
}

// Full stops that do not end a sentence.
const abbreviations = /\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|vs)\./gi;

/**
 * The Flesch–Kincaid grade of plain text (a US school grade: add about 5 for a UK reading age).
 * Numbers are not counted as words: phone numbers and years would skew the grade.
 * @param text plain sentences, as `plainText` returns them
 */
export function readingGrade(text: string): ReadingGrade {
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const sentences = text
    .replace(abbreviations, (match) => match.replaceAll('.', ''))
    .split(/[.!?]+(?=["'”’)]*(?:\s|$))/)
    .filter((sentence) => /[A-Za-z]/.test(sentence)).length;
  const syllables = words.reduce((total, word) => total + Math.max(1, syllable(word)), 0);
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { grade: Number.isFinite(grade) ? Math.round(grade * 10) / 10 : undefined, words: words.length, sentences, syllables };
}
