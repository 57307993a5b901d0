/**
 * Links to other sites never tell them which page a reader came from: on top of the page-wide
 * `<meta name="referrer" content="no-referrer">`, each such link carries `rel="noreferrer"`.
 */

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
