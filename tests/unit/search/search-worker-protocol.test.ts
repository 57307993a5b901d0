import { describe, expect, it } from 'vitest';
import type { SearchContext } from '../../../src/lib/search/search-session';
import { searchWorkerAnswers } from '../../../src/lib/search/search-worker-answers';
import { requestChannel, type WorkerRequest } from '../../../src/lib/search/search-worker-protocol';
import { fakePagefind } from './fake-pagefind';

describe('requestChannel', () => {
  it('numbers the requests and settles each with the reply that has its number, in any order', async () => {
    const posted: WorkerRequest[] = [];
    const channel = requestChannel((request) => posted.push(request));
    const filters = channel.request('filters', {});
    const pause = channel.request('pause', { query: 'sexting' });
    expect(posted).toEqual([
      { id: 0, method: 'filters' },
      { id: 1, method: 'pause', query: 'sexting' },
    ]);
    channel.receive({ id: 1, value: 250 });
    channel.receive({ id: 0, value: { type: {} } });
    expect(await pause).toBe(250);
    expect(await filters).toEqual({ type: {} });
  });

  it('rejects a request whose reply is an error, with its message', async () => {
    const channel = requestChannel(() => undefined);
    const search = channel.request('search', { query: 'sexting', filters: {} });
    channel.receive({ id: 0, error: 'The search worker was asked to search before it was set up.' });
    await expect(search).rejects.toThrow('The search worker was asked to search before it was set up.');
  });

  it('once the worker has failed, rejects the requests waiting and every later one without sending it', async () => {
    const posted: WorkerRequest[] = [];
    const channel = requestChannel((request) => posted.push(request));
    const waiting = channel.request('start', {});
    channel.fail(new Error('The search worker failed.'));
    await expect(waiting).rejects.toThrow('The search worker failed.');
    await expect(channel.request('filters', {})).rejects.toThrow('The search worker failed.');
    expect(posted).toHaveLength(1);
  });

  it('carries a search and its results between the page and the worker', async () => {
    const pagefind = fakePagefind([{ url: '/contacts/childline/', title: 'Childline' }]);
    const answer = searchWorkerAnswers(() => Promise.resolve(pagefind.script), {}, pagefind.vocabulary);
    const channel: ReturnType<typeof requestChannel> = requestChannel(
      (request) => void answer(request).then((reply) => channel.receive(reply)),
    );
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
    await channel.request('setup', { options: {}, context });
    const shown = await channel.request('search', { query: 'childline', filters: {} });
    expect(shown.views.map((view) => [view.title, view.url])).toEqual([['Childline', '/contacts/childline/']]);
    expect(shown.views[0]?.excerpt).toContainEqual({ text: 'childline', marked: true });
  });
});
