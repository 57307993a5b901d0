/**
 * The A to Z of every page: the way in for readers whose browser runs no JavaScript (and so no
 * search), and a quick scan for everyone else.
 */

import { pagesOf } from './pagination';

export interface AtoZPage {
  title: string;
  href: string;
  /** The content type's label, e.g. "Contact". */
  type: string;
}

export interface AtoZGroup {
  /** "A" … "Z", or "0–9" for titles that start with a digit. */
  letter: string;
  /** A fragment id for the letter's heading, e.g. "letter-a". */
  id: string;
  pages: AtoZPage[];
}

function letterOf(title: string): string {
  const first = title
    .normalize('NFD')
    .replace(/^[^a-z0-9]+/i, '')
    .charAt(0)
    .toUpperCase();
  if (/[0-9]/.test(first)) return '0–9';
  return /[A-Z]/.test(first) ? first : '#';
}

/**
 * Groups pages by the first letter of their title, letters in order and titles in order within
 * each letter (digits first, as "0–9").
 * @param pages every page to list
 */
export function groupAtoZ(pages: readonly AtoZPage[]): AtoZGroup[] {
  const compare = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true }).compare;
  const groups = new Map<string, AtoZPage[]>();
  for (const page of [...pages].sort((a, b) => compare(a.title, b.title) || compare(a.type, b.type))) {
    const letter = letterOf(page.title);
    groups.set(letter, [...(groups.get(letter) ?? []), page]);
  }
  // Digits first, then A to Z, then anything else.
  const rank = (letter: string) => (letter === '0–9' ? 0 : letter === '#' ? 2 : 1);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([letter, grouped]) => ({
      letter,
      id: letter === '0–9' ? 'letter-0-9' : letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`,
      pages: grouped,
    }));
}

/** One page of a long A to Z: its own letter groups, and a link to every letter wherever it starts. */
export interface AtoZListPage {
  groups: AtoZGroup[];
  /** Every letter of the whole A to Z, with the number of the page its first title is on. */
  letters: { letter: string; id: string; page: number }[];
}

/**
 * The A to Z in pages of at most `size` titles, each page grouped by letter (a letter can run on to the next page).
 * @param pages every page to list
 * @param size titles per page
 */
export function pagedAtoZ(pages: readonly AtoZPage[], size: number): AtoZListPage[] {
  const groups = groupAtoZ(pages);
  const letters: AtoZListPage['letters'] = [];
  let offset = 0;
  for (const group of groups) {
    letters.push({ letter: group.letter, id: group.id, page: 1 + Math.floor(offset / size) });
    offset += group.pages.length;
  }
  return pagesOf(
    groups.flatMap((group) => group.pages),
    size,
  ).map((chunk) => ({ groups: groupAtoZ(chunk), letters }));
}
