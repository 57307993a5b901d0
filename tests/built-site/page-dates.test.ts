import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type LoadedEntry } from '../../build/content/content-files';
import { buildDate } from '../../src/lib/content/build-date';
import { formatDate, isoDay, isOverdue } from '../../src/lib/content/dates';
import { newestFirst } from '../../src/lib/content/amendments';
import { distDir } from './built-site';
import { parseHtml } from '../../tools/built-site/html';

const { entries } = loadContent();
const pageOf = (entry: LoadedEntry) => join(distDir, entry.collection, entry.id, 'index.html');
// Documents get pages once their route exists; every other dated collection has one already.
const dated = entries.filter(
  (entry) => 'lastUpdated' in entry.data && (entry.collection !== 'documents' || existsSync(pageOf(entry))),
);
const html = (entry: LoadedEntry) => readFileSync(pageOf(entry), 'utf8');
const text = (markup: string) => parseHtml(markup).text.replace(/\s+/g, ' ');

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

  it('shows "Last updated" and "Next review due" with the dates in the content', () => {
    expect(
      failing(dated, (page, entry) => {
        const { lastUpdated, nextReview } = entry.data as { lastUpdated: Date; nextReview: Date };
        const expected = `Last updated ${formatDate(lastUpdated)}`;
        return text(page).includes(expected) &&
          page.includes(`<time datetime="${isoDay(nextReview)}">${formatDate(nextReview)}</time>`)
          ? undefined
          : `expected "${expected}"`;
      }),
    ).toEqual([]);
  });

  it('shows when a contact’s details were last checked', () => {
    expect(
      failing(
        entries.filter((entry) => entry.collection === 'contacts'),
        (page, entry) => {
          const expected = `Details last checked ${formatDate((entry.data as { lastChecked: Date }).lastChecked)}.`;
          return text(page).includes(expected) ? undefined : `expected "${expected}"`;
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
          const section = parseHtml(page).querySelector('section[aria-labelledby="amendments"]');
          const shown = (section?.querySelectorAll('li') ?? []).map((item) => item.text.replace(/\s+/g, ' ').trim());
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
        const { nextReview } = entry.data as { nextReview: Date };
        const note = /<p [^>]*role="note"([^>]*)>\s*<strong>This page is being reviewed\.<\/strong>/.exec(page)?.[1];
        const expected = isOverdue(nextReview, today) ? '' : ` hidden data-review-due="${isoDay(nextReview)}"`;
        return note === expected ? undefined : `note${note ?? ' missing'}`;
      }),
    ).toEqual([]);
  });
});
