/**
 * Makes the search page's word lists (`search-words.ts`) on a thread of its own, while the build
 * rewrites the index's other files: counting every page's words is the longest of those steps.
 * Starts when the build says Pagefind has written the index (it loads while Pagefind works), tells
 * the build when it has read the fragments, which the build then renames, and sends the files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fragmentTexts, wordFilesOf } from './search-words';

export interface WordListsMessage {
  /** Sent once the fragments are read: they may be renamed from then on. */
  read?: true;
  /** The word files by path under the built site, last. */
  files?: [string, string][];
}

parentPort?.once('message', () => {
  void fragmentTexts((workerData as { pagefindFolder: string }).pagefindFolder).then((pages) => {
    parentPort?.postMessage({ read: true } satisfies WordListsMessage);
    parentPort?.postMessage({ files: [...wordFilesOf(pages)] } satisfies WordListsMessage);
  });
});
