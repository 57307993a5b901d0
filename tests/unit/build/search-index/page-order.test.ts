import { describe, expect, it } from 'vitest';
import {
  renumberFilterPart,
  renumberIndexPart,
  renumberSorts,
  renumbering,
  shortestFirst,
} from '../../../../build/search-index/page-order';
import type { IndexPart, Page } from '../../../../build/search-index/pagefind-files';

const pages: Page[] = [
  ['a', 171, ''],
  ['b', 138, ''],
  ['c', 195, ''],
  ['d', 138, ''],
];

describe('shortestFirst and renumbering', () => {
  it('orders the pages by word count, pages of the same length by their fragments’ names', () => {
    expect(shortestFirst(pages)).toEqual([1, 3, 0, 2]);
    // The same pages in another order (Pagefind reads a folder in the order the file system lists it).
    const read = [pages[3]!, pages[2]!, pages[1]!, pages[0]!];
    expect(shortestFirst(read).map((number) => read[number]![0])).toEqual(['b', 'd', 'a', 'c']);
  });

  it('gives each old number its new one', () => {
    expect(renumbering([1, 3, 0, 2])).toEqual([2, 0, 3, 1]);
  });
});

describe('renumberIndexPart', () => {
  it('renumbers each word’s pages, sorts them again and counts each from the one before, keeping their places', () => {
    // "child" on old pages 0, 2 and 3 (steps 0, 2, 1); "grooming" on old page 1.
    const part: IndexPart = [
      [
        [
          'child',
          [
            [0, [-25, 4]],
            [2, [-25, 9], [-2, 1]],
            [1, [-169, 0]],
          ],
        ],
        ['groom', [[1, [-25, 12]]]],
      ],
    ];
    // New numbers: old 0 → 2, old 2 → 1, old 3 → 0, old 1 → 3.
    expect(renumberIndexPart(part, [2, 3, 1, 0])).toEqual([
      [
        [
          'child',
          [
            [0, [-169, 0]],
            [1, [-25, 9], [-2, 1]],
            [1, [-25, 4]],
          ],
        ],
        ['groom', [[3, [-25, 12]]]],
      ],
    ]);
  });

  it('stops the build when a word names a page the metadata does not list', () => {
    expect(() => renumberIndexPart([[['child', [[4, []]]]]], [0, 1])).toThrow(
      "Pagefind's index names page 4, which its metadata does not list.",
    );
  });
});

describe('renumberFilterPart and renumberSorts', () => {
  it('renumbers each filter value’s pages in rising order', () => {
    expect(
      renumberFilterPart(
        [
          'type',
          [
            ['Contact', [0, 2]],
            ['Guidance', [1, 3]],
          ],
        ],
        [2, 3, 1, 0],
      ),
    ).toEqual([
      'type',
      [
        ['Contact', [1, 2]],
        ['Guidance', [0, 3]],
      ],
    ]);
  });

  it('renumbers a sort’s pages and keeps its order', () => {
    expect(renumberSorts([['date', [3, 0, 1, 2]]], [2, 3, 1, 0])).toEqual([['date', [0, 2, 3, 1]]]);
  });
});
