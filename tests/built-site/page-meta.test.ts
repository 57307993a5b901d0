import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { builtPages, isRedirectPage, metaContent } from './built-site';

// A page left at an old address only moves the reader on; it is never previewed.
const pages = builtPages().filter((page) => (page.path.endsWith('/') || page.path === '/404.html') && !isRedirectPage(page.html));

function canonical(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
}

function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

/** Pages where a check fails, with what was wrong. */
function failing(check: (html: string) => string | undefined): string[] {
  return pages.flatMap((page) => {
    const problem = check(page.html);
    return problem ? [`${page.path}: ${problem}`] : [];
  });
}

describe('link previews on every built page', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it('has every Open Graph and Twitter tag a preview needs, once', () => {
    const keys = [
      'og:title',
      'og:description',
      'og:url',
      'og:type',
      'og:site_name',
      'og:locale',
      'twitter:card',
      'twitter:title',
      'twitter:description',
    ];
    expect(failing((html) => keys.filter((key) => !metaContent(html, key)).join(', ') || undefined)).toEqual([]);
  });

  it('describes the page with the same text in the description, Open Graph and Twitter tags', () => {
    expect(
      failing((html) => {
        const description = metaContent(html, 'description');
        return description &&
          description.length >= 20 &&
          metaContent(html, 'og:description') === description &&
          metaContent(html, 'twitter:description') === description
          ? undefined
          : `description "${description}"`;
      }),
    ).toEqual([]);
  });

  it('gives the canonical URL as og:url, the partnership as og:site_name, en_GB and a summary card', () => {
    expect(
      failing((html) => {
        const found = [
          metaContent(html, 'og:url'),
          metaContent(html, 'og:site_name'),
          metaContent(html, 'og:locale'),
          metaContent(html, 'twitter:card'),
        ];
        return JSON.stringify(found) === JSON.stringify([canonical(html), site.name, 'en_GB', 'summary'])
          ? undefined
          : found.join(' | ');
      }),
    ).toEqual([]);
  });

  it('has one JSON-LD block that is valid JSON describing a WebPage published by a GovernmentOrganization', () => {
    expect(
      failing((html) => {
        const blocks = jsonLdBlocks(html);
        if (blocks.length !== 1) return `${blocks.length} JSON-LD blocks`;
        let data: Record<string, unknown>;
        try {
          data = JSON.parse(blocks[0] ?? '') as Record<string, unknown>;
        } catch (error) {
          return `JSON-LD is not valid JSON: ${String(error)}`;
        }
        const expected = {
          '@context': 'https://schema.org',
          '@type': 'WebPage',
          url: canonical(html),
          inLanguage: 'en-GB',
          publisher: { '@type': 'GovernmentOrganization', name: site.publisher.name, url: site.publisher.url },
        };
        const actual = {
          '@context': data['@context'],
          '@type': data['@type'],
          url: data['url'],
          inLanguage: data['inLanguage'],
          publisher: data['publisher'],
        };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) return JSON.stringify(actual);
        return data['name'] === metaContent(html, 'og:title') && data['description'] === metaContent(html, 'description')
          ? undefined
          : 'JSON-LD name or description differs from the page';
      }),
    ).toEqual([]);
  });

  it('gives the date a page shows as "Last updated" or "Details checked … on" as its dateModified', () => {
    expect(
      failing((html) => {
        const shown = /(?:Last updated|Details checked against [^<]* on) <time datetime="([\d-]+)"/.exec(html)?.[1];
        const data = JSON.parse(jsonLdBlocks(html)[0] ?? '{}') as { dateModified?: string };
        return shown === undefined || data.dateModified === shown
          ? undefined
          : `dateModified ${data.dateModified}, page shows ${shown}`;
      }),
    ).toEqual([]);
  });

  it('keeps JSON-LD a data block: no other inline script', () => {
    expect(
      failing((html) =>
        [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].some(
          (match) => !/type="application\/ld\+json"/.test(match[1] ?? ''),
        )
          ? 'inline script'
          : undefined,
      ),
    ).toEqual([]);
  });
});
