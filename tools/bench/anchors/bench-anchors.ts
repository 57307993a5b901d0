/**
 * `npm run bench:anchors -- --pages N`: this site beside a default Starlight site, on the same N
 * generated Markdown pages (`anchor-pages.ts`), built one after the other in the same run.
 *
 * For each site: the whole build's wall time and the peak memory of its whole process tree
 * (search index included), a generated content page's first load (HTML + CSS + JS, gzip), the
 * largest HTML page, and a first search query in Chromium: the bytes fetched from `/pagefind/`
 * (gzipped as a static host sends scripts) and the time from the query's input event to the first
 * result on screen. Ends with one line, each figure this site divided by Starlight's.
 *
 * Usage: npm run bench:anchors -- --pages 1000 [--no-build] [--port 4345]
 */
import { rmSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { contentRoot } from '../../../build/content/content-files';
import { listBuiltPages } from '../../built-site/built-pages';
import { measurePage } from '../../built-site/page-weight';
import { formatBytes, markdownTable } from '../bench-report';
import { measureCommand, type CommandResult } from '../measure-command';
import { serveBuiltSite } from '../bench-server';
import { withinTimeLimit } from '../time-limit';
import { anchorPageId } from './anchor-pages';
import {
  pagePath,
  siteContent,
  siteDist,
  starlightDist,
  starlightRoot,
  writeSitePages,
  writeStarlightPages,
} from './anchor-sites';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env['BENCH_PORT'] ?? '4345' },
  },
});
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 1) throw new Error(`--pages must be a whole number of pages, not "${values.pages}".`);
const basePort = Number(values.port);
// Words every generated page set uses, so both sites find results; the median of these first queries is reported.
const queries = ['grooming', 'parental controls', 'safeguarding lead'];

interface SearchUi {
  /** Opens the search field (a page or a dialog). */
  open: (page: Page, origin: string) => Promise<void>;
  field: string;
  firstResult: string;
}

interface BenchSite {
  name: string;
  dist: string;
  build: { command: string; cwd?: string; env?: Record<string, string> };
  cache: string;
  contentPage: string;
  search: SearchUi;
}

const sites: BenchSite[] = [
  {
    name: 'This site',
    dist: siteDist,
    build: { command: 'npm run build', env: { CONTENT_DIR: siteContent, DIST_DIR: siteDist } },
    cache: `node_modules/.astro-${siteDist.replaceAll(/[^a-z0-9]+/gi, '-')}`,
    contentPage: pagePath.site(anchorPageId(1)),
    search: {
      open: async (page, origin) => {
        await page.goto(`${origin}/search/`);
        await page.locator('#search-query').click();
      },
      field: '#search-query',
      firstResult: '#search-results > li',
    },
  },
  {
    name: 'Starlight',
    dist: starlightDist,
    build: { command: 'npm run build', cwd: starlightRoot },
    cache: join(starlightRoot, 'node_modules', '.astro'),
    contentPage: pagePath.starlight(anchorPageId(1)),
    search: {
      open: async (page, origin) => {
        await page.goto(`${origin}${pagePath.starlight(anchorPageId(1))}`);
        await page.locator('button[data-open-modal]').first().click();
        await page.locator('.pagefind-ui__search-input').waitFor();
      },
      field: '.pagefind-ui__search-input',
      firstResult: '.pagefind-ui__result',
    },
  },
];

interface SearchRun {
  bytes: number;
  ms: number;
}

interface SiteResult {
  build: CommandResult | undefined;
  pages: number;
  firstLoad: number;
  largestHtml: { path: string; bytes: number };
  search: SearchRun[];
}

/** Scripts and JSON a static host would gzip; Pagefind's index files are compressed already. */
const compressible = (url: string) => /\.(js|css|json)(\?|$)/.test(url);

/**
 * One first query in a fresh browser: the search's bytes fetched (`/pagefind/`, and this site's
 * search worker under `/_astro/workers/` and word lists under `/search/words`) and the time from
 * typing to the first result.
 */
async function firstQuery(browser: Browser, ui: SearchUi, origin: string, query: string): Promise<SearchRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (!/\/pagefind\/|\/_astro\/workers\/|\/search\/words[/.]/.test(response.url())) return;
    sizes.push(
      response.body().then(
        (body) => (compressible(response.url()) ? gzipSync(body).length : body.length),
        () => 0,
      ),
    );
  });
  await ui.open(page, origin);
  await page.evaluate((selector) => {
    const timing = window as unknown as { typed?: number; shown: Promise<number> };
    document.addEventListener('input', () => (timing.typed ??= performance.now()), { capture: true });
    timing.shown = new Promise((done) => {
      // No named functions here: the bundler would wrap them in a helper the page does not have.
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => done(performance.now() - (timing.typed ?? 0)));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  }, ui.firstResult);
  // The whole query in one input event, so the time is to results for this query, not for its first letters.
  await page.locator(ui.field).fill(query);
  const ms = await withinTimeLimit(
    page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown),
    `results for “${query}” at ${origin}`,
  );
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { bytes, ms };
}

