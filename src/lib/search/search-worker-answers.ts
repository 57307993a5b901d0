/**
 * The search worker's side of its conversation with the page (`search-worker-protocol.ts`): a
 * search session over Pagefind, set up with what the page knows and answering each request.
 */
import { pagefindIndex, pagefindStarter } from './pagefind-start';
import type { PagefindScript } from './search-results';
import { searchSession, type SearchSession } from './search-session';
import type { SearchHelp } from './search-strategy';
import type { Answers, Method, WorkerReply, WorkerRequest } from './search-worker-protocol';

/**
 * The worker's side: answers the page's requests with a search session over Pagefind.
 * @param loadPagefind imports Pagefind's script
 * @param ownOptions options the worker adds to the page's (its base path, and no worker of Pagefind's own)
 * @param vocabulary the index's words, fetched when needed
 */
export function searchWorkerAnswers(
  loadPagefind: () => Promise<PagefindScript>,
  ownOptions: object,
  vocabulary: SearchHelp['vocabulary'],
): (request: WorkerRequest) => Promise<WorkerReply> {
  let setUp: { started: () => Promise<PagefindScript>; session: SearchSession } | undefined;
  const setUpFirst = (asked: string) => {
    if (!setUp) throw new Error(`The search worker was asked to ${asked} before it was set up.`);
    return setUp;
  };

  async function answer(request: WorkerRequest): Promise<Answers[Method]> {
    switch (request.method) {
      case 'setup': {
        const started = pagefindStarter(loadPagefind, { ...request.options, ...ownOptions });
        setUp = { started, session: searchSession(async () => pagefindIndex(await started()), vocabulary, request.context) };
        return null;
      }
      case 'start':
        await setUpFirst('start').started();
        return null;
      case 'pause':
        return setUpFirst('pause').session.pause(request.query);
      case 'search':
        return setUpFirst('search').session.search(request.query, request.filters);
      case 'more':
        return setUpFirst('show more').session.more(request.search);
      case 'filters':
        return (await setUpFirst('count filters').started()).filters();
    }
  }

  return async (request) => {
    try {
      return { id: request.id, value: await answer(request) };
    } catch (error) {
      return { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
