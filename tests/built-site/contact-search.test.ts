/**
 * Every contact found by what readers copy or ask about it, on the real built index: each of its
 * phone numbers as written, run together and in international form, its website as pasted, and its
 * name with "opening hours". The contacts come from the content, so a new contact is checked too.
 * A website several contacts share ("derby.gov.uk") may find any contact page that links to it.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/content/content-files';
import { entryPath } from '../../src/lib/content/entries';
import { phoneDigits } from '../../src/lib/contacts/phone';
import { websiteLabel } from '../../src/lib/contacts/website';
import { siteSearch } from '../../tools/built-site/search-in-node';
import { builtPages, distDir } from './built-site';
import { parseHtml } from '../../tools/built-site/html';

interface Contact {
  id: string;
  name: string;
  numbers: string[];
  website?: string | undefined;
}

const contacts: Contact[] = loadContent().entries.flatMap((entry) => {
  if (entry.collection !== 'contacts') return [];
  const data = entry.data as { name: string; phones?: { number: string }[]; website?: string };
  return [{ id: entry.id, name: data.name, numbers: (data.phones ?? []).map((phone) => phone.number), website: data.website }];
});
const search = await siteSearch(distDir);
const pathOf = (id: string) => entryPath('contacts', id);
const pages = new Map(builtPages().map((page) => [page.path, page.html]));
/** The websites a built contact page links to, as pages show them. */
const websiteLinksOn = (path: string) =>
  parseHtml(pages.get(path) ?? '')
    .querySelectorAll('main a[href^="http"]')
    .map((link) => websiteLabel(link.getAttribute('href')!));
const firstOf = async (query: string) => (await search.firstScreen(query))[0];

/** A number as readers type it: as written, run together, and with +44 or 0044 for its first 0. */
function typedForms(number: string): string[] {
  const digits = phoneDigits(number);
  if (!digits.startsWith('0')) return [number];
  const international = number.replace(/^0/, '');
  return [number, digits, `+44 ${international}`, `+44${digits.slice(1)}`, `0044 (0)${number}`];
}

describe('contacts on the built search index', () => {
  it('has contacts with numbers and websites to check', () => {
    expect(contacts.filter((contact) => contact.numbers.length > 0).length).toBeGreaterThan(5);
    expect(contacts.filter((contact) => contact.website).length).toBeGreaterThan(5);
  });

  it('puts a contact first for each of its numbers, however it is typed', async () => {
    const misses: string[] = [];
    for (const contact of contacts)
      for (const number of contact.numbers)
        for (const typed of typedForms(number)) {
          const first = await firstOf(typed);
          if (first !== pathOf(contact.id)) misses.push(`“${typed}” → ${first ?? 'nothing'} (wanted ${pathOf(contact.id)})`);
        }
    expect(misses).toEqual([]);
  });

  it('puts first a contact whose page links to the website pasted, with or without its scheme and "www."', async () => {
    const misses: string[] = [];
    for (const contact of contacts.filter((each) => each.website)) {
      const label = websiteLabel(contact.website!);
      for (const typed of [label, `www.${label}`, contact.website!]) {
        const first = await firstOf(typed);
        const links = first?.startsWith('/contacts/') ? websiteLinksOn(first) : [];
        if (!links.includes(label))
          misses.push(`“${typed}” → ${first ?? 'nothing'}, which links to ${links.join(', ') || 'no website'}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('has a contact in the first three for its name and "opening hours"', async () => {
    const misses: string[] = [];
    for (const contact of contacts) {
      const typed = `${contact.name.replace(/\s*\(.*\)$/, '')} opening hours`;
      const firstThree = (await search.firstScreen(typed)).slice(0, 3);
      if (!firstThree.includes(pathOf(contact.id))) misses.push(`“${typed}” → ${firstThree.join(' ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
});
