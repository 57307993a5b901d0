import { describe, expect, it } from 'vitest';
import { everydayWords, everydayWordsNear } from '../../../../build/search-index/everyday-words';
import { vocabularyFrom } from '../../../../src/lib/search/spelling';

describe('everydayWords', () => {
  const words = new Set(everydayWords());

  it('holds common English words, in British spelling', () => {
    for (const word of ['colleague', 'colleagues', 'accused', 'spent', 'counts', 'behaviour']) expect(words.has(word)).toBe(true);
  });

  it('leaves out rarer words, which are more often a mistyped word ("bulling" for "bullying"), and American spellings', () => {
    for (const word of ['bulling', 'behavior', 'radicalization']) expect(words.has(word)).toBe(false);
  });
});

describe('everydayWordsNear', () => {
  const vocabulary = vocabularyFrom({ college: 6, colleges: 4, county: 3, abused: 9 });

  it('is the everyday words spelling help would take for a mistyped word the index holds', () => {
    expect(everydayWordsNear(vocabulary, ['colleagues', 'counts', 'accused', 'volcano', 'college'])).toEqual([
      'colleagues',
      'counts',
      'accused',
    ]);
  });

  it('leaves out a word the index holds in another form, which is searched as it is', () => {
    expect(everydayWordsNear(vocabulary, ['colleges', 'abuse'])).toEqual([]);
  });

  it('holds an everyday word that starts a longer word the index holds, which spelling help would complete as that word', () => {
    const longer = vocabularyFrom({ classification: 7, blackmail: 12, blackmailed: 3, screenshot: 9, screenshots: 2 });
    expect(everydayWordsNear(longer, ['class', 'black', 'screens', 'blackmail', 'blackmails'])).toEqual([
      'class',
      'black',
      'screens',
    ]);
  });
});
