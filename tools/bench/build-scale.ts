/**
 * `npm run bench` (second half): how the full build (Astro and the Pagefind index) grows with the
 * site. For the real site and for 1,000 and 3,000 generated procedures (tools/bench/generate-site.ts),
 * runs each step of `npm run build` (as package.json defines it: Astro, then the search index)
 * from a cold cache and reports wall time, CPU time and the peak memory of its whole process
 * tree, then the size of one fixed page, to show pages do not grow with the site.
 * Usage: tsx tools/bench/build-scale.ts [sizes…], default 1000 3000
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchProcedureId, writeBenchSite } from './bench-site';
import { contentRoot } from '../../build/content/content-files';
import { listBuiltPages } from '../built-site/built-pages';
import { formatBytes, markdownTable } from './bench-report';
import { measureCommand, type CommandResult } from './measure-command';

type StepResult = CommandResult;

/** The steps of `npm run build`, so the benchmark measures exactly the build readers get. */
const buildSteps =
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['build']
    ?.split('&&')
    .map((step) => step.trim()) ?? [];
if (buildSteps.length === 0) throw new Error('package.json has no build script.');

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stats = statSync(join(folder, file));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
console.log(
  `Load average before the builds: ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs (other work on the machine inflates wall times, not CPU times).`,
);
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0);
const runs = [
  { label: 'real site', procedures: 0 },
  ...(sizes.length > 0 ? sizes : [1000, 3000]).map((procedures) => ({
    label: `+${formatBytes(procedures)} procedures`,
    procedures,
  })),
];
const rows: (string | number)[][] = [];

for (const run of runs) {
  const content = run.procedures > 0 ? `.bench/content-${run.procedures}` : contentRoot();
  if (run.procedures > 0) writeBenchSite(content, contentRoot(), run.procedures);
  const dist = `.bench/dist-${run.procedures}`;
  const cache = `node_modules/.astro-${dist.replaceAll(/[^a-z0-9]+/gi, '-')}`;
  // A cold build: no output and no content cache from an earlier run.
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const env = { CONTENT_DIR: content, DIST_DIR: dist };
  process.stdout.write(`Building ${run.label}… `);
  const steps: StepResult[] = [];
  for (const step of buildSteps) steps.push(await measureCommand(step, { env }));
  const seconds = steps.reduce((sum, step) => sum + step.seconds, 0);
  const pages = listBuiltPages(dist).length;
  // The same generated page in every size of site: its bytes must not change with the site's size.
  const page = join(dist, 'procedures', benchProcedureId(1), 'index.html');
  const procedurePageBytes = run.procedures > 0 && existsSync(page) ? statSync(page).size : undefined;
  const indexBytes = statSync(join(dist, 'procedures', 'index.html')).size;
  console.log(`${pages} pages in ${seconds.toFixed(1)} s`);
  rows.push([
    run.label,
    pages,
    ...steps.flatMap((step) => [step.seconds.toFixed(1), step.cpuSeconds?.toFixed(1) ?? '–', mib(step.peakBytes)]),
    seconds.toFixed(1),
    mib(Math.max(...steps.map((step) => step.peakBytes))),
    mib(folderBytes(join(dist, 'pagefind'))),
    procedurePageBytes === undefined ? '–' : formatBytes(procedurePageBytes),
    formatBytes(indexBytes),
  ]);
}

console.log(
  `\nBuild scale (cold cache; s = wall seconds, CPU = user + system seconds; peak = resident memory of the whole process tree; ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} at the end)\n`,
);
// "node … node_modules/astro/bin/astro.mjs build" → "astro", "node --import tsx build/search-index/build-search-index.ts" → "build-search-index".
const stepNames = buildSteps.map((step) =>
  (step.split(/\s+/).find((word) => !word.startsWith('-') && word !== 'tsx' && word !== 'node') ?? step)
    .replace(/^.*\//, '')
    .replace(/\.m?[jt]s$/, ''),
);
console.log(`Steps: ${buildSteps.map((step, index) => `${index + 1}. \`${step}\``).join(', ')}\n`);
console.log(
  markdownTable(
    [
      'site',
      'pages',
      ...stepNames.flatMap((name) => [`${name} s`, `${name} CPU`, `${name} peak`]),
      'total s',
      'peak',
      'search index',
      `${benchProcedureId(1)} HTML bytes`,
      '/procedures/ HTML bytes',
    ],
    rows,
  ),
);
