import { describe, expect, it } from 'vitest';
import {
  actInitials,
  glossaryKeywords,
  glossaryNamePattern,
  glossaryNamesAttribute,
  inlineMeta,
  namesFromAttribute,
  termsNoPageNames,
  keywordSearchText,
  phoneSearchText,
} from '../../../src/lib/search/search-terms';

describe('phoneSearchText', () => {
  it('gives each number as written and as one run of digits', () => {
    expect(phoneSearchText(['01629 535 353'])).toBe('01629 535 353 01629535353');
  });

  it('lists a number once when it has no spaces to remove', () => {
    expect(phoneSearchText(['999'])).toBe('999');
  });

  it('keeps every number of a contact with several', () => {
    expect(phoneSearchText(['0344 381 4772', '0800 1111'])).toBe('0344 381 4772 03443814772 0800 1111 08001111');
  });
});

describe('keywordSearchText', () => {
  it('joins keywords into one value, each once', () => {
    expect(keywordSearchText(['sexting', ' nudes ', 'sexting', 'semi-nudes'])).toBe('sexting, nudes, semi-nudes');
  });
});

describe('inlineMeta', () => {
  it('writes a field inline as key:value', () => {
    expect(inlineMeta('keywords', 'sexting, nudes')).toBe('keywords:sexting, nudes');
  });

  it('writes nothing for an empty value', () => {
    expect(inlineMeta('phone', '')).toBeUndefined();
  });
});

describe('glossaryKeywords', () => {
  const glossary = [
    { term: 'Intimate image abuse', aliases: ['revenge porn', 'non-consensual intimate imagery'], keywords: [] },
    { term: 'DSL', expansion: 'Designated safeguarding lead', aliases: [], keywords: ['safeguarding lead'] },
    { term: 'Trolling', aliases: [], keywords: ['troll'] },
  ];

  it('gives a page the other names of a glossary term its title or keywords name', () => {
    expect(glossaryKeywords({ title: 'Online Safety Act 2023', keywords: ['intimate image abuse', 'OSA'] }, glossary)).toEqual([
      'revenge porn',
      'non-consensual intimate imagery',
    ]);
  });

  it('matches whole words only, and leaves out names the page already has', () => {
    expect(
      glossaryKeywords({ title: 'Controlling behaviour', keywords: ['DSL', 'trolls', 'safeguarding lead'] }, glossary),
    ).toEqual(['Designated safeguarding lead']);
  });

  it('counts an acronym only in capitals, so an Act does not name ACT', () => {
    const act = [{ term: 'ACT', expansion: 'Action Counters Terrorism', aliases: [], keywords: [] }];
    expect(glossaryKeywords({ title: 'Sexual Offences Act 2003', keywords: [] }, act)).toEqual([]);
    expect(glossaryKeywords({ title: 'Anti-Terrorist Hotline (ACT)', keywords: [] }, act)).toEqual([
      'ACT',
      'Action Counters Terrorism',
    ]);
  });

  it('counts a keyword that is a name of the term, not one that only has a name or a looser word in it', () => {
    const nudes = [{ term: 'Youth produced sexual imagery', aliases: ['sexting'], keywords: ['nudes'] }];
    expect(
      glossaryKeywords({ title: 'Sextortion', keywords: ['threatening to share my nudes', 'sexting in schools'] }, nudes),
    ).toEqual([]);
    expect(glossaryKeywords({ title: 'Sharing nudes', keywords: ['sexting'] }, nudes)).toEqual([
      'Youth produced sexual imagery',
      'nudes',
    ]);
  });

  it('gives nothing to a page that names no glossary term', () => {
    expect(glossaryKeywords({ title: 'Bullying online', keywords: ['mean messages'] }, glossary)).toEqual([]);
  });
});

describe('termsNoPageNames', () => {
  const glossary = [
    { term: 'DBS', expansion: 'Disclosure and Barring Service', aliases: [], keywords: [] },
    { term: 'CEOP', aliases: ['CEOP Safety Centre'], keywords: [] },
    { term: 'Intimate image abuse', aliases: ['revenge porn'], keywords: [] },
  ];

  it('keeps the terms no page’s title or keywords name, by any of their names', () => {
    const pages = [
      { title: 'CEOP Safety Centre', keywords: [] },
      { title: 'Online Safety Act 2023', keywords: ['revenge porn'] },
    ];
    expect(termsNoPageNames(pages, glossary).map((entry) => entry.term)).toEqual(['DBS']);
  });
});

describe('glossaryNamePattern', () => {
  it('finds an acronym in capitals only, as a whole word', () => {
    expect(glossaryNamePattern('ICT').test('<p>ICT lessons</p>')).toBe(true);
    expect(glossaryNamePattern('ICT').test('<p>strict rules</p>')).toBe(false);
    expect(glossaryNamePattern('ICT').test('<p>ict</p>')).toBe(false);
  });

  it('finds another name in any case, its words apart by spaces or hyphens', () => {
    expect(glossaryNamePattern('Pseudo-photograph').test('a pseudo photograph of a child')).toBe(true);
    expect(glossaryNamePattern('Extra-familial harm').test('Extra-Familial Harm')).toBe(true);
    expect(glossaryNamePattern('LGBTQ+').test('LGBTQ+ young people')).toBe(true);
  });
});

describe('glossaryNamesAttribute and namesFromAttribute', () => {
  it('writes a term’s names for the glossary page’s mark and reads them back', () => {
    const entry = { term: 'DBS', expansion: 'Disclosure and Barring Service', aliases: ['DBS check'], keywords: ['vetting'] };
    expect(namesFromAttribute(glossaryNamesAttribute(entry))).toEqual(['DBS', 'Disclosure and Barring Service', 'DBS check']);
  });
});

describe('actInitials', () => {
  it('gives an Act’s initials from its short title, alone and with its year', () => {
    expect(actInitials({ shortTitle: 'Serious Crime Act', year: 2015 })).toEqual(['SCA', 'SCA 2015']);
    expect(actInitials({ shortTitle: 'Voyeurism (Offences) Act', year: 2019 })).toEqual(['VOA', 'VOA 2019']);
  });

  it('gives both forms when readers may leave out a small word or keep it', () => {
    expect(actInitials({ shortTitle: 'Protection of Children Act', year: 1978 })).toEqual([
      'PCA',
      'PCA 1978',
      'POCA',
      'POCA 1978',
    ]);
  });

  it('gives nothing for initials of fewer than three letters', () => {
    expect(actInitials({ shortTitle: 'Children Act', year: 1989 })).toEqual([]);
  });
});
