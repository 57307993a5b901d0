/**
 * The table of contents of a long page: the sections the layout shows before the text (a
 * procedure's scope), the text's own headings two levels deep, and the sections after it
 * (related pages, amendments).
 */
import type { SectionHeading } from './heading-ids';

/** A section the layout renders itself, or a falsy value when that section is not shown. */
export type LayoutSection = { id: string; text: string } | false | undefined | null;

export interface TocItem {
  id: string;
  text: string;
  number?: string | undefined;
  children: TocItem[];
}

/** Pages with fewer top-level sections in their text than this are short enough to scan. */
export const minimumSections = 3;

/**
 * The contents list for a page, or `undefined` when the page is too short to need one.
 * @param input the layout's sections before and after the text, and the text's headings
 */
export function tableOfContents(input: { before?: readonly LayoutSection[]; headings: readonly SectionHeading[]; after?: readonly LayoutSection[] }): TocItem[] | undefined {
  const { headings } = input;
  if (headings.length === 0) return undefined;
  // The shallowest level in the text is its top level, whatever the author started with.
  const top = Math.min(...headings.map((heading) => heading.depth));
  if (headings.filter((heading) => heading.depth === top).length < minimumSections) return undefined;

  const layoutItems = (sections: readonly LayoutSection[] = []): TocItem[] => sections.flatMap((section) => (section ? [{ id: section.id, text: section.text, children: [] }] : []));
  const items: TocItem[] = [];
  let parent: TocItem | undefined;
  for (const heading of headings) {
    if (heading.depth > top + 1) continue;
    const item: TocItem = { id: heading.id, text: heading.text, number: heading.number, children: [] };
    if (heading.depth === top || !parent) {
      items.push(item);
      parent = item;
    } else {
      parent.children.push(item);
    }
  }
  return [...layoutItems(input.before), ...items, ...layoutItems(input.after)];
}
