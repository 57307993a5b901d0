/**
 * A hast plugin (Astro 7's Markdown processor, Sätteri, runs hast plugins where the unified
 * pipeline ran rehype plugins; `.mdx` files use the same processor) that marks abbreviations in
 * body text with `<abbr title>` linked to their glossary entry:
 * `<a class="glossary-term" href="/glossary/#ceop"><abbr title="…">CEOP</abbr></a>`.
 *
 * Only the first use of each abbreviation on a page is marked. That is where a reader meets it and
 * where house style spells an abbreviation out; marking every use would add a link, a tab stop and
 * a screen-reader announcement each time without telling the reader anything new.
 *
 * Text inside headings, links, code, an existing `<abbr>` and MDX components (which render their
 * own text, such as a contact's name) is left alone. Ordinary glossary words ("grooming") are not
 * marked: they are not abbreviations, and linking them on every page would only add noise.
 */
import type { Element, ElementContent, Text } from 'hast';
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext } from 'satteri';
import { abbreviations, type Abbreviation, type GlossaryItem } from '../../src/lib/content/glossary';
import { loadContent } from '../content/content-files';

export interface GlossaryAbbrOptions {
  /** From `abbreviations()` in `src/lib/content/glossary.ts`, longest first. */
  abbreviations: readonly Abbreviation[];
  /** The glossary page's path. */
  glossaryPath?: string;
}

const skippedElements = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'abbr',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'dfn',
  'button',
]);

const escapeRegExp = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that finds any of the abbreviations as a whole word. A hyphen before a match means it
 * is part of a longer word ("AI-CSAM" holds no "CSAM"); a plural "s" after it still counts ("DSLs").
 * @param list abbreviations, longest first
 */
export function abbreviationPattern(list: readonly Abbreviation[]): RegExp | undefined {
  if (list.length === 0) return undefined;
  return new RegExp(
    `(?<![\\p{L}\\p{N}_-])(?:${list.map((item) => escapeRegExp(item.text)).join('|')})(?=s?(?![\\p{L}\\p{N}_]))`,
    'gu',
  );
}

function marked(item: Abbreviation, glossaryPath: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `${glossaryPath}#${item.id}`, className: ['glossary-term'] },
    children: [
      { type: 'element', tagName: 'abbr', properties: { title: item.title }, children: [{ type: 'text', value: item.text }] },
    ],
  };
}

/** An abbreviation found in a text, where it starts. */
interface Found {
  item: Abbreviation;
  index: number;
}

/**
 * A function that finds the abbreviations in one text that are not yet marked on the page, the
 * first use of each.
 * @param list abbreviations, longest first
 */
function unmarkedFinder(list: readonly Abbreviation[]): (value: string, used: ReadonlySet<string>) => Found[] {
  const pattern = abbreviationPattern(list);
  const byText = new Map(list.map((item) => [item.text, item]));
  return (value, used) => {
    if (!pattern) return [];
    const found: Found[] = [];
    const ids = new Set<string>();
    for (const match of value.matchAll(pattern)) {
      const item = byText.get(match[0]);
      if (!item || used.has(item.id) || ids.has(item.id)) continue;
      ids.add(item.id);
      found.push({ item, index: match.index });
    }
    return found;
  };
}

/** The text split into text and marked abbreviations. */
function markedParts(value: string, found: readonly Found[], glossaryPath: string): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const { item, index } of found) {
    if (index > last) parts.push({ type: 'text', value: value.slice(last, index) });
    parts.push(marked(item, glossaryPath));
    last = index + item.text.length;
  }
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}

/** Whether a text sits inside a heading, link, code or MDX component (an mdxJsx* node), which keep their own text. */
function isInSkippedElement(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
    if (parent.type !== 'element' || skippedElements.has(parent.tagName)) return true;
  }
  return false;
}

/**
 * The plugin. A factory, so each page starts with no abbreviation marked.
 * @param options the abbreviations to mark and the glossary's path
 */
export function glossaryAbbr(options: GlossaryAbbrOptions): HastPluginEntry {
  const unmarked = unmarkedFinder(options.abbreviations);
  const glossaryPath = options.glossaryPath ?? '/glossary/';
  return (): HastPluginDefinition => {
    const used = new Set<string>();
    return {
      name: 'glossary-abbr',
      text(node, ctx) {
        // Looking at a text's ancestors builds each of them as an object, so only a text with
        // something to mark is looked at: most text holds no abbreviation, or only marked ones.
        const found = unmarked(node.value, used);
        if (found.length === 0 || isInSkippedElement(node, ctx)) return;
        for (const { item } of found) used.add(item.id);
        ctx.replaceNode(node, markedParts(node.value, found, glossaryPath));
      },
    };
  };
}

/**
 * The abbreviations in the glossary files, read in plain Node when Astro is configured (the
 * content collections do not exist yet then).
 * @param root the content folder (defaults to `contentRoot()`)
 */
export function glossaryAbbreviations(root?: string): Abbreviation[] {
  return abbreviations(
    loadContent(root).entries.filter((entry): entry is typeof entry & GlossaryItem => entry.collection === 'glossary'),
  );
}
