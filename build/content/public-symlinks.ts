/**
 * Finds symbolic links in `public/`. Astro copies `public/` into `dist/` following links, so one
 * link to a system folder would publish the whole folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentProblem } from './content-error';

/**
 * A problem for every symbolic link under a folder, without following any of them.
 * @param folder the folder Astro publishes as it is (defaults to `public/`)
 */
export function findPublicSymlinks(folder: string = resolve(process.cwd(), 'public')): ContentProblem[] {
  if (!existsSync(folder)) return [];
  const base = resolve(folder, '..');
  // Walked by hand: readdirSync's own recursion descends into linked folders.
  const links = (path: string): string[] =>
    readdirSync(path, { withFileTypes: true }).flatMap((item) => {
      const itemPath = join(path, item.name);
      if (item.isSymbolicLink()) return [itemPath];
      return item.isDirectory() ? links(itemPath) : [];
    });
  return links(folder).map((path) => ({
    file: relative(base, path),
    field: '',
    message:
      'This is a symbolic link. The build would publish whatever it points to, so this folder may hold only real files. Replace the link with a copy of the file it points to.',
  }));
}
