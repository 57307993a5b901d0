import { describe, expect, it } from 'vitest';
import { listedContentDate, pageMeta, scriptSafeJson } from '../../../src/lib/pages/page-meta';

const base = {
  title: 'Bullying online',
  description: 'What to do if your child is bullied online.',
  url: 'https://example.org/guidance/bullying-online/',
  siteName: 'Example Safeguarding Children Partnership',
  publisher: { name: 'Example Safeguarding Children Partnership', url: 'https://www.example.org' },
  siteUrl: 'https://example.org',
};

describe('link-preview metadata', () => {
  it('gives Open Graph tags for the page, in British English', () => {
    expect(pageMeta({ ...base, dateModified: new Date('2025-03-14T00:00:00Z') }).openGraph).toEqual([
      { property: 'og:type', content: 'article' },
      { property: 'og:site_name', content: 'Example Safeguarding Children Partnership' },
      { property: 'og:title', content: 'Bullying online' },
      { property: 'og:description', content: 'What to do if your child is bullied online.' },
      { property: 'og:url', content: 'https://example.org/guidance/bullying-online/' },
      { property: 'og:locale', content: 'en_GB' },
      { property: 'article:modified_time', content: '2025-03-14' },
    ]);
  });

  it('calls the home page a website', () => {
    expect(pageMeta({ ...base, url: 'https://example.org/' }).openGraph[0]).toEqual({ property: 'og:type', content: 'website' });
  });

  it('gives a summary Twitter card', () => {
    expect(pageMeta(base).twitter).toEqual([
      { name: 'twitter:card', content: 'summary' },
      { name: 'twitter:title', content: 'Bullying online' },
      { name: 'twitter:description', content: 'What to do if your child is bullied online.' },
    ]);
  });

  it('describes the page as a schema.org WebPage published by a GovernmentOrganization', () => {
    expect(pageMeta({ ...base, dateModified: new Date('2025-03-14T00:00:00Z') }).jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: 'Bullying online',
      description: 'What to do if your child is bullied online.',
      url: 'https://example.org/guidance/bullying-online/',
      inLanguage: 'en-GB',
      dateModified: '2025-03-14',
      isPartOf: { '@type': 'WebSite', name: 'Example Safeguarding Children Partnership', url: 'https://example.org/' },
      publisher: {
        '@type': 'GovernmentOrganization',
        name: 'Example Safeguarding Children Partnership',
        url: 'https://www.example.org',
      },
    });
  });

  it('leaves out dateModified when the page has no date', () => {
    expect(pageMeta(base).jsonLd).not.toHaveProperty('dateModified');
  });

  it('writes JSON-LD that cannot close its script element', () => {
    const text = pageMeta({ ...base, description: 'Ends </script><script>alert(1)</script> & more' }).jsonLdText;
    expect(text).not.toMatch(/[<>&]/);
    expect((JSON.parse(text) as { description: string }).description).toBe('Ends </script><script>alert(1)</script> & more');
  });

  it('escapes the line and paragraph separators old parsers read as line ends', () => {
    expect(scriptSafeJson('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"');
  });
});

describe('the date of a page without one of its own', () => {
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  const entries = [
    { collection: 'procedures', data: { lastUpdated: day('2025-03-14') } },
    { collection: 'procedures', data: { lastUpdated: day('2024-06-01') } },
    { collection: 'contacts', data: { lastChecked: day('2026-11-20') } },
    { collection: 'glossary', data: {} },
  ];

  it('is the newest date of the collection a collection index lists', () => {
    expect(listedContentDate('/procedures/', entries)).toEqual(day('2025-03-14'));
  });

  it("counts a contact's last-checked date as its date", () => {
    expect(listedContentDate('/contacts/area/derbyshire/', entries)).toEqual(day('2026-11-20'));
  });

  it('is the newest date of all content for a page drawn from the whole site', () => {
    expect(listedContentDate('/worried/who-are-you/', entries)).toEqual(day('2026-11-20'));
  });

  it('is the newest date of all content for a collection whose entries have no dates', () => {
    expect(listedContentDate('/glossary/', entries)).toEqual(day('2026-11-20'));
  });

  it('is undefined when no entry has a date', () => {
    expect(listedContentDate('/glossary/', [{ collection: 'glossary', data: {} }])).toBeUndefined();
  });
});
