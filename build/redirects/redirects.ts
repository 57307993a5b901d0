/**
 * Redirects from a page's old slugs to its current address, in two forms: a `_redirects` file
 * for hosts that read one (Netlify, Cloudflare Pages: a real 301), and a small HTML page at each
 * old address for any other host (meta refresh, canonical link and a visible link; no script).
 */
import escapeHtml from 'escape-html';
import { entryPath, entryTitle } from '../../src/lib/content/entries';

export interface PageRedirect {
  /** The old path, for example "/procedures/online-abuse/". */
  from: string;
  /** The current path. */
  to: string;
  /** The page's current title, for the link on the fallback page. */
  title: string;
}

/** The little an entry needs to say where it moved from (any collection's data will do). */
export interface RedirectSource {
  collection: string;
  id: string;
  data: object;
}

function field<T>(data: object, name: string, is: (value: unknown) => value is T): T | undefined {
  const value: unknown = (data as Record<string, unknown>)[name];
  return is(value) ? value : undefined;
}
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/**
 * Every redirect the content asks for, sorted by old path so the file is stable between builds.
 * @param entries the content entries, as `loadContent()` returns them
 */
export function redirectsFrom(entries: readonly RedirectSource[]): PageRedirect[] {
  return entries
    .flatMap((entry) =>
      (field(entry.data, 'oldSlugs', isStringList) ?? []).map((oldSlug) => ({
        from: entryPath(entry.collection, oldSlug),
        to: entryPath(entry.collection, entry.id),
        title: entryTitle(entry),
      })),
    )
    .sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * Lines for a `_redirects` file: each old path with and without its trailing slash, 301.
 * @param redirects from `redirectsFrom`
 */
export function redirectLines(redirects: readonly PageRedirect[]): string {
  return redirects
    .flatMap((redirect) => [`${redirect.from.slice(0, -1)} ${redirect.to} 301`, `${redirect.from} ${redirect.to} 301`])
    .join('\n');
}

export interface RedirectPageOptions {
  /** The site's address without a trailing slash, for the canonical link. */
  siteUrl: string;
  /** Title suffix, for example "Online safety – DDSCP". */
  siteName: string;
  /** The Content-Security-Policy every page carries in its `<meta>`. */
  contentSecurityPolicy: string;
  /** The site's stylesheets, so the page looks like the rest of the site if the refresh waits. */
  stylesheets: readonly string[];
}

/**
 * The HTML page served at an old address on hosts without `_redirects`: it moves the reader on
 * at once (meta refresh), tells search engines the new address (canonical), and shows a link in
 * case the browser does not follow the refresh.
 * @param redirect the old and new paths and the page title
 * @param options the site's address, name, policy and stylesheets
 */
export function redirectPage(redirect: PageRedirect, options: RedirectPageOptions): string {
  const to = escapeHtml(redirect.to);
  const title = escapeHtml(redirect.title);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.contentSecurityPolicy)}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${to}">
<title>This page has moved – ${escapeHtml(options.siteName)}</title>
<link rel="canonical" href="${escapeHtml(options.siteUrl)}${to}">
${options.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
</head>
<body>
<main class="mx-auto max-w-5xl px-4 py-8">
<h1 class="text-3xl font-bold">This page has moved</h1>
<p class="mt-4">It is now at <a href="${to}">${title}</a>. Please update any bookmark or link to it.</p>
</main>
</body>
</html>
`;
}
