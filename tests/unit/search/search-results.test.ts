import { describe, expect, it } from 'vitest';
import {
  copyResultData,
  excerptParts,
  orderedFilterValues,
  resultCountText,
  searchedAsTyped,
  toResultView,
  withHighlightWords,
  type PagefindResultData,
} from '../../../src/lib/search/search-results';

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
    {
      title: 'Safeguarding children from online harms',
      url: '/procedures/safeguarding-children-from-online-harms/?highlight=pcot',
      excerpt: 'intro',
    },
    {
      title: 'Police: Protecting Children Online Team',
      url: '/procedures/safeguarding-children-from-online-harms/?highlight=pcot#police-pcot',
      excerpt: 'The <mark>PCOT</mark>',
      anchor: { element: 'h2', id: 'police-pcot' },
    },
  ],
};

describe('toResultView', () => {
  it('shows the title, type label, marked excerpt and the matching section with its anchor', () => {
    expect(toResultView([procedure])).toEqual({
      title: 'Safeguarding children from online harms',
      url: '/procedures/safeguarding-children-from-online-harms/?highlight=pcot',
      type: 'Procedure',
      excerpt: [
        { text: 'The ', marked: false },
        { text: 'PCOT', marked: true },
        { text: ' targets offenders.', marked: false },
      ],
      sections: [
        {
          title: 'Police: Protecting Children Online Team',
          url: '/procedures/safeguarding-children-from-online-harms/?highlight=pcot#police-pcot',
          excerpt: [
            { text: 'The ', marked: false },
            { text: 'PCOT', marked: true },
          ],
        },
      ],
      keywords: [],
      glossaryNames: [],
      audiences: [],
      areas: [],
      callable: false,
    });
  });

  it('reads the audiences the page is written for from its audience filter', () => {
    const view = toResultView([{ ...procedure, filters: { type: ['Procedure'], audience: ['Professionals'] } }]);
    expect(view.audiences).toEqual(['Professionals']);
  });

  it('reads whether the page gives a number to ring from its phone field', () => {
    expect(toResultView([{ ...procedure, meta: { ...procedure.meta, phone: '0800 1111 08001111' } }]).callable).toBe(true);
    expect(toResultView([procedure]).callable).toBe(false);
  });

  it('reads the areas the page is for from its area filter', () => {
    const view = toResultView([{ ...procedure, filters: { type: ['Contact'], area: ['Derbyshire'] } }]);
    expect(view.areas).toEqual(['Derbyshire']);
  });

  it('reads the page’s hidden keywords, main ones first, and its glossary names, for ordering the first screen', () => {
    const view = toResultView([
      {
        ...procedure,
        meta: {
          ...procedure.meta,
          keywords: 'online harms procedure, e-safety, esafety',
          more_keywords: 'internet safety, online abuse',
          glossary_names: 'Designated safeguarding lead, DSL',
        },
      },
    ]);
    expect([view.keywords, view.glossaryNames]).toEqual([
      ['online harms procedure', 'e-safety', 'esafety', 'internet safety', 'online abuse'],
      ['Designated safeguarding lead', 'DSL'],
    ]);
  });

  it('leaves out a section headed with the page title, such as a contact card', () => {
    const contact: PagefindResultData = {
      url: '/contacts/childline/',
      excerpt: 'Childline',
      meta: { title: 'Childline', type: 'Contact' },
      sub_results: [
        {
          title: 'Childline',
          url: '/contacts/childline/#contact-childline',
          excerpt: 'Childline',
          anchor: { element: 'h2', id: 'contact-childline' },
        },
      ],
    };
    expect(toResultView([contact]).sections).toEqual([]);
  });

  it('adds the words to mark on arrival to the page and section links', () => {
    const view = toResultView([procedure], { param: 'highlight', words: ['police', 'pcot'] });
    expect([view.url, view.sections[0]?.url]).toEqual([
      '/procedures/safeguarding-children-from-online-harms/?highlight=pcot&highlight=police',
      '/procedures/safeguarding-children-from-online-harms/?highlight=pcot&highlight=police#police-pcot',
    ]);
  });

  it('lists sections from each search in turn, each once, and takes the first excerpt with a marked word', () => {
    const byAcronym: PagefindResultData = {
      ...procedure,
      excerpt: 'No marked words',
      sub_results: [
        procedure.sub_results[1]!,
        { title: 'Scope', url: '/p/#scope', excerpt: 'x', anchor: { element: 'h2', id: 'scope' } },
      ],
    };
    const byPhrase: PagefindResultData = {
      ...procedure,
      excerpt: 'The <mark>team</mark>',
      sub_results: [procedure.sub_results[1]!],
    };
    const view = toResultView([byAcronym, byPhrase]);
    expect([view.sections.map((section) => section.title), view.excerpt]).toEqual([
      ['Police: Protecting Children Online Team', 'Scope'],
      [
        { text: 'The ', marked: false },
        { text: 'team', marked: true },
      ],
    ]);
  });

  it('shows a section’s excerpt only when it differs from the page’s', () => {
    const same: PagefindResultData = {
      ...procedure,
      sub_results: [{ ...procedure.sub_results[1]!, excerpt: procedure.excerpt }],
    };
    expect(toResultView([same]).sections[0]?.excerpt).toEqual([]);
  });

  it('lists at most three sections', () => {
    const many = {
      ...procedure,
      sub_results: ['a', 'b', 'c', 'd'].map((id) => ({
        title: id,
        url: `/p/#${id}`,
        excerpt: id,
        anchor: { element: 'h2', id },
      })),
    };
    expect(toResultView([many]).sections.map((section) => section.title)).toEqual(['a', 'b', 'c']);
  });

  it('lists the section that matched the search most first, then the rest in page order', () => {
    const scored = (id: string, scores: number[]) => ({
      title: id,
      url: `/resources/#${id}`,
      excerpt: id,
      anchor: { element: 'h3', id },
      weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
    });
    const resources = {
      ...procedure,
      sub_results: [scored('Digital MOT', [1]), scored('Safer Derbyshire', [1]), scored('Be Safe and Smart Online', [6, 5, 1])],
    };
    expect(toResultView([resources]).sections.map((section) => section.title)).toEqual([
      'Be Safe and Smart Online',
      'Digital MOT',
      'Safer Derbyshire',
    ]);
  });
});

