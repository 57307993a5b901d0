/**
 * `npm run bench` (first half): page weight per page type of the real site. Builds the site,
 * then prints HTML, CSS and JS bytes, raw and gzip, median and max, as a Markdown table.
 * Usage: tsx tools/bench/pages.ts [--no-build]
 */
import { execSync } from 'node:child_process';
import { distDirectory, readablePages } from '../built-site/built-pages';
import { measurePage } from '../built-site/page-weight';
import { formatBytes, weightTable } from './bench-report';

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });

const dist = distDirectory();
const weights = readablePages(dist).map((page) => measurePage(dist, page));
const heaviest = weights.reduce((largest, weight) => (weight.firstLoadGzip > largest.firstLoadGzip ? weight : largest));

console.log(`\nPage weight per page type (${weights.length} pages; bytes, "median / max"; gzip at level 6)\n`);
console.log(weightTable(weights));
console.log(
  `\nLargest first load: ${heaviest.path}, ${formatBytes(heaviest.firstLoadGzip)} bytes gzip (HTML ${formatBytes(heaviest.html.gzip)} + CSS ${formatBytes(heaviest.css.gzip)} + JS ${formatBytes(heaviest.js.gzip)}).`,
);
