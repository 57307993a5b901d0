/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, its default simulated Slow 4G and CPU slowdown)
 * on one page of each kind, served from the built site as a static host would. Reports the four
 * category scores, layout shift (CLS), main-thread blocking (TBT) and the largest paint (LCP).
 * Scores belong here, not in tests: they vary with the machine.
 *
 * Usage: npm run build && npm run bench:lighthouse [-- --runs 3]
 *        (BENCH_PORT: the server's port, default 4343; DIST_DIR: the built site, default dist;
 *         CHROMIUM_PATH: the browser, default /usr/bin/chromium; LH_ONLY=/path: that page alone;
 *         LH_DUMP=file: write the last report's full JSON there, to see what blocked the main thread)
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveBuiltSite } from './bench-server';

const port = Number(process.env['BENCH_PORT'] ?? 4343);
const dist = process.env['DIST_DIR'] ?? 'dist';
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > -1 ? Number(process.argv[runsFlag + 1]) : 1;

const pages = process.env['LH_ONLY']
  ? [{ name: 'Only', path: process.env['LH_ONLY'] }]
  : [
      { name: 'Home', path: '/' },
      { name: 'Procedure', path: '/procedures/safeguarding-children-from-online-harms/' },
      { name: 'Contact directory', path: '/contacts/' },
      { name: 'Guidance', path: '/guidance/sharing-nudes-and-semi-nudes/' },
      { name: 'Search results', path: '/search/?q=grooming' },
    ];

interface Row {
  name: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  tbt: number;
  lcp: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no built site; run npm run build first.`);
const server = await serveBuiltSite(dist, port);
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu'],
});
const rows: Row[] = [];

/**
 * Lighthouse's report for one page. A run in which the page did not load (a busy machine: no
 * first paint) has no scores, so it is run once more, and the benchmark stops, naming the page and
 * Lighthouse's error, if that one fails too.
 * @param path the page's address on the served site
 */
async function audited(path: string): Promise<NonNullable<Awaited<ReturnType<typeof lighthouse>>>> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}.`);
    const failure = result.lhr.runtimeError;
    if (!failure) return result;
    if (attempt === 2) throw new Error(`Lighthouse could not measure ${path} twice: ${failure.code} (${failure.message}).`);
    console.warn(`Lighthouse could not measure ${path} (${failure.code}); running it again.`);
  }
}

try {
  for (const page of pages) {
    const measured: Row[] = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await audited(page.path);
      if (process.env['LH_DUMP']) (await import('node:fs')).writeFileSync(process.env['LH_DUMP'], JSON.stringify(result.lhr));
      const { categories, audits } = result.lhr;
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
      measured.push({
        name: page.name,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
        lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      });
    }
    const pick = (key: keyof Omit<Row, 'name'>) => median(measured.map((row) => row[key]));
    rows.push({
      name: `${page.name} (${page.path})`,
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      seo: pick('seo'),
      cls: pick('cls'),
      tbt: pick('tbt'),
      lcp: pick('lcp'),
    });
  }
} finally {
  chrome.kill();
  server.stop();
}

const header = ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'CLS', 'TBT', 'LCP'];
const table = rows.map((row) => [
  row.name,
  String(row.performance),
  String(row.accessibility),
  String(row.bestPractices),
  String(row.seo),
  row.cls.toFixed(3),
  `${Math.round(row.tbt)} ms`,
  `${(row.lcp / 1000).toFixed(1)} s`,
]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((row) => row[column]?.length ?? 0)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
console.log(
  `\nLighthouse ${runs > 1 ? `(medians of ${runs} runs) ` : ''}mobile, simulated Slow 4G; ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)}\n`,
);
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of table) console.log(line(row));
console.log('\nTargets: performance ≥ 95 on every page; on /search/?q=grooming CLS ≤ 0.02 and TBT ≤ 100 ms.');
