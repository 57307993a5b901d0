/**
 * What a built page costs a reader on first load: its HTML, the stylesheets it links and the
 * scripts it runs (with every module those import statically), raw and gzip-compressed. Bytes
 * in `dist/` are deterministic, so the budgets in `tests/built-site/budgets.test.ts` and the
 * benchmark in `tools/bench/pages.ts` share this one measurement.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from './built-pages';
import { parseHtml } from './html';
import { sitePaths } from '../../src/lib/pages/site-paths';
import { sectionPath } from '../../src/lib/content/entries';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface AssetReferences {
  /** `<link rel="stylesheet">` addresses, in document order. */
  stylesheets: string[];
  /** `<script src>` and `<link rel="modulepreload">` addresses, in document order. */
  scripts: string[];
  /** The text of every `<script>` without a `src`, with its type ("" when it has none). */
  inlineScripts: { type: string; text: string }[];
}

export interface PageWeight {
  path: string;
  type: PageType;
  html: Bytes;
  css: Bytes;
  /** Every script the page runs on load, including modules they import statically. */
  js: Bytes;
  stylesheets: string[];
  scripts: string[];
  /** HTML + CSS + JS, each compressed on its own as a host sends them. */
  firstLoadGzip: number;
}

export type PageType =
  'home' | 'procedure' | 'legislation' | 'risk' | 'contact' | 'contact directory' | 'guidance' | 'search' | 'index' | 'other';

/**
 * Compressed size as a host sends it: gzip at zlib's default level 6, the usual setting of
 * Netlify, Cloudflare and tuned nginx; brotli, where a host uses it, is smaller still.
 * @param content the file's bytes or text
 */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 6 }).length;
}

/**
 * The stylesheets and scripts a page loads, read from its HTML.
 * @param html the page's source
 */
export function assetReferences(html: string): AssetReferences {
  const references: AssetReferences = { stylesheets: [], scripts: [], inlineScripts: [] };
  const document = parseHtml(html);
  for (const link of document.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (!href) continue;
    if (rel.includes('stylesheet')) references.stylesheets.push(href);
    if (rel.includes('modulepreload')) references.scripts.push(href);
  }
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) references.scripts.push(src);
    else references.inlineScripts.push({ type: script.getAttribute('type') ?? '', text: script.rawText });
  }
  return references;
}

/**
 * The modules a bundled script imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from`), which the browser fetches before running it. Dynamic `import()` is not
 * included: it loads later, on demand.
 * @param js a module's source as the bundler wrote it
 */
export function staticImports(js: string): string[] {
  const specifiers = new Set<string>();
  for (const match of js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
    specifiers.add(match[1] ?? '');
  }
  return [...specifiers];
}

/**
 * A script and every module it imports statically, as site paths, each once.
 * @param entries the scripts' site paths, such as "/_astro/enhance.js"
 * @param read returns a site path's text
 */
export function scriptClosure(entries: readonly string[], read: (sitePath: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (sitePath: string) => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    for (const specifier of staticImports(read(sitePath))) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) visit(posix.resolve(posix.dirname(sitePath), specifier));
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

/**
 * The kind of page at a URL path, for reporting weight per page type.
 * @param path a URL path such as "/procedures/domestic-abuse/"
 */
export function pageType(path: string): PageType {
  if (path === '/') return 'home';
  if (path === sitePaths.search) return 'search';
  if (path === sectionPath('contacts')) return 'contact directory';
  const match = /^\/(procedures|legislation|risks|contacts|guidance)\/([^/]+)\/$/.exec(path);
  const types: Record<string, PageType> = {
    procedures: 'procedure',
    legislation: 'legislation',
    risks: 'risk',
    contacts: 'contact',
    guidance: 'guidance',
  };
  if (match) return types[match[1] ?? ''] ?? 'other';
  if (/^\/[^/]+\/$/.test(path)) return 'index';
  return 'other';
}

function bytesOf(contents: readonly Uint8Array[]): Bytes {
  return {
    raw: contents.reduce((sum, content) => sum + content.length, 0),
    gzip: contents.reduce((sum, content) => sum + gzipSize(content), 0),
  };
}

/**
 * Measures one built page: its HTML, linked CSS and the JS it runs on load.
 * @param distDir the build output folder
 * @param page from `listBuiltPages`
 */
export function measurePage(distDir: string, page: BuiltPage): PageWeight {
  const html = readFileSync(page.file);
  const references = assetReferences(html.toString('utf8'));
  const local = (sitePath: string) => {
    if (!sitePath.startsWith('/') || sitePath.startsWith('//'))
      throw new Error(`${page.path} loads ${sitePath}, which is not on this site.`);
    return join(distDir, sitePath.split(/[?#]/)[0] ?? '');
  };
  const scripts = scriptClosure(references.scripts, (sitePath) => readFileSync(local(sitePath), 'utf8'));
  const css = bytesOf(references.stylesheets.map((href) => readFileSync(local(href))));
  const js = bytesOf([
    ...scripts.map((src) => readFileSync(local(src))),
    ...references.inlineScripts
      .filter((script) => script.type !== 'application/ld+json')
      .map((script) => Buffer.from(script.text)),
  ]);
  const htmlBytes = bytesOf([html]);
  return {
    path: page.path,
    type: pageType(page.path),
    html: htmlBytes,
    css,
    js,
    stylesheets: references.stylesheets,
    scripts,
    firstLoadGzip: htmlBytes.gzip + css.gzip + js.gzip,
  };
}

/**
 * The median of some numbers (the mean of the middle two for an even count).
 * @param values at least one number
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median() needs at least one value.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
