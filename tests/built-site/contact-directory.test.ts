import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site';
import { areaPagePath, audiencePagePath, directoryAreas } from '../../src/lib/contacts/contact-directory';
import { areaLabel, site } from '../../src/site.config';

const pages = builtPages();
const html = (path: string) => pages.find((page) => page.path === path)?.html ?? '';
const filteredPages = [
  ...directoryAreas(site.areas, areaLabel('national')).map((area) => areaPagePath(area.id)),
  ...site.audiences.map((audience) => audiencePagePath(audience.id)),
];

describe('the filtered contact pages', () => {
  it.each(filteredPages)('%s lists 999, Childline and the NSPCC Helpline', (path) => {
    const page = html(path);
    expect(['emergency-999', 'childline', 'nspcc-helpline'].filter((id) => !page.includes(`data-contact="${id}"`))).toEqual([]);
  });

  it.each(['/contacts/area/derby-city/', '/contacts/area/derbyshire/'])('%s lists Derbyshire Constabulary', (path) => {
    expect(html(path)).toContain('data-contact="derbyshire-constabulary"');
  });
});
