import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks, duplicateIds, formatLinkProblem } from '../../tools/built-site/link-check';
import { parseRedirects } from '../../tools/hosting/redirects-file';
import { site } from '../../src/site.config';
import { distDir, readDist } from './dist-files';

const { pages, assets } = readDist();
const redirectsFile = join(distDir, '_redirects');
const redirects = new Map(
  parseRedirects(existsSync(redirectsFile) ? readFileSync(redirectsFile, 'utf8') : '').map((redirect) => [
    redirect.from,
    redirect.to,
  ]),
);

describe('links in the built site', () => {
  it('reads every page the build wrote', () => {
    expect([pages.has('/'), pages.has('/404.html'), pages.size > 10]).toEqual([true, true, true]);
  });

  it('sends every internal link to a page that exists and every #fragment to an id on it', () => {
    expect(checkLinks({ pages, assets, redirects, origin: site.url }).map(formatLinkProblem)).toEqual([]);
  });

  it('gives every id on a page to one element only, so a fragment names one place', () => {
    expect(duplicateIds(pages).map(({ page, id, count }) => `${page}: id "${id}" is used ${count} times`)).toEqual([]);
  });
});
