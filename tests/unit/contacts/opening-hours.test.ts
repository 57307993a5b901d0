import { describe, expect, it } from 'vitest';
import { describeHours, isOpenAt, londonClock, openingStatus } from '../../../src/lib/contacts/opening-hours';
import type { Opening } from '../../../src/schemas/contact';

// Starting Point and the Derby City consultation line: Monday to Friday, 10am to 4pm.
const weekdaysTenToFour: Opening[] = [
  { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opens: '10:00', closes: '16:00' },
];
const at = (iso: string) => new Date(iso);

describe('isOpenAt at the opening and closing boundaries', () => {
  it('is open at the opening minute', () => {
    expect(isOpenAt(weekdaysTenToFour, at('2025-03-13T10:00:00Z'))).toBe(true);
  });

  it('is closed a minute before opening', () => {
    expect(isOpenAt(weekdaysTenToFour, at('2025-03-13T09:59:00Z'))).toBe(false);
  });

  it('is open a minute before closing', () => {
    expect(isOpenAt(weekdaysTenToFour, at('2025-03-13T15:59:00Z'))).toBe(true);
  });

  it('is closed at the closing minute', () => {
    expect(isOpenAt(weekdaysTenToFour, at('2025-03-13T16:00:00Z'))).toBe(false);
  });
});

describe('isOpenAt at weekends', () => {
  it('is closed on a Saturday at midday', () => {
    expect(isOpenAt(weekdaysTenToFour, at('2025-03-15T12:00:00Z'))).toBe(false);
  });

  it('is closed on a Sunday at midday', () => {
    expect(isOpenAt(weekdaysTenToFour, at('2025-03-16T12:00:00Z'))).toBe(false);
  });

  it('counts a Friday-night instant as Saturday when British Summer Time has already turned the London date', () => {
    const lateFriday: Opening[] = [{ days: ['friday'], opens: '20:00', closes: '23:59' }];
    // 23:30 UTC on Friday 20 June 2025 is 00:30 on Saturday in London.
    expect(isOpenAt(lateFriday, at('2025-06-20T23:30:00Z'))).toBe(false);
  });

  it('counts the same Friday-night instant as Friday in winter, when London is on UTC', () => {
    const lateFriday: Opening[] = [{ days: ['friday'], opens: '20:00', closes: '23:59' }];
    expect(isOpenAt(lateFriday, at('2025-01-17T23:30:00Z'))).toBe(true);
  });
});

describe('isOpenAt across the clock change on the last Sunday of March', () => {
  it('reads Greenwich Mean Time on the Friday before the clocks go forward', () => {
    // 09:30 UTC is 09:30 in London: not yet open.
    expect(isOpenAt(weekdaysTenToFour, at('2025-03-28T09:30:00Z'))).toBe(false);
  });

  it('reads British Summer Time on the Monday after the clocks go forward', () => {
    // The same 09:30 UTC is 10:30 in London: open.
    expect(isOpenAt(weekdaysTenToFour, at('2025-03-31T09:30:00Z'))).toBe(true);
  });

  it('closes at 4pm London time, which is 3pm UTC, in summer', () => {
    expect(isOpenAt(weekdaysTenToFour, at('2025-03-31T15:00:00Z'))).toBe(false);
  });

  it('never opens a block that falls in the hour the clocks skip on Sunday 30 March 2025', () => {
    const skippedHour: Opening[] = [{ days: ['sunday'], opens: '01:00', closes: '02:00' }];
    expect(
      [at('2025-03-30T00:59:00Z'), at('2025-03-30T01:00:00Z'), at('2025-03-30T01:30:00Z')].map((instant) =>
        isOpenAt(skippedHour, instant),
      ),
    ).toEqual([false, false, false]);
  });

  it('reads 01:00 UTC on Sunday 30 March 2025 as 02:00 in London', () => {
    expect(londonClock(at('2025-03-30T01:00:00Z'))).toEqual({ day: 'sunday', time: '02:00' });
  });
});

