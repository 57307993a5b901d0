/**
 * The search in the site's own search worker (`search-worker.ts`): each request is a message,
 * each answer a reply (`search-worker-protocol.ts`). Every request rejects once the worker has
 * failed, so the page can search itself instead.
 */
import type { SearchContext } from '../../lib/search/search-session';
import { requestChannel, type WorkerReply } from '../../lib/search/search-worker-protocol';
import type { Searcher } from './searcher';

/** The worker, or undefined where module workers cannot start. */
function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  } catch {
    return undefined;
  }
}

/**
 * Starts the search worker and sets it up.
 * @param options Pagefind's options, as the page would pass them to `pagefind.options()`
 * @param context what the page knows from its HTML
 */
export function workerSearch(options: object, context: SearchContext): Searcher & { stop(): void } {
  const worker = startWorker();
  const channel = requestChannel((request) => worker?.postMessage(request));
  const stop = (reason: string) => {
    channel.fail(new Error(reason));
    worker?.terminate();
  };
  if (!worker) stop('The search worker cannot start here.');
  worker?.addEventListener('message', (event: MessageEvent<WorkerReply>) => channel.receive(event.data));
  worker?.addEventListener('error', () => stop('The search worker failed.'));
  void channel.request('setup', { options, context }).catch(() => undefined);
  return {
    start: async () => {
      await channel.request('start', {});
    },
    pause: (query) => channel.request('pause', { query }),
    search: (query, filters) => channel.request('search', { query, filters }),
    more: (search) => channel.request('more', { search }),
    filterTotals: () => channel.request('filters', {}),
    stop: () => stop('The search worker was stopped.'),
  };
}
