import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isRedirectStub, listBuiltPages, readablePages, urlPathFor } from '../../../../tools/built-site/built-pages';

const dist = mkdtempSync(join(tmpdir(), 'built-pages-'));
const page = '<!doctype html><html lang="en-GB"><head><title>A page</title></head><body><main>Text</main></body></html>';
const redirect =
  '<!doctype html><title>Redirecting to: /guidance/bullying-online/</title><meta http-equiv="refresh" content="0;url=/guidance/bullying-online/">';
for (const [file, html] of Object.entries({
  'index.html': page,
  '404.html': page,
  'contacts/childline/index.html': page,
  'guidance/cyberbullying/index.html': redirect,
  'admin/index.html': page,
  '_astro/enhance.js': '',
})) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), html);
}
afterAll(() => rmSync(dist, { recursive: true }));

describe('urlPathFor', () => {
  it('serves an index.html at its folder with a trailing slash', () => {
    expect(urlPathFor('contacts/childline/index.html')).toBe('/contacts/childline/');
  });

  it('serves other HTML files at their own name', () => {
    expect(urlPathFor('404.html')).toBe('/404.html');
  });
});

describe('listBuiltPages', () => {
  it('lists every HTML file by URL path with its kind, sorted', () => {
    expect(listBuiltPages(dist).map(({ path, kind }) => `${path} ${kind}`)).toEqual([
      '/ page',
      '/404.html not-found',
      '/contacts/childline/ page',
      '/guidance/cyberbullying/ redirect',
    ]);
  });

  it('leaves out the content editor at /admin/, which is not a page for readers', () => {
    expect(listBuiltPages(dist).filter((built) => built.path.startsWith('/admin/'))).toEqual([]);
  });

  it('leaves redirect stubs out of the pages a reader can read', () => {
    expect(readablePages(dist).map((built) => built.path)).toEqual(['/', '/404.html', '/contacts/childline/']);
  });

  it('errors if the folder holds no pages, saying to build first', () => {
    const empty = mkdtempSync(join(tmpdir(), 'built-pages-empty-'));
    expect(() => listBuiltPages(empty)).toThrow(`No HTML pages in ${empty}: run "npm run build" first.`);
    rmSync(empty, { recursive: true });
  });
});

describe('isRedirectStub', () => {
  it('recognises a meta refresh page', () => {
    expect(isRedirectStub(redirect)).toBe(true);
  });

  it('does not mistake an ordinary page for one', () => {
    expect(isRedirectStub(page)).toBe(false);
  });
});
