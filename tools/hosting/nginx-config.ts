/**
 * The nginx equivalent of `_headers` and `_redirects`, for hosting `dist/` on any web server with
 * the same security headers in force. Generated, never hand-copied, so it cannot drift from
 * `public/_headers`.
 */
import { headersForPath, parseHeaderRules } from '../../src/lib/pages/content-security-policy';
import { parseRedirects } from './redirects-file';

function location(pattern: string): string {
  return pattern.endsWith('*') ? `location ${pattern.slice(0, -1)}` : `location = ${pattern}`;
}

// Security headers go on every answer, errors included ("always"); caching only on files that are really there.
function addHeaders(headers: Map<string, string>): string[] {
  return [...headers].map(
    ([name, value]) => `  add_header ${name} ${quoted(value)}${name.toLowerCase() === 'cache-control' ? '' : ' always'};`,
  );
}

function quoted(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * A snippet for inside an nginx `server { }` block: the site's root, its 404 page, a `location`
 * per `_headers` rule carrying every header that applies there (nginx does not inherit
 * `add_header` into a location that sets its own), 404 for `_headers` and `_redirects`, and a
 * `return` per redirect with its path's headers.
 * @param headersText the `_headers` file
 * @param redirectsText the `_redirects` file ("" if there is none)
 * @param root where `dist/` is copied on the server
 */
export function nginxConfig(headersText: string, redirectsText: string, root: string): string {
  const rules = parseHeaderRules(headersText);
  const lines = [
    '# Generated from _headers and _redirects by `npx tsx tools/hosting/write-nginx-config.ts`; regenerate after changing them.',
    `root ${root};`,
    'index index.html;',
    'error_page 404 /404.html;',
  ];
  for (const rule of rules) {
    const samplePath = rule.pattern.endsWith('*') ? rule.pattern.slice(0, -1) : rule.pattern;
    lines.push('', `${location(rule.pattern)} {`, ...addHeaders(headersForPath(rules, samplePath)));
    lines.push('  try_files $uri $uri/index.html =404;', '}');
  }
  // The host's own rule files are not pages.
  lines.push('', 'location = /_headers { return 404; }', 'location = /_redirects { return 404; }');
  const redirects = parseRedirects(redirectsText);
  if (redirects.length > 0) lines.push('');
  // A location that sets no header of its own would send none, so each redirect carries its path's headers too.
  for (const redirect of redirects)
    lines.push(
      `location = ${redirect.from} {`,
      ...addHeaders(headersForPath(rules, redirect.from)),
      `  return ${redirect.status} ${redirect.to};`,
      '}',
    );
  return `${lines.join('\n')}\n`;
}
