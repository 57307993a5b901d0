/**
 * The request handler behind `npm start` and `npm run serve`: `dist/` served the way a static host
 * serves it, with the headers and redirects from `dist/_headers` and `dist/_redirects`.
 * serve-static streams the files (ETag, Last-Modified, ranges, safe paths) and compression
 * gzips or Brotli-compresses them; this module adds the host's rules around them and makes sure
 * no request, however malformed, can stop the server.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import compression from 'compression';
import serveStatic from 'serve-static';
import { headersForPath, parseHeaderRules } from '../../src/lib/pages/content-security-policy';
import { parseRedirects } from '../hosting/redirects-file';

/** Files a static host reads for its rules and never serves. */
const hostFiles = new Set(['/_headers', '/_redirects']);

/**
 * The path of a request's address with dot segments resolved, backslashes read as slashes (as
 * browsers read them) and repeated slashes made one, so a redirect built from it can never start
 * with "//" and send a reader to another site. Undefined for an address that cannot be read.
 * @param target the request target: "/path?query", or an absolute "http://host/path"
 */
export function requestAddress(target: string | undefined): { path: string; search: string } | undefined {
  if (!target) return undefined;
  let url: URL;
  try {
    // Joined, not resolved: resolving would read "//host/path" as another host.
    url = new URL(target.startsWith('/') ? `http://localhost${target}` : target);
    if (!target.startsWith('/') && url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const decoded = decodeURIComponent(url.pathname);
    if (decoded.includes('\0')) return undefined;
  } catch {
    return undefined;
  }
  return { path: url.pathname.replaceAll(/\/{2,}/g, '/'), search: url.search };
}

function readOptional(root: string, file: string): string {
  const path = join(root, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** True when a request path names a folder of the site that has an index page. */
function isPageFolder(root: string, path: string): boolean {
  const folder = join(root, decodeURIComponent(path));
  if (!folder.startsWith(join(root, '/'))) return false;
  try {
    return statSync(folder).isDirectory() && existsSync(join(folder, 'index.html'));
  } catch {
    return false;
  }
}

function plain(response: ServerResponse, status: number, text: string, request: IncomingMessage): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : `${text}\n`);
}

/**
 * A handler for `http.createServer` that serves a built site.
 * @param root the built site, `dist/`
 */
export function siteHandler(root: string): (request: IncomingMessage, response: ServerResponse) => void {
  const rules = parseHeaderRules(readOptional(root, '_headers'));
  const redirects = new Map(parseRedirects(readOptional(root, '_redirects')).map((redirect) => [redirect.from, redirect]));
  const compress = compression();
  // The cleaned path of each response's request, for the Cache-Control rule of the file sent.
  const paths = new WeakMap<ServerResponse, string>();
  const files = serveStatic(root, {
    index: ['index.html'],
    // Directory redirects are made here, from the cleaned path; serve-static would use the raw one.
    redirect: false,
    dotfiles: 'ignore',
    // Caching comes from the _headers rules, and only for a file that is really there.
    cacheControl: false,
    setHeaders: (response, file) => {
      // The feed and sitemaps are UTF-8; the type library names no charset for XML.
      if (extname(file) === '.xml') response.setHeader('Content-Type', 'application/xml; charset=utf-8');
      const cache = headersForPath(rules, paths.get(response) ?? '/').get('Cache-Control');
      if (cache) response.setHeader('Cache-Control', cache);
    },
  });

  function notFound(request: IncomingMessage, response: ServerResponse): void {
    const page = join(root, '404.html');
    // The page goes missing while the site is rebuilt; a plain answer does then.
    if (!existsSync(page)) return plain(response, 404, 'Not found', request);
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(page)
      .on('error', () => response.destroy())
      .pipe(response);
  }

  function redirect(response: ServerResponse, status: number, location: string): void {
    response.writeHead(status, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end();
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const address = requestAddress(request.url);
    for (const [name, value] of headersForPath(rules, address?.path ?? '/'))
      if (name.toLowerCase() !== 'cache-control') response.setHeader(name, value);
    if (!address) return plain(response, 400, 'Bad request: the address cannot be read.', request);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return plain(response, 405, 'Method not allowed: this site only answers GET and HEAD.', request);
    }
    const { path, search } = address;
    const rule = redirects.get(path) ?? redirects.get(path.endsWith('/') ? path.slice(0, -1) : `${path}/`);
    if (rule) return redirect(response, rule.status, rule.to);
    if (hostFiles.has(path)) return notFound(request, response);
    // Directory addresses without their slash redirect, as static hosts do.
    if (!path.endsWith('/') && isPageFolder(root, path)) return redirect(response, 301, `${path}/${search}`);

    paths.set(response, path);
    request.url = `${path}${search}`;
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {
      files(request, response, (error?: unknown) => {
        if (!error) return notFound(request, response);
        const status = (error as { status?: number }).status ?? 500;
        if (status === 404) return notFound(request, response);
        plain(response, status, status < 500 ? 'Bad request.' : 'The file could not be read.', request);
      });
    });
  }

  return (request, response) => {
    try {
      handle(request, response);
    } catch {
      plain(response, 500, 'The request could not be answered.', request);
    }
  };
}
