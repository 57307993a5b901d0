import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactIndexMeta } from '../../../../build/search-index/compact-meta';
import { decodeMeta, encodePagefindFile } from '../../../../build/search-index/pagefind-files';
import type { PagefindEntry } from '../../../../build/search-index/pagefind-entry';
import { searchIn } from './pagefind-in-process';

let folder: string;
let original: string;
let before: { meta: ReturnType<typeof decodeMeta>; fragments: Map<string, string> };

/** Each language's metadata file, as the entry file names it. */
const languageHashes = (at: string) =>
  Object.values((JSON.parse(readFileSync(join(at, 'pagefind-entry.json'), 'utf8')) as PagefindEntry).languages).map(
    (language) => language.hash,
  );
const metaIn = (at: string, hash: string) => {
  const file = join(at, `pagefind.${hash}.pf_meta`);
  return decodeMeta(gunzipSync(readFileSync(file)), file);
};
/** The address of the page a fragment holds. */
const fragmentUrlIn = (at: string, name: string) =>
  (
    JSON.parse(
      gunzipSync(readFileSync(join(at, 'fragment', `${name}.pf_fragment`)))
        .subarray(12)
        .toString(),
    ) as { url: string }
  ).url;

const entryHash = () => languageHashes(folder)[0]!;
const readMeta = () => metaIn(folder, entryHash());
const fragmentUrl = (name: string) => fragmentUrlIn(folder, name);

// Indexed longest first, so numbering them shortest first changes every page's number.
const records = [
  [
    '/grooming/',
    'Guidance',
    'Grooming is when someone builds trust with a child to abuse them, online or in person, and it can happen to any child.',
  ],
  ['/sexting/', 'Guidance', 'Sharing nudes and semi-nudes: what to do if a child has shared an image.'],
  ['/childline/', 'Contact', 'Childline is free and confidential for any child under 19.'],
  ['/ceop/', 'Contact', 'Report grooming to CEOP.'],
] as const;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'compact-meta-'));
  original = mkdtempSync(join(tmpdir(), 'compact-meta-original-'));
  const { index } = await pagefind.createIndex({});
  for (const [url, type, content] of records)
    await index!.addCustomRecord({ url, content, language: 'en', filters: { type: [type] } });
  await index!.writeFiles({ outputPath: folder });
  await pagefind.close();
  cpSync(folder, original, { recursive: true });
  const meta = readMeta();
  before = { meta, fragments: new Map(meta[1].map(([hash]) => [hash, fragmentUrl(hash)])) };
  await compactIndexMeta(folder);
});
afterAll(() => {
  for (const each of [folder, original]) rmSync(each, { recursive: true, force: true });
});

describe('numbering pages shortest first and naming Pagefind’s files by their place', () => {
  it('lists the pages shortest first, names each page, index chunk and filter by its place, and keeps every other field', () => {
    const [version, pages, chunks, filters, ...rest] = readMeta();
    const [oldVersion, oldPages, oldChunks, oldFilters, ...oldRest] = before.meta;
    expect(oldPages.map(([hash]) => before.fragments.get(hash))).toEqual(['/grooming/', '/sexting/', '/childline/', '/ceop/']);
    expect(pages.map(([name]) => fragmentUrl(name))).toEqual(['/ceop/', '/childline/', '/sexting/', '/grooming/']);
    expect(pages.map(([name]) => name)).toEqual(['0', '1', '2', '3']);
    expect(pages.map(([, count]) => count)).toEqual(oldPages.map(([, count]) => count).sort((a, b) => a - b));
    expect(chunks.map(([, , name]) => name)).toEqual(oldChunks.map((_, place) => String(place)));
    expect(filters.map(([, name]) => name)).toEqual(['0']);
    expect([version, pages.map(([, , ...fields]) => fields), chunks.map(([from, to]) => [from, to]), rest]).toEqual([
      oldVersion,
      oldPages.map(([, , ...fields]) => fields),
      oldChunks.map(([from, to]) => [from, to]),
      oldRest,
    ]);
    expect(oldFilters.map(([filter]) => filter)).toEqual(filters.map(([filter]) => filter));
  });

  it('renames each file to its new name, so every page keeps its own fragment and word count', () => {
    const pages = readMeta()[1];
    const countOf = new Map(before.meta[1].map(([hash, count]) => [before.fragments.get(hash), count]));
    expect(pages.map(([name, count]) => [fragmentUrl(name), count])).toEqual(
      pages.map(([name]) => [fragmentUrl(name), countOf.get(fragmentUrl(name))]),
    );
    expect(readdirSync(join(folder, 'fragment')).sort()).toEqual([
      '0.pf_fragment',
      '1.pf_fragment',
      '2.pf_fragment',
      '3.pf_fragment',
    ]);
    expect(readdirSync(join(folder, 'filter'))).toEqual(['0.pf_filter']);
    expect(readdirSync(join(folder, 'index')).sort()).toEqual(
      readMeta()[2]
        .map(([, , name]) => `${name}.pf_index`)
        .sort(),
    );
  });

  it('finds the same pages with the same scores with Pagefind’s own search, filters included', async () => {
    const searches = [
      ['grooming', {}],
      ['child', {}],
      ['child', { filters: { type: 'Contact' } }],
      ['nudes', { filters: { type: 'Guidance' } }],
    ] as const;
    const results = async (at: string, name: string) => {
      const search = await searchIn(at, name);
      const found = [];
      for (const [query, options] of searches) found.push(await search.scored(query, options));
      search.restore();
      return found;
    };
    const [was, is] = [await results(original, 'original'), await results(folder, 'compacted')];
    expect(was.map((found) => found.map(([url]) => url).sort())).toEqual([
      ['/ceop/', '/grooming/'],
      ['/childline/', '/grooming/', '/sexting/'],
      ['/childline/'],
      ['/sexting/'],
    ]);
    expect(is.map((found) => new Map(found))).toEqual(was.map((found) => new Map(found)));
  });

  it('writes the metadata under a new name made from its content, and points the entry file at it', () => {
    const metaFiles = readdirSync(folder).filter((file) => file.endsWith('.pf_meta'));
    expect(metaFiles).toEqual([`pagefind.${entryHash()}.pf_meta`]);
    expect(entryHash()).toMatch(/^en_[0-9a-f]{13}$/);
  });
});

