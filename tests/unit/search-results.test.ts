import { describe, expect, it } from 'vitest';
import { excerptParts, orderedFilterValues, resultCountText, toResultView, type PagefindResultData } from '../../src/lib/search-results';

describe('excerptParts', () => {
  it('splits an excerpt into plain text and marked words', () => {
    expect(excerptParts('Call <mark>Childline</mark> on 0800 1111.')).toEqual([
      { text: 'Call ', marked: false },
      { text: 'Childline', marked: true },
      { text: ' on 0800 1111.', marked: false },
    ]);
  });

  it('decodes the entities Pagefind encodes, so text shows as typed and is never parsed as HTML', () => {
    expect(excerptParts('Children&#39;s &lt;script&gt; &amp; <mark>care</mark>')).toEqual([
      { text: "Children's <script> & ", marked: false },
      { text: 'care', marked: true },
    ]);
  });
});

const procedure: PagefindResultData = {
  url: '/procedures/safeguarding-children-from-online-harms/?highlight=pcot',
  excerpt: 'The <mark>PCOT</mark> targets offenders.',
  meta: { title: 'Safeguarding children from online harms', type: 'Procedure' },
  sub_results: [
    { title: 'Safeguarding children from online harms', url: '/procedures/safeguarding-children-from-online-harms/?highlight=pcot', excerpt: 'intro' },
    { title: 'Police: Protecting Children Online Team', url: '/procedures/safeguarding-children-from-online-harms/?highlight=pcot#police-pcot', excerpt: 'The <mark>PCOT</mark>', anchor: { element: 'h2', id: 'police-pcot' } },
  ],
};

describe('toResultView', () => {
  it('shows the title, type label, marked excerpt and the matching section with its anchor', () => {
    expect(toResultView(procedure)).toEqual({
      title: 'Safeguarding children from online harms',
      url: '/procedures/safeguarding-children-from-online-harms/?highlight=pcot',
      type: 'Procedure',
      excerpt: [
        { text: 'The ', marked: false },
        { text: 'PCOT', marked: true },
        { text: ' targets offenders.', marked: false },
      ],
      sections: [{ title: 'Police: Protecting Children Online Team', url: '/procedures/safeguarding-children-from-online-harms/?highlight=pcot#police-pcot', excerpt: [{ text: 'The ', marked: false }, { text: 'PCOT', marked: true }] }],
    });
  });

  it('leaves out a section headed with the page title, such as a contact card', () => {
    const contact: PagefindResultData = {
      url: '/contacts/childline/',
      excerpt: 'Childline',
      meta: { title: 'Childline', type: 'Contact' },
      sub_results: [{ title: 'Childline', url: '/contacts/childline/#contact-childline', excerpt: 'Childline', anchor: { element: 'h2', id: 'contact-childline' } }],
    };
    expect(toResultView(contact).sections).toEqual([]);
  });

  it('lists at most three sections', () => {
    const many = { ...procedure, sub_results: ['a', 'b', 'c', 'd'].map((id) => ({ title: id, url: `/p/#${id}`, excerpt: id, anchor: { element: 'h2', id } })) };
    expect(toResultView(many).sections.map((section) => section.title)).toEqual(['a', 'b', 'c']);
  });
});

describe('resultCountText', () => {
  it('counts results for a query', () => {
    expect(resultCountText(12, 'sexting', false)).toBe('12 results for ‘sexting’');
  });

  it('uses the singular for one result', () => {
    expect(resultCountText(1, 'IWF', false)).toBe('1 result for ‘IWF’');
  });

  it('says no results, naming the filters', () => {
    expect(resultCountText(0, 'kcsie', true)).toBe('No results for ‘kcsie’ with the filters you chose');
  });

  it('describes filter-only searches without a query', () => {
    expect(resultCountText(5, '', true)).toBe('5 results with the filters you chose');
  });

  it('says when pages match only some of the words', () => {
    expect(resultCountText(4, 'my child sent a nude', false, true)).toBe('4 results for some of the words in ‘my child sent a nude’');
  });
});

describe('orderedFilterValues', () => {
  it('keeps the site order and puts unknown values last, alphabetically', () => {
    expect(orderedFilterValues({ Guidance: 9, Contact: 30, Zebra: 1, Apple: 1, Procedure: 11 }, ['Procedure', 'Contact', 'Guidance'])).toEqual(['Procedure', 'Contact', 'Guidance', 'Apple', 'Zebra']);
  });
});
