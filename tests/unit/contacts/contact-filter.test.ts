import { describe, expect, it } from 'vitest';
import { matchesFilter, resultCountText } from '../../../src/lib/contacts/contact-filter';
import { audiencePhrase, directoryAreas, filterGroups } from '../../../src/lib/contacts/contact-directory';
import { areaLabel, site } from '../../../src/site.config';

const startingPoint = { area: 'derbyshire', audiences: ['professionals'], kind: 'advice-line' };

describe('matchesFilter', () => {
  it('shows every contact when nothing is chosen', () => {
    expect(matchesFilter(startingPoint, { area: '', audience: '', kind: '' })).toBe(true);
  });

  it('shows a contact in the chosen area', () => {
    expect(matchesFilter(startingPoint, { area: 'derbyshire' })).toBe(true);
  });

  it('hides a contact from another area, national ones included', () => {
    expect([matchesFilter(startingPoint, { area: 'derby-city' }), matchesFilter(startingPoint, { area: 'national' })]).toEqual([
      false,
      false,
    ]);
  });

  it('shows a contact for the chosen audience and hides it for another', () => {
    expect([
      matchesFilter(startingPoint, { audience: 'professionals' }),
      matchesFilter(startingPoint, { audience: 'young-people' }),
    ]).toEqual([true, false]);
  });

  it('needs every chosen filter to match', () => {
    expect(matchesFilter(startingPoint, { area: 'derbyshire', audience: 'professionals', kind: 'helpline' })).toBe(false);
  });
});

describe('resultCountText', () => {
  it('says all contacts are shown', () => {
    expect(resultCountText(34, 34)).toBe('Showing all 34 contacts');
  });

  it('says how many of all are shown', () => {
    expect(resultCountText(2, 34)).toBe('Showing 2 of 34 contacts');
  });

  it('says what to do when nothing matches', () => {
    expect(resultCountText(0, 34)).toBe('No contacts match. Choose “All” in one of the groups to see more.');
  });
});

describe('filterGroups', () => {
  it('builds the area, audience and kind filters from the site config and the schema, local areas first', () => {
    const groups = filterGroups(directoryAreas(site.areas, areaLabel('national')), site.audiences);
    expect(
      groups.map((group) => [
        group.name,
        group.options.map((option) => `${option.label}${option.href ? ` ${option.href}` : ''}`),
      ]),
    ).toEqual([
      [
        'area',
        [
          'All areas /contacts/',
          'Derby City /contacts/area/derby-city/',
          'Derbyshire /contacts/area/derbyshire/',
          'National (UK) /contacts/area/national/',
        ],
      ],
      [
        'audience',
        [
          'Anyone /contacts/',
          'Parents and carers /contacts/for/parents-carers/',
          'Young people /contacts/for/young-people/',
          'Professionals /contacts/for/professionals/',
        ],
      ],
      [
        'kind',
        [
          'All kinds',
          'Emergency',
          'Consultation and advice lines',
          'Helplines',
          'Reporting routes',
          'Local services',
          'Information and advice',
        ],
      ],
    ]);
  });
});

describe('audiencePhrase', () => {
  it('joins audience labels into one phrase in sentence case', () => {
    expect(audiencePhrase(['Young people', 'Parents and carers', 'Professionals'])).toBe(
      'Young people, parents and carers, professionals',
    );
  });
});
