/**
 * Recompresses the Pagefind files that every first search fetches, whatever the query: the
 * WebAssembly and the metadata (the list of every page and index chunk). Pagefind writes them
 * with a fast gzip; Zopfli writes the same bytes in a gzip about 5 % (WebAssembly) and 10 %
 * (metadata) smaller, which Pagefind's own decoder reads. Zopfli is slow (about 6 s for each MB
 * of input), so only these files are recompressed, and the WebAssembly, the same for every build
 * of one Pagefind version, is compressed once and kept in a cache folder by its hash.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cached } from './build-cache';

/** The files a first query fetches besides the index chunks and fragments it needs. */
export const everyQueryFile = /^(?:wasm\.[^.]+\.pagefind|pagefind\.[^.]+\.pf_meta)$/;

// Part of the cache's key, so a newer Zopfli compresses afresh and every machine writes the same bytes.
const zopfliVersion = (createRequire(import.meta.url)('@gfx/zopfli/package.json') as { version: string }).version;

/** The WebAssembly is the same for every build of one Pagefind version, so its smaller gzip is kept. */
const cacheable = (file: string) => file.endsWith('.pagefind');

/**
 * The same bytes in a smaller gzip, or undefined when Zopfli does no better.
 * @param gzipped a gzip file as Pagefind wrote it
 */
async function smallerGzip(gzipped: Buffer): Promise<Buffer | undefined> {
  // Imported here, not at the top: the library adds process-wide error handlers when it loads.
  const { gzipAsync } = await import('@gfx/zopfli');
  const smaller = Buffer.from(await gzipAsync(gunzipSync(gzipped), { numiterations: 5 }));
  return smaller.length < gzipped.length ? smaller : undefined;
}

/**
 * Rewrites each of Pagefind's every-query files in `folder` as a smaller gzip of the same bytes.
 * @param folder the `pagefind/` folder of a built site
 * @param cacheFolder where compressed WebAssembly is kept between builds
 * @returns the bytes saved, per file name
 */
export async function recompressEveryQueryFiles(folder: string, cacheFolder: string): Promise<Map<string, number>> {
  const saved = new Map<string, number>();
  const files = (await readdir(folder)).filter((file) => everyQueryFile.test(file)).sort();
  for (const file of files) {
    const gzipped = await readFile(join(folder, file));
    const smaller = cacheable(file)
      ? await cached(cacheFolder, `zopfli-${zopfliVersion}`, gzipped, async () => (await smallerGzip(gzipped)) ?? gzipped)
      : await smallerGzip(gzipped);
    if (!smaller || smaller.length >= gzipped.length) continue;
    await writeFile(join(folder, file), smaller);
    saved.set(file, gzipped.length - smaller.length);
  }
  return saved;
}
