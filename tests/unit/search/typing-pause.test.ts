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

const words = vocabularyFrom({ child: 60, childline: 4, children: 80, grooming: 30, report: 40, reports: 35, reported: 10 });

describe('typingPause', () => {
  it('searches at once after a whole word that no longer word in the index starts', () => {
    expect(typingPause('grooming', 'grooming', words)).toBe(searchCompleteWordSettleMs);
    expect(typingPause('call childline', 'childline', words)).toBe(0);
  });

  it('searches at once after a whole word whose longer words are on fewer than a third as many pages as it', () => {
    const withPlural = vocabularyFrom({ childline: 40, childlines: 12, childnet: 1, cyber: 50, cyberbullying: 17 });
    expect(typingPause('call childline', 'childline', withPlural)).toBe(searchCompleteWordSettleMs);
    expect(typingPause('cyber', 'cyber', withPlural)).toBe(searchLongerWordSettleMs);
  });

  it('waits after a whole word whose longer words are on more pages than it, in case it goes on, longer than after a number', () => {
    expect(typingPause('call child', 'child', words)).toBe(searchLongerWordSettleMs);
    expect(typingPause('report', 'report', words)).toBe(searchLongerWordSettleMs);
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
