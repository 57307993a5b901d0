import { describe, expect, it } from 'vitest';
import { listPagePath, listPaths, pageLinks, pagesOf } from '../../../src/lib/pages/pagination';

describe('pagesOf', () => {
  it('splits a list into pages of the given size, the last one shorter', () => {
    expect(pagesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('gives an empty list one empty page, so a listing always has its first page', () => {
    expect(pagesOf([], 100)).toEqual([[]]);
  });

  it('rejects a page size that is not a whole number above 0', () => {
    expect(() => pagesOf([1], 0)).toThrow('A page size must be a whole number above 0, not 0.');
  });
});

describe('listPagePath', () => {
  it('puts the first page at the listing’s own address and later pages after it', () => {
    expect(listPagePath('/procedures/', 1)).toBe('/procedures/');
    expect(listPagePath('/procedures/', 3)).toBe('/procedures/3/');
  });
});

describe('pageLinks', () => {
  it('links the first page only onwards', () => {
    expect(pageLinks('/guidance/', 1, 3)).toEqual({ current: 1, last: 3, next: '/guidance/2/', lastPage: '/guidance/3/' });
  });

  it('links a middle page both ways, with first and last pages when they are not next to it', () => {
    expect(pageLinks('/guidance/', 3, 5)).toEqual({
      current: 3,
      last: 5,
      previous: '/guidance/2/',
      next: '/guidance/4/',
      first: '/guidance/',
      lastPage: '/guidance/5/',
    });
  });

  it('has no links when the listing fits on one page', () => {
    expect(pageLinks('/changes/', 1, 1)).toEqual({ current: 1, last: 1 });
  });
});

describe('listPaths', () => {
  it('gives each page its route parameter, its entries and the number of pages', () => {
    const paths = listPaths(['a', 'b', 'c'], 2);
    expect(paths).toEqual([
      { params: { page: undefined }, props: { entries: ['a', 'b'], page: 1, lastPage: 2, total: 3 } },
      { params: { page: '2' }, props: { entries: ['c'], page: 2, lastPage: 2, total: 3 } },
    ]);
  });
});
