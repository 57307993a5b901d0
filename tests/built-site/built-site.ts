/** Reading the built site in tests: its pages, their head tags and their ids. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDirectory, isRedirectStub, listBuiltPages } from '../../tools/built-site/built-pages';
import { XMLParser } from 'fast-xml-parser';
import { parseHtml } from '../../tools/built-site/html';

export const distDir = distDirectory();

export interface BuiltPage {
  /** The URL path, for example "/guidance/getting-help/" or "/404.html". */
  path: string;
  html: string;
}

/** Every HTML page in a built site (none when it has not been built), with its source. */
export function builtPages(root: string = distDir): BuiltPage[] {
  if (!existsSync(root)) return [];
  return listBuiltPages(root).map((page) => ({ path: page.path, html: readFileSync(page.file, 'utf8') }));
}

/** Whether a built page only sends readers elsewhere (a redirect left at an old address). */
export const isRedirectPage = isRedirectStub;

/** Whether a page asks search engines not to index it. */
export function isNoindex(html: string): boolean {
  return parseHtml(html)
    .querySelectorAll('meta[name="robots"]')
    .some((meta) => /noindex/i.test(meta.getAttribute('content') ?? ''));
}

/** The content of the `<meta>` tag with this `property` or `name`, if there is exactly one. */
export function metaContent(html: string, key: string): string | undefined {
  const matches = parseHtml(html)
    .querySelectorAll('meta')
    .filter((meta) => meta.getAttribute('property') === key || meta.getAttribute('name') === key);
  return matches.length === 1 ? matches[0]?.getAttribute('content') : undefined;
}

/** Every id in a page. */
export function idsIn(html: string): Set<string> {
  return new Set(
    parseHtml(html)
      .querySelectorAll('[id]')
      .map((element) => element.getAttribute('id') ?? ''),
  );
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: string;
  guid: { '#text': string; '@_isPermaLink': string };
}

/** The channel of the changes feed in a built site. */
export function readFeed(root: string = distDir): { title: string; link: string; items: FeedItem[] } {
  const text = readFileSync(join(root, 'changes/feed.xml'), 'utf8');
  const channel = (
    new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(text) as {
      rss: { channel: { title: string; link: string; item?: FeedItem[] } };
    }
  ).rss.channel;
  return { title: channel.title, link: channel.link, items: channel.item ?? [] };
}

/**
 * Links in the feed that lead nowhere in the built site: each item's link must be a built page
 * on the production site (and an id on it, when it has a fragment). Guids are ids, not links
 * (`/changes/` is paged, so a change's place on it moves), and must not claim to be links.
 * @param siteUrl the production site's URL
 * @param root the built site
 */
export function feedLinkProblems(siteUrl: string, root: string = distDir): string[] {
  const resolve = (url: string) => {
    const parsed = new URL(url);
    return {
      origin: parsed.origin,
      file: join(root, decodeURIComponent(parsed.pathname), 'index.html'),
      fragment: decodeURIComponent(parsed.hash.slice(1)),
    };
  };
  return readFeed(root).items.flatMap((item) => {
    const link = resolve(item.link);
    if (item.guid['@_isPermaLink'] !== 'false') return [`${item.guid['#text']}: a guid that claims to be a link`];
    if (link.origin !== new URL(siteUrl).origin) return [`${item.link}: not on ${siteUrl}`];
    if (!existsSync(link.file)) return [`${item.link}: no page`];
    if (link.fragment && !idsIn(readFileSync(link.file, 'utf8')).has(link.fragment))
      return [`${item.link}: no id "${link.fragment}" on the page`];
    return [];
  });
}
