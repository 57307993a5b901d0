/**
 * A hast plugin that adds rel="noreferrer" to every link in content that leaves the site, so
 * following one does not tell that site which page the reader was on (on top of the page-wide
 * `<meta name="referrer" content="no-referrer">`). Links to this site and its pages are left as
 * written.
 */
import type { HastPluginDefinition } from 'satteri';

/**
 * Whether a link leaves the site: an http(s) address on another origin.
 * @param href the link's address as written
 * @param siteUrl the site's own address, such as "https://onlinesafety.ddscp.org.uk"
 */
export function isExternalHref(href: string, siteUrl: string): boolean {
  const site = new URL(siteUrl);
  let target: URL;
  try {
    target = new URL(href, site);
  } catch {
    return false;
  }
  return (target.protocol === 'http:' || target.protocol === 'https:') && target.origin !== site.origin;
}

/**
 * A link's `rel` with "noreferrer" added once, keeping any tokens it had.
 * @param rel the link's current `rel`, if any
 */
export function withNoReferrer(rel: string | null | undefined): string {
  const tokens = (rel ?? '').split(/\s+/).filter(Boolean);
  return tokens.includes('noreferrer') ? tokens.join(' ') : [...tokens, 'noreferrer'].join(' ');
}

/**
 * The plugin.
 * @param siteUrl the site's own address, such as "https://onlinesafety.ddscp.org.uk"
 */
export function externalLinks(siteUrl: string): HastPluginDefinition {
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href !== 'string' || !isExternalHref(href, siteUrl)) return;
        const rel = node.properties['rel'];
        ctx.setProperty(
          node,
          'rel',
          withNoReferrer(Array.isArray(rel) ? rel.join(' ') : typeof rel === 'string' ? rel : undefined),
        );
      },
    },
  };
}
