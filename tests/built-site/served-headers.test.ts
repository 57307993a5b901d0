import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { headersForPath, parseHeaderRules } from '../../src/lib/pages/content-security-policy';

// tools/serve/serve.ts is what `npm start` and the browser tests use; it must send what a static host
// sends from public/_headers, or the browser tests would pass against weaker headers.
const expected = headersForPath(parseHeaderRules(readFileSync('public/_headers', 'utf8')), '/');
let server: ChildProcess;
let origin = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port.'))));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(join('node_modules', '.bin', 'tsx'), ['tools/serve/serve.ts', '--port', String(port)], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (
      await fetch(`${origin}/`).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`tools/serve/serve.ts did not start on port ${port}.`);
});

afterAll(() => {
  server.kill();
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
});
