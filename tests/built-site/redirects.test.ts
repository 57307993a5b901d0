import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../build/content/content-files';
import { redirectsFrom } from '../../build/redirects/redirects';
import { parseRedirects } from '../../tools/hosting/redirects-file';
import { site } from '../../src/site.config';
import { distDir, readDist } from './dist-files';

const expected = redirectsFrom(loadContent().entries);
const { pages } = readDist();

describe('redirects from old slugs', () => {
  it('has at least one old slug in the content to redirect', () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  it('lists every old slug in dist/_redirects as a 301 to the page’s address', () => {
    const lines = parseRedirects(readFileSync(join(distDir, '_redirects'), 'utf8'));
    const missing = expected.filter(
      (redirect) => !lines.some((line) => line.from === redirect.from && line.to === redirect.to && line.status === 301),
    );
    expect(missing).toEqual([]);
  });

  it('writes an HTML page at every old address that refreshes to the new one', () => {
    const broken = expected.filter((redirect) => {
      const html = pages.get(redirect.from) ?? '';
      return (
        !html.includes(`<meta http-equiv="refresh" content="0; url=${redirect.to}">`) ||
        !html.includes(`<link rel="canonical" href="${site.url}${redirect.to}">`) ||
        !html.includes(`<a href="${redirect.to}">`)
      );
    });
    expect(broken).toEqual([]);
  });
});
