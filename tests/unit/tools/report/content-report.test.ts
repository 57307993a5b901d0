import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadContent } from '../../../../build/content/content-files';
import { contentReport, formatReport, parseReportArgs, plainEnglishAudiences } from '../../../../tools/report/content-report';
import { audienceIds } from '../../../../src/site.config';

const fixture = join(import.meta.dirname, '../../../fixtures/freshness/content');
const { entries } = loadContent(fixture);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const report = contentReport(entries, day('2026-11-24'));
const ids = (pages: readonly { collection: string; id: string }[]) => pages.map((page) => `${page.collection}/${page.id}`);

describe('the editors’ report on a fixed date', () => {
  it('lists a page whose review date was the day before as past its review date', () => {
    expect(report.pastReview.map((item) => [item.id, item.daysToReview])).toEqual([['overdue-procedure', -1]]);
  });

  it('counts pages due today and in 30 days as due soon, but not one due in 31 days', () => {
    expect(report.dueSoon.map((item) => [item.id, item.daysToReview])).toEqual([
      ['review-today', 0],
      ['review-in-thirty-days', 30],
    ]);
  });

  it('lists every contact by the age of its oldest source: undated first, then oldest, with any real check', () => {
    expect(report.contactsBySourceAge.map((item) => [item.id, item.sourceDate, item.daysSinceSource, item.checked])).toEqual([
      ['source-undated', undefined, undefined, undefined],
      ['unmentioned-contact', '2017-01-01', 3614, undefined],
      ['source-march-2025', '2025-03-14', 620, '2026-10-01'],
    ]);
  });

  it('lists pages that no other page links to', () => {
    // review-today is linked by a <GuidanceLink>, overdue-procedure by a Markdown link,
    // review-in-thirty-days through its old slug.
    expect(ids(report.unlinked)).toEqual(['guidance/review-in-thirty-one-days']);
  });

  it('counts a path written in the site’s own pages as a link', () => {
    const withSources = contentReport(entries, day('2026-11-24'), {
      linkSources: [{ file: 'src/pages/index.astro', text: '<a href="/guidance/review-in-thirty-one-days/">' }],
    });
    expect(withSources.unlinked).toEqual([]);
  });

  it('never lists a contact as unlinked, because the directory shows every contact, but lists those no page mentions', () => {
    expect(ids(report.directoryOnlyContacts)).toEqual(['contacts/unmentioned-contact']);
  });

  it('grades only pages written for parents, carers or young people, hardest first', () => {
    expect(report.readingGrades.map((item) => [item.id, item.grade, item.aboveTarget])).toEqual([
      ['review-in-thirty-days', 14.2, true],
      ['review-today', 1.6, false],
    ]);
  });

  it('grades only audiences the site config defines', () => {
    expect(plainEnglishAudiences.filter((audience) => !audienceIds.includes(audience))).toEqual([]);
  });

  it('changes with the date it is given, not with the clock', () => {
    const later = contentReport(entries, day('2026-12-25'));
    expect([later.pastReview.length, later.dueSoon.map((item) => item.id)]).toEqual([3, ['review-in-thirty-one-days']]);
  });

  it('reads as text an editor can act on', () => {
    expect(formatReport(report)).toMatchInlineSnapshot(`
      "Content report for 24 November 2026 (7 entries)

      Past their review date: 1
        Readers of these pages see a note that the page is being reviewed. Review each, then set lastUpdated (the next review date follows from the partnership's reviewPolicy in src/site.config.ts, unless a source gives one in nextReview).
        - Overdue procedure (content/procedures/overdue-procedure.mdx, /procedures/overdue-procedure/): review was due 23 November 2026, 1 day ago; last updated 10 January 2025

      Due for review in the next 30 days: 2
        Plan these reviews now.
        - Review due today (content/guidance/review-today.mdx, /guidance/review-today/): review due 24 November 2026 (today)
        - Review due in thirty days (content/guidance/review-in-thirty-days.mdx, /guidance/review-in-thirty-days/): review due 24 December 2026, in 30 days

      Contacts by the age of their source, oldest first: 3
        A source's date is not a check. Check each number, address and opening time against the organisation's own information, then add checked: { date, against } to the contact.
        - Source undated (content/contacts/source-undated.mdx, /contacts/source-undated/): source undated (Online safety (the partnership’s web page for the public), undated); never checked
        - Unmentioned contact (content/contacts/unmentioned-contact.mdx, /contacts/unmentioned-contact/): source 3614 days old (Online safety – information for professionals (an older partnership page), about 2017); never checked
        - Source March 2025, checked since (content/contacts/source-march-2025.mdx, /contacts/source-march-2025/): source 620 days old (Safeguarding Children From Online Harms (Derby and Derbyshire Safeguarding Children Procedures), March 2025; NSPCC, “Report abuse”, read November 2026); checked 1 October 2026

      Pages no other page links to: 1
        Counted as links: frontmatter references, component ids (<ContactLink id>, <ProcedureLink id>, …) and written paths such as /guidance/getting-help/ in any entry or in src/. Index pages list every page and are not counted. Link each page from where readers would look for it.
        - Review due in thirty-one days (content/guidance/review-in-thirty-one-days.mdx, /guidance/review-in-thirty-one-days/)

      Contacts only the directory shows: 1
        The contacts directory lists every contact, so these are reachable; but no page mentions them. Check each is still wanted.
        - Unmentioned contact (content/contacts/unmentioned-contact.mdx, /contacts/unmentioned-contact/)

      Reading grade of pages for parents, carers and young people (Flesch–Kincaid; aim for 8 or below): 2
        A US school grade: add about 5 for a UK reading age. Shorter sentences and shorter words bring it down; grades of pages under 100 words are rough. Hardest first.
        - 14.2  Review due in thirty days (content/guidance/review-in-thirty-days.mdx, /guidance/review-in-thirty-days/), 38 words in 4 sentences: make plainer
        -  1.6  Review due today (content/guidance/review-today.mdx, /guidance/review-today/), 43 words in 7 sentences
      "
    `);
  });
});

