/**
 * Keeps the index of the commonest words small as the site grows. Pagefind stores, for every
 * word, every place it stands on every page; a word on nearly every page ("parent", "report")
 * then fills an index part of its own that grows with the site. At 3,000 generated pages the part
 * holding "parent" was 38 KB, fetched by any search with "parental" in it.
 *
 * Such a word hardly ranks: Pagefind weighs a word by how few pages have it, and on more than
 * half the pages a word counts at most a third as much as one on a tenth of them ("parent", on
 * 97 % of 3,000 pages, a hundredth). So for these words each page keeps only its heaviest place
 * (in the title or a heading, or else the first). The page still has the word, so every search
 * that found it still does, and a title with the word still counts; only a page that repeats the
 * word ranks no higher for it than one that says it once. The part holding "parent" then takes
 * 7.8 KB.
 *
 * Rarer words keep every place, and so does any word on 1,000 pages or fewer, so a site that
 * small keeps them all: on the real site (130 pages), keeping three places of each word on half
 * its pages changed 3 of 680 first results, as long procedures that repeat "child" and "online"
 * ranked lower. At 3,000 pages, 22 of the 680 first results changed, almost all between
 * generated procedures with the same sentences.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  decodeIndexPart,
  writePagefindFile,
  type IndexPart,
  type PackedPlaces,
  type PageEntry,
  type WordEntry,
} from './pagefind-files';
import { commonWordPages } from '../../src/lib/search/search-strategy';
import { indexedPageCount, readPagefindEntry } from './pagefind-entry';

/**
 * A word on more than this share of the pages, and on more than `commonWordPages` pages (the
 * number at which the search also stops looking glossary names up by their words), keeps only
 * `placesKept` places on each.
 */
export const commonWordShare = 0.5;

/** How many places on each page a common word keeps. */
export const placesKept = 1;

interface Place {
  weight: number;
  at: number;
}

function unpack(packed: readonly number[]): Place[] | undefined {
  // Places before any weight would be Pagefind's default weight, which this file does not assume.
  if (packed.length > 0 && (packed[0] ?? 0) >= 0) return undefined;
  const places: Place[] = [];
  let weight = 0;
  let at = 0;
  for (const value of packed) {
    if (value < 0) {
      weight = -value - 1;
      at = 0;
    } else {
      at += value;
      places.push({ weight, at });
    }
  }
  return places;
}

function pack(places: readonly Place[]): PackedPlaces {
  const packed: PackedPlaces = [];
  const weights = [...new Set(places.map((place) => place.weight))].sort((a, b) => a - b);
  for (const weight of weights) {
    packed.push(-(weight + 1));
    let at = 0;
    for (const place of places.filter((each) => each.weight === weight).sort((a, b) => a.at - b.at)) {
      packed.push(place.at - at);
      at = place.at;
    }
  }
  return packed;
}

/**
 * A page's places for a common word, cut to the `keep` heaviest (the earliest among equals); the
 * same array when it has no more than that, or is not packed as this file expects.
 * @param packed the page's places as Pagefind packs them
 * @param keep how many to keep
 */
export function heaviestPlaces(packed: readonly number[], keep: number): readonly number[] {
  const places = unpack(packed);
  if (!places || places.length <= keep) return packed;
  const kept = [...places].sort((a, b) => b.weight - a.weight || a.at - b.at).slice(0, keep);
  return pack(kept);
}

/**
 * An index part with its common words' places cut, or undefined when it holds no common word.
 * @param part the decoded part
 * @param commonFrom how many pages a word must be on to be common
 */
function withCommonWordsCut(part: IndexPart, commonFrom: number): IndexPart | undefined {
  let changed = false;
  const [entries, ...after] = part;
  const words = entries.map((entry): WordEntry => {
    const [word, pages, ...rest] = entry;
    if (pages.length < commonFrom) return entry;
    const cut = pages.map((page): PageEntry => {
      const [step, places, ...more] = page;
      const kept = Array.isArray(places) ? heaviestPlaces(places, placesKept) : places;
      if (kept === places) return page;
      changed = true;
      return [step, [...kept], ...more];
    });
    return [word, cut, ...rest];
  });
  return changed ? [words, ...after] : undefined;
}

/**
 * Cuts the common words' places in every index part of a Pagefind folder.
 * @param folder the `pagefind/` folder of a built site
 * @param fewestPages a word on this many pages or fewer keeps every place, however small the site
 * @returns the index parts rewritten, and the bytes they saved
 */
export async function cutCommonWordPlaces(
  folder: string,
  fewestPages = commonWordPages,
): Promise<{ parts: number; saved: number }> {
  const pageCount = indexedPageCount(await readPagefindEntry(folder));
  const commonFrom = Math.max(Math.floor(pageCount * commonWordShare), fewestPages) + 1;
  if (pageCount < commonFrom) return { parts: 0, saved: 0 };
  const indexFolder = join(folder, 'index');
  let parts = 0;
  let saved = 0;
  for (const file of (await readdir(indexFolder)).sort()) {
    const path = join(indexFolder, file);
    const gzipped = await readFile(path);
    const bytes = gunzipSync(gzipped);
    // Each page in a word's entry takes at least four bytes, so a smaller part holds no common word.
    if (bytes.length < commonFrom * 4) continue;
    const cut = withCommonWordsCut(decodeIndexPart(bytes, path), commonFrom);
    if (cut === undefined) continue;
    parts += 1;
    saved += gzipped.length - (await writePagefindFile(path, cut));
  }
  return { parts, saved };
}
