import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../src/site.config';
import { loadContent } from '../../build/content/content-files';
import { builtPages, distDir, feedLinkProblems, isRedirectPage, readFeed } from './built-site';
import { parseHtml } from '../../tools/built-site/html';

const feedText = readFileSync(join(distDir, 'changes/feed.xml'), 'utf8');
const feed = readFeed();

// Well-formedness is checked by Chromium's XML parser in tests/e2e/freshness.spec.ts, and links
// to sections by the dated build in tests/built-site/dated-build.test.ts.
describe('the changes feed', () => {
  it('is RSS 2.0', () => {
    expect(feedText.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"')).toBe(true);
  });

  it('links its channel to the "What\'s changed" page', () => {
    expect(feed.link).toBe(`${site.url}/changes/`);
  });

  it('has one item for every amendment in the content', () => {
    const amendments = loadContent().entries.reduce(
      (total, entry) => total + ('amendments' in entry.data ? entry.data.amendments.length : 0),
      0,
    );
    expect(feed.items.length).toBe(amendments);
  });

  it('lists items newest first', () => {
    const dates = feed.items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('links every item to a built page (and section), with a guid that does not claim to be a link', () => {
    expect(feedLinkProblems(site.url)).toEqual([]);
  });

  it('gives every item its own guid', () => {
    expect(new Set(feed.items.map((item) => item.guid['#text'])).size).toBe(feed.items.length);
  });

  it("is advertised in every page's head", () => {
    const advertised = (html: string) =>
      /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/changes\/feed\.xml">/.test(
        html.slice(0, html.indexOf('</head>')),
      );
    expect(
      builtPages()
        .filter((page) => !isRedirectPage(page.html) && !advertised(page.html))
        .map((page) => page.path),
    ).toEqual([]);
  });

  it('is linked from the "What\'s changed" page', () => {
    const html = readFileSync(join(distDir, 'changes/index.html'), 'utf8');
    expect(parseHtml(html).querySelector('a[href="/changes/feed.xml"]')?.text).toBe("What's changed RSS feed");
  });
});
