/**
 * Pagefind's `pagefind-entry.json`, which names each language's metadata file and WebAssembly and
 * counts its pages. The build's steps after Pagefind read it, and one rewrites it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

const entryFile = (folder: string) => join(folder, 'pagefind-entry.json');

/**
 * The entry file of a Pagefind folder.
 * @param folder the `pagefind/` folder of a built site
 */
export async function readPagefindEntry(folder: string): Promise<PagefindEntry> {
  return JSON.parse(await readFile(entryFile(folder), 'utf8')) as PagefindEntry;
}

/**
 * How many pages the index holds, in every language.
 * @param entry the entry file's content
 */
export const indexedPageCount = (entry: PagefindEntry): number =>
  Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);

/**
 * Writes the entry file back, as compactly as Pagefind writes it.
 * @param folder the `pagefind/` folder of a built site
 * @param entry the entry, changed
 */
export async function writePagefindEntry(folder: string, entry: PagefindEntry): Promise<void> {
  await writeFile(entryFile(folder), JSON.stringify(entry));
}
