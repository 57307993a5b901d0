/**
 * Pagefind in the site's own search worker (`search-worker.ts`), offered to the page as a
 * `LoadedIndex`. The page never loads Pagefind's script; each result's data is fetched from the
 * worker when the page shows it, and released there once the page no longer holds the result.
 */
import type { PagefindResult } from '../../lib/search/search-results';
import { requestChannel, type WorkerReply } from '../../lib/search/search-worker-protocol';
import type { LoadedIndex } from './pagefind-index';

/**
 * Starts the worker and initialises Pagefind in it; rejects, with the worker stopped, when either
 * fails (no module workers, the policy blocks it, offline).
 * @param options Pagefind's options, as the page would pass them to `pagefind.options()`
 * @param onBroken called if the worker fails after it started, so the next search starts afresh
 */
export async function workerIndex(options: object, onBroken: () => void): Promise<LoadedIndex> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const channel = requestChannel((request) => worker.postMessage(request));
  let started = false;
  const fail = (error: Error) => {
    channel.fail(error);
    worker.terminate();
    if (started) onBroken();
  };
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => channel.receive(event.data));
  worker.addEventListener('error', () => fail(new Error('The search worker failed.')));
  try {
    await channel.request('init', { options });
  } catch (error) {
    worker.terminate();
    throw error;
  }
  started = true;
  const held =
    typeof FinalizationRegistry === 'undefined' ? undefined : new FinalizationRegistry<number>((key) => channel.release(key));
  return {
    search: async (query, filters) =>
      (await channel.request('search', { query, filters })).map(({ id, score, key }) => {
        const result: PagefindResult = { id, score, data: () => channel.request('data', { key }) };
        held?.register(result, key);
        return result;
      }),
    load: async (words) => {
      await channel.request('load', { words: [...words] });
    },
    filterTotals: () => channel.request('filters', {}),
  };
}
