import { describe, expect, it } from 'vitest';
import { citationText } from '../../../src/lib/pages/citation';

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
