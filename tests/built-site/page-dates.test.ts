import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type LoadedEntry } from '../../build/content/content-files';
import { buildDate } from '../../src/lib/content/build-date';
import { formatDate, isoDay, isOverdue } from '../../src/lib/content/dates';
import { newestFirst } from '../../src/lib/content/amendments';
import { describeSource, type SourceId } from '../../src/lib/content/sources';
import { reviewDue, type SourcedReview } from '../../src/lib/content/review';
import { site } from '../../src/site.config';
import { decodeHtml, distDir } from './built-site';

const { entries } = loadContent();
const pageOf = (entry: LoadedEntry) => join(distDir, entry.collection, entry.id, 'index.html');
// Documents get pages once their route exists; every other dated collection has one already.
const dated = entries.filter(
  (entry) => 'lastUpdated' in entry.data && (entry.collection !== 'documents' || existsSync(pageOf(entry))),
);
const reviewOf = (entry: LoadedEntry) => {
  const data = entry.data as { lastUpdated: Date; nextReview?: SourcedReview };
  return reviewDue(data.lastUpdated, data.nextReview, site.reviewPolicy);
};
const html = (entry: LoadedEntry) => readFileSync(pageOf(entry), 'utf8');
const text = (markup: string) => decodeHtml(markup.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');

/** Entries whose page fails a check, with what was wrong. */
function failing(list: readonly LoadedEntry[], check: (page: string, entry: LoadedEntry) => string | undefined): string[] {
  return list.flatMap((entry) => {
    if (!existsSync(pageOf(entry))) return [`${entry.file}: no page at /${entry.collection}/${entry.id}/`];
    const problem = check(html(entry), entry);
    return problem ? [`${entry.file}: ${problem}`] : [];
  });
}

describe('dates on every content page', () => {
  it('finds dated pages to check', () => {
    expect(dated.length).toBeGreaterThan(3);
  });

  it('shows "Last updated", and "Next review due" with what sets the review date', () => {
    expect(
      failing(dated, (page, entry) => {
        const { lastUpdated } = entry.data as { lastUpdated: Date };
        const review = reviewOf(entry);
        const expected = `Last updated ${formatDate(lastUpdated)}`;
        const reviewText = `Next review due ${formatDate(review.date)}, ${review.basis}.`;
        return text(page).includes(expected) && text(page).includes(reviewText)
          ? undefined
          : `expected "${expected}" and "${reviewText}"`;
      }),
    ).toEqual([]);
  });

  it('says a review date comes from the partnership’s policy wherever no source gives one', () => {
    expect(
      failing(
        dated.filter((entry) => !('nextReview' in entry.data) || entry.data.nextReview === undefined),
        (page) => (text(page).includes("set by the partnership's policy of reviewing each page within") ? undefined : 'no basis'),
      ),
    ).toEqual([]);
  });

  it('names each contact’s sources with their dates, and claims no check', () => {
    expect(
      failing(
        entries.filter((entry) => entry.collection === 'contacts'),
        (page, entry) => {
          const ids = (entry.data as { sources: SourceId[] }).sources;
          const expected = `${ids.length === 1 ? 'Source' : 'Sources'}: ${ids.map(describeSource).join('; ')}.`;
          if (!text(page).includes(expected)) return `expected "${expected}"`;
          return /last checked|details checked/i.test(text(page)) ? 'claims a check' : undefined;
        },
      ),
    ).toEqual([]);
  });

  it('shows the version of each procedure that has one', () => {
    const versioned = entries.filter(
      (entry) => entry.collection === 'procedures' && 'version' in entry.data && entry.data.version !== undefined,
    );
    expect([
      versioned.length > 0,
      failing(versioned, (page, entry) =>
        text(page).includes(` · Version ${(entry.data as { version: string }).version} · `) ? undefined : 'no version',
      ),
    ]).toEqual([true, []]);
  });

  it('lists every amendment with its date and change, newest first', () => {
    expect(
      failing(
        dated.filter((entry) => 'amendments' in entry.data && entry.data.amendments.length > 0),
        (page, entry) => {
          const section = /<section[^>]*aria-labelledby="amendments"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
          const shown = [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => text(match[1] ?? '').trim());
          const amendments = newestFirst(
            (entry.data as { amendments: { date: Date; change: string; section?: string }[] }).amendments,
          );
          const expected = amendments.map(
            (amendment) =>
              `${formatDate(amendment.date)}: ${amendment.change}${amendment.section ? ' Go to the changed section' : ''}`,
          );
          return JSON.stringify(shown) === JSON.stringify(expected) ? undefined : `shows ${JSON.stringify(shown)}`;
        },
      ),
    ).toEqual([]);
  });

  it('shows the "being reviewed" note only on pages past their review date on the build day, and holds it for the others', () => {
    const today = buildDate(process.env['BUILD_DATE']);
    expect(
      failing(dated, (page, entry) => {
        const nextReview = reviewOf(entry).date;
        const note = /<p [^>]*role="note"([^>]*)>\s*<strong>This page is being reviewed\.<\/strong>/.exec(page)?.[1];
        const expected = isOverdue(nextReview, today) ? '' : ` hidden data-review-due="${isoDay(nextReview)}"`;
        return note === expected ? undefined : `note${note ?? ' missing'}`;
      }),
    ).toEqual([]);
  });
});
