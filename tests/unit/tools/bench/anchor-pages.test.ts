import { describe, expect, it } from 'vitest';
import { anchorPageId, anchorPages } from '../../../../tools/bench/anchors/anchor-pages';

const corpus = ['Stay calm and listen to the child without judging them.', 'Write down what the child said as soon as you can.'];
const site = anchorPages(20, corpus, (id) => `/guidance/${id}/`);
const starlight = anchorPages(20, corpus, (id) => `/reference/${id}/`);

describe('the anchor benchmark pages', () => {
  it('gives both sites the same pages, differing only in where links point', () => {
    expect(site.map((page) => page.title)).toEqual(starlight.map((page) => page.title));
    expect(site.map((page) => page.body.replaceAll('/guidance/', '/reference/'))).toEqual(starlight.map((page) => page.body));
  });

  it('writes six sections with a list, a numbered list, a table, links and a subsection on every page', () => {
    for (const page of site) {
      expect(page.body.match(/^## /gm)).toHaveLength(6);
      expect(page.body).toMatch(/^- /m);
      expect(page.body).toMatch(/^1\. /m);
      expect(page.body).toMatch(/^\| Where \| Setting \| What to do \|$/m);
      expect(page.body).toMatch(/^### /m);
      expect(page.body).toMatch(/\]\(\/guidance\/anchor-page-\d{4}\/\)/);
    }
  });

  it('links only to pages that exist', () => {
    const ids = new Set(site.map((page) => page.id));
    const linked = site.flatMap((page) => [...page.body.matchAll(/\(\/guidance\/([^/]+)\/\)/g)].map((match) => match[1]));
    expect(linked.filter((id) => !ids.has(id ?? ''))).toEqual([]);
  });

  it('numbers ids from 1 with four digits', () => {
    expect(anchorPageId(7)).toBe('anchor-page-0007');
    expect(site[0]?.id).toBe('anchor-page-0001');
  });
});
