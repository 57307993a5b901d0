import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  contentSecurityPolicy,
  headersForPath,
  metaPolicy,
  parseHeaderRules,
} from '../../../src/lib/pages/content-security-policy';
import { effectiveSources, parseCsp } from '../../../tools/built-site/csp';

const headersFile = readFileSync('public/_headers', 'utf8');
const pageHeaders = headersForPath(parseHeaderRules(headersFile), '/guidance/getting-help/');
const policy = parseCsp(contentSecurityPolicy(headersFile));
const searchPolicy = parseCsp(contentSecurityPolicy(headersFile, '/search/'));

describe('parseCsp', () => {
  it('reads directives and their sources, keeping the first of a repeated directive', () => {
    expect(Object.fromEntries(parseCsp("default-src 'none'; IMG-SRC 'self' data:; img-src *;"))).toEqual({
      'default-src': ["'none'"],
      'img-src': ["'self'", 'data:'],
    });
  });

  it('falls back to default-src for a fetch directive the policy does not set', () => {
    expect(effectiveSources(parseCsp("default-src 'self'"), 'script-src')).toEqual(["'self'"]);
  });
});

describe('the security headers in public/_headers', () => {
  it('lets scripts run only from the site itself, and compile no WebAssembly', () => {
    expect(effectiveSources(policy, 'script-src')).toEqual(["'self'"]);
  });

  it('adds the WebAssembly compile Pagefind needs on the search page and in the workers it runs in, and nowhere else', () => {
    expect(effectiveSources(searchPolicy, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // The site's search worker (built into /_astro/workers/), and Pagefind's own where that cannot start.
    for (const worker of ['/_astro/workers/search-worker.DK4hjkD1.js', '/pagefind/pagefind-worker.js'])
      expect(contentSecurityPolicy(headersFile, worker)).toBe(contentSecurityPolicy(headersFile, '/search/'));
    expect(headersForPath(parseHeaderRules(headersFile), '/_astro/workers/search-worker.DK4hjkD1.js').get('Cache-Control')).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/', '/contacts/', '/searching/', '/guidance/search/', '/_astro/app.js'])
      expect(contentSecurityPolicy(headersFile, path)).not.toContain('wasm-unsafe-eval');
  });

  it('gives the search page the same policy as every other page apart from WebAssembly', () => {
    expect(contentSecurityPolicy(headersFile, '/search/').replace(" 'wasm-unsafe-eval'", '')).toBe(
      contentSecurityPolicy(headersFile),
    );
  });

  it('tells browsers to use only HTTPS for the site from now on', () => {
    expect(pageHeaders.get('Strict-Transport-Security')).toBe('max-age=31536000');
    expect(headersForPath(parseHeaderRules(headersFile), '/search/').get('Strict-Transport-Security')).toBe('max-age=31536000');
  });

  it('allows no inline or eval code anywhere in the policy', () => {
    const sources = [...policy.values()].flat();
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
  });

  it('allows styles only from the site, so inline style attributes are blocked', () => {
    expect(effectiveSources(policy, 'style-src')).toEqual(["'self'"]);
  });

  it('blocks everything not named, and every other origin for connections, images and fonts', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const directive of ['connect-src', 'img-src', 'font-src', 'form-action'])
      expect(effectiveSources(policy, directive).filter((source) => !["'self'", 'data:'].includes(source))).toEqual([]);
  });

  it('forbids other sites from framing the pages', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('sends no referrer', () => {
    expect(pageHeaders.get('Referrer-Policy')).toBe('no-referrer');
  });

  it('stops browsers guessing content types', () => {
    expect(pageHeaders.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('denies the browser features the site never uses', () => {
    const denied = (pageHeaders.get('Permissions-Policy') ?? '').split(',').map((feature) => feature.trim());
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'interest-cohort'])
      expect(denied).toContain(`${feature}=()`);
  });

  it('puts the same policy in the page <meta>, minus frame-ancestors which only a header can carry', () => {
    const meta = parseCsp(metaPolicy(contentSecurityPolicy(headersFile)));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual([...policy.keys()].filter((name) => name !== 'frame-ancestors'));
  });
});
