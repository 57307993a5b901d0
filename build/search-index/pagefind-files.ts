/**
 * Pagefind's binary files as it writes them once gunzipped: a signature, then CBOR. Read and
 * written with `cborg`, so the build can rename, reorder and trim them. The layouts below are
 * Pagefind 1.6's (`MetaIndex`, the index and filter chunks in its source); a file laid out any
 * other way stops the build with its name and the layout expected, rather than leave an index the
 * search cannot read.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** What Pagefind writes at the start of every decompressed file. */
const signature = 'pagefind_dcd';

/** Where the layouts are described: the file to change when Pagefind changes one. */
const layoutsModule = 'build/search-index/pagefind-files.ts';

/**
 * The CBOR value after the signature, or an error naming the file when the signature is missing.
 * @param bytes a decompressed Pagefind file
 * @param file its path, for the error
 */
export function decodePagefindFile(bytes: Uint8Array, file: string): unknown {
  if (new TextDecoder().decode(bytes.subarray(0, signature.length)) !== signature)
    throw new Error(`${file} does not start with Pagefind's signature "${signature}".`);
  return decode(bytes.subarray(signature.length)) as unknown;
}

/**
 * A value as Pagefind's decoder reads it: the signature, then CBOR.
 * @param value the file's content
 */
export const encodePagefindFile = (value: unknown): Uint8Array =>
  Buffer.concat([Buffer.from(signature), Buffer.from(encode(value))]);

/**
 * The metadata: arrays of fields, in order. A page's fields after its word count (its fragment
 * group), the sorts' page numbers and the metadata's field names follow as Pagefind wrote them.
 */
export type Page = [hash: string, wordCount: number, ...rest: unknown[]];
export type Chunk = [from: string, to: string, hash: string, ...rest: unknown[]];
export type Filter = [name: string, hash: string, ...rest: unknown[]];
export type Sort = [key: string, pages: number[]];
export type Meta = [version: string, pages: Page[], chunks: Chunk[], filters: Filter[], sorts: Sort[], ...rest: unknown[]];

/**
 * One page's places for one word as Pagefind packs them: a weight, written as -(weight + 1),
 * then the places of that weight, each counted from the one before (the first from 0); then the
 * next weight. Pagefind writes the weights in rising order.
 */
export type PackedPlaces = number[];
/** A page in a word's entry: its number (counted from the page before), its places, and its places in the page's metadata. */
export type PageEntry = [pageStep: number, places: PackedPlaces, ...rest: unknown[]];
export type WordEntry = [word: string, pages: PageEntry[], ...rest: unknown[]];
/** An index chunk (`index/*.pf_index`): the words from one to another, each with its pages. */
export type IndexPart = [words: WordEntry[], ...rest: unknown[]];
/** A filter's file (`filter/*.pf_filter`): its name, then each value with its pages' numbers, in rising order. */
export type FilterPart = [filter: string, values: [value: string, pages: number[]][], ...rest: unknown[]];

const isArrayOf = (value: unknown, check: (item: unknown) => boolean) => Array.isArray(value) && value.every(check);
const hasStringAt = (position: number) => (row: unknown) => Array.isArray(row) && typeof row[position] === 'string';
const isNumber = (value: unknown) => typeof value === 'number';

function shaped<Layout>(value: unknown, valid: boolean, file: string, layout: string): Layout {
  if (!valid)
    throw new Error(`${file} is not laid out as Pagefind 1.6 lays out ${layout}; ${layoutsModule} must learn the new layout.`);
  return value as Layout;
}

/**
 * The metadata decoded, or an error that says what Pagefind changed.
 * @param bytes the decompressed metadata file
 * @param file its path, for the error
 */
export function decodeMeta(bytes: Uint8Array, file: string): Meta {
  const meta = decodePagefindFile(bytes, file);
  const valid =
    Array.isArray(meta) &&
    typeof meta[0] === 'string' &&
    isArrayOf(meta[1], hasStringAt(0)) &&
    isArrayOf(meta[2], hasStringAt(2)) &&
    isArrayOf(meta[3], hasStringAt(1)) &&
    isArrayOf(meta[4], (sort) => hasStringAt(0)(sort) && isArrayOf((sort as unknown[])[1], isNumber));
  return shaped<Meta>(meta, valid, file, 'its metadata (version, pages, index chunks, filters, sorts, …)');
}

/**
 * An index chunk decoded, or an error that says Pagefind changed its layout.
 * @param bytes the decompressed chunk
 * @param file its path, for the error
 */
export function decodeIndexPart(bytes: Uint8Array, file: string): IndexPart {
  const part = decodePagefindFile(bytes, file);
  const valid =
    Array.isArray(part) &&
    isArrayOf(
      part[0],
      (word) => hasStringAt(0)(word) && isArrayOf((word as unknown[])[1], (page) => Array.isArray(page) && isNumber(page[0])),
    );
  return shaped<IndexPart>(part, valid, file, 'an index part ([[word, [[page, places, …], …], …], …])');
}

/**
 * A filter's file decoded, or an error that says Pagefind changed its layout.
 * @param bytes the decompressed file
 * @param file its path, for the error
 */
export function decodeFilterPart(bytes: Uint8Array, file: string): FilterPart {
  const part = decodePagefindFile(bytes, file);
  const valid =
    Array.isArray(part) &&
    typeof part[0] === 'string' &&
    isArrayOf(part[1], (value) => hasStringAt(0)(value) && isArrayOf((value as unknown[])[1], isNumber));
  return shaped<FilterPart>(part, valid, file, 'a filter (name, [[value, [page, …]], …])');
}

/**
 * Reads and decodes one of Pagefind's gzipped files.
 * @param file its path
 * @param decodeAs how to decode its content
 */
export async function readPagefindFile<Layout>(
  file: string,
  decodeAs: (bytes: Uint8Array, file: string) => Layout,
): Promise<Layout> {
  return decodeAs(gunzipSync(await readFile(file)), file);
}

/**
 * Writes a value as Pagefind's gzipped file, as small as gzip makes it.
 * @param file its path
 * @param value its content
 * @returns the bytes written
 */
export async function writePagefindFile(file: string, value: unknown): Promise<number> {
  const gzipped = gzipSync(encodePagefindFile(value), { level: 9 });
  await writeFile(file, gzipped);
  return gzipped.length;
}
