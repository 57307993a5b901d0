/**
 * The index's own words, for the search page's "Did you mean …" and spelling help
 * (`src/lib/search/spelling.ts`). Read from the fragments Pagefind wrote (each page's text and
 * metadata), so the list holds exactly the words a search can find, and written with its keys
 * sorted so the same content always gives the same file.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { searchWordShardUrl, searchWordsUrl } from '../../src/lib/search/search-config';
import { vocabularyFrom, wordShard, wordShards } from '../../src/lib/search/spelling';
import { everydayWordsNear } from './everyday-words';

/** Where the list is written, under the built site. */
export const searchWordsFile = searchWordsUrl.replace(/^\//, '');

/** Where the words starting with one letter are written, under the built site. */
export const searchWordShardFile = (shard: string) => searchWordShardUrl(shard).replace(/^\//, '');

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/**
 * The lower-case words of a text: runs of letters, with a hyphenated word also written joined
 * ("semi-nudes" gives "semi", "nudes" and "seminudes"), as Pagefind indexes it.
 * @param text a page's text or metadata value
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const [whole] of text.toLowerCase().matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)) {
    const parts = whole.split(/['’-]/);
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  return words.filter((word) => word.length >= 2);
}

/** Entries in their words' code-point order, whatever the locale. */
const byWord = ([a]: readonly [string, number], [b]: readonly [string, number]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every word of the pages and how many pages use it, keys in code-point order.
 * @param pages each page's text and metadata values
 */
export function countWords(pages: readonly (readonly string[])[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const texts of pages) {
    for (const word of new Set(texts.flatMap(wordsOf))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return Object.fromEntries([...counts.entries()].sort(byWord));
}

/**
 * A page's fragment as Pagefind writes it: gzip, with a signature before the JSON.
 * @param bytes the fragment file
 */
export function readFragment(bytes: Buffer): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
}

/**
 * Each fragment's text and metadata values, as Pagefind wrote them.
 * @param pagefindFolder the index folder, `dist/pagefind`
 */
export async function fragmentTexts(pagefindFolder: string): Promise<string[][]> {
  const folder = join(pagefindFolder, 'fragment');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.pf_fragment')).sort();
  return Promise.all(
    names.map(async (name) => {
      const fragment = readFragment(await readFile(join(folder, name)));
      return [fragment.content, ...Object.values(fragment.meta)];
    }),
  );
}

/**
 * The word files the search page fetches, by path under the built site: the whole list, and one
 * part for each first letter (every part is written, even an empty one, so a fetch for it never fails).
 * @param pages each page's text and metadata values (`fragmentTexts`)
 */
export function wordFilesOf(pages: readonly (readonly string[])[]): Map<string, string> {
  const held = countWords(pages);
  // An everyday word near an index word has no pages: read as typed, not respelled (`everyday-words.ts`).
  const everyday = everydayWordsNear(vocabularyFrom(held)).map((word) => [word, 0] as const);
  const counts = Object.fromEntries([...Object.entries(held), ...everyday].sort(byWord));
  const shards = new Map<string, Record<string, number>>(wordShards.map((shard) => [shard, {}]));
  for (const [word, count] of Object.entries(counts)) shards.get(wordShard(word))![word] = count;
  return new Map([
    [searchWordsFile, JSON.stringify(counts)],
    ...[...shards].map(([shard, words]) => [searchWordShardFile(shard), JSON.stringify(words)] as const),
  ]);
}
