import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countWords, fragmentTexts, wordFilesOf, wordsOf } from '../../../../build/search-index/search-words';

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

describe('fragmentTexts and wordFilesOf', () => {
  it('writes the whole list and a part for every pair of first letters, empty parts included', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'search-words-'));
    try {
      mkdirSync(join(folder, 'fragment'));
      const fragment = (content: string, meta: Record<string, string>) =>
        gzipSync(`pagefind_dcd${JSON.stringify({ content, meta })}`);
      writeFileSync(join(folder, 'fragment', 'en_1.pf_fragment'), fragment('Grooming online', { title: 'Grooming' }));
      writeFileSync(join(folder, 'fragment', 'en_2.pf_fragment'), fragment('Online gaming', { title: 'Gaming' }));
      const files = wordFilesOf(await fragmentTexts(folder));
      // Everyday words spelling help would take for these ("gaining" for "gaming") have no pages.
      expect(files.get('search/words.json')).toBe(
        '{"gaining":0,"gaming":1,"gearing":0,"giving":0,"grooming":1,"grouping":0,"growing":0,"oblige":0,"online":2,"outline":0}',
      );
      expect(files.get('search/words/ga.json')).toBe('{"gaining":0,"gaming":1}');
      expect(files.get('search/words/gr.json')).toBe('{"grooming":1,"grouping":0,"growing":0}');
      expect(files.get('search/words/on.json')).toBe('{"online":2}');
      expect(files.get('search/words/g_.json')).toBe('{}');
      expect(files.size).toBe(1 + 27 * 27);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
