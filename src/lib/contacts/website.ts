/**
 * Websites as contact pages show them, and as readers type them into search. Pure, so it is
 * unit-tested.
 */

/**
 * A website as a page shows it: its host without "www." ("childline.org.uk").
 * @param url the contact's `website`
 */
export function websiteLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A web address typed with or without its scheme and "www.": a host with a dot, then any path. */
const webAddress = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(\/\S*)?$/i;

/**
 * A text with each web address in it as contact pages show the website ("childline.org.uk"),
 * followed by the words of its last path segment ("www.gov.uk/report-terrorism" → "gov.uk report
 * terrorism"), as readers paste addresses from other sites.
 * @param text what the reader typed
 */
export function inWebsiteForm(text: string): string {
  return text
    .split(/(\s+)/)
    .map((token) => {
      const address = webAddress.exec(token);
      if (!address || token.includes('@')) return token;
      const [, host, path = ''] = address;
      const last = path.split(/[?#]/)[0]!.split('/').filter(Boolean).at(-1) ?? '';
      const words = decodeURIComponent(last)
        .replace(/\.[a-z]+$/i, '')
        .split(/[-_]+/)
        .filter(Boolean);
      return [host!.toLowerCase(), ...words].join(' ');
    })
    .join('');
}

/**
 * Whether a query starts with a website or an email address ("childline.org.uk",
 * "help@nspcc.org.uk"), which asks for the contact it belongs to, as a phone number does.
 * @param query the query, with any web address in website form
 */
export const isWebOrEmailAddress = (query: string): boolean =>
  /^(?:[\w.+-]+@)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\s|$)/i.test(query.trim());
