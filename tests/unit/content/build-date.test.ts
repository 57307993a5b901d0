import { describe, expect, it } from 'vitest';
import { buildDate, londonDay, parseDay } from '../../../src/lib/content/build-date';
import { isOverdue } from '../../../src/lib/content/dates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the build date', () => {
  it('is the BUILD_DATE when one is set', () => {
    expect(buildDate('2026-11-24', new Date('2030-01-01T12:00:00Z'))).toEqual(day('2026-11-24'));
  });

  it('is the day it is in the UK when BUILD_DATE is not set', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(buildDate(undefined, new Date('2026-06-30T23:30:00Z'))).toEqual(day('2026-07-01'));
    expect(londonDay(new Date('2026-12-31T23:30:00Z'))).toEqual(day('2026-12-31'));
  });

  it('errors if BUILD_DATE is not a real date', () => {
    expect(() => buildDate('2026-02-30')).toThrowErrorMatchingInlineSnapshot(`[Error: BUILD_DATE must be a date written as YYYY-MM-DD, for example 2026-11-24; got "2026-02-30".]`);
  });

  it('reads only dates written as YYYY-MM-DD', () => {
    expect([parseDay('2026-11-24'), parseDay('24/11/2026'), parseDay('2026-11-24T10:00')]).toEqual([day('2026-11-24'), undefined, undefined]);
  });
});

describe('the "being reviewed" decision', () => {
  it('is not made on the review date itself', () => {
    expect(isOverdue(day('2026-11-24'), day('2026-11-24'))).toBe(false);
  });

  it('is made the day after the review date', () => {
    expect(isOverdue(day('2026-11-24'), day('2026-11-25'))).toBe(true);
  });
});
