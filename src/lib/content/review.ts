/**
 * When a page is next reviewed, and on whose word: a date a source gives for the page, or else
 * the partnership's own review policy (`reviewPolicy` in src/site.config.ts) counted from the
 * page's last update. No review date is shown without one of the two.
 */

export interface SourcedReview {
  date: Date;
  /** Where the date comes from, as readers see it. */
  source: string;
}

export interface ReviewPolicy {
  monthsAfterLastUpdate: number;
}

export interface ReviewDue {
  date: Date;
  /** Why this is the date, for the page: "set by …" or "as … gives it". */
  basis: string;
}

/** A calendar date a number of months later; the 31st becomes the month's last day, as people count it. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/**
 * A page's next review date and its basis.
 * @param lastUpdated when the page was last updated
 * @param sourced a review date a source gives for this page, if any
 * @param policy this site's review rule (`reviewPolicy` in src/site.config.ts)
 */
export function reviewDue(lastUpdated: Date, sourced: SourcedReview | undefined, policy: ReviewPolicy): ReviewDue {
  if (sourced) return { date: sourced.date, basis: `as ${sourced.source} gives it` };
  const months = policy.monthsAfterLastUpdate;
  return {
    date: addMonths(lastUpdated, months),
    basis: `set by this site's rule of reviewing each page within ${months === 12 ? 'a year' : `${months} months`} of its last update`,
  };
}
