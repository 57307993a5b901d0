import { describe, expect, it } from 'vitest';
import { pagefindIndex } from '../../../src/lib/search/pagefind-start';
import { searchPageSize, searchSettleMs } from '../../../src/lib/search/search-config';
import { searchSession, type SearchContext } from '../../../src/lib/search/search-session';
import { fakePagefind, type FakePage } from './fake-pagefind';

const context: SearchContext = {
  termGroups: [['CEOP', 'Child Exploitation and Online Protection']],
  settings: {
    contactType: 'Contact',
    typeWords: {},
    typeLists: {},
    professionalsAudience: 'Professionals',
    archiveType: 'Source document',
    youngPeopleOutcome: { audience: 'Young people', type: 'Guide outcome' },
  },
  highlightParam: 'highlight',
};

/** Twelve pages about bullying, and one about Childline. */
const pages: FakePage[] = [
  ...Array.from({ length: 12 }, (_, index) => ({ url: `/guidance/bullying-${index + 1}/`, title: `Bullying ${index + 1}` })),
  { url: '/contacts/childline/', title: 'Childline' },
];

function sessionOver(over: readonly FakePage[] = pages) {
  const pagefind = fakePagefind(over);
  return searchSession(() => Promise.resolve(pagefindIndex(pagefind.script)), pagefind.vocabulary, context);
}

describe('searchSession', () => {
  it('shows the first screen of results with the count, each link carrying the searched words', async () => {
    const shown = await sessionOver().search('childline', {});
    expect(shown).toMatchObject({ id: 1, searched: 'childline', also: [], partial: false, count: 1, more: false });
    expect(shown.views.map((view) => view.title)).toEqual(['Childline']);
    expect(shown.views[0]?.url).toBe('/contacts/childline/?highlight=childline');
    expect(shown.views[0]?.excerpt).toEqual([
      { text: 'Found by ', marked: false },
      { text: 'childline', marked: true },
    ]);
  });

  it('shows a screen at a time, and says when none is left', async () => {
    const session = sessionOver();
    const shown = await session.search('bullying', {});
    expect(shown.count).toBe(12);
    expect(shown.views).toHaveLength(searchPageSize);
    expect(shown.more).toBe(true);
    const second = await session.more(shown.id);
    expect(second?.views.map((view) => view.title)).toEqual([
      'Bullying 6',
      'Bullying 7',
      'Bullying 8',
      'Bullying 9',
      'Bullying 10',
    ]);
    expect(second?.more).toBe(true);
    const third = await session.more(shown.id);
    expect(third?.views.map((view) => view.title)).toEqual(['Bullying 11', 'Bullying 12']);
    expect(third?.more).toBe(false);
  });

  it('gives no more results of a search once another has been made, so they never join the wrong list', async () => {
    const session = sessionOver();
    const first = await session.search('bullying', {});
    await session.search('childline', {});
    expect(await session.more(first.id)).toBeUndefined();
  });

  it('keeps the later search as the one shown when an earlier one ends after it', async () => {
    let release: () => void = () => undefined;
    const pagefind = fakePagefind(pages);
    const slowFirst = pagefindIndex(pagefind.script);
    let calls = 0;
    const session = searchSession(
      async () => {
        calls += 1;
        if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
        return slowFirst;
      },
      pagefind.vocabulary,
      context,
    );
    const earlier = session.search('bullying', {});
    const later = await session.search('bullying 1', {});
    release();
    await earlier;
    expect(await session.more(later.id)).toBeDefined();
    expect(await session.more((await earlier).id)).toBeUndefined();
  });

  it('waits the settling pause for a query long enough to search, and none for one too short', async () => {
    const session = sessionOver();
    expect(await session.pause('')).toBe(searchSettleMs);
    expect(await session.pause('c')).toBeUndefined();
  });
});
