/**
 * The Content-Security-Policy every page carries, read from `public/_headers` (the Netlify and
 * Cloudflare Pages format) so the page `<meta>`, the local server and the host agree. The
 * header rules are read here because the layout needs them; the server reuses them.
 */

export interface HeaderRule {
  /** A path pattern: an exact path, or one ending in `*`. */
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * The rules in a `_headers` file, in file order.
 * @param text the file's contents
 */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * Every header the rules set for a path; later rules add to earlier ones.
 * @param rules from `parseHeaderRules`
 * @param path a URL path such as "/contacts/"
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) headers.set(name, value);
  return headers;
}

// A <meta> policy cannot carry these; browsers ignore them there and log an error.
const headerOnlyDirectives = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The policy for a `<meta http-equiv="Content-Security-Policy">` tag: the header's policy
 * without the directives a meta tag cannot carry.
 * @param policy a Content-Security-Policy header value
 */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !headerOnlyDirectives.has(directive.split(/\s+/)[0] ?? ''))
    .join('; ');
}

/**
 * The Content-Security-Policy a `_headers` file sets for a path.
 * @param text the file's contents
 * @param path a URL path such as "/search/" (defaults to "/", whose policy every page without its own rule gets)
 */
export function contentSecurityPolicy(text: string, path = '/'): string {
  const policy = headersForPath(parseHeaderRules(text), path).get('Content-Security-Policy');
  if (!policy) throw new Error(`public/_headers must set a Content-Security-Policy for ${path} (a /* rule covers every path).`);
  return policy;
}
