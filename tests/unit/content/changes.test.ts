import { describe, expect, it } from 'vitest';
import { changeFeedItems, changesByYear, siteChanges, type AmendedPage } from '../../../src/lib/content/changes';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const procedure: AmendedPage = {
  collection: 'procedures',
  id: 'domestic-abuse',
  title: 'Domestic abuse',
  amendments: [
    { date: day('2024-06-01'), change: 'First published.' },
    { date: day('2025-03-14'), change: 'Section 2 rewritten.', section: 'responding' },
    { date: day('2025-03-14'), change: 'Contacts checked.' },
  ],
};
const guidance: AmendedPage = {
  collection: 'guidance',
  id: 'bullying-online',
  title: 'Bullying online',
  amendments: [{ date: day('2025-03-14'), change: 'Advice on reporting added.' }],
};
const act: AmendedPage = { collection: 'legislation', id: 'online-safety-act-2023', title: 'Online Safety Act 2023', amendments: [{ date: day('2025-07-25'), change: 'Child safety duties in force.' }] };

describe('site changes', () => {
  it('lists every amendment on every page, newest first', () => {
    expect(siteChanges([procedure, guidance, act]).map((change) => `${change.date.toISOString().slice(0, 10)} ${change.pageTitle}: ${change.change}`)).toEqual([
      '2025-07-25 Online Safety Act 2023: Child safety duties in force.',
      '2025-03-14 Bullying online: Advice on reporting added.',
      '2025-03-14 Domestic abuse: Section 2 rewritten.',
      '2025-03-14 Domestic abuse: Contacts checked.',
      '2024-06-01 Domestic abuse: First published.',
    ]);
  });

  it('orders changes made on the same day by page title, whatever order the pages come in', () => {
    expect(siteChanges([procedure, guidance]).filter((change) => change.date.getTime() === day('2025-03-14').getTime()).map((change) => change.pageTitle)).toEqual(['Bullying online', 'Domestic abuse', 'Domestic abuse']);
    expect(siteChanges([guidance, procedure]).map((change) => change.id)).toEqual(siteChanges([procedure, guidance]).map((change) => change.id));
  });

  it("keeps one page's changes on the same day in the order they are written", () => {
    const reversed = { ...procedure, amendments: [procedure.amendments[2]!, procedure.amendments[1]!, procedure.amendments[0]!] };
    expect(siteChanges([reversed]).map((change) => change.change)).toEqual(['Contacts checked.', 'Section 2 rewritten.', 'First published.']);
  });

  it('links to the page, and to the changed section when the amendment names one', () => {
    expect(siteChanges([procedure]).map((change) => change.href)).toEqual(['/procedures/domestic-abuse/#responding', '/procedures/domestic-abuse/', '/procedures/domestic-abuse/']);
  });

  it('gives each change a unique id made from the page and the date', () => {
    expect(siteChanges([procedure]).map((change) => change.id)).toEqual(['procedures-domestic-abuse-2025-03-14', 'procedures-domestic-abuse-2025-03-14-2', 'procedures-domestic-abuse-2024-06-01']);
  });

  it('groups changes by year, newest year first', () => {
    expect(changesByYear(siteChanges([procedure, act])).map((group) => [group.year, group.changes.length])).toEqual([
      [2025, 3],
      [2024, 1],
    ]);
  });

  it('makes feed items with absolute links and a guid that is an id, not a link (/changes/ is paged)', () => {
    const [item] = changeFeedItems(siteChanges([procedure]), 'https://example.org', () => 'Procedure');
    expect(item).toEqual({
      title: 'Domestic abuse',
      description: 'Section 2 rewritten.',
      link: 'https://example.org/procedures/domestic-abuse/#responding',
      pubDate: day('2025-03-14'),
      categories: ['Procedure'],
      customData: '<guid isPermaLink="false">https://example.org/changes/#procedures-domestic-abuse-2025-03-14</guid>',
    });
  });
});