function largestHtml(dist: string): { path: string; bytes: number } {
  return listBuiltPages(dist)
    .map((page) => ({ path: page.path, bytes: statSync(page.file).size }))
    .reduce((largest, page) => (page.bytes > largest.bytes ? page : largest));
}

const median = (numbers: readonly number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const loadBefore = loadavg()[0] ?? 0;
console.log(
  `bench:anchors, ${pages} generated pages; ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${gib(totalmem())} memory, load average ${loadBefore.toFixed(2)} before the builds.`,
);
if (!values['no-build']) {
  writeSitePages(pages, contentRoot());
  writeStarlightPages(pages, contentRoot());
}

const results: SiteResult[] = [];
for (const site of sites) {
  let build: CommandResult | undefined;
  if (!values['no-build']) {
    // A cold build: no output and no cache from an earlier run.
    rmSync(site.dist, { recursive: true, force: true });
    rmSync(site.cache, { recursive: true, force: true });
    process.stdout.write(`Building ${site.name} (load ${loadavg()[0]?.toFixed(2)})… `);
    build = await measureCommand(site.build.command, site.build);
    console.log(`${build.seconds.toFixed(1)} s, peak ${gib(build.peakBytes)}`);
  }
  const contentPage = listBuiltPages(site.dist).find((page) => page.path === site.contentPage);
  if (!contentPage) throw new Error(`${site.name} has no page at ${site.contentPage}; build without --no-build.`);
  results.push({
    build,
    pages: listBuiltPages(site.dist).filter((page) => page.kind === 'page').length,
    firstLoad: measurePage(site.dist, contentPage).firstLoadGzip,
    largestHtml: largestHtml(site.dist),
    search: [],
  });
}

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
});
try {
  for (const [index, site] of sites.entries()) {
    const port = basePort + index;
    const server = await serveBuiltSite(site.dist, port);
    try {
      for (const query of queries) results[index]?.search.push(await firstQuery(browser, site.search, server.origin, query));
    } finally {
      server.stop();
    }
  }
} finally {
  await browser.close();
}

const [ours, theirs] = results as [SiteResult, SiteResult];
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`;
const figures = (result: SiteResult) => ({
  seconds: result.build?.seconds,
  cpu: result.build?.cpuSeconds,
  peak: result.build?.peakBytes,
  firstLoad: result.firstLoad,
  searchBytes: median(result.search.map((run) => run.bytes)),
  searchMs: median(result.search.map((run) => run.ms)),
  largest: result.largestHtml.bytes,
});
const a = figures(ours);
const b = figures(theirs);
const row = (label: string, format: (value: number) => string, mine: number | undefined, starlight: number | undefined) => [
  label,
  mine === undefined ? '–' : format(mine),
  starlight === undefined ? '–' : format(starlight),
  ratio(mine, starlight),
];
const seconds = (value: number) => `${value.toFixed(1)} s`;
console.log(
  `\nAnchors: ${pages} generated pages (this site builds ${ours.pages} pages with its real ones, Starlight ${theirs.pages}); load average ${loadavg()[0]?.toFixed(2)} at the end\n`,
);
console.log(
  markdownTable(
    ['measure', 'this site', 'Starlight', 'ratio'],
    [
      row('build wall time', seconds, a.seconds, b.seconds),
      row('build CPU time (user + system)', seconds, a.cpu, b.cpu),
      row('peak memory, whole process tree', gib, a.peak, b.peak),
      row(`first load of a content page, gzip`, kb, a.firstLoad, b.firstLoad),
      row(`first search query, bytes fetched (median of ${queries.length})`, kb, a.searchBytes, b.searchBytes),
      row('first query, query typed → first result', (value) => `${value.toFixed(0)} ms`, a.searchMs, b.searchMs),
      row('largest HTML page', (value) => `${formatBytes(value)} B`, a.largest, b.largest),
    ],
  ),
);
console.log(`\nLargest HTML page: this site ${ours.largestHtml.path}, Starlight ${theirs.largestHtml.path}.`);
console.log(
  `Search queries: ${queries.map((query, index) => `"${query}" ${kb(ours.search[index]?.bytes ?? 0)} / ${(ours.search[index]?.ms ?? 0).toFixed(0)} ms vs ${kb(theirs.search[index]?.bytes ?? 0)} / ${(theirs.search[index]?.ms ?? 0).toFixed(0)} ms`).join('; ')}.`,
);
console.log(
  `anchors: ${pages} pages; build time ${ratio(a.seconds, b.seconds)} Starlight; peak memory ${ratio(a.peak, b.peak)}; first load ${ratio(a.firstLoad, b.firstLoad)}; search bytes ${ratio(a.searchBytes, b.searchBytes)}`,
);