describe('naming the files of an index in two languages', () => {
  it('counts on from one language to the next, so no two pages share a fragment', async () => {
    const two = mkdtempSync(join(tmpdir(), 'compact-meta-languages-'));
    try {
      const { index } = await pagefind.createIndex({});
      for (const [url, language] of [
        ['/en/grooming/', 'en'],
        ['/en/sexting/', 'en'],
        ['/cy/grooming/', 'cy'],
      ] as const)
        await index!.addCustomRecord({ url, content: `Page ${url} for search.`, language });
      await index!.writeFiles({ outputPath: two });
      await pagefind.close();
      await compactIndexMeta(two);
      const names = languageHashes(two).flatMap((hash) => metaIn(two, hash)[1].map(([name]) => name));
      expect(names.sort()).toEqual(['0', '1', '2']);
      const urls = names.map((name) => fragmentUrlIn(two, name));
      expect(urls.sort()).toEqual(['/cy/grooming/', '/en/grooming/', '/en/sexting/']);
    } finally {
      rmSync(two, { recursive: true, force: true });
    }
  });
});

/** Every file under a folder, by path, with its content. */
const filesIn = (at: string) =>
  Object.fromEntries(
    readdirSync(at, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        join(entry.parentPath, entry.name).slice(at.length),
        readFileSync(join(entry.parentPath, entry.name)).toString('base64'),
      ]),
  );

describe('numbering the pages whatever order Pagefind read them in', () => {
  it('writes the same files for the same pages indexed in another order, pages of the same length included', async () => {
    const sameLength = [
      ['/a/', 'Guidance', 'Alpha page about grooming and trust.'],
      ['/b/', 'Guidance', 'Bravo page about sexting and trust.'],
    ] as const;
    const pages = [...records, ...sameLength];
    const folders = [mkdtempSync(join(tmpdir(), 'compact-meta-order-')), mkdtempSync(join(tmpdir(), 'compact-meta-order-'))];
    try {
      for (const [at, order] of [pages, [...pages].reverse()].entries()) {
        const { index } = await pagefind.createIndex({});
        for (const [url, type, content] of order)
          await index!.addCustomRecord({ url, content, language: 'en', filters: { type: [type] } });
        await index!.writeFiles({ outputPath: folders[at]! });
        await pagefind.close();
        await compactIndexMeta(folders[at]!);
      }
      expect(filesIn(folders[1]!)).toEqual(filesIn(folders[0]!));
    } finally {
      for (const each of folders) rmSync(each, { recursive: true, force: true });
    }
  });
});

describe('reading Pagefind’s metadata', () => {
  const file = 'pagefind.en_0123456789abc.pf_meta';

  it('stops the build when the file is not Pagefind’s', () => {
    expect(() => decodeMeta(gzipSync('not pagefind'), file)).toThrow(
      `${file} does not start with Pagefind's signature "pagefind_dcd".`,
    );
  });

  it('stops the build, saying where to look, when a later Pagefind lays its metadata out differently', () => {
    expect(() => decodeMeta(encodePagefindFile(['1.7.0', { pages: [] }, [], [], []]), file)).toThrow(
      `${file} is not laid out as Pagefind 1.6 lays out its metadata (version, pages, index chunks, filters, sorts, …); build/search-index/pagefind-files.ts must learn the new layout.`,
    );
  });
});
