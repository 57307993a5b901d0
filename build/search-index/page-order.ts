/**
 * Numbers the pages of Pagefind's index shortest first. Every first query fetches the list of
 * pages (Pagefind's metadata), and most of it is each page's name and word count. Pagefind numbers
 * pages in the order they were indexed, so the counts jump about (171, 138, 195 …) and gzip can do
 * little with them; shortest first, they rise slowly and repeat, and their part of the list
 * shrinks to a third. At 3,000 generated pages the list went from 15.4 KB to about 11.5 KB.
 *
 * Nothing a reader sees depends on the numbers: each word's pages and each filter's are
 * renumbered with the list, and a page keeps its word count, so every page scores as before.
 */
import type { FilterPart, IndexPart, Page, PageEntry, Sort } from './pagefind-files';

/**
 * The pages' numbers, shortest page first; pages of the same length in the order of their
 * fragments' names, which Pagefind makes from their content, so the order never depends on the
 * order Pagefind read them in.
 * @param pages the metadata's pages, in Pagefind's order
 */
export function shortestFirst(pages: readonly Page[]): number[] {
  const byName = (a: number, b: number) => (pages[a]![0] < pages[b]![0] ? -1 : pages[a]![0] > pages[b]![0] ? 1 : a - b);
  return pages.map((_, number) => number).sort((a, b) => pages[a]![1] - pages[b]![1] || byName(a, b));
}

/**
 * For each page's number, its number in the new order.
 * @param order the old numbers in their new order (`shortestFirst`)
 */
export function renumbering(order: readonly number[]): number[] {
  const numbers = new Array<number>(order.length);
  for (const [position, old] of order.entries()) numbers[old] = position;
  return numbers;
}

const renumbered = (page: number, numbers: readonly number[]): number => {
  const number = numbers[page];
  if (number === undefined) throw new Error(`Pagefind's index names page ${page}, which its metadata does not list.`);
  return number;
};

/**
 * An index chunk with its pages renumbered. Each word lists its pages in rising order, each
 * counted from the one before, so the list is sorted again and counted afresh.
 * @param part the decoded chunk
 * @param numbers each old page number's new one
 */
export function renumberIndexPart(part: IndexPart, numbers: readonly number[]): IndexPart {
  const [words, ...rest] = part;
  return [
    words.map(([word, pages, ...more]) => {
      let page = 0;
      const entries = pages
        .map(([step, ...fields]) => {
          page += step;
          return { page: renumbered(page, numbers), fields };
        })
        .sort((a, b) => a.page - b.page);
      let previous = 0;
      const steps = entries.map(({ page: number, fields }): PageEntry => {
        const step = number - previous;
        previous = number;
        return [step, ...fields];
      });
      return [word, steps, ...more];
    }),
    ...rest,
  ];
}

/**
 * A filter's file with its pages renumbered, each value's pages in rising order as Pagefind writes them.
 * @param part the decoded file
 * @param numbers each old page number's new one
 */
export function renumberFilterPart(part: FilterPart, numbers: readonly number[]): FilterPart {
  const [filter, values, ...rest] = part;
  return [
    filter,
    values.map(([value, pages, ...more]) => [
      value,
      pages.map((page) => renumbered(page, numbers)).sort((a, b) => a - b),
      ...more,
    ]),
    ...rest,
  ];
}

/**
 * The metadata's sorts with their pages renumbered, each in its own order.
 * @param sorts each sort key with its pages
 * @param numbers each old page number's new one
 */
export const renumberSorts = (sorts: readonly Sort[], numbers: readonly number[]): Sort[] =>
  sorts.map(([key, pages]) => [key, pages.map((page) => renumbered(page, numbers))]);
