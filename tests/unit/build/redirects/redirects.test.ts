import { describe, expect, it } from 'vitest';
import { redirectLines, redirectPage, redirectsFrom } from '../../../../build/redirects/redirects';
import { parseRedirects } from '../../../../tools/hosting/redirects-file';

const entries = [
  {
    collection: 'procedures',
    id: 'safeguarding-children-from-online-harms',
    data: { title: 'Safeguarding children from online harms', oldSlugs: ['online-abuse', 'e-safety'] },
  },
  { collection: 'contacts', id: 'childline', data: { name: 'Childline', oldSlugs: ['childline-uk'] } },
  { collection: 'guidance', id: 'getting-help', data: { title: 'Getting help' } },
];

describe('redirectsFrom', () => {
  it('maps every old slug to its page’s current address, sorted by old address', () => {
    expect(redirectsFrom(entries)).toEqual([
      { from: '/contacts/childline-uk/', to: '/contacts/childline/', title: 'Childline' },
      {
        from: '/procedures/e-safety/',
        to: '/procedures/safeguarding-children-from-online-harms/',
        title: 'Safeguarding children from online harms',
      },
      {
        from: '/procedures/online-abuse/',
        to: '/procedures/safeguarding-children-from-online-harms/',
        title: 'Safeguarding children from online harms',
      },
    ]);
  });
});

describe('redirectLines', () => {
  it('writes a 301 for each old address with and without its trailing slash', () => {
    expect(redirectLines(redirectsFrom(entries.slice(1)))).toMatchInlineSnapshot(`
      "/contacts/childline-uk /contacts/childline/ 301
      /contacts/childline-uk/ /contacts/childline/ 301"
    `);
  });

  it('writes lines the local server and static hosts read back as the same redirects', () => {
    expect(parseRedirects(redirectLines(redirectsFrom(entries.slice(1))))).toEqual([
      { from: '/contacts/childline-uk', to: '/contacts/childline/', status: 301 },
      { from: '/contacts/childline-uk/', to: '/contacts/childline/', status: 301 },
    ]);
  });
});

describe('redirectPage', () => {
  const html = redirectPage(
    { from: '/contacts/childline-uk/', to: '/contacts/childline/', title: 'Childline & <friends>' },
    {
      siteUrl: 'https://example.org',
      siteName: 'Online safety',
      contentSecurityPolicy: "default-src 'none'",
      stylesheets: ['/_astro/site.css'],
    },
  );

  it('moves the reader on at once with a meta refresh', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/contacts/childline/">');
  });

  it('names the new address as canonical', () => {
    expect(html).toContain('<link rel="canonical" href="https://example.org/contacts/childline/">');
  });

  it('shows a link to the new page, its title escaped', () => {
    expect(html).toContain('<a href="/contacts/childline/">Childline &amp; &lt;friends&gt;</a>');
  });

  it('carries the site’s policy and no script', () => {
    expect([html.includes('Content-Security-Policy" content="default-src &#39;none&#39;"'), html.includes('<script')]).toEqual([
      true,
      false,
    ]);
  });
});
