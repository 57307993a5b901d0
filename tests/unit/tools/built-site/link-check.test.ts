import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  duplicateIds,
  formatLinkProblem,
  idsIn,
  linksIn,
  type SiteFiles,
} from '../../../../tools/built-site/link-check';

const origin = 'https://example.org';
const page = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><link rel="stylesheet" href="/_astro/site.css"></head><body><main id="main-content">${body}</main></body></html>`;

function check(pages: Record<string, string>, extra: Partial<SiteFiles> = {}): string[] {
  return checkLinks({ origin, pages: new Map(Object.entries(pages)), assets: new Set(['/_astro/site.css']), ...extra }).map(
    formatLinkProblem,
  );
}

describe('linksIn and idsIn', () => {
  it('finds the href of links and stylesheets, in any quoting', () => {
    expect(linksIn(`<a href="/a/">A</a><a class=x href='/b/#c'>B</a><link rel=icon href=/favicon.svg><area href="/d/">`)).toEqual(
      ['/a/', '/b/#c', '/favicon.svg', '/d/'],
    );
  });

  it('ignores links written inside comments and scripts', () => {
    expect(
      linksIn('<!-- <a href="/old/">x</a> --><script>const a = \'<a href="/nope/">\';</script><a href="/yes/">y</a>'),
    ).toEqual(['/yes/']);
  });

  it('decodes entities in hrefs', () => {
    expect(linksIn('<a href="/search/?q=a&amp;b">x</a>')).toEqual(['/search/?q=a&b']);
  });

  it('counts every id on a page', () => {
    expect(idsIn('<h2 id="scope">Scope</h2><span id=old></span><p data-id="not-an-id" id="scope">x</p>')).toEqual(
      new Map([
        ['scope', 2],
        ['old', 1],
      ]),
    );
  });
});

describe('checkLinks', () => {
  it('passes a site whose links all reach a page, a file or an id', () => {
    expect(
      check({
        '/': page('<a href="/guide/">Guide</a><a href="#main-content">Skip</a>'),
        '/guide/': page(
          '<h2 id="talk">Talk</h2><a href="/#main-content">Home</a><a href="../">Up</a><a href="mailto:a@example.org">Mail</a><a href="https://www.gov.uk/">GOV.UK</a>',
        ),
      }),
    ).toEqual([]);
  });

  it('fails on a link to a page that does not exist, naming the page and the link', () => {
    expect(check({ '/': page('<a href="/gide/">Guide</a>'), '/guide/': page('') })).toEqual([
      '/: link "/gide/" goes to /gide/, which does not exist',
    ]);
  });

  it('fails on a fragment that names no id on the target page', () => {
    expect(check({ '/': page('<a href="/guide/#talking">Talk</a>'), '/guide/': page('<h2 id="talk">Talk</h2>') })).toEqual([
      '/: link "/guide/#talking" goes to #talking, but /guide/ has no element with that id',
    ]);
  });

  it('fails on a fragment that names no id on the same page', () => {
    expect(check({ '/guide/': page('<a href="#scope">Scope</a>') })).toEqual([
      '/guide/: link "#scope" goes to #scope, but this page has no element with that id',
    ]);
  });

  it('fails on a link to nothing', () => {
    expect(check({ '/': page('<a href="#">Top</a>') })).toEqual(['/: link "#" links to nothing: give it a page or a section id']);
  });

  it('fails on a relative link that climbs to a missing page', () => {
    expect(check({ '/a/b/': page('<a href="../c/">C</a>') })).toEqual([
      '/a/b/: link "../c/" goes to /a/c/, which does not exist',
    ]);
  });

  it('checks full addresses on the site’s own origin too', () => {
    expect(check({ '/': page(`<link rel="canonical" href="${origin}/gone/">`) })).toEqual([
      '/: link "https://example.org/gone/" goes to /gone/, which does not exist',
    ]);
  });

  it('follows a redirect from an old slug and checks the fragment on the new page', () => {
    const pages = {
      '/': page('<a href="/old/#talk">ok</a><a href="/old/#nope">broken</a>'),
      '/new/': page('<h2 id="talk">Talk</h2>'),
    };
    expect(check(pages, { redirects: new Map([['/old/', '/new/']]) })).toEqual([
      '/: link "/old/#nope" goes to #nope, but /new/ has no element with that id',
    ]);
  });

  it('accepts a link without its trailing slash, which the host redirects', () => {
    expect(check({ '/': page('<a href="/guide">Guide</a>'), '/guide/': page('') })).toEqual([]);
  });
});

describe('duplicateIds', () => {
  it('names each page with an id used twice', () => {
    expect(
      duplicateIds(
        new Map([
          ['/a/', '<h2 id="scope"></h2><h2 id="scope"></h2>'],
          ['/b/', '<h2 id="scope"></h2>'],
        ]),
      ),
    ).toEqual([{ page: '/a/', id: 'scope', count: 2 }]);
  });
});
