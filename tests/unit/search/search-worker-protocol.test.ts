import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindScript } from '../../../src/lib/search/search-results';
import {
  requestChannel,
  searchWorkerAnswers,
  type WorkerReply,
  type WorkerRequest,
} from '../../../src/lib/search/search-worker-protocol';

const pageData = (url: string): PagefindResultData => ({
  url,
  excerpt: `About <mark>${url}</mark>`,
  meta: { title: url },
  sub_results: [{ title: url, url: `${url}#top`, excerpt: 'top', anchor: { element: 'h2', id: 'top' } }],
});

/**
 * A Pagefind that finds each page whose URL has the query in it, and, as Pagefind does, keeps one
 * data object per page that each `data()` call rewrites.
 */
function fakePagefind(urls: string[], failLoad = false) {
  const calls: unknown[][] = [];
  const shared = new Map(urls.map((url) => [url, pageData(url)]));
  // Like Pagefind's own, every method answers asynchronously.
  const script: PagefindScript = {
    options: (options) => Promise.resolve(void calls.push(['options', options])),
    init: () => Promise.resolve(void calls.push(['init'])),
    search: (term, options) => {
      calls.push(['search', term, options]);
      if (failLoad) return Promise.reject(new Error('Failed to load the Pagefind WASM'));
      const found = term === '' ? [] : urls.filter((url) => term === null || url.includes(term));
      return Promise.resolve({
        results: found.map((url, position) => ({
          id: url,
          score: 10 - position,
          data: () => {
            const data = shared.get(url)!;
            data.excerpt = `Found by <mark>${term}</mark>`;
            return Promise.resolve(data);
          },
        })),
      });
    },
    preload: (term) => Promise.resolve(void calls.push(['preload', term])),
    filters: () => Promise.resolve({ type: { Contact: 2 } }),
  };
  return { script, calls, shared };
}

const answersFor = (pagefind: ReturnType<typeof fakePagefind>) =>
  searchWorkerAnswers(() => Promise.resolve(pagefind.script), { basePath: '/pagefind/', noWorker: true });

describe('searchWorkerAnswers', () => {
  it('starts Pagefind with the page’s options and its own, and answers once the WebAssembly has loaded', async () => {
    const pagefind = fakePagefind([]);
    const reply = await answersFor(pagefind)({ id: 0, method: 'init', options: { excerptLength: 24, noWorker: false } });
    expect(reply).toEqual({ id: 0, value: null });
    expect(pagefind.calls).toEqual([
      ['options', { excerptLength: 24, noWorker: true, basePath: '/pagefind/' }],
      ['init'],
      ['search', null, undefined],
    ]);
  });

  it('answers init with the error when Pagefind cannot load, so the page can fall back', async () => {
    const reply = await answersFor(fakePagefind([], true))({ id: 3, method: 'init', options: {} });
    expect(reply).toEqual({ id: 3, error: 'Failed to load the Pagefind WASM' });
  });

  it('loads the parts of the index that hold the words it is asked to load, as one preload', async () => {
    const pagefind = fakePagefind(['/a/']);
    const answer = answersFor(pagefind);
    await answer({ id: 0, method: 'init', options: {} });
    expect(await answer({ id: 1, method: 'load', words: ['procedure', 'professionals'] })).toEqual({ id: 1, value: null });
    expect(pagefind.calls.at(-1)).toEqual(['preload', 'procedure professionals']);
  });

  it('refuses to search before init', async () => {
    const reply = await answersFor(fakePagefind(['/a/']))({ id: 1, method: 'search', query: 'a', filters: {} });
    expect(reply).toMatchObject({ id: 1, error: expect.stringContaining('before init') });
  });

  it('answers a search with each result’s id, score and a key of its own, passing the filters on', async () => {
    const pagefind = fakePagefind(['/contacts/childline/', '/contacts/nspcc/', '/guidance/bullying/']);
    const answer = answersFor(pagefind);
    await answer({ id: 0, method: 'init', options: {} });
    const filters = { type: { any: ['Contact'] } };
    const first = await answer({ id: 1, method: 'search', query: 'contacts', filters });
    const second = await answer({ id: 2, method: 'search', query: 'childline', filters: {} });
    expect(first).toEqual({
      id: 1,
      value: [
        { id: '/contacts/childline/', score: 10, key: 0 },
        { id: '/contacts/nspcc/', score: 9, key: 1 },
      ],
    });
    expect(second).toEqual({ id: 2, value: [{ id: '/contacts/childline/', score: 10, key: 2 }] });
    expect(pagefind.calls).toContainEqual(['search', 'contacts', { filters }]);
  });

  it('answers a result’s data with a copy made at once, so a later search’s data cannot change it', async () => {
    const pagefind = fakePagefind(['/contacts/childline/']);
    const answer = answersFor(pagefind);
    await answer({ id: 0, method: 'init', options: {} });
    await answer({ id: 1, method: 'search', query: 'contacts', filters: {} });
    await answer({ id: 2, method: 'search', query: 'childline', filters: {} });
    const data = await answer({ id: 3, method: 'data', key: 0 });
    await answer({ id: 4, method: 'data', key: 1 });
    expect(data).toMatchObject({ id: 3, value: { url: '/contacts/childline/', excerpt: 'Found by <mark>contacts</mark>' } });
    expect((data as { value: PagefindResultData }).value).not.toBe(pagefind.shared.get('/contacts/childline/'));
  });

  it('forgets released results, without a reply', async () => {
    const answer = answersFor(fakePagefind(['/a/', '/ab/']));
    await answer({ id: 0, method: 'init', options: {} });
    await answer({ id: 1, method: 'search', query: 'a', filters: {} });
    expect(await answer({ method: 'release', keys: [0] })).toBeUndefined();
    expect(await answer({ id: 2, method: 'data', key: 0 })).toMatchObject({
      id: 2,
      error: expect.stringContaining('no result 0'),
    });
    expect(await answer({ id: 3, method: 'data', key: 1 })).toMatchObject({ id: 3, value: { url: '/ab/' } });
  });

  it('answers the filter totals', async () => {
    const answer = answersFor(fakePagefind([]));
    await answer({ id: 0, method: 'init', options: {} });
    expect(await answer({ id: 1, method: 'filters' })).toEqual({ id: 1, value: { type: { Contact: 2 } } });
  });
});

