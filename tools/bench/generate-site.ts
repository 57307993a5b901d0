/**
 * Writes a benchmark content folder: the real content plus N generated procedures.
 * Usage: tsx tools/bench/generate-site.ts <procedures> [target folder, default .bench/content-<procedures>]
 * The logic is `writeBenchSite` in tools/bench/bench-site.ts, for other benchmarks to reuse.
 */
import { writeBenchSite } from './bench-site';
import { contentRoot } from '../../build/content/content-files';

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 1) {
  console.error('Usage: tsx tools/bench/generate-site.ts <number of procedures> [target folder]');
  process.exit(1);
}
const target = process.argv[3] ?? `.bench/content-${count}`;
const ids = writeBenchSite(target, contentRoot(), count);
console.log(`Wrote ${target}: the real content plus ${ids.length} generated procedures.`);
