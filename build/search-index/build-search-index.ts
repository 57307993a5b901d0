/**
 * Builds the Pagefind search index for the built site (`npm run build` runs it after Astro).
 * Uses Pagefind's Node API rather than its CLI so each page's HTML can be prepared first
 * (`build/search-index/search-index-html.ts`); everything else is as `pagefind --site dist` would do.
 * Usage: tsx build/search-index/build-search-index.ts   (DIST_DIR chooses the site folder, default dist)
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { separateBlockText } from './search-index-html';

const site = join(process.cwd(), process.env['DIST_DIR'] ?? 'dist');

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  // The content editor at /admin/ is for editors, not readers: never a search result.
  const editor = join(folder, 'admin');
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(`${editor}${sep}`));
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
const { index, errors } = await pagefind.createIndex({});
if (!index) fail(errors);
const files = await htmlFiles(site);
// A few files in flight at once keep Pagefind's indexer busy while Node reads the next ones.
const queue = [...files];
async function worker(): Promise<void> {
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const response = await index!.addHTMLFile({
      sourcePath: relative(site, file),
      content: separateBlockText(await readFile(file, 'utf8')),
    });
    if (response.errors.length > 0) fail(response.errors);
  }
}
await Promise.all(Array.from({ length: 8 }, worker));
const output = join(site, 'pagefind');
const written = await index.writeFiles({ outputPath: output });
if (written.errors.length > 0) fail(written.errors);
await pagefind.close();
const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};
const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
console.log(
  `Search index: ${indexed} pages indexed (of ${files.length} HTML files) into ${relative(process.cwd(), output)} in ${Math.round(performance.now() - started)} ms.`,
);
