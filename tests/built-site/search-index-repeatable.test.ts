/**
 * The search index step gives byte-identical files for the same pages: it indexes a copy of the
 * built site's pages again and compares every file of dist/pagefind/ and the word list.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { differingFiles, indexFileHashes, reindexCopy } from '../../tools/built-site/index-files';
import { distDir } from './built-site';

describe('the search index', () => {
  it('is byte-identical when the same pages are indexed again', () => {
    const copy = reindexCopy(distDir);
    try {
      expect(differingFiles(indexFileHashes(distDir), indexFileHashes(copy))).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
