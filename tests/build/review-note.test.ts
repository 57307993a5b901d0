import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content-files';
import { formatDate } from '../../src/lib/dates';
import { decodeHtml } from './built-site';

// The real content, built as if on a day long after every review date. DIST_DIR also gives the
// build its own cache, so it cannot disturb the main build or other test builds.
const outDir = 'node_modules/.cache/review-note-build';
// Documents get pages once their route exists; every other dated collection has one already.
const dated = loadContent().entries.filter((entry) => 'lastUpdated' in entry.data && (entry.collection !== 'documents' || existsSync(join('dist', entry.collection, entry.id))));

function buildOn(day: string) {
  rmSync(outDir, { recursive: true, force: true });
  return spawnSync('astro', ['build'], { env: { ...process.env, BUILD_DATE: day, DIST_DIR: outDir, FORCE_COLOR: '0' }, encoding: 'utf8' });
}

describe('a build after the review dates have passed', () => {
  const result = buildOn('2100-01-01');

  it('still succeeds', () => {
    expect(result.status, result.stderr).toBe(0);
  });

  it('tells readers of every dated page that it is being reviewed, with the date it was last updated', () => {
    const missing = dated.flatMap((entry) => {
      const file = join(outDir, entry.collection, entry.id, 'index.html');
      if (!existsSync(file)) return [`${entry.file}: no page`];
      const note = /<p class="inset[^"]*" role="note">([\s\S]*?)<\/p>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      const expected = `This page is being reviewed. Its review date has passed. It was last updated on ${formatDate((entry.data as { lastUpdated: Date }).lastUpdated)};`;
      return decodeHtml(note.replace(/<[^>]+>/g, '')).includes(expected) ? [] : [`${entry.file}: expected "${expected}"`];
    });
    expect([dated.length > 3, missing]).toEqual([true, []]);
  });
});
