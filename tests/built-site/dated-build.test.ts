import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { loadContent, splitFrontmatter } from '../../build/content/content-files';
import { formatDate } from '../../src/lib/content/dates';
import { site } from '../../src/site.config';
import { distDir, feedLinkProblems, readFeed } from './built-site';
import { parseHtml } from '../../tools/built-site/html';

// The real content, built as if on a day long after every review date, with one amendment that
// names a section (the real amendments may not), so the links to sections are tested too, and one
// contact saved with a byte-order mark.
// DIST_DIR gives the build its own output and cache, apart from the main build.
const contentCopy = 'node_modules/.cache/dated-build/content';
const outDir = 'node_modules/.cache/dated-build/dist';
const amended = { collection: 'procedures', id: 'safeguarding-children-from-online-harms', section: 'scope' };
const amendment = { date: '2100-01-01', change: 'A test amendment to the scope section.', section: amended.section };
const savedWithBom = 'childline';

function prepareContent() {
  rmSync('node_modules/.cache/dated-build', { recursive: true, force: true });
  cpSync('content', contentCopy, { recursive: true });
  const file = join(contentCopy, amended.collection, `${amended.id}.mdx`);
  const parts = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!parts) throw new Error(`${file} has no frontmatter.`);
  const frontmatter = parseDocument(parts.frontmatter);
  frontmatter.set('amendments', [...((frontmatter.toJS() as { amendments?: unknown[] }).amendments ?? []), amendment]);
  writeFileSync(file, `---\n${String(frontmatter)}---\n${parts.body}`);
  // Saved by Windows Notepad: an invisible byte-order mark before the frontmatter.
  const contact = join(contentCopy, 'contacts', `${savedWithBom}.mdx`);
  writeFileSync(contact, `\uFEFF${readFileSync(contact, 'utf8')}`);
}

prepareContent();
const result = spawnSync('astro', ['build'], {
  env: { ...process.env, CONTENT_DIR: contentCopy, BUILD_DATE: '2100-01-02', DIST_DIR: outDir, FORCE_COLOR: '0' },
  encoding: 'utf8',
});
// Documents get pages once their route exists; every other dated collection has one already.
const dated = loadContent(contentCopy).entries.filter(
  (entry) =>
    'lastUpdated' in entry.data && (entry.collection !== 'documents' || existsSync(join(distDir, entry.collection, entry.id))),
);

describe('a build long after every review date', () => {
  it('still succeeds', () => {
    expect(result.status, result.stderr).toBe(0);
  });

  it('tells readers of every dated page that it is being reviewed, with the date it was last updated', () => {
    const missing = dated.flatMap((entry) => {
      const file = join(outDir, entry.collection, entry.id, 'index.html');
      if (!existsSync(file)) return [`${entry.file}: no page`];
      const notes = parseHtml(readFileSync(file, 'utf8')).querySelectorAll('p[role="note"]');
      const note = notes.map((paragraph) => paragraph.text).find((text) => text.includes('This page is being reviewed')) ?? '';
      const expected = `This page is being reviewed. Its review date has passed. It was last updated on ${formatDate((entry.data as { lastUpdated: Date }).lastUpdated)};`;
      return note.replace(/\s+/g, ' ').includes(expected) ? [] : [`${entry.file}: expected "${expected}"`];
    });
    expect([dated.length > 3, missing]).toEqual([true, []]);
  });

  it('reads a contact saved with a byte-order mark like any other', () => {
    const html = readFileSync(join(outDir, 'contacts', savedWithBom, 'index.html'), 'utf8');
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toBe('Childline');
  });

  it('puts an amendment to a section first in the feed, linking to the section', () => {
    expect(readFeed(outDir).items[0]?.link).toBe(`${site.url}/${amended.collection}/${amended.id}/#${amended.section}`);
  });

  it('links every feed item to a built page and section', () => {
    expect(feedLinkProblems(site.url, outDir)).toEqual([]);
  });
});
