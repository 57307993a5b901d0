/**
 * `npm run bench:search`: how big the search index is and how fast search feels, for the real
 * site and for a generated site of 3,000 extra procedure pages (`tools/bench/bench-site.ts`).
 *
 * For each site it builds into `.bench/` (outside git), then drives Chromium like a reader: open
 * `/search/`, focus the field, type a query at about 12 keys a second, and time from the last
 * keystroke to the results being on screen. It reports the index size on disk, the bytes the
 * browser fetched from `/pagefind/` and the word lists for the first query, once the page has
 * loaded (as served, and gzipped as a static host would send the scripts; and how much of that is
 * Pagefind's script and WebAssembly; the search worker, which holds the search and starts with
 * the page, is the page's weight), and the median time over several runs. For the real site it also runs the query set
 * (tests/search-queries.yaml) and reports how often the right page comes first and in the first
 * three; for the generated site it indexes the same pages a second time and says whether the
 * index files are byte-identical.
 *
 * Usage: npm run bench:search [-- --no-build] [-- --pages 3000] [-- --real-only | --generated-only]
 *        (BENCH_PORT: the server's port, default 4399; BENCH_KEY_MS: milliseconds between keys, default 80)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { writeBenchSite } from './bench-site';
import { differingFiles, indexFileHashes, reindexCopy } from '../built-site/index-files';
import { queryRates, rankQueries, readQuerySet, siteSearch } from '../built-site/search-in-node';
import { withinTimeLimit } from './time-limit';
import { serveBuiltSite } from './bench-server';
import { rmSync } from 'node:fs';
import { sitePaths } from '../../src/lib/pages/site-paths';

const argument = (name: string) => process.argv.indexOf(name);
const build = argument('--no-build') === -1;
const generatedPages = argument('--pages') > -1 ? Number(process.argv[argument('--pages') + 1]) : 3000;
const port = Number(process.env['BENCH_PORT'] ?? 4399);
const origin = `http://localhost:${port}`;
const queries = ['sexting', 'Childline', 'parental controls', 'CEOP', '0344 381 4772', 'Report Remove', 'cyberbullying'];
// About 12 keys a second: a fast typist, the hardest case for time to results (BENCH_KEY_MS to change).
const keyDelayMs = Number(process.env['BENCH_KEY_MS'] ?? 80);

interface Site {
  name: string;
  content: string;
  dist: string;
  generate?: number;
}

const sites: Site[] = [
  { name: 'Real site', content: 'content', dist: '.bench/search-real/dist' },
  {
    name: `Generated (+${generatedPages.toLocaleString('en-GB')} procedures)`,
    content: `.bench/search-${generatedPages}/content`,
    dist: `.bench/search-${generatedPages}/dist`,
    generate: generatedPages,
  },
].filter((_, position) => (position === 0 ? argument('--generated-only') === -1 : argument('--real-only') === -1));

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const bytes = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function buildSite(site: Site): number {
  if (site.generate) writeBenchSite(site.content, 'content', site.generate);
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, CONTENT_DIR: site.content, DIST_DIR: site.dist },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Building ${site.name} failed:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - started;
}

function indexSizes(site: Site) {
  const folder = join(site.dist, 'pagefind');
  const all = filesUnder(folder);
  const data = all.filter((file) => /\.pf_(index|fragment|filter|meta)$/.test(file));
  const runtime = all.filter(
    (file) => /(pagefind\.js|pagefind-worker\.js|wasm\.[a-z-]+\.pagefind)$/.test(file) && !file.includes('unknown'),
  );
  const pages = filesUnder(site.dist).filter((file) => file.endsWith('.html')).length;
  return {
    data: bytes(data),
    runtime: bytes(runtime),
    folder: bytes(all),
    fragments: all.filter((file) => file.endsWith('.pf_fragment')).length,
    htmlFiles: pages,
  };
}

/** Text responses a static host would gzip; Pagefind's own index files are already compressed. */
const compressible = (url: string) => /\.(js|json|css)(\?|$)/.test(url);

interface Run {
  query: string;
  firstMs: number;
  nextMs: number;
  requests: number;
  raw: number;
  gzip: number;
  /** Of `gzip`, Pagefind's script, the worker it runs in and its WebAssembly: the same for any query and any size of site. */
  runtime: number;
}

// The site's search worker, or where it cannot start Pagefind's own (pagefind-worker.js).
const isRuntime = (url: string) =>
  /\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)(\?|$)|\/_astro\/workers\//.test(url);

/** Times one query typed into the search page from the last keystroke to results on screen. */
async function timeQuery(page: import('@playwright/test').Page, query: string): Promise<number> {
  const field = page.locator('#search-query');
  await field.fill('');
  await page.evaluate((expected) => {
    const summary = document.querySelector('[data-search-summary]')!;
    const list = document.querySelector('#search-results')!;
    const timing = window as unknown as { lastKey: number; shown: Promise<number> };
    document.addEventListener('keydown', () => (timing.lastKey = performance.now()), { capture: true });
    timing.shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!summary.textContent?.includes(`‘${expected}’`) || list.children.length === 0) return;
        observer.disconnect();
        // The next frame is when the results are painted.
        requestAnimationFrame(() => resolve(performance.now() - timing.lastKey));
      });
      observer.observe(summary, { childList: true, characterData: true, subtree: true });
    });
  }, query);
  await field.pressSequentially(query, { delay: keyDelayMs });
  return withinTimeLimit(
    page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown),
    `results for “${query}”`,
  );
}

