import { describe, expect, it } from 'vitest';
import {
  audienceNames,
  contactListRecords,
  pathwayRecords,
  sectionListRecords,
} from '../../../../build/search-index/page-records';
import { extraPageTypes, searchMetaFields } from '../../../../src/lib/search/search-config';
import { sectionPages } from '../../../../src/lib/pages/section-pages';
import { contactListPages } from '../../../../src/lib/contacts/contact-directory';
import { site } from '../../../../src/site.config';

describe('audienceNames', () => {
  it('names each audience a label joins, then the label', () => {
    expect(audienceNames('Parents and carers')).toEqual(['Parents', 'carers', 'Parents and carers']);
    expect(audienceNames('Young people')).toEqual(['Young people']);
  });
});

describe('pathwayRecords', () => {
  it('gives each audience page its audiences as keywords', () => {
    const keywords = pathwayRecords().map((record) => record.meta[searchMetaFields.keywords]);
    expect(keywords).toContain('Parents, carers, Parents and carers');
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

describe('contactListRecords', () => {
  it('holds each list of contacts by its heading, opening line and the names readers search it by, not its list', () => {
    const pages = Object.values(contactListPages);
    const held = contactListRecords().map(({ url, content, meta }) => ({
      url,
      content,
      title: meta['title'],
      keywords: meta[searchMetaFields.keywords],
    }));
    expect(held).toEqual(
      pages.map((page) => ({
        url: page.path,
        content: `${page.heading}. ${page.lead}`,
        title: page.heading,
        keywords: page.searchNames.join(', '),
      })),
    );
    expect(pages.length).toBeGreaterThan(1);
  });
});

describe('sectionListRecords', () => {
  it('holds each section list by its heading, description and the names readers search it by, typed as a list of pages', () => {
    const held = sectionListRecords().map(({ url, content, meta, filters }) => ({
      url,
      content,
      title: meta['title'],
      keywords: meta[searchMetaFields.keywords],
      type: filters['type'],
    }));
    expect(held).toEqual(
      Object.values(sectionPages).map((page) => ({
        url: page.path,
        content: `${page.heading}. ${page.description}`,
        title: page.heading,
        keywords: page.searchNames.join(', '),
        type: [extraPageTypes.sectionList],
      })),
    );
  });

  it('names each list as the site’s navigation and the type labels do', () => {
    expect(sectionPages.glossary).toMatchObject({ path: '/glossary/', heading: 'Glossary' });
    expect(sectionPages.risks).toMatchObject({ path: '/risks/', heading: 'Online risks' });
  });
});
