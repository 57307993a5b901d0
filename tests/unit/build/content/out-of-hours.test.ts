import { describe, expect, it } from 'vitest';
import { findMissingOutOfHours, isAlwaysOpen } from '../../../../build/content/out-of-hours';
import { formatProblem } from '../../../../build/content/content-error';
import { loadContent, type LoadedEntry } from '../../../../build/content/content-files';

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const contact = (id: string, data: object) =>
  ({
    collection: 'contacts',
    id,
    file: `content/contacts/${id}.mdx`,
    body: '',
    data: { outOfHours: [], ...data },
  }) as unknown as LoadedEntry;
const consultationLine = (outOfHours: string[]) =>
  contact('consultation-line', { hours: [{ days: weekdays, opens: '10:00', closes: '16:00' }], outOfHours });

describe('isAlwaysOpen', () => {
  it('is true for a line open around the clock every day', () => {
    expect(isAlwaysOpen([{ days: [...weekdays, 'saturday', 'sunday'], allDay: true }])).toBe(true);
  });

  it('is false for weekday hours', () => {
    expect(isAlwaysOpen([{ days: weekdays }])).toBe(false);
  });
});

describe('findMissingOutOfHours', () => {
  it('accepts a line with hours that names where to go when it is closed', () => {
    expect(findMissingOutOfHours([consultationLine(['referral-line']), contact('referral-line', {})])).toEqual([]);
  });

  it('errors if a line with hours names nowhere to go when it is closed', () => {
    expect(findMissingOutOfHours([consultationLine([])]).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/contacts/consultation-line.mdx → outOfHours: This contact has opening hours, so readers will see "Closed now". Expected outOfHours: the ids of the contacts to use when it is closed, for example [call-derbyshire].",
      ]
    `);
  });

  it('errors if an out-of-hours id names no other contact', () => {
    expect(findMissingOutOfHours([consultationLine(['consultation-line', 'refferal-line'])]).map(formatProblem))
      .toMatchInlineSnapshot(`
      [
        "content/contacts/consultation-line.mdx → outOfHours.0: "consultation-line" is not another contact. Expected the file name (without .mdx) of another file in content/contacts/.",
        "content/contacts/consultation-line.mdx → outOfHours.1: "refferal-line" is not another contact. Expected the file name (without .mdx) of another file in content/contacts/.",
      ]
    `);
  });

  it("finds nothing missing in the site's contacts", () => {
    expect(findMissingOutOfHours(loadContent().entries)).toEqual([]);
  });
});