async function measure(browser: Browser, query: string, nextQuery: string): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<{ raw: number; gzip: number; runtime: boolean }>[] = [];
  // Everything the search fetches: the search worker, Pagefind's files (also those workers fetch) and the word list.
  context.on('response', (response) => {
    if (!/\/pagefind\/|\/_astro\/workers\/|\/search\/words[/.]/.test(response.url())) return;
    const runtime = isRuntime(response.url());
    sizes.push(
      response.body().then(
        (body) => ({ raw: body.length, gzip: compressible(response.url()) ? gzipSync(body).length : body.length, runtime }),
        // A fetch still running when the context closes (a later query's) is not part of the first query.
        () => ({ raw: 0, gzip: 0, runtime }),
      ),
    );
  });
  await page.goto(`${origin}/search/`);
  // What the search page loads with itself (its script, and the search worker that holds the
  // strategy) is the page's weight, as its script was before the search moved into the worker;
  // the first query is what is fetched once the reader starts searching.
  await page.waitForLoadState('networkidle');
  await Promise.all(sizes);
  sizes.length = 0;
  await page.locator('#search-query').click();
  const firstMs = await timeQuery(page, query);
  // Fetches started after the results appeared (none are expected) still count, so wait for the network to go quiet.
  await page.waitForLoadState('networkidle');
  const fetched = await Promise.all(sizes);
  sizes.length = 0;
  const nextMs = await timeQuery(page, nextQuery);
  await context.close();
  return {
    query,
    firstMs,
    nextMs,
    requests: fetched.length,
    raw: fetched.reduce((sum, size) => sum + size.raw, 0),
    gzip: fetched.reduce((sum, size) => sum + size.gzip, 0),
    runtime: fetched.filter((size) => size.runtime).reduce((sum, size) => sum + size.gzip, 0),
  };
}

const rows: string[][] = [];
const notes: string[] = [];
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const site of sites) {
    const buildMs = build ? buildSite(site) : undefined;
    if (!existsSync(join(site.dist, 'pagefind', 'pagefind.js')))
      throw new Error(`${site.dist} has no search index; run without --no-build.`);
    const size = indexSizes(site);
    if (site.generate) {
      // Two more index runs over the same pages, with today's index step, compared with each other.
      const [first, second] = [reindexCopy(site.dist), reindexCopy(site.dist)];
      const differing = differingFiles(indexFileHashes(first), indexFileHashes(second));
      for (const copy of [first, second]) rmSync(copy, { recursive: true, force: true });
      notes.push(
        differing.length === 0
          ? `${site.name}: indexing the same pages again gave byte-identical dist/pagefind/ and word list.`
          : `${site.name}: indexing the same pages again changed ${differing.length} files, e.g. ${differing.slice(0, 3).join(', ')}.`,
      );
    } else {
      const outcomes = await rankQueries(await siteSearch(site.dist), readQuerySet());
      const rates = queryRates(outcomes);
      // One decimal: rounded to a whole number, 99.5 % in the first three read as all of them.
      const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
      notes.push(
        `${site.name}: query set (${outcomes.length} queries, tests/search-queries.yaml): right page first ${percent(rates.first)}, in the first three ${percent(rates.topThree)}.`,
      );
      for (const outcome of outcomes.filter((each) => each.rank !== 1))
        notes.push(
          `  ${outcome.class}: “${outcome.query}” → ${outcome.page} came ${outcome.rank === 0 ? 'after the first screen' : `at ${outcome.rank}`}`,
        );
    }
    const server = await serveBuiltSite(site.dist, port, sitePaths.search);
    try {
      const runs: Run[] = [];
      for (const [index, query] of queries.entries())
        runs.push(await measure(browser, query, queries[(index + 1) % queries.length] ?? query));
      console.log(
        `\n${site.name}: ${size.htmlFiles} HTML pages${buildMs ? `, built with its index in ${(buildMs / 1000).toFixed(1)} s` : ''}`,
      );
      for (const run of runs)
        console.log(
          `  ${run.query.padEnd(18)} first ${run.firstMs.toFixed(0).padStart(4)} ms, next ${run.nextMs.toFixed(0).padStart(4)} ms, ${run.requests} requests, ${kb(run.raw)} as served, ${kb(run.gzip)} gzipped (${kb(run.gzip - run.runtime)} besides Pagefind's runtime)`,
        );
      rows.push([
        site.name,
        String(size.htmlFiles),
        kb(size.data),
        kb(size.folder),
        `${kb(median(runs.map((run) => run.raw)))} / ${kb(median(runs.map((run) => run.gzip)))}`,
        kb(median(runs.map((run) => run.gzip - run.runtime))),
        `${median(runs.map((run) => run.firstMs)).toFixed(0)} ms`,
        `${median(runs.map((run) => run.nextMs)).toFixed(0)} ms`,
      ]);
    } finally {
      server.stop();
    }
  }
} finally {
  await browser.close();
}

const header = [
  'Site',
  'Pages',
  'Index on disk',
  '/pagefind/ total',
  'First query fetched (served / gzip)',
  'of which index data (gzip)',
  'Keystroke → results, first query',
  'Next query',
];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
console.log(
  `\nSearch benchmark (medians of ${queries.length} runs; ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)}; typing ${keyDelayMs} ms per key)\n`,
);
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
console.log(
  '\n"Index on disk" is the index, fragments, filters and metadata; "/pagefind/ total" adds the scripts and the WebAssembly.',
);
console.log(
  '"Index data" is what the first query fetched besides Pagefind\'s script, the worker it runs in and its WebAssembly (about 68 KB gzip, the same for any site).',
);
for (const note of notes) console.log(note);
console.log(
  'Targets: results within about 150 ms of the last keystroke; under 100 KB fetched for a first query (gzipped, as a static host sends it).',
);
