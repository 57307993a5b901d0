const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "14 March 2025": GOV.UK's date style. Content dates are calendar dates stored as midnight UTC. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2025-03-14", for `<time datetime>` and machine-readable metadata. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether a review date has passed on a given day. */
export function isOverdue(nextReview: Date, today: Date): boolean {
  return isoDay(nextReview) < isoDay(today);
}