describe('isOpenAt across the clock change on the last Sunday of October', () => {
  it('reads British Summer Time on the Friday before the clocks go back', () => {
    // 09:00 UTC is 10:00 in London.
    expect(isOpenAt(weekdaysTenToFour, at('2025-10-24T09:00:00Z'))).toBe(true);
  });

  it('is closed at 15:30 UTC on the Friday before the clocks go back, which is 16:30 in London', () => {
    expect(isOpenAt(weekdaysTenToFour, at('2025-10-24T15:30:00Z'))).toBe(false);
  });

  it('reads Greenwich Mean Time on the Monday after the clocks go back', () => {
    expect(isOpenAt(weekdaysTenToFour, at('2025-10-27T09:30:00Z'))).toBe(false);
  });

  it('is open at 15:30 UTC on the Monday after the clocks go back, which is 15:30 in London', () => {
    expect(isOpenAt(weekdaysTenToFour, at('2025-10-27T15:30:00Z'))).toBe(true);
  });

  it('is open in both runs of the repeated hour on Sunday 26 October 2025', () => {
    const repeatedHour: Opening[] = [{ days: ['sunday'], opens: '01:00', closes: '02:00' }];
    // 00:30 UTC is 01:30 BST; 01:30 UTC is 01:30 GMT.
    expect([at('2025-10-26T00:30:00Z'), at('2025-10-26T01:30:00Z')].map((instant) => isOpenAt(repeatedHour, instant))).toEqual([
      true,
      true,
    ]);
  });
});

describe('openingStatus', () => {
  it('says when an open service closes', () => {
    expect(openingStatus(weekdaysTenToFour, at('2025-03-13T12:00:00Z'))).toEqual({
      open: true,
      label: 'Open now, closes at 4pm',
    });
  });

  it('says a service opens later today before its opening time', () => {
    expect(openingStatus(weekdaysTenToFour, at('2025-03-13T08:00:00Z')).label).toBe('Closed now, opens today at 10am');
  });

  it('says a service opens tomorrow after it has closed on a weekday', () => {
    expect(openingStatus(weekdaysTenToFour, at('2025-03-13T17:00:00Z')).label).toBe('Closed now, opens tomorrow at 10am');
  });

  it('says a service opens on Monday after it has closed on a Friday', () => {
    expect(openingStatus(weekdaysTenToFour, at('2025-03-14T16:00:00Z')).label).toBe('Closed now, opens on Monday at 10am');
  });

  it('says a service opens tomorrow on a Sunday', () => {
    expect(openingStatus(weekdaysTenToFour, at('2025-03-16T12:00:00Z')).label).toBe('Closed now, opens tomorrow at 10am');
  });

  it('gives the London opening time on a summer Sunday evening that is already Monday in UTC terms', () => {
    // 23:30 UTC on Sunday 29 June 2025 is 00:30 on Monday in London.
    expect(openingStatus(weekdaysTenToFour, at('2025-06-29T23:30:00Z')).label).toBe('Closed now, opens today at 10am');
  });

  it('finds the same weekday next week when a one-day service has closed for the day', () => {
    const mondays: Opening[] = [{ days: ['monday'], opens: '10:00', closes: '11:00' }];
    expect(openingStatus(mondays, at('2025-03-17T12:00:00Z')).label).toBe('Closed now, opens on Monday at 10am');
  });

  it('says only "Closed now" when there are no opening blocks', () => {
    expect(openingStatus([], at('2025-03-13T12:00:00Z'))).toEqual({ open: false, label: 'Closed now' });
  });
});

describe('describeHours', () => {
  it('describes weekday hours in words', () => {
    expect(describeHours(weekdaysTenToFour)).toBe('Monday to Friday, 10am to 4pm');
  });
});

// The Derby City Care Line: 5pm to 9am Monday to Friday, 24 hours at weekends and bank holidays.
const careLine: Opening[] = [
  { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opens: '17:00', closes: '09:00', overnight: true },
  { days: ['saturday', 'sunday'], allDay: true },
];
// Childline: 24 hours, every day.
const everyDayAllDay: Opening[] = [
  { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], allDay: true },
];

