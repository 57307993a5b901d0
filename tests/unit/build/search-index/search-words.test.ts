import { describe, expect, it } from 'vitest';
import { countWords, wordsOf } from '../../../../build/search-index/search-words';

describe('wordsOf', () => {
  it('gives a hyphenated word’s parts and its joined form, as Pagefind indexes it', () => {
    expect(wordsOf('Semi-nudes, UK')).toEqual(['semi', 'nudes', 'seminudes', 'uk']);
  });

  it('leaves out numbers and single letters', () => {
    expect(wordsOf('Call 0800 1111, a line')).toEqual(['call', 'line']);
  });
});

describe('countWords', () => {
  it('counts the pages that use each word, once per page, with the words in order', () => {
    const counts = countWords([['Grooming and grooming'], ['grooming', 'abuse']]);
    expect(counts).toEqual({ abuse: 1, and: 1, grooming: 2 });
    expect(Object.keys(counts)).toEqual(['abuse', 'and', 'grooming']);
  });

  it('gives the same text for the same pages in any order', () => {
    expect(JSON.stringify(countWords([['b a'], ['c']]))).toBe(JSON.stringify(countWords([['c'], ['a b']])));
  });
});
