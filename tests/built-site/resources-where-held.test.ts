/**
 * Resources the sources name without a web address: the resources page must say where each is
 * held, and a page that sends readers to the resources page for one must find it there.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, decodeHtml, distDir } from './built-site';

const text = (html: string) => decodeHtml(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const resourcesPage = text(readFileSync(join(distDir, 'resources', 'index.html'), 'utf8'));

describe('resources with no web address', () => {
  it.each([
    [
      'Digital MOT',
      "Where to find it Not on this site. The partnership's online harms procedure (March 2025) names the Digital MOT",
    ],
    [
      'i-vengers online safety for children',
      "Where to find it Not on this site. The partnership's online harms procedure (March 2025) names i-vengers",
    ],
    ['DDSCP briefing note: Harmful Online Challenges and Hoaxes', "Where to find it Held in the partnership's Documents Library"],
    [
      "Workshop One: 'Safe Environments' (recording)",
      "Where to find it Listed among the local resources on the partnership's Online safety web page.",
    ],
    [
      "Workshop Two: 'New Tech and Parental Controls' (recording)",
      "Where to find it Listed among the local resources on the partnership's Online safety web page.",
    ],
    [
      'Derby City and Derbyshire Thresholds Document',
      "Where to find it Not on this site. The partnership's online harms procedure (March 2025) refers to it",
    ],
    ['Derbyshire Schools Net', 'Where to find it Not on this site. The older partnership pages name Derbyshire Schools Net'],
  ])('lists %s and says where it is held', (title, where) => {
    const at = resourcesPage.indexOf(title);
    expect([at >= 0, resourcesPage.slice(at, at + 1200).includes(where)]).toEqual([true, true]);
  });

  it('never says Derby City Council’s own pages are provided by Children’s Social Care', () => {
    const at = resourcesPage.indexOf('Derby City Council online safety webpages');
    const entry = resourcesPage.slice(at, resourcesPage.indexOf('Where to find it', at) + 200);
    expect([at >= 0, entry.includes('Provided by'), entry.includes("On Derby City Council's website.")]).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe('pages that send readers to the resources page for something', () => {
  it('find each thing they promise listed there', () => {
    const promises = builtPages()
      .flatMap((page) =>
        [...text(page.html).matchAll(/(?:The )?([A-Z][\w -]+?) (?:is|are) (?:listed )?on our resources page/g)].map((match) => ({
          path: page.path,
          name: match[1] ?? '',
        })),
      )
      .filter(({ name }) => !resourcesPage.includes(name));
    expect(promises).toEqual([]);
  });
});
