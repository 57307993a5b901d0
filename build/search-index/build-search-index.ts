/**
 * Builds the Pagefind search index for the built site (`npm run build` runs it after Astro).
 * Uses Pagefind's Node API rather than its CLI so each page's HTML can be prepared first
 * (`build/search-index/search-index-html.ts`); everything else is as `pagefind --site dist` would do.
 * Usage: tsx build/search-index/build-search-index.ts   (DIST_DIR chooses the site folder, default dist)
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { separateBlockText } from './search-index-html';
import { searchWordFiles } from './search-words';
import { allPageRecords } from './page-records';
import { recompressEveryQueryFiles } from './recompress';
import { minifyReadersScripts } from './minify-scripts';
import { compactIndexMeta } from './compact-meta';
import { cutCommonWordPlaces } from './common-word-locations';
import { removeUnusedFiles } from './unused-files';
import { indexedPageCount, readPagefindEntry } from './pagefind-entry';

const site = resolve(process.env['DIST_DIR'] ?? 'dist');

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

function fail(errors: string[]): never {
  console.error(`Search index: ${errors.join('; ')}`);
  process.exit(1);
}

// Smaller index chunks than Pagefind's default (20,000 word locations), so a first search fetches
// only the few words it needs: on this site that keeps a first query under 100 KB. The setting is
// marked unstable by Pagefind; if a later version drops it, chunks go back to the default size.
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '2000';

const started = performance.now();
// A guide outcome's contact cards repeat the contacts' own pages, which answer for them, and its
// "talk to your designated safeguarding lead" box is the same on many outcomes: indexed, it made
// every such outcome a result for "DSL".
const { index, errors } = await pagefind.createIndex({
  excludeSelectors: ['[data-guide-outcome] .contact-card', '[data-guide-outcome] .inset'],
});
if (!index) fail(errors);
const files = await htmlFiles(site);
// Pagefind numbers pages in the order they arrive, and its service handles one request at a time
// in the order sent; so the pages are sent in path order, each only after every earlier page
// has been sent, and two builds of the same content write the same index. Up to `inFlight` pages
// wait in the service's queue at once, so it never waits for the next file to be read.
const inFlight = 32;
const pending: Promise<void>[] = [];
for (const file of files) {
  const html = await readFile(file, 'utf8');
  pending.push(
    index.addHTMLFile({ sourcePath: relative(site, file), content: separateBlockText(html) }).then((response) => {
      if (response.errors.length > 0) fail(response.errors);
    }),
  );
  if (pending.length >= inFlight) await pending.shift();
}
await Promise.all(pending);
for (const record of allPageRecords()) {
  const response = await index.addCustomRecord(record);
  if (response.errors.length > 0) fail(response.errors);
}
const output = join(site, 'pagefind');
// Pagefind adds to the folder; files left from an earlier index would be served and counted as the index.
await rm(output, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: output });
if (written.errors.length > 0) fail(written.errors);
await pagefind.close();
const cut = await cutCommonWordPlaces(output);
await compactIndexMeta(output);
await removeUnusedFiles(output);
// Kept between builds: the WebAssembly recompressed and the scripts minified, by their hashes.
const cacheFolder = resolve('node_modules/.cache/pagefind');
const saved = new Map([
  ...(await recompressEveryQueryFiles(output, cacheFolder)),
  ...(await minifyReadersScripts(output, cacheFolder)),
]);
for (const [file, json] of await searchWordFiles(output)) {
  await mkdir(dirname(join(site, file)), { recursive: true });
  await writeFile(join(site, file), json);
}
const indexed = indexedPageCount(await readPagefindEntry(output));
const common = cut.parts > 0 ? ` ${cut.saved} bytes saved by keeping one place a page for the commonest words;` : '';
console.log(
  `Search index: ${indexed} pages indexed (of ${files.length} HTML files) into ${relative(process.cwd(), output)} in ${Math.round(performance.now() - started)} ms;${common} ${[...saved.values()].reduce((sum, bytes) => sum + bytes, 0)} bytes saved by recompressing and minifying ${saved.size} files readers fetch.`,
);
