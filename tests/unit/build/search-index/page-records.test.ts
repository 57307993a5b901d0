import { describe, expect, it } from 'vitest';
import {
  audienceNames,
  contactListRecords,
  guideStartRecords,
  markedGlossaryTerms,
  pathwayRecords,
  recordText,
  sectionListRecords,
  sitePageRecords,
} from '../../../../build/search-index/page-records';
import { extraPageTypes, searchMetaFields } from '../../../../src/lib/search/search-config';
import { guideStartPage, sectionPages, sitePages, type ListPage } from '../../../../src/lib/pages/section-pages';
import { contentTypeLabels } from '../../../../src/schemas';
import { contactListPages } from '../../../../src/lib/contacts/contact-directory';
import { site } from '../../../../src/site.config';

describe('audienceNames', () => {
  it('names each audience a label joins, then the label', () => {
    expect(audienceNames('Parents and carers')).toEqual(['Parents', 'carers', 'Parents and carers']);
    expect(audienceNames('Young people')).toEqual(['Young people']);
  });
});

describe('recordText', () => {
  it('makes the heading a sentence before the description, unless it is one', () => {
    expect(recordText('Glossary', 'What terms mean.')).toBe('Glossary. What terms mean.');
    expect(recordText('Worried about a child?', 'Answer a few questions.')).toBe(
      'Worried about a child? Answer a few questions.',
    );
  });
});

describe('pathwayRecords', () => {
  it('gives each audience page its audiences as keywords', () => {
    const keywords = pathwayRecords().map((record) => record.meta[searchMetaFields.keywords]);
    expect(keywords).toContain('Parents, carers, Parents and carers, grandparents');
  });

  it('adds the people an audience takes in after its names, so "I\'m a teacher" finds the professionals\' page', () => {
    const records = pathwayRecords();
    for (const [position, audience] of site.audiences.entries()) {
      const keywords = records[position]?.meta[searchMetaFields.keywords]?.split(', ');
      expect(keywords).toEqual([...audienceNames(audience.label), ...audience.includes]);
    }
    expect(site.audiences.some((audience) => audience.includes.length > 0)).toBe(true);
  });
});

describe('the records of lists', () => {
  it.each([
    {
      name: 'contactListRecords',
      records: contactListRecords,
      pages: contactListPages,
      type: contentTypeLabels.contacts.singular,
    },
    { name: 'sectionListRecords', records: sectionListRecords, pages: sectionPages, type: extraPageTypes.sectionList },
    { name: 'sitePageRecords', records: sitePageRecords, pages: sitePages, type: extraPageTypes.sitePage },
    { name: 'guideStartRecords', records: guideStartRecords, pages: { guideStartPage }, type: extraPageTypes.guideOutcome },
  ])(
    '$name holds each list by its heading, summary and the names readers search it by, not what it lists',
    ({ records, pages, type }) => {
      const held = records().map(({ url, content, meta, filters }) => ({
        url,
        content,
        title: meta['title'],
        keywords: meta[searchMetaFields.keywords],
        type: filters['type'],
      }));
      expect(held).toEqual(
        Object.values(pages).map((page: ListPage) => ({
          url: page.path,
          content: recordText(page.heading, page.summary),
          title: page.heading,
          keywords: page.searchNames.join(', '),
          type: [type],
        })),
      );
      expect(held.length).toBeGreaterThan(0);
    },
  );
});

describe('markedGlossaryTerms and the glossary’s record', () => {
  const glossaryHtml =
    '<dl><div data-search-record="DBS|Disclosure and Barring Service"><dt id="dbs">DBS</dt><dd>…</dd></div>' +
    '<div><dt id="ceop">CEOP</dt><dd>…</dd></div></dl>';

  it('reads the names of each term the glossary page marks', () => {
    expect(markedGlossaryTerms(glossaryHtml)).toEqual([['DBS', 'Disclosure and Barring Service']]);
  });

  it('gives the glossary’s record the names of terms no page names, and no other list', () => {
    const records = sectionListRecords(['DBS', 'Disclosure and Barring Service']);
    const glossary = records.find((record) => record.url === sectionPages.glossary.path);
    expect(glossary?.meta[searchMetaFields.glossaryNames]).toBe('DBS, Disclosure and Barring Service');
    expect(records.filter((record) => record.meta[searchMetaFields.glossaryNames] !== undefined)).toHaveLength(1);
    expect(
      sectionListRecords().find((record) => record.url === sectionPages.glossary.path)?.meta[searchMetaFields.glossaryNames],
    ).toBeUndefined();
  });
});
