/**
 * Pages, components and layouts render facts; they never type them. The emergency number comes
 * from its contact, place names from the site config, entry addresses from entryPath().
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../../src/site.config';
import { collectionNames } from '../../../src/schemas';
import { sitePaths } from '../../../src/lib/pages/site-paths';

const folders = ['src/pages', 'src/components', 'src/layouts'];
const files = folders.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(astro|ts)$/.test(name))
    .map((name) => join(folder, name)),
);

/** Every line of every file that matches, as "file:line: text". */
function linesMatching(pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
  );
}

// `/${…` starts a hand-built address; so does a quoted "/guidance/some-id/" or "/guidance/${…".
const byHand = new RegExp(String.raw`\`/\$\{|['"\`]/(?:${collectionNames.join('|')})/(?:[a-z0-9-]+/|\$\{)`);
// href="/contacts/", ('/a-z/'), path: '/search/': a section's or a site page's own address, typed
// again as a value (a comment may name one).
const ownPages = [...collectionNames, ...Object.values(sitePaths).map((path) => path.slice(1, -1))];
const pageByHand = new RegExp(String.raw`[=(:,]\s*['"\`]/(?:${ownPages.join('|')})/['"\`]`);
const placeNames = [...new Set([...site.region.split(/\s+and\s+|,\s*/), ...site.areas.map((area) => area.label)])];

describe('pages, components and layouts', () => {
  it('reads so many files that the checks below mean something', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('never type the emergency number', () => {
    expect(linesMatching(/\b999\b/)).toEqual([]);
  });

  it(`never type the partnership's place names (${placeNames.join(', ')})`, () => {
    expect(placeNames).toContain('Derbyshire');
    expect(linesMatching(new RegExp(`\\b(?:${placeNames.join('|')})\\b`))).toEqual([]);
  });

  it("never build an entry's address by hand", () => {
    expect(linesMatching(byHand)).toEqual([]);
  });

  it("never type a section's or a site page's address (sectionPath, sitePaths)", () => {
    expect(linesMatching(pageByHand)).toEqual([]);
  });

  it('catch an address, a number and a place written by hand', () => {
    const sample = [
      '<a href="/contacts/childline/">',
      'href={`/guidance/${id}/`}',
      'call 999',
      'in Derbyshire',
      '<a href="/a-z/">',
      "base='/procedures/'",
    ];
    expect(
      sample.map((line) =>
        [byHand, /\b999\b/, new RegExp(`\\b(?:${placeNames.join('|')})\\b`), pageByHand].some((pattern) => pattern.test(line)),
      ),
    ).toEqual([true, true, true, true, true, true]);
  });
});
