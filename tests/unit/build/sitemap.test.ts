import { describe, expect, it } from 'vitest';
import { sitemapOptions } from '../../../build/sitemap';

const entries = [
  {
    collection: 'guidance' as const,
    id: 'bullying-online',
    data: { lastUpdated: new Date('2025-03-14T00:00:00Z'), oldSlugs: ['cyberbullying'] },
  },
  {
    collection: 'contacts' as const,
    id: 'childline',
    data: { sources: ['online-harms-chapter'], checked: { date: new Date('2025-02-01T00:00:00Z'), against: 'its website' } },
  },
  { collection: 'contacts' as const, id: 'shore', data: { sources: ['online-harms-chapter'] } },
  { collection: 'glossary' as const, id: 'ceop', data: { term: 'CEOP' } },
];
const options = sitemapOptions(entries);

describe('the sitemap', () => {
  it('lists ordinary pages', () => {
    expect(options.filter('https://example.org/guidance/bullying-online/')).toBe(true);
  });

  it('leaves out the not-found page', () => {
    expect(options.filter('https://example.org/404/')).toBe(false);
  });

  it("leaves out the redirect left at a page's old slug", () => {
    expect(options.filter('https://example.org/guidance/cyberbullying/')).toBe(false);
  });

  it("gives a page the date its content last changed, or a contact's last check", () => {
    expect([
      options.serialize({ url: 'https://example.org/guidance/bullying-online/' }),
      options.serialize({ url: 'https://example.org/contacts/childline/' }),
    ]).toEqual([
      { url: 'https://example.org/guidance/bullying-online/', lastmod: '2025-03-14' },
      { url: 'https://example.org/contacts/childline/', lastmod: '2025-02-01' },
    ]);
  });

  it('gives no date to a contact never checked, since a source’s date is not a change to the page', () => {
    expect(options.serialize({ url: 'https://example.org/contacts/shore/' })).toEqual({
      url: 'https://example.org/contacts/shore/',
    });
  });

  it('gives no date to pages without one', () => {
    expect(options.serialize({ url: 'https://example.org/guidance/' })).toEqual({ url: 'https://example.org/guidance/' });
  });
});
