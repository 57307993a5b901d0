import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { distDirectory, listBuiltPages } from '../../tools/built-site/built-pages';
import { contentSecurityPolicy, metaPolicy } from '../../src/lib/pages/content-security-policy';
import { isExternalHref } from '../../build/markdown/external-links';
import { assetReferences } from '../../tools/built-site/page-weight';
import { site } from '../../src/site.config';
import { parseHtml } from '../../tools/built-site/html';

// Redirect stubs included: they are pages a browser loads too.
const pages = listBuiltPages(distDirectory()).map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }));
const headersFile = readFileSync('public/_headers', 'utf8');
const expectedPolicy = (path: string) => metaPolicy(contentSecurityPolicy(headersFile, path));
const metaPolicyOf = (html: string) =>
  tags(html)
    .filter((tag) => tag.name === 'meta' && attribute(tag.attributes, 'http-equiv') === 'Content-Security-Policy')
    .map((tag) => attribute(tag.attributes, 'content'))
    .join();

/** Each element in a page, with its name and its attributes (character references read back). */
function tags(html: string): { name: string; attributes: Record<string, string> }[] {
  return parseHtml(html)
    .querySelectorAll('*')
    .map((element) => ({ name: element.tagName.toLowerCase(), attributes: element.attributes }));
}

function attribute(attributes: Record<string, string>, name: string): string | undefined {
  return attributes[name];
}

describe('privacy and security in every built page', () => {
  it('carries the Content-Security-Policy public/_headers sets for its path in a <meta> tag', () => {
    const wrong = pages.filter((page) => metaPolicyOf(page.html) !== expectedPolicy(page.path));
    expect(wrong.map((page) => page.path)).toEqual([]);
  });

  it('allows WebAssembly only on the search page, whose Pagefind index needs it', () => {
    const allowing = pages.filter((page) => metaPolicyOf(page.html).includes("'wasm-unsafe-eval'")).map((page) => page.path);
    expect(allowing).toEqual(['/search/']);
  });

  it('asks the browser to send no referrer', () => {
    expect(
      pages.filter((page) => !page.html.includes('<meta name="referrer" content="no-referrer">')).map((page) => page.path),
    ).toEqual([]);
  });

  it('has no inline scripts apart from JSON data, which never runs', () => {
    const inline = pages.flatMap((page) =>
      assetReferences(page.html)
        .inlineScripts.filter((script) => script.type !== 'application/ld+json')
        .map((script) => `${page.path}: ${script.text.slice(0, 60)}`),
    );
    expect(inline).toEqual([]);
  });

  it('has no inline event handlers, style attributes or style elements, which the policy would block', () => {
    const found = pages.flatMap((page) =>
      tags(page.html)
        .filter((tag) => tag.name === 'style' || Object.keys(tag.attributes).some((name) => /^(?:on[a-z]+|style)$/i.test(name)))
        .map((tag) => `${page.path}: <${tag.name} ${Object.keys(tag.attributes).join(' ')}>`),
    );
    expect(found).toEqual([]);
  });

  it('loads every stylesheet, script, image and icon from the site itself', () => {
    const remote = pages.flatMap((page) =>
      tags(page.html).flatMap((tag) => {
        const addresses =
          tag.name === 'a'
            ? []
            : [
                attribute(tag.attributes, 'src'),
                tag.name === 'link' ? attribute(tag.attributes, 'href') : undefined,
                ...(attribute(tag.attributes, 'srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]),
              ];
        return addresses
          .filter(
            (address): address is string =>
              Boolean(address) && isExternalHref(address ?? '', site.url) && attribute(tag.attributes, 'rel') !== 'canonical',
          )
          .map((address) => `${page.path}: ${address}`);
      }),
    );
    expect(remote).toEqual([]);
  });

  it('marks every link to another site rel="noreferrer"', () => {
    const leaking = pages.flatMap((page) =>
      tags(page.html)
        .filter(
          (tag) =>
            tag.name === 'a' &&
            isExternalHref(attribute(tag.attributes, 'href') ?? '', site.url) &&
            !(attribute(tag.attributes, 'rel') ?? '').split(/\s+/).includes('noreferrer'),
        )
        .map((tag) => `${page.path}: ${attribute(tag.attributes, 'href')}`),
    );
    expect(leaking).toEqual([]);
  });
});
