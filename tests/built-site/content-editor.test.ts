import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentSecurityPolicy, headersForPath, parseHeaderRules } from '../../src/lib/pages/content-security-policy';
import { builtPages, distDir } from './built-site';

const admin = join(distDir, 'admin');
const html = readFileSync(join(admin, 'index.html'), 'utf8');
const headersText = readFileSync('public/_headers', 'utf8');
const editorHeaders = headersForPath(parseHeaderRules(headersText), '/admin/');
const sitemapUrls = readdirSync(distDir)
  .filter((name) => name.startsWith('sitemap-') && name.endsWith('.xml'))
  .flatMap((name) =>
    [...readFileSync(join(distDir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? ''),
  );

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the content editor in the build', () => {
  it('is at /admin/ with its configuration and its own copy of Sveltia CMS', () => {
    expect(
      ['index.html', 'config.yml', 'editor-components.json', 'admin.js', 'sveltia-cms.js'].filter(
        (file) => !existsSync(join(admin, file)),
      ),
    ).toEqual([]);
  });

  it('loads its scripts and configuration from /admin/ only', () => {
    const addresses = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(addresses.filter((address) => !address.startsWith('/admin/'))).toEqual([]);
  });

  it('names no font or script on another site in its own script', () => {
    const script = readFileSync(join(admin, 'sveltia-cms.js'), 'utf8');
    expect(script.match(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^)`'"]+/g) ?? []).toEqual([]);
  });

  it('asks search engines not to index it, in the page and in the header', () => {
    expect([html.includes('<meta name="robots" content="noindex, nofollow" />'), editorHeaders.get('X-Robots-Tag')]).toEqual([
      true,
      'noindex, nofollow',
    ]);
  });

  it('is linked from no public page and listed in no sitemap', () => {
    const linking = builtPages()
      .filter((page) => /href="(?:https?:\/\/[^"/]+)?\/admin\//.test(page.html))
      .map((page) => page.path);
    expect([linking, sitemapUrls.filter((url) => new URL(url).pathname.startsWith('/admin'))]).toEqual([[], []]);
  });

  it('has a policy allowing only its own files and the git hosts’ APIs', () => {
    const policy = editorHeaders.get('Content-Security-Policy') ?? '';
    const otherSites = [...policy.matchAll(/https:\/\/[^\s;]+/g)].map((match) => match[0]);
    expect([policy.includes("script-src 'self';"), policy.includes('unsafe-eval'), otherSites]).toEqual([
      true,
      false,
      ['https://api.github.com', 'https://gitlab.com'],
    ]);
  });

  it("leaves the public pages' policy as it was", () => {
    expect(contentSecurityPolicy(headersText)).not.toContain('unsafe-inline');
  });

  it('writes a configuration the editor can read, with the partnership’s site address', () => {
    const config = parse(readFileSync(join(admin, 'config.yml'), 'utf8')) as { publish_mode: string; collections: unknown[] };
    expect([config.publish_mode, config.collections.length]).toEqual(['editorial_workflow', 9]);
  });

  it('weighs what it weighs (reported, so a change in size shows in review)', () => {
    const files = filesUnder(admin);
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    console.log(`Content editor: ${files.length} files, ${bytes} bytes, ${gzip} bytes gzip`);
    // Sveltia CMS's script is about 0.64 MB gzip and its fonts 0.84 MB; nothing a reader loads.
    expect(gzip).toBeLessThan(1_700_000);
  });
});
