/**
 * The messages between the search page and the site's search worker
 * (`src/scripts/search/search-worker.ts`), which runs Pagefind off the main thread. Pagefind's
 * result objects stay in the worker: the page gets each result's id and score, and a key to ask
 * for its data when it shows the result. Pure, so both ends are unit-tested without a browser.
 */
import { copyResultData, type PagefindResult, type PagefindResultData, type PagefindScript } from './search-results';
import type { IndexFilters } from './search-strategy';

export type FilterTotals = Record<string, Record<string, number>>;

/** A search result as it reaches the page; its data stays in the worker under `key`. */
export interface ResultSummary {
  id: string;
  score: number;
  key: number;
}

/** What the page asks the worker. Each request with an `id` gets one reply with that `id`. */
export type WorkerRequest =
  | { id: number; method: 'init'; options: object }
  | { id: number; method: 'search'; query: string | null; filters: IndexFilters }
  | { id: number; method: 'load'; words: string[] }
  | { id: number; method: 'data'; key: number }
  | { id: number; method: 'filters' }
  /** The page no longer holds these results, so the worker can let go of them. */
  | { method: 'release'; keys: number[] };

/** What each request's reply carries. */
interface Answers {
  init: null;
  search: ResultSummary[];
  load: null;
  data: PagefindResultData;
  filters: FilterTotals;
}

type Method = keyof Answers;

export type WorkerReply = { id: number; value: unknown } | { id: number; error: string };

/**
 * The worker's side: answers the page's requests with Pagefind, keeping each result until the
 * page releases it.
 * @param loadPagefind imports Pagefind's script
 * @param ownOptions options the worker adds to the page's (its base path, and no worker of Pagefind's own)
 */
export function searchWorkerAnswers(
  loadPagefind: () => Promise<PagefindScript>,
  ownOptions: object,
): (request: WorkerRequest) => Promise<WorkerReply | undefined> {
  let ready: Promise<PagefindScript> | undefined;
  const results = new Map<number, PagefindResult>();
  let nextKey = 0;
  const pagefind = () => ready ?? Promise.reject(new Error('The search worker was asked to search before init.'));

  async function answer(request: Exclude<WorkerRequest, { method: 'release' }>): Promise<Answers[Method]> {
    switch (request.method) {
      case 'init': {
        ready ??= (async () => {
          const script = await loadPagefind();
          await script.options({ ...request.options, ...ownOptions });
          await script.init();
          // Pagefind's init() does not wait for its WebAssembly; a search does, and fails as the
          // load did (offline, or a policy that forbids compiling it), so the page can fall back.
          // A search for every page needs no part of the index, and runs Pagefind's search once
          // before the reader's first query, which then takes less time.
          await script.search(null);
          return script;
        })();
        await ready;
        return null;
      }
      case 'search': {
        const found = await (await pagefind()).search(request.query, { filters: request.filters });
        return (found?.results ?? []).map((result) => {
          const key = nextKey++;
          results.set(key, result);
          return { id: result.id, score: result.score, key };
        });
      }
      case 'load':
        await (await pagefind()).preload(request.words.join(' '));
        return null;
      case 'data': {
        const result = results.get(request.key);
        if (!result) throw new Error(`The search worker holds no result ${request.key}.`);
        // Copied at once, before another search's data() rewrites Pagefind's object (see copyResultData).
        return copyResultData(await result.data());
      }
      case 'filters':
        return (await pagefind()).filters();
    }
  }

  return async (request) => {
    if (request.method === 'release') {
      for (const key of request.keys) results.delete(key);
      return undefined;
    }
    try {
      return { id: request.id, value: await answer(request) };
    } catch (error) {
      return { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

/** A request's own fields, besides its `id` and `method`. */
type Fields<M extends Method> = Omit<Extract<WorkerRequest, { method: M }>, 'id' | 'method'>;

/** The page's side of the conversation with the worker. */
export interface RequestChannel {
  /** Sends a request; settles with its reply. */
  request<M extends Method>(method: M, fields: Fields<M>): Promise<Answers[M]>;
  /** Settles the request a reply answers. */
  receive(reply: WorkerReply): void;
  /** Rejects every request waiting and every later one: the worker is gone. */
  fail(error: Error): void;
  /** Tells the worker the page no longer holds a result; sent in one message per turn of the event loop. */
  release(key: number): void;
}

/**
 * The page's side: numbers each request and settles it when its reply comes.
 * @param post sends a message to the worker
 * @param later runs a function after the current task (batches releases)
 */
export function requestChannel(
  post: (request: WorkerRequest) => void,
  later: (run: () => void) => void = (run) => setTimeout(run, 0),
): RequestChannel {
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let failure: Error | undefined;
  let releasing: number[] = [];
  return {
    request<M extends Method>(method: M, fields: Fields<M>) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<Answers[M]>((resolve, reject) => {
        waiting.set(id, { resolve: (value) => resolve(value as Answers[M]), reject });
        post({ ...fields, id, method } as WorkerRequest);
      });
    },
    receive(reply) {
      const waiter = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(reply.value);
    },
    fail(error) {
      failure = error;
      for (const waiter of waiting.values()) waiter.reject(error);
      waiting.clear();
    },
    release(key) {
      if (failure) return;
      if (releasing.push(key) > 1) return;
      later(() => {
        const keys = releasing;
        releasing = [];
        if (!failure) post({ method: 'release', keys });
      });
    },
  };
}
