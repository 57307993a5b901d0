/** The search index's files and a hash of each, to compare two builds byte for byte. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { searchWordShardFile, searchWordsFile } from '../../build/search-index/search-words';

const listFiles = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

/**
 * Every file of `<site>/pagefind/` and the word lists, by path, with its SHA-256.
 * @param site a built site's folder
 */
export function indexFileHashes(site: string): Record<string, string> {
  const files = listFiles(join(site, 'pagefind'));
  return Object.fromEntries(
    [...files, join(site, searchWordsFile), ...listFiles(join(site, dirname(searchWordShardFile('a'))))]
      .map((file) => [relative(site, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * Indexes a copy of a built site's pages again with the build's own index step, and returns the
 * copy's folder (the caller removes it).
 * @param site a built site's folder
 */
export function reindexCopy(site: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'search-index-'));
  cpSync(site, copy, { recursive: true, filter: (source) => !relative(site, source).startsWith('pagefind') });
  execFileSync('npx', ['tsx', 'build/search-index/build-search-index.ts'], {
    env: { ...process.env, DIST_DIR: copy },
    stdio: 'ignore',
  });
  return copy;
}

/** The paths whose files differ between two sets of hashes, or are in one only. */
export function differingFiles(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((path) => a[path] !== b[path]).sort();
}
