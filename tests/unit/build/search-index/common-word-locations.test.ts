import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutCommonWordPlaces, heaviestPlaces } from '../../../../build/search-index/common-word-locations';
import { decodeIndexPart, encodePagefindFile } from '../../../../build/search-index/pagefind-files';
import { searchIn } from './pagefind-in-process';

describe('heaviestPlaces', () => {
  // Pagefind's packing: -(weight + 1), then that weight's places, each counted from the one before.
  const parentOnAPage = [-25, 7, 25, 20, 12, 37, -169, 0];

  it('keeps the heaviest place (the title, weight 168) before any number of plain ones', () => {
    expect(heaviestPlaces(parentOnAPage, 1)).toEqual([-169, 0]);
  });

  it('keeps the earliest among places of the same weight, and writes the weights in rising order', () => {
    expect(heaviestPlaces(parentOnAPage, 3)).toEqual([-25, 7, 25, -169, 0]);
    expect(heaviestPlaces([-25, 15, 54, 241], 2)).toEqual([-25, 15, 54]);
  });

  it('returns the same places when there are no more than it keeps, or when they do not start with a weight', () => {
    const few = [-25, 19, 36];
    expect(heaviestPlaces(few, 2)).toBe(few);
    const unweighted = [3, 4, 5];
    expect(heaviestPlaces(unweighted, 1)).toBe(unweighted);
  });
});

/** The index's entry for a word: each page's places, as Pagefind packs them. */
function placesOf(folder: string, word: string): number[][] {
  for (const file of readdirSync(join(folder, 'index'))) {
    const path = join(folder, 'index', file);
    const [words] = decodeIndexPart(gunzipSync(readFileSync(path)), path);
    const entry = words.find(([each]) => each === word);
    if (entry) return entry[1].map(([, places]) => places);
  }
  throw new Error(`No index part holds "${word}".`);
}

let original: string;
let cut: string;
let result: Awaited<ReturnType<typeof cutCommonWordPlaces>>;
const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

beforeAll(async () => {
  original = mkdtempSync(join(tmpdir(), 'common-words-original-'));
  cut = mkdtempSync(join(tmpdir(), 'common-words-cut-'));
  const { index } = await pagefind.createIndex({});
  for (const [path, title, text] of [
    ['a-parent-guide/index.html', 'Parent guide', 'Grooming is when someone builds trust with a child to abuse them.'],
    ['gaming/index.html', 'Online gaming', 'A parent can set controls. Every parent should ask. Any parent can call.'],
    ['nudes/index.html', 'Sharing nudes', 'Tell a parent or another adult you trust.'],
    ['childline/index.html', 'Childline', 'Childline is free and confidential for anyone under 19.'],
  ] as const)
    await index!.addHTMLFile({ sourcePath: path, content: page(title, text) });
  await index!.writeFiles({ outputPath: original });
  await pagefind.close();
  cpSync(original, cut, { recursive: true });
  // "parent" is on three of the four pages: more than half, and more than the two pages asked for.
  result = await cutCommonWordPlaces(cut, 2);
});
afterAll(() => {
  for (const folder of [original, cut]) rmSync(folder, { recursive: true, force: true });
});

describe('cutCommonWordPlaces', () => {
  it('keeps one place a page for a word on more than half the pages: the title where it has one, else the first', () => {
    expect(result.parts).toBe(1);
    expect(placesOf(original, 'parent').map((places) => places.filter((value) => value >= 0).length)).toEqual([1, 3, 1]);
    const kept = placesOf(cut, 'parent');
    expect(kept.map((places) => places.filter((value) => value >= 0).length)).toEqual([1, 1, 1]);
    expect(kept[1]).toEqual(heaviestPlaces(placesOf(original, 'parent')[1]!, 1));
  });

  it('keeps every place of a word on half the pages or fewer', () => {
    // Pagefind indexes words by their stem: "grooming" as "groom".
    expect(placesOf(cut, 'groom')).toEqual(placesOf(original, 'groom'));
    // "trust" is on two of the four pages: half, not more.
    expect(placesOf(cut, 'trust')).toEqual(placesOf(original, 'trust'));
    expect(placesOf(cut, 'trust')).toHaveLength(2);
  });

  it('leaves a site alone when no word is on more than the pages asked for', async () => {
    const again = mkdtempSync(join(tmpdir(), 'common-words-again-'));
    try {
      cpSync(original, again, { recursive: true });
      expect(await cutCommonWordPlaces(again)).toEqual({ parts: 0, saved: 0 });
      const files = (folder: string) =>
        readdirSync(join(folder, 'index')).map((file) => readFileSync(join(folder, 'index', file)));
      expect(files(again)).toEqual(files(original));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('stops the build, naming the file, when an index part is not laid out as Pagefind 1.6 lays it out', async () => {
    const changed = mkdtempSync(join(tmpdir(), 'common-words-changed-'));
    try {
      cpSync(original, changed, { recursive: true });
      const file = join(changed, 'index', 'en_changed.pf_index');
      writeFileSync(file, gzipSync(encodePagefindFile({ words: { parent: [0, 1, 2] } })));
      await expect(cutCommonWordPlaces(changed, 2)).rejects.toThrow(
        `${file} is not laid out as Pagefind 1.6 lays out an index part ([[word, [[page, places, …], …], …], …]); build/search-index/pagefind-files.ts must learn the new layout.`,
      );
    } finally {
      rmSync(changed, { recursive: true, force: true });
    }
  });

  it('finds the same pages with Pagefind’s own search, the page titled with the word first, and still marks it', async () => {
    const before = await searchIn(original, 'original');
    const found = await before.search('parent');
    before.restore();
    const after = await searchIn(cut, 'cut');
    const stillFound = await after.search('parent');
    const withOtherWords = await after.search('parent controls');
    after.restore();
    expect(found.map((data) => data.url)).toEqual(['/a-parent-guide/', '/gaming/', '/nudes/']);
    // Saying "parent" three times no longer puts the gaming page above the shorter one that says it once.
    expect(stillFound.map((data) => data.url)).toEqual(['/a-parent-guide/', '/nudes/', '/gaming/']);
    expect(stillFound.find((data) => data.url === '/gaming/')?.excerpt).toContain('<mark>parent</mark>');
    expect(withOtherWords.map((data) => data.url)).toEqual(['/gaming/']);
  });
});
