/**
 * The messages between the search page and the site's search worker
 * (`src/scripts/search/search-worker.ts`), which runs the whole search off the main thread:
 * Pagefind, the strategy that reads the query, and the first screen's order. The page sends what
 * the reader typed and gets back the results as it draws them. The worker's side is
 * `search-worker-answers.ts`; the page's is here, and imports none of the search, which the page
 * does not load. Pure, so both ends are unit-tested without a browser.
 */
import type { ResultScreen, SearchContext, ShownSearch } from './search-session';
import type { SearchFilters } from './search-strategy';

export type FilterTotals = Record<string, Record<string, number>>;

/** What the page asks the worker. Each request gets one reply with its `id`. */
export type WorkerRequest =
  /** Sent as the page starts: Pagefind's options and what the page knows from its HTML. */
  | { id: number; method: 'setup'; options: object; context: SearchContext }
  /** Loads Pagefind (its script, WebAssembly and index metadata), before the reader's first search. */
  | { id: number; method: 'start' }
  | { id: number; method: 'pause'; query: string }
  | { id: number; method: 'search'; query: string; filters: SearchFilters }
  | { id: number; method: 'more'; search: number }
  | { id: number; method: 'filters' };

/** What each request's reply carries. */
export interface Answers {
  setup: null;
  start: null;
  pause: number | undefined;
  search: ShownSearch;
  more: ResultScreen | undefined;
  filters: FilterTotals;
}

export type Method = keyof Answers;

export type WorkerReply = { id: number; value: unknown } | { id: number; error: string };

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
}

/**
 * The page's side: numbers each request and settles it when its reply comes.
 * @param post sends a message to the worker
 */
export function requestChannel(post: (request: WorkerRequest) => void): RequestChannel {
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let failure: Error | undefined;
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
  };
}
