/**
 * Makes the list of pages that every first query fetches (Pagefind's metadata) smaller. At 3,000
 * pages it was 28 KB, the largest part of a first search after the WebAssembly.
 *
 * Pagefind names each page's fragment, each index chunk and each filter file by a hash of its
 * content. Hashes do not compress, and the pages' hashes were 11 KB of the 28. They are renamed
 * by their place in the index ("0", "1", … "3101"), which changes nothing else. The word counts
 * that rank pages are kept exactly: rounding them would save 4 KB more, but it reordered
 * near-equal results. The names are only unique within one build, so `public/_headers` has
 * browsers check these files again rather than reuse an earlier build's.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodePagefindFile, encodePagefindFile } from './pagefind-cbor';
import { readPagefindEntry, writePagefindEntry } from './pagefind-entry';

/**
 * The metadata as Pagefind encodes it (`MetaIndex` in Pagefind's source): arrays of fields, in
 * order. Only the names are changed; fields after them (a page's fragment group, the sorts, the
 * metadata's field names) are kept as they are.
 */
type Page = [hash: string, wordCount: number, ...rest: unknown[]];
type Chunk = [from: string, to: string, hash: string, ...rest: unknown[]];
type Filter = [name: string, hash: string, ...rest: unknown[]];
type Meta = [version: string, pages: Page[], chunks: Chunk[], filters: Filter[], ...rest: unknown[]];

const hasStringAt = (position: number) => (row: unknown) => Array.isArray(row) && typeof row[position] === 'string';

/**
 * The metadata decoded, or an error that says what Pagefind changed: a later version may move
 * fields, and then the build must stop rather than write an index the search cannot read.
 * @param bytes the decompressed metadata file
 * @param file its path, for the error
 */
export function decodeMeta(bytes: Uint8Array, file: string): Meta {
  const meta = decodePagefindFile(bytes, file);
  const shaped =
    Array.isArray(meta) &&
    typeof meta[0] === 'string' &&
    [meta[1], meta[2], meta[3]].every(Array.isArray) &&
    (meta[1] as unknown[]).every(hasStringAt(0)) &&
    (meta[2] as unknown[]).every(hasStringAt(2)) &&
    (meta[3] as unknown[]).every(hasStringAt(1));
  if (!shaped)
    throw new Error(
      `${file} is not laid out as Pagefind 1.6 lays out its metadata (version, pages, index chunks, filters, …); build/search-index/compact-meta.ts must learn the new layout.`,
    );
  return meta as Meta;
}

/** The metadata as Pagefind's decoder reads it. */
export const encodeMeta = (meta: Meta): Uint8Array => encodePagefindFile(meta);

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
 * Renames the files of every language's index in a Pagefind folder and rewrites its metadata and
 * entry file. An index with fragment groups keeps its names.
 * @param folder the `pagefind/` folder of a built site
 * @returns each metadata file's new name
 */
export async function compactIndexMeta(folder: string): Promise<string[]> {
  const entry = await readPagefindEntry(folder);
  const written: string[] = [];
  const used = { pages: 0, chunks: 0, filters: 0 };
  for (const [language, details] of Object.entries(entry.languages)) {
    const file = join(folder, `pagefind.${details.hash}.pf_meta`);
    const meta = decodeMeta(gunzipSync(await readFile(file)), file);
    const [, pages, chunks, filters] = meta;
    // Pagefind names a fragment group by the pages in it; such an index keeps its names.
    if (pages.some(([, , group]) => group !== undefined && group !== '')) {
      written.push(`pagefind.${details.hash}.pf_meta`);
      continue;
    }
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
    const [version, , , , ...rest] = meta;
    const renamed: Meta = [
      version,
      pages.map(([hash, wordCount, ...more]) => [pageNames.get(hash)!, wordCount, ...more]),
      chunks.map(([from, to, hash, ...more]) => [from, to, chunkNames.get(hash)!, ...more]),
      filters.map(([name, hash, ...more]) => [name, filterNames.get(hash)!, ...more]),
      ...rest,
    ];
    const bytes = encodeMeta(renamed);
    // The metadata keeps a name made from its content, as Pagefind names it, so a changed index is a new file.
    const hash = `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, 13)}`;
    await rm(file);
    await writeFile(join(folder, `pagefind.${hash}.pf_meta`), gzipSync(bytes, { level: 9 }));
    details.hash = hash;
    written.push(`pagefind.${hash}.pf_meta`);
  }
  await writePagefindEntry(folder, entry);
  return written;
}
