import { describe, expect, it } from 'vitest';
import { mergeWordResults, significantWords } from '../../src/lib/search-query';

describe('significantWords', () => {
  it('drops the small words of a question typed the way people talk', () => {
    expect(significantWords('My child sent a nude?')).toEqual(['child', 'sent', 'nude']);
  });

  it('keeps acronyms and numbers', () => {
    expect(significantWords('who is the DSL at 0344')).toEqual(['dsl', '0344']);
  });

  it('lists a repeated word once', () => {
    expect(significantWords('nudes, nudes')).toEqual(['nudes']);
  });
});

describe('mergeWordResults', () => {
  it('puts pages with more of the words first, then by summed score', () => {
    const child = [{ id: 'talking', score: 5 }, { id: 'nudes', score: 1 }];
    const nude = [{ id: 'nudes', score: 3 }, { id: 'upset', score: 9 }];
    expect(mergeWordResults([child, nude]).map((result) => result.id)).toEqual(['nudes', 'upset', 'talking']);
  });
});