describe('the report’s command line', () => {
  it('defaults to the day it is in the UK, as text', () => {
    expect(parseReportArgs([], new Date('2026-11-24T09:00:00Z'))).toEqual({ date: day('2026-11-24'), json: false });
  });

  it('takes --date and --json', () => {
    expect([
      parseReportArgs(['--date', '2027-01-31', '--json'], new Date()),
      parseReportArgs(['--date=2027-01-31'], new Date()),
    ]).toEqual([
      { date: day('2027-01-31'), json: true },
      { date: day('2027-01-31'), json: false },
    ]);
  });

  it('errors if --date is not a real date', () => {
    expect(() => parseReportArgs(['--date', '2026-02-29'], new Date())).toThrowErrorMatchingInlineSnapshot(
      `[ReportUsageError: Expected --date to be a date written as YYYY-MM-DD, for example --date 2026-11-24; got "2026-02-29".]`,
    );
  });

  it('errors if --date has no value', () => {
    expect(() => parseReportArgs(['--date'], new Date())).toThrowErrorMatchingInlineSnapshot(
      `[ReportUsageError: Expected --date to be a date written as YYYY-MM-DD, for example --date 2026-11-24; got nothing.]`,
    );
  });

  it('errors on an unknown option, showing the usage', () => {
    expect(() => parseReportArgs(['--dat'], new Date())).toThrowErrorMatchingInlineSnapshot(
      `[ReportUsageError: Unknown option "--dat". Usage: npm run content:report -- [--date YYYY-MM-DD] [--json]]`,
    );
  });

  it('prints the report as JSON with --json', () => {
    const result = spawnSync('tsx', ['tools/report/print-content-report.ts', '--date', '2026-11-24', '--json'], {
      env: { ...process.env, CONTENT_DIR: fixture },
      encoding: 'utf8',
    });
    const printed = JSON.parse(result.stdout) as { date: string; pastReview: { id: string; nextReview: string }[] };
    expect([result.status, printed.date, printed.pastReview.map((item) => [item.id, item.nextReview])]).toEqual([
      0,
      '2026-11-24',
      [['overdue-procedure', '2026-11-23']],
    ]);
  });
});