describe('requestChannel', () => {
  it('numbers the requests and settles each with the reply that has its number, in any order', async () => {
    const posted: WorkerRequest[] = [];
    const channel = requestChannel((request) => posted.push(request));
    const filters = channel.request('filters', {});
    const search = channel.request('search', { query: 'sexting', filters: {} });
    expect(posted).toEqual([
      { id: 0, method: 'filters' },
      { id: 1, method: 'search', query: 'sexting', filters: {} },
    ]);
    channel.receive({ id: 1, value: [{ id: 'a', score: 1, key: 0 }] });
    channel.receive({ id: 0, value: { type: {} } });
    expect(await search).toEqual([{ id: 'a', score: 1, key: 0 }]);
    expect(await filters).toEqual({ type: {} });
  });

  it('rejects a request whose reply is an error, with its message', async () => {
    const channel = requestChannel(() => undefined);
    const data = channel.request('data', { key: 4 });
    channel.receive({ id: 0, error: 'The search worker holds no result 4.' });
    await expect(data).rejects.toThrow('The search worker holds no result 4.');
  });

  it('once the worker has failed, rejects the requests waiting and every later one without sending it', async () => {
    const posted: WorkerRequest[] = [];
    const channel = requestChannel((request) => posted.push(request));
    const waiting = channel.request('init', { options: {} });
    channel.fail(new Error('The search worker failed.'));
    await expect(waiting).rejects.toThrow('The search worker failed.');
    await expect(channel.request('filters', {})).rejects.toThrow('The search worker failed.');
    channel.release(0);
    expect(posted).toHaveLength(1);
  });

  it('sends the keys released in one turn in one message', () => {
    const posted: WorkerRequest[] = [];
    const queued: (() => void)[] = [];
    const channel = requestChannel(
      (request) => posted.push(request),
      (run) => queued.push(run),
    );
    channel.release(3);
    channel.release(5);
    expect(posted).toEqual([]);
    queued.shift()?.();
    channel.release(8);
    queued.shift()?.();
    expect(posted).toEqual([
      { method: 'release', keys: [3, 5] },
      { method: 'release', keys: [8] },
    ]);
  });

  it('carries a search and its results’ data between the page and the worker', async () => {
    const answer = answersFor(fakePagefind(['/contacts/childline/', '/guidance/bullying/']));
    const channel: ReturnType<typeof requestChannel> = requestChannel(
      (request) => void answer(request).then((reply?: WorkerReply) => reply && channel.receive(reply)),
    );
    await channel.request('init', { options: {} });
    const [found] = await channel.request('search', { query: 'childline', filters: {} });
    expect(found).toEqual({ id: '/contacts/childline/', score: 10, key: 0 });
    expect(await channel.request('data', { key: found!.key })).toMatchObject({
      excerpt: 'Found by <mark>childline</mark>',
    });
  });
});
