import { describe, expect, it } from 'vitest';
import {
  searchCompleteWordSettleMs,
  searchLongerWordSettleMs,
  searchPartWordSettleMs,
  searchSettleMs,
  searchShortQuery,
} from '../../../src/lib/search/search-config';
import { vocabularyFrom } from '../../../src/lib/search/spelling';
import { typingPause } from '../../../src/lib/search/typing-pause';

const words = vocabularyFrom({ child: 90, childline: 4, children: 80 });

describe('typingPause', () => {
  it('searches at once after a whole word that no longer word in the index starts', () => {
    expect(typingPause('childline', 'childline', words)).toBe(searchCompleteWordSettleMs);
    expect(typingPause('call childline', 'childline', words)).toBe(0);
  });

  it('waits after a whole word that longer words start, in case it goes on, longer than after a number', () => {
    expect(typingPause('call child', 'child', words)).toBe(searchLongerWordSettleMs);
    expect(searchLongerWordSettleMs).toBeGreaterThan(searchSettleMs);
    expect(searchSettleMs).toBeGreaterThan(searchCompleteWordSettleMs);
  });

  it('waits longer after part of a word, which would fetch the index of every word it starts', () => {
    expect(typingPause('chil', 'chil', words)).toBe(searchPartWordSettleMs);
    expect(searchPartWordSettleMs).toBeGreaterThan(searchLongerWordSettleMs);
  });

  it('treats numbers, and any word while the word list cannot be had, as whole', () => {
    expect(typingPause('0344 38', '38', words)).toBe(searchSettleMs);
    expect(typingPause('chil', 'chil', undefined)).toBe(searchSettleMs);
  });

  it('waits for Enter on a single letter and longer on two', () => {
    expect(typingPause('c', 'c', words)).toBeUndefined();
    expect(typingPause('ch', 'ch', words)).toBe(searchShortQuery.settleMs);
  });

  it('clears at once when the box is emptied', () => {
    expect(typingPause('', undefined, words)).toBe(searchSettleMs);
  });
});
