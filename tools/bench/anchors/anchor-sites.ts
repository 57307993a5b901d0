/**
 * Writes the two sites `npm run bench:anchors` builds from the same generated pages:
 * - this site: the real content plus N guidance entries as plain `.md`, rendered by the site's
 *   own guidance layout (`.bench/anchors/site/content`, built with `CONTENT_DIR` and `DIST_DIR`);
 * - a default Starlight site (`.bench/anchors/starlight`): Starlight's own starter configuration,
 *   the same pages under `src/content/docs/reference/`, installed from the
 *   package.json and lockfile in `tools/bench/anchors/starlight/`, never among the site's dependencies.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../../../build/content/content-files';
import { sentencesFrom } from '../bench-site';
import { anchorPages } from './anchor-pages';

export const benchRoot = '.bench/anchors';
export const siteContent = join(benchRoot, 'site', 'content');
export const siteDist = join(benchRoot, 'site', 'dist');
export const starlightRoot = join(benchRoot, 'starlight');
export const starlightDist = join(starlightRoot, 'dist');
const starlightTemplate = 'tools/bench/anchors/starlight';

/** Where each site puts a generated page. */
export const pagePath = {
  site: (id: string) => `/guidance/${id}/`,
  starlight: (id: string) => `/reference/${id}/`,
};

/** Real sentences from the site's content, so both sites' pages read like this site's. */
function corpus(source: string): string[] {
  const { entries } = loadContent(source);
  return sentencesFrom(entries.filter((entry) => entry.collection !== 'contacts').map((entry) => entry.body));
}

/**
 * This site: the real content plus `count` generated guidance pages.
 * @param count how many pages
 * @param source the real content folder
 */
export function writeSitePages(count: number, source: string): void {
  const sentences = corpus(source);
  rmSync(siteContent, { recursive: true, force: true });
  mkdirSync(siteContent, { recursive: true });
  cpSync(source, siteContent, { recursive: true });
  const audiences = ['parents-carers', 'professionals', 'young-people'];
  anchorPages(count, sentences, pagePath.site).forEach((page, index) => {
    const frontmatter = [
      `title: ${JSON.stringify(page.title)}`,
      `summary: ${JSON.stringify(page.summary)}`,
      `audiences: [${audiences[index % audiences.length]}]`,
      'lastUpdated: 2025-03-14',
    ].join('\n');
    writeFileSync(join(siteContent, 'guidance', `${page.id}.md`), `---\n${frontmatter}\n---\n\n${page.body}`);
  });
}

const starlightConfig = `// Starlight's starter configuration (npm create astro -- --template starlight), unchanged but for the title (groups hold their autogenerate entry since Starlight 0.39).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Online safety',
      sidebar: [
        { label: 'Guides', items: [{ label: 'Example Guide', slug: 'guides/example' }] },
        { label: 'Reference', items: [{ autogenerate: { directory: 'reference' } }] },
      ],
    }),
  ],
});
`;

const starlightContentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * The Starlight site with `count` generated pages; installs its packages the first time.
 * @param count how many pages
 * @param source the real content folder (for the sentences)
 */
export function writeStarlightPages(count: number, source: string): void {
  mkdirSync(starlightRoot, { recursive: true });
  const lockfile = join(starlightTemplate, 'package-lock.json');
  const installedLock = join(starlightRoot, 'node_modules', '.package-lock.json');
  const installed =
    existsSync(installedLock) &&
    readFileSync(join(starlightRoot, 'package-lock.json'), 'utf8') === readFileSync(lockfile, 'utf8');
  if (!installed) {
    copyFileSync(join(starlightTemplate, 'package.json'), join(starlightRoot, 'package.json'));
    copyFileSync(lockfile, join(starlightRoot, 'package-lock.json'));
    console.log('Installing Starlight for the benchmark (npm install in .bench/anchors/starlight, from its lockfile)…');
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: resolve(starlightRoot), encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`Installing Starlight failed:\n${result.stderr}`);
  }
  writeFileSync(join(starlightRoot, 'astro.config.mjs'), starlightConfig);
  const src = join(starlightRoot, 'src');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(join(src, 'content', 'docs', 'reference'), { recursive: true });
  mkdirSync(join(src, 'content', 'docs', 'guides'), { recursive: true });
  writeFileSync(join(src, 'content.config.ts'), starlightContentConfig);
  writeFileSync(
    join(src, 'content', 'docs', 'index.md'),
    '---\ntitle: Online safety\ndescription: Plain advice on keeping children safe online.\n---\n\nStart with the [example guide](/guides/example/).\n',
  );
  writeFileSync(
    join(src, 'content', 'docs', 'guides', 'example.md'),
    '---\ntitle: Example Guide\ndescription: A guide in my new Starlight docs site.\n---\n\nGuides lead a user through a specific task they want to accomplish.\n',
  );
  for (const page of anchorPages(count, corpus(source), pagePath.starlight)) {
    const frontmatter = `title: ${JSON.stringify(page.title)}\ndescription: ${JSON.stringify(page.summary)}`;
    writeFileSync(join(src, 'content', 'docs', 'reference', `${page.id}.md`), `---\n${frontmatter}\n---\n\n${page.body}`);
  }
}
