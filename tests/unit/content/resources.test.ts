import { describe, expect, it } from 'vitest';
import { describeAreas, firstListings, groupResourcesByAudience } from '../../../src/lib/content/resources';

const audiences = [
  { id: 'parents-carers', label: 'Parents and carers' },
  { id: 'young-people', label: 'Young people' },
  { id: 'professionals', label: 'Professionals' },
];

const resource = (id: string, title: string, audienceIds: string[], area: string[]) => ({ id, data: { title, audiences: audienceIds, area } });

describe('groupResourcesByAudience', () => {
  it('lists a resource under every audience it is for', () => {
    const groups = groupResourcesByAudience([resource('digital-mot', 'Digital MOT', ['parents-carers', 'professionals'], ['derbyshire'])], audiences);
    expect(groups.map((group) => [group.audience.id, group.resources.map((item) => item.id)])).toEqual([
      ['parents-carers', ['digital-mot']],
      ['professionals', ['digital-mot']],
    ]);
  });

  it('leaves out an audience with no resources', () => {
    const groups = groupResourcesByAudience([resource('kcsie', 'Keeping Children Safe in Education', ['professionals'], ['national'])], audiences);
    expect(groups.map((group) => group.audience.label)).toEqual(['Professionals']);
  });

  it('puts local resources before national ones, then orders by title', () => {
    const groups = groupResourcesByAudience(
      [
        resource('kcsie', 'Keeping Children Safe in Education', ['professionals'], ['national']),
        resource('workshop-two', 'Workshop Two', ['professionals'], ['derby-city', 'derbyshire']),
        resource('co-re', 'CO:RE classification', ['professionals'], ['national']),
        resource('cyber-choices-toolkit', 'Cyber Choices Toolkit', ['professionals'], ['derbyshire']),
      ],
      audiences,
    );
    expect(groups[0]?.resources.map((item) => item.data.title)).toEqual(['Cyber Choices Toolkit', 'Workshop Two', 'CO:RE classification', 'Keeping Children Safe in Education']);
  });
});

describe('firstListings', () => {
  it('names the first group each resource is listed in, so the search reads it once', () => {
    const groups = groupResourcesByAudience(
      [
        resource('digital-mot', 'Digital MOT', ['professionals', 'parents-carers'], ['derbyshire']),
        resource('kcsie', 'Keeping Children Safe in Education', ['professionals'], ['national']),
      ],
      audiences,
    );
    expect(Object.fromEntries(firstListings(groups))).toEqual({ 'digital-mot': 'parents-carers', kcsie: 'professionals' });
  });
});

describe('describeAreas', () => {
  const label = (id: string) => ({ national: 'National (UK)', 'derby-city': 'Derby City', derbyshire: 'Derbyshire' })[id] ?? id;

  it('names a single area by its label', () => {
    expect(describeAreas(['national'], label)).toBe('National (UK)');
  });

  it('joins two areas with "and"', () => {
    expect(describeAreas(['derby-city', 'derbyshire'], label)).toBe('Derby City and Derbyshire');
  });
});
