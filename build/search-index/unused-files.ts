/**
 * Removes what Pagefind writes that no reader of this site loads: its ready-made search
 * interfaces (the site has its own search page; about 400 KB) and the WebAssembly of languages
 * the index has no pages in. What is left is what the search page, its worker and the
 * highlighter fetch.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readPagefindEntry } from './pagefind-entry';

/** Pagefind's own search interfaces: the default, modular and component UIs. */
const readyMadeInterface = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$/;

/**
 * Removes Pagefind's search interfaces, and every `wasm.*.pagefind` no language of the index uses.
 * @param folder the `pagefind/` folder of a built site
 * @returns the names of the files removed, in order
 */
export async function removeUnusedFiles(folder: string): Promise<string[]> {
  const entry = await readPagefindEntry(folder);
  const used = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`));
  const unused = (await readdir(folder))
    .filter((file) => readyMadeInterface.test(file) || (/^wasm\..+\.pagefind$/.test(file) && !used.has(file)))
    .sort();
  for (const file of unused) await rm(join(folder, file));
  return unused;
}
