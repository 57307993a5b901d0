/**
 * After the build, writes the redirects from old slugs: lines added to `dist/_redirects` and an
 * HTML page at each old address (see `build/redirects/redirects.ts`). Runs on the built files, so the
 * redirect pages stay out of the sitemap and the page routes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../content/content-files';
import { redirectLines, redirectPage, redirectsFrom } from './redirects';
import { contentSecurityPolicy, metaPolicy } from '../../src/lib/pages/content-security-policy';
import { parse } from 'node-html-parser';

/** The stylesheets a built page links to, so the redirect pages can share them. */
function stylesheetsOf(html: string): string[] {
  return parse(html)
    .querySelectorAll('link[rel="stylesheet"][href]')
    .map((link) => link.getAttribute('href') ?? '');
}

/**
 * @param site the site's address (no trailing slash) and the title suffix its pages use
 */
export function oldSlugRedirects(site: { url: string; name: string }): AstroIntegration {
  return {
    name: 'old-slug-redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const redirects = redirectsFrom(loadContent().entries);
        if (redirects.length === 0) return;
        const sample = [join(out, '404.html'), join(out, 'index.html')].find((file) => existsSync(file));
        const options = {
          siteUrl: site.url,
          siteName: site.name,
          contentSecurityPolicy: metaPolicy(contentSecurityPolicy(readFileSync(join(process.cwd(), 'public/_headers'), 'utf8'))),
          stylesheets: sample ? stylesheetsOf(readFileSync(sample, 'utf8')) : [],
        };
        for (const redirect of redirects) {
          const folder = join(out, redirect.from);
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, 'index.html'), redirectPage(redirect, options));
        }
        const file = join(out, '_redirects');
        const existing = existsSync(file) ? `${readFileSync(file, 'utf8').trimEnd()}\n\n` : '';
        writeFileSync(
          file,
          `${existing}# Old slugs (oldSlugs in content/), written by the build.\n${redirectLines(redirects)}\n`,
        );
        logger.info(`${redirects.length} redirect(s) from old slugs written.`);
      },
    },
  };
}
