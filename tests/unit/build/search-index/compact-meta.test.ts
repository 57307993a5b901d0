import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMeta, compactIndexMeta } from '../../../../build/search-index/compact-meta';
import type { PagefindEntry } from '../../../../build/search-index/pagefind-entry';

let folder: string;
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

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'compact-meta-'));
  const { index } = await pagefind.createIndex({});
  for (const [url, content] of [
    ['/grooming/', 'Grooming is when someone builds trust with a child to abuse them.'],
    ['/sexting/', 'Sharing nudes and semi-nudes: what to do if a child has shared an image.'],
    ['/childline/', 'Childline is free and confidential for anyone under 19.'],
  ] as const)
    await index!.addCustomRecord({ url, content, language: 'en', filters: { type: ['Guidance'] } });
  await index!.writeFiles({ outputPath: folder });
  await pagefind.close();
  const meta = readMeta();
  before = { meta, fragments: new Map(meta[1].map(([hash]) => [hash, fragmentUrl(hash)])) };
  await compactIndexMeta(folder);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('naming Pagefind’s files by their place in the index', () => {
  it('names each page, index chunk and filter by its place, and keeps every other field', () => {
    const [version, pages, chunks, filters, ...rest] = readMeta();
    const [oldVersion, oldPages, oldChunks, oldFilters, ...oldRest] = before.meta;
    expect(pages.map(([name]) => name)).toEqual(['0', '1', '2']);
    expect(chunks.map(([, , name]) => name)).toEqual(oldChunks.map((_, place) => String(place)));
    expect(filters.map(([, name]) => name)).toEqual(['0']);
    expect([version, pages.map(([, ...fields]) => fields), chunks.map(([from, to]) => [from, to]), rest]).toEqual([
      oldVersion,
      oldPages.map(([, ...fields]) => fields),
      oldChunks.map(([from, to]) => [from, to]),
      oldRest,
    ]);
    expect(oldFilters.map(([filter]) => filter)).toEqual(filters.map(([filter]) => filter));
  });

  it('renames each file to its new name, so every page keeps its own fragment', () => {
    const pages = readMeta()[1];
    expect(pages.map(([name]) => fragmentUrl(name))).toEqual(before.meta[1].map(([hash]) => before.fragments.get(hash)));
    expect(readdirSync(join(folder, 'fragment')).sort()).toEqual(['0.pf_fragment', '1.pf_fragment', '2.pf_fragment']);
    expect(readdirSync(join(folder, 'filter'))).toEqual(['0.pf_filter']);
    expect(readdirSync(join(folder, 'index')).sort()).toEqual(
      readMeta()[2]
        .map(([, , name]) => `${name}.pf_index`)
        .sort(),
    );
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

describe('reading Pagefind’s metadata', () => {
  const file = 'pagefind.en_0123456789abc.pf_meta';
  const pagefindBytes = (value: unknown) => Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(encode(value))]);

  it('stops the build when the file is not Pagefind’s', () => {
    expect(() => decodeMeta(gzipSync('not pagefind'), file)).toThrow(
      `${file} does not start with Pagefind's signature "pagefind_dcd".`,
    );
  });

  it('stops the build, saying where to look, when a later Pagefind lays its metadata out differently', () => {
    expect(() => decodeMeta(pagefindBytes(['1.7.0', { pages: [] }, [], []]), file)).toThrow(
      `${file} is not laid out as Pagefind 1.6 lays out its metadata (version, pages, index chunks, filters, …); build/search-index/compact-meta.ts must learn the new layout.`,
    );
  });
});
