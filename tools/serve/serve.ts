/**
 * Serves `dist/` on localhost the way a static host would: directory indexes, `404.html`, and
 * the headers and redirects in `dist/_headers` and `dist/_redirects`.
 * Usage: tsx tools/serve/serve.ts [--port 4321]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersForPath, parseHeaderRules } from '../../src/lib/pages/content-security-policy';
import { parseRedirects } from '../hosting/redirects-file';

const root = join(process.cwd(), process.env['DIST_DIR'] ?? 'dist');
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > -1 ? process.argv[portFlag + 1] : (process.env['PORT'] ?? 4321));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

function readOptional(file: string): string {
  const path = join(root, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

const headerRules = parseHeaderRules(readOptional('_headers'));
const redirects = new Map(parseRedirects(readOptional('_redirects')).map((redirect) => [redirect.from, redirect]));

function fileFor(pathname: string): string | undefined {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, safe), join(root, safe, 'index.html')];
  return candidates.find((candidate) => candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile());
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  const redirect =
    redirects.get(url.pathname) ?? redirects.get(url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : `${url.pathname}/`);
  if (redirect) {
    response.writeHead(redirect.status, { Location: redirect.to });
    response.end();
    return;
  }
  // Directory URLs without their slash redirect, as static hosts do.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && existsSync(join(root, url.pathname, 'index.html'))) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    response.end();
    return;
  }
  const file = fileFor(url.pathname);
  const status = file ? 200 : 404;
  const body = readFileSync(file ?? join(root, '404.html'));
  const headers = Object.fromEntries(headersForPath(headerRules, url.pathname));
  response.writeHead(status, {
    ...headers,
    'Content-Type': types[file ? extname(file) : '.html'] ?? 'application/octet-stream',
    'Content-Length': body.length,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving the site at http://localhost:${port}/ (press Ctrl+C to stop)`);
});
