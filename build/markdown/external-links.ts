/**
 * A hast plugin that adds rel="noreferrer" to every link in content that leaves the site, so
 * following one does not tell that site which page the reader was on
 * (`src/lib/pages/external-links.ts`). Links to this site and its pages are left as written.
 */
import type { HastPluginDefinition } from 'satteri';
import { isExternalHref, withNoReferrer } from '../../src/lib/pages/external-links';

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
