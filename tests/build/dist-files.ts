/**
 * Reads the built site once for the build tests: each HTML page by its URL path, and every other
 * file's URL path. Uses DIST_DIR like the build does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(process.cwd(), process.env['DIST_DIR'] ?? 'dist');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]));
}

/** "/procedures/x/index.html" is served as "/procedures/x/"; other files keep their path. */
function urlPath(file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function readDist(): { pages: Map<string, string>; assets: Set<string> } {
  const pages = new Map<string, string>();
  const assets = new Set<string>();
  for (const file of filesUnder(distDir)) {
    if (file.endsWith('.html')) pages.set(urlPath(file), readFileSync(file, 'utf8'));
    else assets.add(urlPath(file));
  }
  return { pages, assets };
}
