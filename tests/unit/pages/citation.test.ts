import { describe, expect, it } from 'vitest';
import { citationText, isCitedCollection, shareByEmailHref, viewedOnDate } from '../../../src/lib/pages/citation';

const page = {
  title: 'Safeguarding children from online harms',
  publisher: 'Derby and Derbyshire Safeguarding Children Partnership',
  url: 'https://example.org/procedures/online-harms/',
  lastUpdated: '14 March 2025',
};

describe('citationText', () => {
  it('cites a numbered section with the page, publisher, address and date', () => {
    expect(
      citationText({
        ...page,
        sectionNumber: '2.1',
        sectionText: 'Consultation and advice',
        url: `${page.url}#consultation-and-advice`,
        version: '53',
      }),
    ).toMatchInlineSnapshot(`
      "Safeguarding children from online harms, section 2.1: Consultation and advice
      Derby and Derbyshire Safeguarding Children Partnership
      https://example.org/procedures/online-harms/#consultation-and-advice
      Last updated 14 March 2025 (version 53)"
    `);
  });

  it('cites an unnumbered section by its heading', () => {
    expect(citationText({ ...page, title: 'Bullying online', sectionText: 'Talking to your child' }).split('\n')[0]).toBe(
      'Bullying online: Talking to your child',
    );
  });

  it('cites a whole page by its title', () => {
    expect(citationText(page).split('\n')[0]).toBe('Safeguarding children from online harms');
  });

  it('leaves out the date line for a page without one', () => {
    expect(citationText({ ...page, lastUpdated: undefined })).toBe(
      'Safeguarding children from online harms\nDerby and Derbyshire Safeguarding Children Partnership\nhttps://example.org/procedures/online-harms/',
    );
  });
});

describe('viewed on and printed on dates', () => {
  it('adds the day the page was viewed as the last line', () => {
    expect(
      citationText({ ...page, version: '53', viewedOn: '28 November 2026' })
        .split('\n')
        .slice(-2),
    ).toEqual(['Last updated 14 March 2025 (version 53)', 'Viewed on 28 November 2026']);
  });

  it('gives the day in the UK in winter, when UK time is UTC', () => {
    expect(viewedOnDate(new Date('2026-11-28T23:59:00Z'))).toBe('28 November 2026');
  });

  it('gives the next day in the UK late on a summer evening, when UK time is an hour ahead of UTC', () => {
    expect(viewedOnDate(new Date('2026-06-30T23:30:00Z'))).toBe('1 July 2026');
  });
});

describe('which pages offer citations', () => {
  it('cites procedures, legislation, risks and documents', () => {
    expect(['procedures', 'legislation', 'risks', 'documents'].map(isCitedCollection)).toEqual([true, true, true, true]);
  });

  it('offers a share link instead on guidance, contacts and pages outside the collections', () => {
    expect([isCitedCollection('guidance'), isCitedCollection('contacts'), isCitedCollection(undefined)]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('shares by an e-mail whose subject is the title and whose text is the address', () => {
    expect(shareByEmailHref('Bullying online & you', 'https://example.org/guidance/bullying-online/')).toBe(
      'mailto:?subject=Bullying%20online%20%26%20you&body=https%3A%2F%2Fexample.org%2Fguidance%2Fbullying-online%2F',
    );
  });
});
