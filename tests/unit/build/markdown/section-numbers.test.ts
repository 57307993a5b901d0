import { describe, expect, it } from 'vitest';
import { sectionNumbers } from '../../../../build/markdown/section-numbers';

describe('sectionNumbers', () => {
  it('numbers top-level sections 1, 2, 3', () => {
    expect(sectionNumbers([2, 2, 2])).toEqual(['1', '2', '3']);
  });

  it('numbers subsections within their section', () => {
    expect(sectionNumbers([2, 3, 3, 2, 3])).toEqual(['1', '1.1', '1.2', '2', '2.1']);
  });

  it('numbers three levels deep', () => {
    expect(sectionNumbers([2, 3, 4, 4, 3, 2])).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '2']);
  });

  it('treats the first heading’s level as the top level when a document starts at h3', () => {
    expect(sectionNumbers([3, 4, 3])).toEqual(['1', '1.1', '2']);
  });

  it('counts a skipped level as one step down', () => {
    expect(sectionNumbers([2, 4, 4, 2])).toEqual(['1', '1.1', '1.2', '2']);
  });

  it('never repeats a number when a skipped level is followed by the level in between', () => {
    expect(sectionNumbers([2, 4, 3, 3])).toEqual(['1', '1.1', '1.2', '1.3']);
  });

  it('continues the top-level count when a heading climbs above the first heading’s level', () => {
    expect(sectionNumbers([3, 3, 2, 3])).toEqual(['1', '2', '3', '3.1']);
  });

  it('returns nothing for a document without headings', () => {
    expect(sectionNumbers([])).toEqual([]);
  });
});
