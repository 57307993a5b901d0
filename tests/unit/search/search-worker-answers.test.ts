import { describe, expect, it } from 'vitest';
import type { SearchContext } from '../../../src/lib/search/search-session';
import { searchWorkerAnswers } from '../../../src/lib/search/search-worker-answers';
import type { WorkerReply } from '../../../src/lib/search/search-worker-protocol';
import { fakePagefind } from './fake-pagefind';

const context: SearchContext = {
  termGroups: [],
  settings: {
    contactType: 'Contact',
    typeWords: {},
    typeLists: {},
    professionalsAudience: 'Professionals',
    archiveType: 'Source document',
    youngPeopleOutcome: { audience: 'Young people', type: 'Guide outcome' },
  },
};

const pages = [
  { url: '/contacts/childline/', title: 'Childline' },
  { url: '/guidance/bullying-online/', title: 'Bullying online' },
];

const answersFor = (pagefind: ReturnType<typeof fakePagefind>) =>
  searchWorkerAnswers(() => Promise.resolve(pagefind.script), { basePath: '/pagefind/', noWorker: true }, pagefind.vocabulary);

/** The value of a reply, or the test fails with its error. */
const valueOf = (reply: WorkerReply) => {
  if ('error' in reply) throw new Error(reply.error);
  return reply.value;
};

describe('searchWorkerAnswers', () => {
  it('starts Pagefind with the page’s options and its own, and answers once the WebAssembly has loaded', async () => {
    const pagefind = fakePagefind([]);
    const answer = answersFor(pagefind);
    expect(await answer({ id: 0, method: 'setup', options: { excerptLength: 24, noWorker: false }, context })).toEqual({
      id: 0,
      value: null,
    });
    expect(pagefind.calls).toEqual([]);
    expect(await answer({ id: 1, method: 'start' })).toEqual({ id: 1, value: null });
    expect(pagefind.calls).toEqual([
      ['options', { excerptLength: 24, noWorker: true, basePath: '/pagefind/' }],
      ['init'],
      ['search', null, undefined],
    ]);
  });

  it('answers start with the error when Pagefind cannot load, so the page can fall back, and tries again next time', async () => {
    const pagefind = fakePagefind([], true);
    const answer = answersFor(pagefind);
    await answer({ id: 0, method: 'setup', options: {}, context });
    expect(await answer({ id: 1, method: 'start' })).toEqual({ id: 1, error: 'Failed to load the Pagefind WASM' });
    await answer({ id: 2, method: 'start' });
    expect(pagefind.calls.filter(([call]) => call === 'init')).toHaveLength(2);
  });

  it('refuses every request before it is set up, naming what it was asked', async () => {
    const answer = answersFor(fakePagefind(pages));
    expect(await answer({ id: 1, method: 'search', query: 'childline', filters: {} })).toEqual({
      id: 1,
      error: 'The search worker was asked to search before it was set up.',
    });
    expect(await answer({ id: 2, method: 'filters' })).toEqual({
      id: 2,
      error: 'The search worker was asked to count filters before it was set up.',
    });
  });

  it('answers a search with its first screen as the page draws it, starting Pagefind if the page has not', async () => {
    const answer = answersFor(fakePagefind(pages));
    await answer({ id: 0, method: 'setup', options: {}, context });
    const shown = valueOf(await answer({ id: 1, method: 'search', query: 'childline', filters: {} }));
    expect(shown).toMatchObject({ id: 1, searched: 'childline', count: 1, more: false, views: [{ title: 'Childline' }] });
    expect(valueOf(await answer({ id: 2, method: 'more', search: 1 }))).toEqual({ views: [], more: false });
  });

  it('answers how long to wait after a keystroke', async () => {
    const answer = answersFor(fakePagefind(pages));
    await answer({ id: 0, method: 'setup', options: {}, context });
    expect(await answer({ id: 1, method: 'pause', query: 'c' })).toEqual({ id: 1, value: undefined });
  });

  it('answers the filter totals', async () => {
    const answer = answersFor(fakePagefind([]));
    await answer({ id: 0, method: 'setup', options: {}, context });
    expect(await answer({ id: 1, method: 'filters' })).toEqual({ id: 1, value: { type: { Contact: 2 } } });
  });
});
