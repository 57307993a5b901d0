import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { headersForPath, parseHeaderRules } from '../../src/lib/pages/content-security-policy';
import { parseRedirects } from '../../tools/hosting/redirects-file';
import { changesFeedPath } from '../../src/lib/content/changes';

// tools/serve/serve.ts is what `npm start` and the browser tests use; it must send what a static host
// sends from public/_headers, or the browser tests would pass against weaker headers, and no request
// may stop it.
const rules = parseHeaderRules(readFileSync('public/_headers', 'utf8'));
const expected = headersForPath(rules, '/');
const securityHeaders = [...expected.keys()].filter((name) => name !== 'Cache-Control');
const servers: ChildProcess[] = [];
let port = 0;
let origin = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port.'))));
    });
  });
}

/** Starts tools/serve/serve.ts on a free port, serving `distDir` (relative to the repository). */
async function startServer(distDir?: string): Promise<{ port: number; origin: string }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = distDir ? { ...process.env, DIST_DIR: distDir } : process.env;
  servers.push(
    spawn(join('node_modules', '.bin', 'tsx'), ['tools/serve/serve.ts', '--port', String(port)], { stdio: 'ignore', env }),
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (
      await fetch(`${origin}/`).then(
        () => true,
        () => false,
      )
    )
      return { port, origin };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`tools/serve/serve.ts did not start on port ${port}.`);
}

/** Sends bytes as they are, for requests fetch() would refuse or tidy up; resolves with the status line and headers. */
function rawRequest(text: string): Promise<{ status: number; head: string }> {
  return new Promise((resolve, reject) => {
    let data = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    const finish = () => {
      const head = data.split('\r\n\r\n')[0] ?? '';
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head });
    };
    socket.setEncoding('latin1');
    socket.setTimeout(5000, () => socket.destroy(new Error('No answer within 5 s.')));
    socket.on('data', (chunk: string) => {
      data += chunk;
      if (data.includes('\r\n\r\n')) {
        socket.destroy();
        finish();
      }
    });
    socket.on('error', reject);
    socket.on('close', finish);
  });
}

const request = (target: string, headers = 'Host: localhost\r\n', method = 'GET') =>
  rawRequest(`${method} ${target} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`);

const homeStatus = () => fetch(`${origin}/`).then((response) => response.status);

beforeAll(async () => {
  ({ port, origin } = await startServer());
});

afterAll(() => {
  for (const server of servers) server.kill();
});

describe('the headers tools/serve/serve.ts sends', () => {
  for (const path of ['/', '/contacts/', '/no-such-page/']) {
    it(`sends every security header from public/_headers for ${path}`, async () => {
      const response = await fetch(`${origin}${path}`);
      const sent = Object.fromEntries([...expected.keys()].map((name) => [name, response.headers.get(name)]));
      expect(sent).toEqual(Object.fromEntries(expected));
    });
  }

  it('sends the policy with frame-ancestors, which the page <meta> cannot carry', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  });

  it('sends Strict-Transport-Security', async () => {
    expect((await fetch(`${origin}/`)).headers.get('Strict-Transport-Security')).toBe('max-age=31536000');
  });

  it("allows WebAssembly on /search/, the search worker and Pagefind's files, and not on other pages", async () => {
    const policy = async (path: string) => (await fetch(`${origin}${path}`)).headers.get('Content-Security-Policy') ?? '';
    expect(await policy('/search/')).toContain("'wasm-unsafe-eval'");
    expect(await policy('/pagefind/pagefind-worker.js')).toContain("'wasm-unsafe-eval'");
    const [searchWorker] = readdirSync('dist/_astro/workers');
    expect(await policy(`/_astro/workers/${searchWorker}`)).toContain("'wasm-unsafe-eval'");
    expect(await policy('/')).not.toContain("'wasm-unsafe-eval'");
    expect(await policy('/contacts/')).not.toContain("'wasm-unsafe-eval'");
  });

  const oldSlug = parseRedirects(readFileSync('dist/_redirects', 'utf8'))[0];
  const answers: [string, () => Promise<{ status: number; head: string }>][] = [
    ['an old address redirected by _redirects', () => request(oldSlug?.from ?? '/')],
    ['a folder address without its slash', () => request('/contacts')],
    ['an address that cannot be decoded', () => request('/%E0%A4%A')],
    ['a POST', () => request('/', 'Host: localhost\r\nContent-Length: 0\r\n', 'POST')],
    ['a page that does not exist', () => request('/no-such-page/')],
  ];
  for (const [name, send] of answers) {
    it(`sends the security headers with ${name}`, async () => {
      const { head } = await send();
      for (const header of securityHeaders) expect(head.toLowerCase()).toContain(`\r\n${header.toLowerCase()}: `);
    });
  }
});

