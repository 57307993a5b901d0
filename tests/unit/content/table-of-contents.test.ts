import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../src/lib/content/table-of-contents';

const heading = (id: string, depth: number, number?: string) => ({ id, depth, text: id, number });

describe('tableOfContents', () => {
  it('gives no contents to a page with fewer than 3 sections', () => {
    expect(tableOfContents({ headings: [heading('a', 2), heading('b', 2), heading('b1', 3)] })).toBeUndefined();
  });

  it('lists the sections of a long page with their subsections beneath them', () => {
    expect(tableOfContents({ headings: [heading('a', 2, '1'), heading('a1', 3, '1.1'), heading('b', 2, '2'), heading('c', 2, '3')] })).toEqual([
      { id: 'a', text: 'a', number: '1', children: [{ id: 'a1', text: 'a1', number: '1.1', children: [] }] },
      { id: 'b', text: 'b', number: '2', children: [] },
      { id: 'c', text: 'c', number: '3', children: [] },
    ]);
  });

  it('leaves out headings more than one level below the top', () => {
    const toc = tableOfContents({ headings: [heading('a', 2), heading('a1', 3), heading('a1x', 4), heading('b', 2), heading('c', 2)] });
    expect(toc?.[0]?.children.map((item) => item.id)).toEqual(['a1']);
  });

  it('takes the shallowest heading level as the top when a page starts at h3', () => {
    expect(tableOfContents({ headings: [heading('a', 3), heading('b', 3), heading('c', 3)] })?.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('adds the layout’s sections before and after the text, skipping those not shown', () => {
    const toc = tableOfContents({ before: [{ id: 'scope', text: 'Scope' }, false], headings: [heading('a', 2), heading('b', 2), heading('c', 2)], after: [undefined, { id: 'amendments', text: 'Amendments' }] });
    expect(toc?.map((item) => item.id)).toEqual(['scope', 'a', 'b', 'c', 'amendments']);
  });
});
