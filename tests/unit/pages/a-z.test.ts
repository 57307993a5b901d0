import { describe, expect, it } from 'vitest';
import { groupAtoZ, pagedAtoZ } from '../../../src/lib/pages/a-z';

describe('groupAtoZ', () => {
  it('groups pages by first letter, letters and titles in order', () => {
    const groups = groupAtoZ([
      { title: 'Childline', href: '/contacts/childline/', type: 'Contact' },
      { title: 'Bullying online', href: '/guidance/bullying-online/', type: 'Guidance' },
      { title: 'CEOP Safety Centre', href: '/contacts/ceop-safety-centre/', type: 'Contact' },
    ]);
    expect(groups.map((group) => [group.letter, group.id, group.pages.map((page) => page.title)])).toEqual([
      ['B', 'letter-b', ['Bullying online']],
      ['C', 'letter-c', ['CEOP Safety Centre', 'Childline']],
    ]);
  });

  it('puts titles starting with a digit first, under 0–9', () => {
    const groups = groupAtoZ([
      { title: 'Anti-Bullying Alliance', href: '/a/', type: 'Contact' },
      { title: '999 (police emergency)', href: '/b/', type: 'Contact' },
    ]);
    expect(groups.map((group) => group.letter)).toEqual(['0–9', 'A']);
  });

  it('files a title by its first letter, ignoring quotes and accents', () => {
    expect(groupAtoZ([{ title: '“Éducation” guide', href: '/e/', type: 'Guidance' }])[0]?.letter).toBe('E');
  });
});

describe('pagedAtoZ', () => {
  const pages = ['Apps', 'Avatars', 'Bullying', 'Chat', 'Childline', 'Cookies'].map((title) => ({
    title,
    href: `/${title.toLowerCase()}/`,
    type: 'Guidance',
  }));

  it('splits the A to Z into pages of at most the given size, each grouped by letter', () => {
    const listPages = pagedAtoZ(pages, 4);
    expect(listPages.map((page) => page.groups.map((group) => [group.letter, group.pages.map((entry) => entry.title)]))).toEqual([
      [
        ['A', ['Apps', 'Avatars']],
        ['B', ['Bullying']],
        ['C', ['Chat']],
      ],
      [['C', ['Childline', 'Cookies']]],
    ]);
  });

  it('links every letter on every page to the page its first title is on', () => {
    const listPages = pagedAtoZ(pages, 2);
    expect(listPages[2]?.letters).toEqual([
      { letter: 'A', id: 'letter-a', page: 1 },
      { letter: 'B', id: 'letter-b', page: 2 },
      { letter: 'C', id: 'letter-c', page: 2 },
    ]);
  });
});
