/**
 * The search index step gives byte-identical files for the same pages: it indexes the built site
 * twice more, into copies, and compares every file of dist/pagefind/ and the word list.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchWordsFile } from '../../build/search-index/search-words';
import { distDir } from './built-site';

function indexFiles(site: string): Record<string, string> {
  const folder = join(site, 'pagefind');
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  const hashes = Object.fromEntries(
    [...files, join(site, searchWordsFile)].map((file) => [
      relative(site, file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    ]),
  );
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
}

const copies: string[] = [];
function indexCopy(): string {
  const site = mkdtempSync(join(tmpdir(), 'search-index-'));
  copies.push(site);
  cpSync(distDir, site, { recursive: true, filter: (source) => !relative(distDir, source).startsWith('pagefind') });
  execFileSync('npx', ['tsx', 'build/search-index/build-search-index.ts'], {
    env: { ...process.env, DIST_DIR: site },
    stdio: 'ignore',
  });
  return site;
}

afterAll(() => {
  for (const site of copies) rmSync(site, { recursive: true, force: true });
});

describe('the search index', () => {
  it('is byte-identical when the same pages are indexed again', () => {
    const built = indexFiles(distDir);
    const again = indexFiles(indexCopy());
    expect(Object.keys(again)).toEqual(Object.keys(built));
    expect(again).toEqual(built);
  }, 120_000);
});