describe('searchedAsTyped', () => {
  it('says the words the search kept of the query, when they are words typed', () => {
    expect(searchedAsTyped('how do i stop my child seeing porn', 'my child seeing porn')).toBe('my child seeing porn');
    expect(searchedAsTyped('How do I stop my child seeing porn?', 'my child seeing porn')).toBe('my child seeing porn');
  });

  it('says the query as typed, when the search read some of its words in the site’s words', () => {
    expect(searchedAsTyped('he says he will post my nudes', 'he says he threatening to share my nudes')).toBe(
      'he says he will post my nudes',
    );
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

  it('names the other names of a term that were searched too', () => {
    expect(resultCountText(3, 'DSL', false, false, ['Designated safeguarding lead'])).toBe(
      '3 results for ‘DSL’ or ‘Designated safeguarding lead’',
    );
  });

  it('says when pages match only some of the words', () => {
    expect(resultCountText(4, 'my child sent a nude', false, true)).toBe(
      '4 results for some of the words in ‘my child sent a nude’',
    );
  });
});

describe('copyResultData', () => {
  it('copies sections, so a later data() call cannot change them', () => {
    const copy = copyResultData(procedure);
    procedure.sub_results[1]!.anchor!.id = 'changed';
    expect(copy.sub_results[1]?.anchor?.id).toBe('police-pcot');
    procedure.sub_results[1]!.anchor!.id = 'police-pcot';
  });
});

describe('withHighlightWords', () => {
  it('adds a parameter to a link that has none, before its fragment', () => {
    expect(withHighlightWords('/contacts/childline/#contact-childline', 'highlight', ['DSL'])).toBe(
      '/contacts/childline/?highlight=dsl#contact-childline',
    );
  });
});

describe('orderedFilterValues', () => {
  it('keeps the site order and puts unknown values last, alphabetically', () => {
    expect(
      orderedFilterValues({ Guidance: 9, Contact: 30, Zebra: 1, Apple: 1, Procedure: 11 }, ['Procedure', 'Contact', 'Guidance']),
    ).toEqual(['Procedure', 'Contact', 'Guidance', 'Apple', 'Zebra']);
  });
});
