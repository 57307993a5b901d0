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
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
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

/**
 * A function that splits one text into text and marked abbreviations, skipping abbreviations
 * already marked on the page; it returns `undefined` when there is nothing to mark.
 * @param options the abbreviations and the glossary's path
 */
export function abbreviationMarker(
  options: GlossaryAbbrOptions,
): (value: string, used: Set<string>) => ElementContent[] | undefined {
  const pattern = abbreviationPattern(options.abbreviations);
  const byText = new Map(options.abbreviations.map((item) => [item.text, item]));
  const glossaryPath = options.glossaryPath ?? '/glossary/';
  return (value, used) => {
    if (!pattern) return undefined;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      const item = byText.get(match[0]);
      if (!item || used.has(item.id)) continue;
      used.add(item.id);
      if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
      parts.push(marked(item, glossaryPath));
      last = match.index + match[0].length;
    }
    if (parts.length === 0) return undefined;
    if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
    return parts;
  };
}

/**
 * The plugin. A factory, so each page starts with no abbreviation marked.
 * @param options the abbreviations to mark and the glossary's path
 */
export function glossaryAbbr(options: GlossaryAbbrOptions): HastPluginEntry {
  const mark = abbreviationMarker(options);
  return (): HastPluginDefinition => {
    const used = new Set<string>();
    return {
      name: 'glossary-abbr',
      text(node, ctx) {
        // Leave text alone inside headings, links, code and MDX components (mdxJsx* nodes).
        for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
          if (parent.type !== 'element' || skippedElements.has(parent.tagName)) return;
        }
        const parts = mark(node.value, used);
        if (parts) ctx.replaceNode(node, parts);
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
