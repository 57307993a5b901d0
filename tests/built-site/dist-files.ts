/**
 * The built site as the link checks need it: each HTML page by its URL path (from
 * `builtPages()`), and the URL path of every other file (stylesheets, scripts, feed, icons).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { builtPages, distDir } from './built-site';

export { distDir };

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

export function readDist(): { pages: Map<string, string>; assets: Set<string> } {
  const assets = filesUnder(distDir)
    .filter((file) => !file.endsWith('.html'))
    .map((file) => `/${relative(distDir, file).split(sep).join('/')}`);
  return { pages: new Map(builtPages().map((page) => [page.path, page.html])), assets: new Set(assets) };
}
