/**
 * Builds the Pagefind search index for the built site (`npm run build` runs it after Astro).
 * Uses Pagefind's Node API rather than its CLI so each page's HTML can be prepared first
 * (`build/search-index/search-index-html.ts`); everything else is as `pagefind --site dist` would do.
 * Usage: node --import tsx build/search-index/build-search-index.ts   (DIST_DIR chooses the site folder, default dist)
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { separateBlockText } from './search-index-html';
import type { WordListsMessage } from './search-words-worker';
import { allPageRecords, markedGlossaryTerms } from './page-records';
import { unnamedGlossaryNames } from './unnamed-glossary-terms';
import { sectionPages } from '../../src/lib/pages/section-pages';
import { recompressEveryQueryFiles } from './recompress';
import { minifyReadersScripts } from './minify-scripts';
import { compactIndexMeta } from './compact-meta';
import { cutCommonWordPlaces } from './common-word-locations';
import { removeUnusedFiles } from './unused-files';
import { indexedPageCount, readPagefindEntry } from './pagefind-entry';

const site = resolve(process.env['DIST_DIR'] ?? 'dist');

/** Pagefind's mark on a page whose text it indexes. */
const searchBodyAttribute = 'data-pagefind-body';

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  // The content editor at /admin/ is for editors, not readers: never a search result.
  const editor = join(folder, 'admin');
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(`${editor}${sep}`))
    .sort();
}

/**
 * Writes each page, prepared for the index, at the same place under `folder`, a batch at a time
 * so no more than a batch of pages is held at once.
 * @param files the built pages
 * @param folder where the prepared copies go
 * @param read given each page as it is read
 */
async function writePrepared(files: readonly string[], folder: string, read: (html: string) => void): Promise<void> {
  const batch = 64;
  for (const directory of new Set(files.map((file) => dirname(join(folder, relative(site, file))))))
    await mkdir(directory, { recursive: true });
  for (let start = 0; start < files.length; start += batch)
    await Promise.all(
      files.slice(start, start + batch).map(async (file) => {
        const html = await readFile(file, 'utf8');
        read(html);
        await writeFile(join(folder, relative(site, file)), separateBlockText(html));
      }),
    );
}

/**
 * A folder held in memory (Linux's shared-memory file system), where the copies are written and
 * read again many times faster than on disk: at 1,000 pages, 0.2 s rather than 1.5 s, most of it
 * making a folder for each page. Undefined where there is none; the system's temporary folder is used.
 */
function memoryFolder(): string | undefined {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return undefined;
  }
}

/**
 * A thread of its own for the word lists (`search-words-worker.ts`), loaded while Pagefind works.
 * @param pagefindFolder where Pagefind writes the index
 * @returns `start` once the index is written; when the fragments are read; and the word files
 */
function wordListsAside(pagefindFolder: string): {
  start: () => void;
  read: Promise<void>;
  files: Promise<Map<string, string>>;
} {
  const worker = new Worker(new URL('./search-words-worker.ts', import.meta.url), { workerData: { pagefindFolder } });
  const failed = new Promise<never>((_, reject) => worker.once('error', reject));
  const message = (wanted: keyof WordListsMessage) =>
    Promise.race([
      failed,
      new Promise<WordListsMessage>((resolve) => {
        const listener = (received: WordListsMessage) => {
          if (received[wanted] === undefined) return;
          worker.off('message', listener);
          resolve(received);
        };
        worker.on('message', listener);
      }),
    ]);
  return {
    start: () => worker.postMessage('start'),
    read: message('read').then(() => undefined),
    files: message('files').then((received) => new Map(received.files)),
  };
}

function fail(errors: string[]): never {
  console.error(`Search index: ${errors.join('; ')}`);
  process.exit(1);
}

// Smaller index chunks than Pagefind's default (20,000 word locations), so a first search fetches
// only the few words it needs: on this site that keeps a first query under 100 KB. The setting is
// marked unstable by Pagefind; if a later version drops it, chunks go back to the default size.
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '2000';

const started = performance.now();
const output = join(site, 'pagefind');
const wordLists = wordListsAside(output);
// A guide outcome's contact cards repeat the contacts' own pages, which answer for them, and its
// "talk to your designated safeguarding lead" box is the same on many outcomes: indexed, it made
// every such outcome a result for "DSL".
const { index, errors } = await pagefind.createIndex({
  excludeSelectors: ['[data-guide-outcome] .contact-card', '[data-guide-outcome] .inset'],
});
if (!index) fail(errors);
const files = await htmlFiles(site);
// The glossary marks the terms no page's title or keywords name; those no page the search holds
// by its text names either, it answers to itself.
const glossaryNames = unnamedGlossaryNames(
  markedGlossaryTerms(await readFile(join(site, sectionPages.glossary.path, 'index.html'), 'utf8')),
);
// Pagefind reads and parses a folder's pages on every core, where pages sent one by one are
// parsed one at a time; so each page, prepared (`separateBlockText`), is written to a folder of
// its own for Pagefind to read. It numbers the pages in the order the file system lists them,
// which differs between machines; the pages are numbered again afterwards (page-order.ts), by
// length and then by content, so every machine writes the same index.
const prepared = await mkdtemp(join(memoryFolder() ?? tmpdir(), 'search-index-pages-'));
try {
  await writePrepared(files, prepared, (html) => {
    if (html.includes(searchBodyAttribute)) glossaryNames.read(html);
  });
  const added = await index.addDirectory({ path: prepared, glob: '**/*.html' });
  if (added.errors.length > 0) fail(added.errors);
} finally {
  await rm(prepared, { recursive: true, force: true });
}
for (const record of allPageRecords(glossaryNames.unnamed())) {
  const response = await index.addCustomRecord(record);
  if (response.errors.length > 0) fail(response.errors);
}
// Pagefind adds to the folder; files left from an earlier index would be served and counted as the index.
await rm(output, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: output });
if (written.errors.length > 0) fail(written.errors);
await pagefind.close();
wordLists.start();
const cut = await cutCommonWordPlaces(output);
// The fragments are renamed next; the word lists' thread must have read them first.
await wordLists.read;
await compactIndexMeta(output);
await removeUnusedFiles(output);
// Kept between builds: the WebAssembly recompressed and the scripts minified, by their hashes.
const cacheFolder = resolve('node_modules/.cache/pagefind');
const saved = new Map([
  ...(await recompressEveryQueryFiles(output, cacheFolder)),
  ...(await minifyReadersScripts(output, cacheFolder)),
]);
for (const [file, json] of await wordLists.files) {
  await mkdir(dirname(join(site, file)), { recursive: true });
  await writeFile(join(site, file), json);
}
const indexed = indexedPageCount(await readPagefindEntry(output));
const common = cut.parts > 0 ? ` ${cut.saved} bytes saved by keeping one place a page for the commonest words;` : '';
console.log(
  `Search index: ${indexed} pages indexed (of ${files.length} HTML files) into ${relative(process.cwd(), output)} in ${Math.round(performance.now() - started)} ms;${common} ${[...saved.values()].reduce((sum, bytes) => sum + bytes, 0)} bytes saved by recompressing and minifying ${saved.size} files readers fetch.`,
);
