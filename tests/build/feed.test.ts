import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { site } from '../../src/site.config';
import { loadContent } from '../../src/lib/content-files';
import { builtPages, decodeHtml, distDir, idsIn } from './built-site';

const feedFile = join(distDir, 'changes/feed.xml');
const feedText = readFileSync(feedFile, 'utf8');

interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: string;
  guid: { '#text': string; '@_isPermaLink': string };
}
const channel = (new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(feedText) as { rss: { channel: { title: string; link: string; item?: FeedItem[] } } }).rss.channel;
const items = channel.item ?? [];

/** The built page a URL on the production site leads to, and the fragment it asks for. */
function resolve(url: string): { file: string; fragment: string } {
  const parsed = new URL(url);
  expect(parsed.origin, url).toBe(new URL(site.url).origin);
  return { file: join(distDir, decodeURIComponent(parsed.pathname), 'index.html'), fragment: decodeURIComponent(parsed.hash.slice(1)) };
}

describe('the changes feed', () => {
  // Well-formedness is checked by Chromium's XML parser in tests/e2e/freshness.spec.ts.
  it('is RSS 2.0', () => {
    expect(feedText.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"')).toBe(true);
  });

  it('links its channel to the "What\'s changed" page', () => {
    expect(channel.link).toBe(`${site.url}/changes/`);
  });

  it('has one item for every amendment in the content', () => {
    const amendments = loadContent().entries.reduce((total, entry) => total + ('amendments' in entry.data ? entry.data.amendments.length : 0), 0);
    expect(items.length).toBe(amendments);
  });

  it('lists items newest first', () => {
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("links every item to a built page, and to an id on it when the link has a fragment", () => {
    const broken = items.flatMap((item) => {
      const { file, fragment } = resolve(item.link);
      if (!existsSync(file)) return [`${item.link}: no page`];
      if (fragment && !idsIn(readFileSync(file, 'utf8')).has(fragment)) return [`${item.link}: no id "${fragment}" on the page`];
      return [];
    });
    expect(broken).toEqual([]);
  });

  it("gives every item a unique guid that lands on the change on the \"What's changed\" page", () => {
    const changesIds = idsIn(readFileSync(join(distDir, 'changes/index.html'), 'utf8'));
    const guids = items.map((item) => item.guid['#text']);
    expect([new Set(guids).size, guids.filter((guid) => !changesIds.has(resolve(guid).fragment))]).toEqual([items.length, []]);
  });

  it("is advertised in every page's head", () => {
    const advertised = (html: string) => /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/changes\/feed\.xml">/.test(html.slice(0, html.indexOf('</head>')));
    expect(builtPages().filter((page) => !advertised(page.html)).map((page) => page.path)).toEqual([]);
  });

  it('is linked from the "What\'s changed" page', () => {
    const html = readFileSync(join(distDir, 'changes/index.html'), 'utf8');
    expect(decodeHtml(/<a href="\/changes\/feed\.xml"[^>]*>([^<]*)<\/a>/.exec(html)?.[1] ?? '')).toBe("What's changed RSS feed");
  });
});