describe('what tools/serve/serve.ts answers', () => {
  const badRequests: [string, () => Promise<{ status: number; head: string }>, number][] = [
    ['an address that cannot be decoded', () => request('/%E0%A4%A'), 400],
    ['an address with a null byte', () => request('/%00'), 400],
    ['a target that is not an address', () => request('garbage'), 400],
    ['an unreadable Host header', () => request('/', 'Host: a b\u00ff c\r\n'), 200],
    ['no Host header', () => request('/', ''), 400],
    ['an absolute-form address', () => request('http://evil.example/contacts/'), 200],
    ['an address that starts with two slashes', () => request('//evil.example/'), 404],
    ['an unknown method', () => request('/', 'Host: localhost\r\n', 'BREW'), 400],
    ['a broken Content-Length', () => request('/', 'Host: localhost\r\nContent-Length: many\r\n'), 400],
    ['POST', () => request('/', 'Host: localhost\r\nContent-Length: 0\r\n', 'POST'), 405],
    ['PUT', () => request('/contacts/', 'Host: localhost\r\nContent-Length: 0\r\n', 'PUT'), 405],
    ['DELETE', () => request('/', 'Host: localhost\r\n', 'DELETE'), 405],
    ['OPTIONS', () => request('/', 'Host: localhost\r\n', 'OPTIONS'), 405],
    ['a path that climbs out of dist/', () => request('/../../../etc/passwd'), 404],
    ['an encoded path that climbs out of dist/', () => request('/..%2f..%2f..%2fetc%2fpasswd'), 404],
    ['the _headers file', () => request('/_headers'), 404],
    ['the _redirects file', () => request('/_redirects'), 404],
  ];
  for (const [name, send, status] of badRequests) {
    it(`answers ${name} with ${status}, then still answers GET / with 200`, async () => {
      expect((await send()).status).toBe(status);
      expect(await homeStatus()).toBe(200);
    });
  }

  it('names the methods it allows when it refuses one', async () => {
    expect((await request('/', 'Host: localhost\r\nContent-Length: 0\r\n', 'POST')).head).toContain('\r\nAllow: GET, HEAD');
  });

  it('never redirects to a protocol-relative address, which would leave the site', async () => {
    expect((await request('/.//contacts')).head).toMatch(/\r\nLocation: \/contacts\/\r\n/);
    expect((await request('/\\contacts')).head).toMatch(/\r\nLocation: \/contacts\/\r\n/);
    expect((await request('//contacts')).head).toMatch(/\r\nLocation: \/contacts\/\r\n/);
  });

  it('caches a real hashed asset for a year, and answers a missing one with an uncached 404', async () => {
    const asset = readdirSync('dist/_astro').find((name) => name.endsWith('.css'));
    const real = await fetch(`${origin}/_astro/${asset}`);
    expect([real.status, real.headers.get('Cache-Control')]).toEqual([200, 'public, max-age=31536000, immutable']);
    const missing = await fetch(`${origin}/_astro/missing.DtJvkaup.css`);
    expect([missing.status, missing.headers.get('Cache-Control')]).toEqual([404, 'no-store']);
  });

  it('serves the search worker as built with the search page’s policy, which lets it compile Pagefind’s WebAssembly', async () => {
    const workers = readdirSync('dist/_astro/workers');
    expect(workers.length).toBeGreaterThan(0);
    const policies = await Promise.all(
      workers.map(async (worker) => (await fetch(`${origin}/_astro/workers/${worker}`)).headers.get('Content-Security-Policy')),
    );
    const searchPolicy = (await fetch(`${origin}/search/`)).headers.get('Content-Security-Policy');
    expect(searchPolicy).toContain("'wasm-unsafe-eval'");
    expect(policies).toEqual(workers.map(() => searchPolicy));
  });

  it('has the browser check a search fragment or index chunk again, as their names are reused by the next build', async () => {
    const cacheOf = async (path: string) => (await fetch(`${origin}${path}`)).headers.get('Cache-Control');
    const first = (folder: string) => readdirSync(`dist/pagefind/${folder}`)[0];
    expect([
      await cacheOf(`/pagefind/fragment/${first('fragment')}`),
      await cacheOf(`/pagefind/index/${first('index')}`),
      await cacheOf(`/pagefind/filter/${first('filter')}`),
      await cacheOf('/pagefind/pagefind.js'),
    ]).toEqual(['no-cache', 'no-cache', 'no-cache', 'public, max-age=3600']);
  });

  for (const encoding of ['gzip', 'br']) {
    it(`compresses pages with ${encoding} and sends ETag and Last-Modified`, async () => {
      const response = await fetch(`${origin}/contacts/`, { headers: { 'Accept-Encoding': encoding } });
      expect(response.headers.get('Content-Encoding')).toBe(encoding);
      expect(response.headers.get('ETag')).toMatch(/^(W\/)?"/);
      expect(new Date(response.headers.get('Last-Modified') ?? '').getTime()).toBeGreaterThan(0);
      expect(await response.text()).toContain('<h1');
    });
  }

  it('answers a request for a page the browser has with 304', async () => {
    const etag = (await fetch(`${origin}/contacts/`)).headers.get('ETag') ?? '';
    // Raw, because fetch() adds "Cache-Control: no-cache" to a conditional request, which asks for the whole page.
    expect((await request('/contacts/', `Host: localhost\r\nIf-None-Match: ${etag}\r\n`)).status).toBe(304);
  });

  it('names the type and character set of pages, scripts and the feed', async () => {
    const type = async (path: string) => (await fetch(`${origin}${path}`)).headers.get('Content-Type');
    const script = readdirSync('dist/_astro').find((name) => name.endsWith('.js'));
    expect([await type('/'), await type(`/_astro/${script}`), await type(changesFeedPath)]).toEqual([
      'text/html; charset=utf-8',
      'text/javascript; charset=utf-8',
      'application/xml; charset=utf-8',
    ]);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await fetch(`${origin}/contacts/`, { method: 'HEAD' });
    expect([response.status, await response.text()]).toEqual([200, '']);
  });

  it('answers with a plain 404 while dist/404.html is missing, as during a rebuild', async () => {
    const partial = 'node_modules/.cache/served-without-404';
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    copyFileSync('dist/index.html', join(partial, 'index.html'));
    copyFileSync('dist/_headers', join(partial, '_headers'));
    const other = await startServer(partial);
    const response = await fetch(`${other.origin}/no-such-page/`);
    expect([response.status, response.headers.get('Content-Type'), await response.text()]).toEqual([
      404,
      'text/plain; charset=utf-8',
      'Not found\n',
    ]);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await fetch(`${other.origin}/`)).status).toBe(200);
  });

  it('answers 2,000 requests, 200 at a time, without an error', async () => {
    const paths = ['/', '/contacts/', '/search/', '/no-such-page/', '/contacts', '/pagefind/pagefind.js'];
    const outcomes: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < 2000) {
        const path = paths[next % paths.length] ?? '/';
        next += 1;
        try {
          const response = await fetch(`${origin}${path}`, { redirect: 'manual', headers: { 'Accept-Encoding': 'gzip, br' } });
          await response.arrayBuffer();
          outcomes.push(response.status >= 500 ? `${path}: ${response.status}` : 'ok');
        } catch (error) {
          outcomes.push(`${path}: ${String(error)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 200 }, worker));
    expect(outcomes.filter((outcome) => outcome !== 'ok')).toEqual([]);
    expect(outcomes).toHaveLength(2000);
    expect(await homeStatus()).toBe(200);
  }, 60_000);
});
