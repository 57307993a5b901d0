import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site';
import { parseHtml } from '../../tools/built-site/html';

const pages = builtPages();
const document = (path: string) => parseHtml(pages.find((page) => page.path === path)?.html ?? '');
/** What a reader sees on the page, as one line of text. */
const text = (path: string) => document(path).text.replace(/\s+/g, ' ');
const sextortion = '/guidance/sextortion/';

describe('the sextortion page', () => {
  it.each([
    ['what it is', 'Sextortion is blackmail with a nude or sexual image'],
    ['do not pay', 'Do not pay'],
    ['stop contact and block', 'Stop all contact with the person, and block them'],
    ['keep the evidence', 'Do not delete the evidence'],
    ['report to CEOP', 'CEOP Safety Centre'],
    ['get images removed with Report Remove', 'Report Remove'],
    ['get images removed with Take It Down', 'Take It Down'],
    ['never the child’s fault', "It is never the child's fault"],
    ['a section for young people', 'If you are a young person'],
    ['its source', 'National Crime Agency alert to education settings, 29 April 2024'],
  ])('says %s', (_point, phrase) => {
    expect(text(sextortion)).toContain(phrase);
  });

  it('gives the police numbers as click-to-call links from the contacts', () => {
    const calls = document(sextortion)
      .querySelectorAll('main a[href^="tel:"]')
      .map((link) => `${link.text} ${link.getAttribute('href')}`);
    expect(calls).toEqual(expect.arrayContaining(['101 tel:101', '999 tel:999']));
  });

  it.each(['/worried/online-blackmail/', '/worried/your-nude-image/', '/parents-and-carers/', '/young-people/'])(
    'is linked from %s',
    (path) => {
      expect(document(path).querySelectorAll(`a[href="${sextortion}"]`).length).toBeGreaterThan(0);
    },
  );
});
