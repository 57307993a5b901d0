/**
 * Makes the list of pages that every first query fetches (Pagefind's metadata) smaller. At 3,000
 * pages it was 28 KB, the largest part of a first search after the WebAssembly.
 *
 * Pagefind names each page's fragment, each index chunk and each filter file by a hash of its
 * content. Hashes do not compress, and the pages' hashes were 11 KB of the 28. They are renamed
 * by their place in the index ("0", "1", … "3101"), which changes nothing else. The word counts
 * that rank pages are kept exactly: rounding them would save 4 KB more, but it reordered
 * near-equal results; instead the pages are numbered shortest first (page-order.ts), which
 * makes the counts gzip to a third. The names are only unique within one build, so
 * `public/_headers` has browsers check these files again rather than reuse an earlier build's.
 */
import { createHash } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  decodeFilterPart,
  decodeIndexPart,
  decodeMeta,
  encodePagefindFile,
  readPagefindFile,
  writePagefindFile,
  type Meta,
} from './pagefind-files';
import { renumberFilterPart, renumberIndexPart, renumberSorts, renumbering, shortestFirst } from './page-order';
import { readPagefindEntry, writePagefindEntry } from './pagefind-entry';

/**
 * A new name for each distinct old one, in order of first use (identical pages share a fragment),
 * counting on from `first`: the languages of one index share its folders.
 */
function placeNames(hashes: readonly string[], first: number): Map<string, string> {
  const names = new Map<string, string>();
  for (const hash of hashes) if (!names.has(hash)) names.set(hash, String(first + names.size));
  return names;
}

async function renameAll(folder: string, extension: string, names: ReadonlyMap<string, string>): Promise<void> {
  // Old names have the language and an underscore ("en-gb_3c1e0ac"), new ones never do, so none is overwritten.
  for (const [old, name] of names) await rename(join(folder, `${old}${extension}`), join(folder, `${name}${extension}`));
}

/**
 * Rewrites every index chunk and filter file of one language with its pages renumbered.
 * @param folder the `pagefind/` folder
 * @param meta the language's metadata, naming its files
 * @param numbers each old page number's new one
 */
async function renumberFiles(folder: string, [, , chunks, filters]: Meta, numbers: readonly number[]): Promise<void> {
  for (const [, , hash] of chunks) {
    const file = join(folder, 'index', `${hash}.pf_index`);
    await writePagefindFile(file, renumberIndexPart(await readPagefindFile(file, decodeIndexPart), numbers));
  }
  for (const [, hash] of filters) {
    const file = join(folder, 'filter', `${hash}.pf_filter`);
    await writePagefindFile(file, renumberFilterPart(await readPagefindFile(file, decodeFilterPart), numbers));
  }
}

/**
 * Numbers every language's pages shortest first (page-order.ts), renames the files of its index
 * by their place, and rewrites its metadata and the entry file. An index with fragment groups
 * keeps its order and names.
 * @param folder the `pagefind/` folder of a built site
 * @returns each metadata file's new name
 */
export async function compactIndexMeta(folder: string): Promise<string[]> {
  const entry = await readPagefindEntry(folder);
  const written: string[] = [];
  const used = { pages: 0, chunks: 0, filters: 0 };
  for (const [language, details] of Object.entries(entry.languages)) {
    const file = join(folder, `pagefind.${details.hash}.pf_meta`);
    const meta = await readPagefindFile(file, decodeMeta);
    // Pagefind names a fragment group by the pages in it; such an index keeps its names.
    if (meta[1].some(([, , group]) => group !== undefined && group !== '')) {
      written.push(`pagefind.${details.hash}.pf_meta`);
      continue;
    }
    const order = shortestFirst(meta[1]);
    const numbers = renumbering(order);
    if (order.some((old, position) => old !== position)) await renumberFiles(folder, meta, numbers);
    const [version, unordered, chunks, filters, sorts, ...rest] = meta;
    const pages = order.map((old) => unordered[old]!);
    const pageNames = placeNames(
      pages.map(([hash]) => hash),
      used.pages,
    );
    const chunkNames = placeNames(
      chunks.map(([, , hash]) => hash),
      used.chunks,
    );
    const filterNames = placeNames(
      filters.map(([, hash]) => hash),
      used.filters,
    );
    used.pages += pageNames.size;
    used.chunks += chunkNames.size;
    used.filters += filterNames.size;
    await renameAll(join(folder, 'fragment'), '.pf_fragment', pageNames);
    await renameAll(join(folder, 'index'), '.pf_index', chunkNames);
    await renameAll(join(folder, 'filter'), '.pf_filter', filterNames);
    const renamed: Meta = [
      version,
      pages.map(([hash, wordCount, ...more]) => [pageNames.get(hash)!, wordCount, ...more]),
      chunks.map(([from, to, hash, ...more]) => [from, to, chunkNames.get(hash)!, ...more]),
      filters.map(([name, hash, ...more]) => [name, filterNames.get(hash)!, ...more]),
      renumberSorts(sorts, numbers),
      ...rest,
    ];
    // The metadata keeps a name made from its content, as Pagefind names it, so a changed index is a new file.
    const hash = `${language}_${createHash('sha256').update(encodePagefindFile(renamed)).digest('hex').slice(0, 13)}`;
    await rm(file);
    await writePagefindFile(join(folder, `pagefind.${hash}.pf_meta`), renamed);
    details.hash = hash;
    written.push(`pagefind.${hash}.pf_meta`);
  }
  await writePagefindEntry(folder, entry);
  return written;
}
