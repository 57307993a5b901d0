import { describe, expect, it } from 'vitest';
import { addMonths, reviewDue } from '../../../src/lib/content/review';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('addMonths', () => {
  it('counts calendar months', () => {
    expect(addMonths(day('2026-11-24'), 12)).toEqual(day('2027-11-24'));
  });

  it('turns 31 January plus a month into the last day of February', () => {
    expect([addMonths(day('2027-01-31'), 1), addMonths(day('2028-01-31'), 1)]).toEqual([day('2027-02-28'), day('2028-02-29')]);
  });

  it('keeps 29 February a year on as 28 February', () => {
    expect(addMonths(day('2028-02-29'), 12)).toEqual(day('2029-02-28'));
  });
});

describe('reviewDue', () => {
  it('uses the partnership’s policy, and says so, when no source gives a date', () => {
    expect(reviewDue(day('2026-11-24'), undefined, { monthsAfterLastUpdate: 12 })).toEqual({
      date: day('2027-11-24'),
      basis: "set by the partnership's policy of reviewing each page within a year of its last update",
    });
  });

  it('names the months when the policy is not a year', () => {
    expect(reviewDue(day('2026-11-24'), undefined, { monthsAfterLastUpdate: 6 }).basis).toBe(
      "set by the partnership's policy of reviewing each page within 6 months of its last update",
    );
  });

  it('uses a date a source gives, and names the source', () => {
    expect(reviewDue(day('2025-03-14'), { date: day('2027-03-14'), source: 'the procedures manual' }, { monthsAfterLastUpdate: 12 })).toEqual(
      { date: day('2027-03-14'), basis: 'as the procedures manual gives it' },
    );
  });
});
