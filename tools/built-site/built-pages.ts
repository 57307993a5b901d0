/**
 * The pages a build produced, read from the output folder itself, so every quality gate (axe,
 * html-validate, budgets, privacy) runs over exactly what readers get and never a hand-picked list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHtml } from './html';

/**
 * - `page`: an ordinary page;
 * - `not-found`: the 404 page a host serves for unknown addresses;
 * - `redirect`: a stub that only sends the browser on (an old slug), with nothing to read.
 */
export type BuiltPageKind = 'page' | 'not-found' | 'redirect';

export interface BuiltPage {
  /** The HTML file, absolute. */
  file: string;
  /** The URL path a host serves it at, such as "/contacts/childline/". */
  path: string;
  kind: BuiltPageKind;
}

/**
 * Whether an HTML document only redirects (a `<meta http-equiv="refresh">` stub).
 * @param html the document's source
 */
export function isRedirectStub(html: string): boolean {
  return parseHtml(html)
    .querySelectorAll('meta[http-equiv]')
    .some((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'refresh');
}

/**
 * The URL path a host serves an HTML file at: `index.html` files at their folder with a trailing
 * slash, other files (such as `404.html`) at their own name.
 * @param relativeFile the file's path inside the output folder, with either separator
 */
export function urlPathFor(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The content editor (`/admin/`, see build/cms/) is a tool for the partnership's editors, not a
 * page for readers: nothing links to it and it is noindex, so the reader-facing gates (axe,
 * html-validate, budgets, privacy, search) leave it out on purpose. tests/e2e/admin.spec.ts
 * and tests/built-site/content-editor.test.ts check it instead.
 */
export const editorFolder = 'admin';

function htmlFilesUnder(folder: string): string[] {
  const editor = join(folder, editorFolder);
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(`${editor}${sep}`));
}

/**
 * Every HTML page in a build output folder, sorted by URL path.
 * @param distDir the build output folder, such as `dist`
 */
export function listBuiltPages(distDir: string): BuiltPage[] {
  const pages = htmlFilesUnder(distDir).map((file): BuiltPage => {
    const path = urlPathFor(relative(distDir, file));
    const kind: BuiltPageKind =
      path === '/404.html' ? 'not-found' : isRedirectStub(readFileSync(file, 'utf8')) ? 'redirect' : 'page';
    return { file, path, kind };
  });
  if (pages.length === 0) throw new Error(`No HTML pages in ${distDir}: run "npm run build" first.`);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The pages a reader can land on and read: ordinary pages and the 404 page, not redirect stubs.
 * @param distDir the build output folder
 */
export function readablePages(distDir: string): BuiltPage[] {
  return listBuiltPages(distDir).filter((page) => page.kind !== 'redirect');
}

/** The build output folder the tests read: `DIST_DIR`, as the build itself uses, or `dist`. */
export function distDirectory(): string {
  return join(process.cwd(), process.env['DIST_DIR'] ?? 'dist');
}
