/**
 * The search page's worker: runs Pagefind (its script, WebAssembly and index) off the main
 * thread, and answers the page's requests (`search-worker-protocol.ts`). Pagefind's own worker is
 * turned off: this is the worker, so the reader fetches Pagefind's code once, not twice.
 */
import { pagefindBasePath, pagefindScriptUrl } from '../../lib/search/search-config';
import type { PagefindScript } from '../../lib/search/search-results';
import { searchWorkerAnswers, type WorkerRequest } from '../../lib/search/search-worker-protocol';

/** The parts of a dedicated worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
// A worker has no `<html lang>` for Pagefind to read, so it takes the index with the most pages:
// the site's one language, as the page would have chosen.
const answer = searchWorkerAnswers(() => import(/* @vite-ignore */ pagefindScriptUrl) as Promise<PagefindScript>, {
  basePath: pagefindBasePath,
  noWorker: true,
});

scope.addEventListener('message', (event) => {
  void answer(event.data).then((reply) => reply && scope.postMessage(reply));
});
