/**
 * Where an MDX entry's rendered body is kept: in a file of its own in Astro's cache folder, named
 * by a hash of the HTML, with only the file's path in the content store. Astro bundles the whole
 * store into the build as one module; with 3,000 procedures their HTML made it 48 MB instead of
 * 7 MB, and the bundler holding it was most of the build's peak memory (README, Performance).
 *
 * A file's name is a hash of what it holds, so a file never changes once written: a store that
 * points at it always gets the body it was rendered with, and two builds sharing a cache cannot
 * overwrite each other's bodies.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Where in a rendered entry's metadata the body's file is named. */
export const bodyFileKey = 'bodyFile';

/** Where in a rendered entry's metadata the reason it could not be rendered is kept, for its page to fail with. */
export const renderErrorKey = 'renderError';

/**
 * The file name for a rendered body: a hash of the HTML.
 * @param html the rendered body
 */
export function bodyFileName(html: string): string {
  return `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.html`;
}

/**
 * Writes a rendered body to its file, if not there already, and returns the file's path relative
 * to the working folder (the project's root when Astro runs), to keep in the content store.
 * @param folder the folder for bodies, inside Astro's cache folder
 * @param html the rendered body
 */
export function writeBodyFile(folder: string, html: string): string {
  const file = join(folder, bodyFileName(html));
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, html);
  }
  return relative(process.cwd(), file);
}

/**
 * The body kept in a file by `writeBodyFile`.
 * @param path the path it returned
 */
export function readBodyFile(path: string): string {
  const file = resolve(process.cwd(), path);
  if (!existsSync(file))
    throw new Error(
      `The rendered body ${path} is missing from Astro's cache folder, though the content store names it. Build again with a cold cache (delete the cache folder's data-store.json).`,
    );
  return readFileSync(file, 'utf8');
}
