/**
 * A Vite plugin that writes the site's address into the stylesheet where it says `__SITE_URL__`,
 * so printed links show their full address (`https://…/contacts/childline/`) while the address
 * itself stays only in `src/site.config.ts`.
 */
import type { Plugin } from 'vite';

export const siteUrlPlaceholder = '__SITE_URL__';

/**
 * @param siteUrl the site's address without a trailing slash
 */
export function siteUrlInCss(siteUrl: string): Plugin {
  return {
    name: 'site-url-in-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css(?:$|\?)/.test(id) || !code.includes(siteUrlPlaceholder)) return undefined;
      return { code: code.replaceAll(siteUrlPlaceholder, siteUrl), map: null };
    },
  };
}
