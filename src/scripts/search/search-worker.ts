/**
 * The search page's worker: the whole search runs here, off the main thread (Pagefind's script,
 * WebAssembly and index, the strategy that reads the query and the first screen's order), and
 * answers the page's requests (`search-worker-protocol.ts`). Pagefind's own worker is turned
 * off: this is the worker, so the reader fetches Pagefind's code once, not twice.
 */
import { pagefindBasePath, pagefindScriptUrl } from '../../lib/search/search-config';
import type { PagefindScript } from '../../lib/search/search-results';
import { compileQueryPatterns } from '../../lib/search/search-strategy';
import { searchWorkerAnswers } from '../../lib/search/search-worker-answers';
import type { WorkerRequest } from '../../lib/search/search-worker-protocol';
import { searchWordsLoader } from './search-words';

/** The parts of a dedicated worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
// A worker has no `<html lang>` for Pagefind to read, so it takes the index with the most pages:
// the site's one language, as the page would have chosen.
const answer = searchWorkerAnswers(
  () => import(/* @vite-ignore */ pagefindScriptUrl) as Promise<PagefindScript>,
  { basePath: pagefindBasePath, noWorker: true },
  searchWordsLoader(),
);

scope.addEventListener('message', (event) => {
  void answer(event.data).then((reply) => scope.postMessage(reply));
});

// The worker starts with the page, so its patterns are compiled before the reader's first search;
// one reading at a time, so the page's requests are answered in between.
void compileQueryPatterns(() => new Promise((resolve) => setTimeout(resolve, 0)));
