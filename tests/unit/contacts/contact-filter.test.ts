import { describe, expect, it } from 'vitest';
import {
  contactFacets,
  filterFromQuery,
  matchesFilter,
  queryFromFilter,
  resultCountText,
} from '../../../src/lib/contacts/contact-filter';
import {
  alwaysShownNames,
  areaPageText,
  audiencePageText,
  audiencePhrase,
  directoryAreas,
  filterGroups,
  keyNumbers,
} from '../../../src/lib/contacts/contact-directory';
import { loadContent, type EntryData } from '../../../build/content/content-files';
import { areaLabel, site } from '../../../src/site.config';

const startingPoint = { areas: ['derbyshire'], audiences: ['professionals'], kind: 'advice-line', alwaysShown: false };
const police = {
  areas: ['derbyshire', 'derby-city'],
  audiences: ['parents-carers', 'young-people', 'professionals'],
  kind: 'local-service',
  alwaysShown: false,
};
const childline = { areas: ['national'], audiences: ['young-people'], kind: 'helpline', alwaysShown: true };
const siteContacts = loadContent()
  .entries.filter((entry) => entry.collection === 'contacts')
  .map((entry) => ({ id: entry.id, data: entry.data as EntryData<'contacts'> }));
const offered = {
  area: ['derby-city', 'derbyshire', 'national'],
  audience: ['parents-carers', 'young-people', 'professionals'],
  kind: ['emergency', 'helpline'],
};

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

  it('shows a service in each area it covers', () => {
    expect([matchesFilter(police, { area: 'derby-city' }), matchesFilter(police, { area: 'derbyshire' })]).toEqual([true, true]);
  });

  it('shows an always-shown contact whatever area or audience is chosen', () => {
    expect(matchesFilter(childline, { area: 'derbyshire', audience: 'professionals' })).toBe(true);
  });

  it('still lets a reader who chooses a kind hide an always-shown contact', () => {
    expect(matchesFilter(childline, { kind: 'report' })).toBe(false);
  });
});

describe("the site's contacts in the directory", () => {
  const shownBy = (filter: { area?: string; audience?: string }) =>
    siteContacts.filter((contact) => matchesFilter(contactFacets(contact.data), filter)).map((contact) => contact.id);

  it('never hides 999, Childline or the NSPCC Helpline, whatever area and audience are chosen', () => {
    for (const area of ['', ...offered.area])
      for (const audience of ['', ...offered.audience])
        expect(shownBy({ area, audience }), `area "${area}", audience "${audience}"`).toEqual(
          expect.arrayContaining(['emergency-999', 'childline', 'nspcc-helpline']),
        );
  });

  it('lists the police under Derby City as well as Derbyshire', () => {
    expect([shownBy({ area: 'derby-city' }), shownBy({ area: 'derbyshire' })]).toEqual([
      expect.arrayContaining(['derbyshire-constabulary']),
      expect.arrayContaining(['derbyshire-constabulary']),
    ]);
  });

  it('names the always-shown contacts from their data', () => {
    expect(alwaysShownNames(siteContacts)).toEqual(['Childline', 'NSPCC Helpline', 'Police emergency line']);
  });

  it('puts every number on the key numbers sheet, the always-shown ones first', () => {
    const sheet = keyNumbers(siteContacts).map((contact) => contact.id);
    expect(sheet.slice(0, 3)).toEqual(['emergency-999', 'childline', 'nspcc-helpline']);
    expect(sheet).toHaveLength(siteContacts.filter((contact) => contact.data.phones.length > 0).length);
  });
});

describe('the filter in the address', () => {
  it('reads the area and audience from a shared link', () => {
    expect(filterFromQuery('?area=derby-city&audience=parents-carers', offered)).toEqual({
      area: 'derby-city',
      audience: 'parents-carers',
    });
  });

  it('ignores a value the form does not offer, so a mistyped link shows everything', () => {
    expect(filterFromQuery('?area=derby&kind=helpline', offered)).toEqual({ kind: 'helpline' });
  });

  it('writes the chosen values in the form order and leaves out empty ones', () => {
    expect(queryFromFilter({ audience: 'young-people', area: 'derbyshire', kind: '' })).toBe(
      '?area=derbyshire&audience=young-people',
    );
  });

  it('writes nothing when nothing is chosen', () => {
    expect(queryFromFilter({ area: '', audience: '' })).toBe('');
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

describe('the directory’s pages for an area and an audience', () => {
  it('are headed with the area or the audience they list, and national services as national', () => {
    expect(areaPageText({ id: 'derbyshire', label: 'Derbyshire' })).toEqual({
      heading: 'Contacts in Derbyshire',
      description: 'Helplines, advice lines, services and reporting routes in Derbyshire.',
    });
    expect(areaPageText({ id: 'national', label: 'National' }).heading).toBe('National contacts');
    expect(audiencePageText({ label: 'Young people' })).toEqual({
      heading: 'Contacts for young people',
      description: 'Helplines, advice lines, services and reporting routes for young people.',
    });
  });
});
