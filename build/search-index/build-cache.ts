/**
 * A folder where the search index's slow steps keep what they made, by the hash of what they
 * were given: Pagefind's WebAssembly and scripts are the same for every build of one Pagefind
 * version, so they are recompressed and minified once, not on every build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What `make` gives for `input`, from the cache when an earlier build made it.
 * @param cacheFolder where results are kept between builds
 * @param step a name for the step, so two steps given the same input keep apart
 * @param input what the step is given
 * @param make the step itself
 */
export async function cached(
  cacheFolder: string,
  step: string,
  input: string | Uint8Array,
  make: () => Promise<Uint8Array>,
): Promise<Buffer> {
  const file = join(cacheFolder, `${step}-${createHash('sha256').update(input).digest('hex')}`);
  const kept = await readFile(file).catch(() => undefined);
  if (kept) return kept;
  const made = Buffer.from(await make());
  await mkdir(cacheFolder, { recursive: true });
  await writeFile(file, made);
  return made;
}
