import { describe, expect, it } from 'vitest';
import { builtPages, decodeHtml } from './built-site';

const pages = builtPages();
const html = (path: string) => decodeHtml(pages.find((page) => page.path === path)?.html ?? '');
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
  ])('says %s', (_point, text) => {
    expect(html(sextortion)).toContain(text);
  });

  it('gives the police numbers as click-to-call links from the contacts', () => {
    expect(html(sextortion)).toContain('<a href="tel:101">101</a>');
    expect(html(sextortion)).toContain('<a href="tel:999">999</a>');
  });

  it.each(['/worried/online-blackmail/', '/worried/your-nude-image/', '/parents-and-carers/', '/young-people/'])(
    'is linked from %s',
    (path) => {
      expect(html(path)).toContain(`href="${sextortion}"`);
    },
  );
});
