/**
 * What a link preview needs: Open Graph and Twitter tags (read by Teams, Outlook, Slack and social
 * sites) and a schema.org JSON-LD block (read by search engines), computed once for every page.
 */
import { isoDay } from '../content/dates';

export interface PageMetaInput {
  /** The page's own title, without the site name. */
  title: string;
  /** One or two sentences: the page's summary. */
  description: string;
  /** The page's canonical URL. */
  url: string;
  /** When the page's content last changed, where known. */
  dateModified?: Date | undefined;
  /** The site's name for previews ("Online safety – …"). */
  siteName: string;
  /** Who publishes the site: a public body. */
  publisher: { name: string; url: string };
  /** The site's home page URL. */
  siteUrl: string;
}

export interface PageMeta {
  /** `<meta property="og:…">` tags, in the order they are written. */
  openGraph: { property: string; content: string }[];
  /** `<meta name="twitter:…">` tags. */
  twitter: { name: string; content: string }[];
  /** The schema.org WebPage object. */
  jsonLd: Record<string, unknown>;
  /** The JSON-LD as text that is safe inside a `<script type="application/ld+json">` element. */
  jsonLdText: string;
}

/**
 * JSON that cannot end the `<script>` element it sits in or open a comment there: `<`, `>` and
 * `&` become Unicode escapes, which every JSON parser reads back as the same characters. U+2028
 * and U+2029 are escaped too, for old parsers that treat them as line ends.
 * @param value any JSON-serialisable value
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/**
 * The link-preview metadata for one page.
 * @param input the page's title, description, canonical URL and modified date, and the site's identity
 */
export function pageMeta(input: PageMetaInput): PageMeta {
  const home = new URL(input.siteUrl).href;
  const isHome = new URL(input.url).href === home;
  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: input.title,
    description: input.description,
    url: input.url,
    inLanguage: 'en-GB',
    ...(input.dateModified ? { dateModified: isoDay(input.dateModified) } : {}),
    isPartOf: { '@type': 'WebSite', name: input.siteName, url: home },
    publisher: { '@type': 'GovernmentOrganization', name: input.publisher.name, url: input.publisher.url },
  };
  return {
    openGraph: [
      { property: 'og:type', content: isHome ? 'website' : 'article' },
      { property: 'og:site_name', content: input.siteName },
      { property: 'og:title', content: input.title },
      { property: 'og:description', content: input.description },
      { property: 'og:url', content: input.url },
      { property: 'og:locale', content: 'en_GB' },
      ...(input.dateModified && !isHome ? [{ property: 'article:modified_time', content: isoDay(input.dateModified) }] : []),
    ],
    twitter: [
      // "summary" is the card without a large image: the site has no preview images.
      { name: 'twitter:card', content: 'summary' },
      { name: 'twitter:title', content: input.title },
      { name: 'twitter:description', content: input.description },
    ],
    jsonLd,
    jsonLdText: scriptSafeJson(jsonLd),
  };
}

/** A content entry as far as its date goes: when it last changed, or for a contact when its details were last checked. */
export interface DatedEntry {
  collection: string;
  data: object;
}

function entryDate(entry: DatedEntry): Date | undefined {
  const { lastUpdated, lastChecked } = entry.data as { lastUpdated?: unknown; lastChecked?: unknown };
  const date = lastUpdated ?? lastChecked;
  return date instanceof Date ? date : undefined;
}

/**
 * When a page that has no date of its own last changed: the newest date among the entries it lists
 * (a collection's index, such as /procedures/, lists that collection), or among all entries for a
 * page drawn from the whole site (the home page, the guide, the A to Z) or listing undated entries.
 * @param pathname the page's path
 * @param entries every content entry
 */
export function listedContentDate(pathname: string, entries: readonly DatedEntry[]): Date | undefined {
  const section = pathname.split('/')[1];
  const newest = (among: readonly DatedEntry[]) =>
    among
      .map(entryDate)
      .filter((date) => date !== undefined)
      .reduce<Date | undefined>((latest, date) => (latest && latest >= date ? latest : date), undefined);
  // Glossary terms and resources carry no dates: their pages changed no later than the newest content.
  return newest(entries.filter((entry) => entry.collection === section)) ?? newest(entries);
}