describe('an overnight line (the Derby City Care Line)', () => {
  it('is open at 5pm on a weekday and closed a minute before', () => {
    // Thursday 13 March 2025, Greenwich Mean Time.
    expect([at('2025-03-13T16:59:00Z'), at('2025-03-13T17:00:00Z')].map((instant) => isOpenAt(careLine, instant))).toEqual([
      false,
      true,
    ]);
  });

  it('is open at 8:59am on a weekday morning and closed at 9am', () => {
    expect([at('2025-03-13T08:59:00Z'), at('2025-03-13T09:00:00Z')].map((instant) => isOpenAt(careLine, instant))).toEqual([
      true,
      false,
    ]);
  });

  it('is open at 3am on a Monday, the night after the weekend', () => {
    expect(isOpenAt(careLine, at('2025-03-17T03:00:00Z'))).toBe(true);
  });

  it('is open all through a Saturday and a Sunday', () => {
    expect(
      [at('2025-03-15T00:00:00Z'), at('2025-03-15T12:00:00Z'), at('2025-03-16T23:59:00Z')].map((instant) =>
        isOpenAt(careLine, instant),
      ),
    ).toEqual([true, true, true]);
  });

  it('says a weekday evening line closes tomorrow at 9am', () => {
    expect(openingStatus(careLine, at('2025-03-13T20:00:00Z')).label).toBe('Open now, closes tomorrow at 9am');
  });

  it('says a Friday evening line stays open until Monday at 9am', () => {
    expect(openingStatus(careLine, at('2025-03-14T18:00:00Z')).label).toBe('Open now, closes on Monday at 9am');
  });

  it('says an early-morning line closes at 9am today', () => {
    expect(openingStatus(careLine, at('2025-03-13T06:00:00Z')).label).toBe('Open now, closes at 9am');
  });

  it('says in the daytime that it opens at 5pm, and that it is open on bank holidays, which the badge cannot know', () => {
    expect(openingStatus(careLine, at('2025-03-13T12:00:00Z'), '24 hours')).toEqual({
      open: false,
      label: 'Closed now, opens today at 5pm; open 24 hours on bank holidays',
    });
  });

  it('reads London time in summer: 4:30pm UTC on a weekday is 5:30pm in London, so it is open', () => {
    expect(isOpenAt(careLine, at('2025-06-19T16:30:00Z'))).toBe(true);
  });

  it('describes its hours as the source does', () => {
    expect(describeHours(careLine, '24 hours')).toBe(
      'Monday to Friday, 5pm to 9am; Saturday and Sunday, 24 hours; bank holidays, 24 hours',
    );
  });
});

describe('a line open 24 hours (Childline)', () => {
  it('is open at midnight, at midday and at a minute to midnight', () => {
    expect(
      [at('2025-03-13T00:00:00Z'), at('2025-03-13T12:00:00Z'), at('2025-03-16T23:59:00Z')].map((instant) =>
        isOpenAt(everyDayAllDay, instant),
      ),
    ).toEqual([true, true, true]);
  });

  it('never says when it closes', () => {
    expect(openingStatus(everyDayAllDay, at('2025-03-13T12:00:00Z'))).toEqual({ open: true, label: 'Open now, 24 hours a day' });
  });

  it('describes its hours as every day, 24 hours', () => {
    expect(describeHours(everyDayAllDay)).toBe('Every day, 24 hours');
  });
});

describe('a line that closes at midnight', () => {
  it('says it closes at midnight', () => {
    const lateEvening: Opening[] = [{ days: ['thursday'], opens: '18:00', closes: '23:59' }];
    const untilMidnight: Opening[] = [{ days: ['thursday'], opens: '18:00', closes: '00:00', overnight: true }];
    expect([
      openingStatus(lateEvening, at('2025-03-13T20:00:00Z')).label,
      openingStatus(untilMidnight, at('2025-03-13T20:00:00Z')).label,
    ]).toEqual(['Open now, closes at 11:59pm', 'Open now, closes at midnight']);
  });
});
