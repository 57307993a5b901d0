/**
 * The HTML of `/admin/`: Sveltia CMS from this site's own files, never a CDN. Not a page for
 * readers: nothing links to it, search engines are asked not to index it, and the site's page
 * checks leave it out (see `tools/built-site/built-pages.ts`).
 */
import { site } from '../../src/site.config';

/** The editor's page. */
export function adminPageHtml(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Content editor – ${site.shortName} online safety</title>
    <link href="/admin/config.yml" type="application/yaml" rel="cms-config-url" />
  </head>
  <body>
    <script src="/admin/admin.js"></script>
    <script src="/admin/sveltia-cms.js"></script>
  </body>
</html>
`;
}
