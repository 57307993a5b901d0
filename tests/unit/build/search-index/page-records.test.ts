import { describe, expect, it } from 'vitest';
import { audienceNames, contactListRecords, pathwayRecords } from '../../../../build/search-index/page-records';
import { searchMetaFields } from '../../../../src/lib/search/search-config';
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
  it('holds the directory and the key numbers sheet by their headings and what readers call them, not their lists', () => {
    const keyNumbers = contactListRecords().find((record) => record.url === '/contacts/key-numbers/');
    expect(keyNumbers?.meta['title']).toBe('Key numbers');
    expect(keyNumbers?.content).toBe(
      "Key numbers. Who to phone about a child's safety online. Print this page and keep it by the phone.",
    );
    expect(keyNumbers?.meta[searchMetaFields.keywords]).toContain('phone numbers');
    expect(contactListRecords().map((record) => record.url)).toEqual(['/contacts/', '/contacts/key-numbers/']);
  });
});
