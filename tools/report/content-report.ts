/**
 * The editors' report (`npm run content:report`): what needs an editor's attention on a given
 * day. It takes the loaded entries and the day, so tests run it against a fixed clock; nothing
 * here reads files or the clock.
 */
import type { CollectionName } from '../../src/schemas';
import { collectionNames } from '../../src/schemas';
import { formatProblem, type ContentProblem } from '../../build/content/content-error';
import type { LoadedEntry } from '../../build/content/content-files';
import { componentIdsIn, idComponents, referencesIn } from '../../build/content/content-integrity';
import { londonDay, parseDay } from '../../src/lib/content/build-date';
import { pagePath } from '../../src/lib/content/changes';
import { formatDate, isoDay } from '../../src/lib/content/dates';
import { reviewDue, type ReviewPolicy, type SourcedReview } from '../../src/lib/content/review';
import { site } from '../../src/site.config';
import { describeSourceDate, oldestSourceDate, sources, type Source, type SourceId } from '../../src/lib/content/sources';
import { plainText, readingGrade } from './reading-grade';

/** Pages written for these audiences get a reading grade. */
export const plainEnglishAudiences = ['parents-carers', 'young-people'] as const;

/** The grade above which the report asks for plainer wording (a UK reading age of about 13). */
export const readingGradeTarget = 8;

/**
 * Collections whose entries have a page of their own. Glossary terms and resources are shown in
 * full on listing pages and have no page to link to, so the report does not ask who links to them.
 */
export const ownPageCollections: readonly CollectionName[] = [
  'procedures',
  'legislation',
  'risks',
  'guidance',
  'documents',
  'contacts',
];

export interface ReportPage {
  collection: CollectionName;
  id: string;
  title: string;
  /** The content file, for example "content/guidance/getting-help.mdx". */
  file: string;
  /** The page's path on the site. */
  path: string;
}

export interface ReviewItem extends ReportPage {
  lastUpdated: string;
  nextReview: string;
  /** Days from the report's date to the review date: negative once it has passed. */
  daysToReview: number;
}

export interface ContactSourceAge extends ReportPage {
  /** Where the contact's details come from, as its page names them ("…, March 2025"). */
  sources: string[];
  /** The oldest of its sources' dates, YYYY-MM-DD; undefined when no source is dated. */
  sourceDate: string | undefined;
  /** Days from that date to the report's day; undefined when no source is dated. */
  daysSinceSource: number | undefined;
  /** The day of the last real check of its details, if one was made. */
  checked: string | undefined;
}

export interface GradedPage extends ReportPage {
  grade: number | undefined;
  words: number;
  sentences: number;
  /** Whether the grade is above `readingGradeTarget`. */
  aboveTarget: boolean;
}

export interface ContentReport {
  /** The report's day, YYYY-MM-DD. */
  date: string;
  entries: number;
  /** Pages whose review date is before the report's day, longest overdue first. */
  pastReview: ReviewItem[];
  /** Pages due for review on the report's day or within the next `dueWithinDays` days, soonest first. */
  dueSoon: ReviewItem[];
  dueWithinDays: number;
  /** Every contact by the age of its oldest source, undated sources first, then oldest first. */
  contactsBySourceAge: ContactSourceAge[];
  /** Pages (other than contacts) that no other page links to. */
  unlinked: ReportPage[];
  /** Contacts that only the contacts directory shows: no page mentions them. */
  directoryOnlyContacts: ReportPage[];
  /** Reading grades of pages for parents, carers and young people, hardest first. */
  readingGrades: GradedPage[];
  readingGradeTarget: number;
  /** Content problems that would fail the build. */
  problems: string[];
}

export interface ReportOptions {
  /** Pages due within this many days count as "due soon". */
  dueWithinDays?: number;
  /**
   * Text of the site's own pages and data outside `content/` (for example `src/pages/`), with the
   * file it came from; links written there as "/guidance/getting-help/" count as links.
   */
  linkSources?: readonly { file: string; text: string }[];
  /** Problems found while loading the content, listed at the top of the report. */
  problems?: readonly ContentProblem[];
  /** The partnership's review policy; the site config's by default. */
  reviewPolicy?: ReviewPolicy;
}

const dayInMs = 86_400_000;

function daysBetween(from: Date, to: Date): number {
  return Math.round((Date.parse(isoDay(to)) - Date.parse(isoDay(from))) / dayInMs);
}

function titleOf(entry: LoadedEntry): string {
  const data: object = entry.data;
  if ('title' in data && typeof data.title === 'string') return data.title;
  if ('name' in data && typeof data.name === 'string') return data.name;
  if ('term' in data && typeof data.term === 'string') return data.term;
  return entry.id;
}

function reportPage(entry: LoadedEntry): ReportPage {
  return {
    collection: entry.collection,
    id: entry.id,
    title: titleOf(entry),
    file: entry.file,
    path: pagePath(entry.collection, entry.id),
  };
}

function dateField(entry: LoadedEntry, field: 'lastUpdated'): Date | undefined {
  const data: object = entry.data;
  const value = field in data ? (data as Record<string, unknown>)[field] : undefined;
  return value instanceof Date ? value : undefined;
}

const pathPattern = new RegExp(`/(${collectionNames.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)(?=[/#"')\\s]|$)`, 'g');

/**
 * Which entries something links to: frontmatter references, component ids in MDX bodies, and
 * written paths such as "/guidance/getting-help/" (an old slug counts as its page).
 */
function linkTargets(
  entries: readonly LoadedEntry[],
  sources: readonly { file: string; text: string }[],
): Map<string, Set<string>> {
  const oldSlugs = new Map<string, string>();
  for (const entry of entries) {
    const slugs: unknown = 'oldSlugs' in entry.data ? entry.data.oldSlugs : [];
    if (Array.isArray(slugs))
      for (const slug of slugs) oldSlugs.set(`${entry.collection}/${String(slug)}`, `${entry.collection}/${entry.id}`);
  }
  const linkedFrom = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    const target = oldSlugs.get(to) ?? to;
    if (target === from) return;
    linkedFrom.set(target, (linkedFrom.get(target) ?? new Set()).add(from));
  };
  const pathsIn = (from: string, text: string) => {
    for (const match of text.matchAll(pathPattern)) link(from, `${match[1]}/${match[2]}`);
  };
  for (const entry of entries) {
    const from = `${entry.collection}/${entry.id}`;
    for (const { reference } of referencesIn(entry.data)) link(from, `${reference.collection}/${reference.id}`);
    for (const use of componentIdsIn(entry.body)) link(from, `${idComponents[use.component] ?? use.component}/${use.id}`);
    pathsIn(from, entry.body);
  }
  for (const source of sources) pathsIn(source.file, source.text);
  return linkedFrom;
}

/**
 * The report for one day.
 * @param entries every loaded entry, as `loadContent()` returns them
 * @param today the report's day (midnight UTC)
 * @param options how far ahead "due soon" looks, extra link sources, and load problems
 */
export function contentReport(entries: readonly LoadedEntry[], today: Date, options: ReportOptions = {}): ContentReport {
  const dueWithinDays = options.dueWithinDays ?? 30;
  const reviews: ReviewItem[] = entries.flatMap((entry) => {
    const lastUpdated = dateField(entry, 'lastUpdated');
    if (!lastUpdated) return [];
    const sourced = 'nextReview' in entry.data ? (entry.data.nextReview as SourcedReview | undefined) : undefined;
    const nextReview = reviewDue(lastUpdated, sourced, options.reviewPolicy ?? site.reviewPolicy).date;
    return [
      {
        ...reportPage(entry),
        lastUpdated: isoDay(lastUpdated),
        nextReview: isoDay(nextReview),
        daysToReview: daysBetween(today, nextReview),
      },
    ];
  });
  const byReviewDate = (a: ReviewItem, b: ReviewItem) =>
    a.daysToReview - b.daysToReview || a.title.localeCompare(b.title, 'en-GB');

  const contactsBySourceAge: ContactSourceAge[] = entries.flatMap((entry) => {
    if (entry.collection !== 'contacts') return [];
    const data = entry.data as { sources: SourceId[]; checked?: { date: Date } };
    const sourceDate = oldestSourceDate(data.sources);
    return [
      {
        ...reportPage(entry),
        sources: data.sources.map((id) => `${(sources[id] as Source).title}, ${describeSourceDate(sources[id])}`),
        sourceDate,
        daysSinceSource: sourceDate === undefined ? undefined : daysBetween(new Date(`${sourceDate}T00:00:00Z`), today),
        checked: data.checked ? isoDay(data.checked.date) : undefined,
      },
    ];
  });

  const linkedFrom = linkTargets(entries, options.linkSources ?? []);
  const isLinked = (entry: LoadedEntry) => (linkedFrom.get(`${entry.collection}/${entry.id}`)?.size ?? 0) > 0;
  const withPages = entries.filter((entry) => ownPageCollections.includes(entry.collection));
  const byTitle = (a: ReportPage, b: ReportPage) => a.title.localeCompare(b.title, 'en-GB');

  const names = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, titleOf(entry)]));
  const readingGrades: GradedPage[] = withPages
    .filter(
      (entry) =>
        'audiences' in entry.data &&
        entry.data.audiences.some((audience) => (plainEnglishAudiences as readonly string[]).includes(audience)),
    )
    .map((entry) => {
      const data: object = entry.data;
      const summary = 'summary' in data ? data.summary : 'purpose' in data ? data.purpose : '';
      const text = `${plainText(String(summary))} ${plainText(entry.body, (collection, id) => names.get(`${collection}/${id}`))}`;
      const { grade, words, sentences } = readingGrade(text);
      return { ...reportPage(entry), grade, words, sentences, aboveTarget: grade !== undefined && grade > readingGradeTarget };
    })
    .sort((a, b) => (b.grade ?? -Infinity) - (a.grade ?? -Infinity) || byTitle(a, b));

  return {
    date: isoDay(today),
    entries: entries.length,
    pastReview: reviews.filter((item) => item.daysToReview < 0).sort(byReviewDate),
    dueSoon: reviews.filter((item) => item.daysToReview >= 0 && item.daysToReview <= dueWithinDays).sort(byReviewDate),
    dueWithinDays,
    contactsBySourceAge: contactsBySourceAge.sort(
      (a, b) => (b.daysSinceSource ?? Infinity) - (a.daysSinceSource ?? Infinity) || byTitle(a, b),
    ),
    unlinked: withPages
      .filter((entry) => entry.collection !== 'contacts' && !isLinked(entry))
      .map(reportPage)
      .sort(byTitle),
    directoryOnlyContacts: withPages
      .filter((entry) => entry.collection === 'contacts' && !isLinked(entry))
      .map(reportPage)
      .sort(byTitle),
    readingGrades,
    readingGradeTarget,
    problems: (options.problems ?? []).map(formatProblem),
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function days(count: number): string {
  return plural(count, 'day');
}

function section(heading: string, explanation: string, lines: string[]): string {
  return [
    `${heading}: ${lines.length === 0 ? 'none' : lines.length}`,
    `  ${explanation}`,
    ...lines.map((line) => `  - ${line}`),
  ].join('\n');
}

function at(page: ReportPage): string {
  return `${page.title} (${page.file}, ${page.path})`;
}

const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/**
 * The report as text for a terminal: one section per check, each with a line on what it counts.
 * @param report from `contentReport`
 */
export function formatReport(report: ContentReport): string {
  const parts = [
    `Content report for ${day(report.date)} (${report.entries} entries)`,
    ...(report.problems.length > 0
      ? [
          section(
            'Content problems that will fail the build',
            'Fix these first; `npm run build` stops on each of them.',
            report.problems,
          ),
        ]
      : []),
    section(
      'Past their review date',
      "Readers of these pages see a note that the page is being reviewed. Review each, then set lastUpdated (the next review date follows from the partnership's reviewPolicy in src/site.config.ts, unless a source gives one in nextReview).",
      report.pastReview.map(
        (item) =>
          `${at(item)}: review was due ${day(item.nextReview)}, ${days(-item.daysToReview)} ago; last updated ${day(item.lastUpdated)}`,
      ),
    ),
    section(
      `Due for review in the next ${report.dueWithinDays} days`,
      'Plan these reviews now.',
      report.dueSoon.map(
        (item) =>
          `${at(item)}: review due ${day(item.nextReview)}${item.daysToReview === 0 ? ' (today)' : `, in ${days(item.daysToReview)}`}`,
      ),
    ),
    section(
      'Contacts by the age of their source, oldest first',
      "A source's date is not a check. Check each number, address and opening time against the organisation's own information, then add checked: { date, against } to the contact.",
      report.contactsBySourceAge.map(
        (item) =>
          `${at(item)}: ${item.daysSinceSource === undefined ? 'source undated' : `source ${days(item.daysSinceSource)} old`} (${item.sources.join('; ')}); ${item.checked ? `checked ${day(item.checked)}` : 'never checked'}`,
      ),
    ),
    section(
      'Pages no other page links to',
      'Counted as links: frontmatter references, component ids (<ContactLink id>, <ProcedureLink id>, …) and written paths such as /guidance/getting-help/ in any entry or in src/. Index pages list every page and are not counted. Link each page from where readers would look for it.',
      report.unlinked.map(at),
    ),
    section(
      'Contacts only the directory shows',
      'The contacts directory lists every contact, so these are reachable; but no page mentions them. Check each is still wanted.',
      report.directoryOnlyContacts.map(at),
    ),
    section(
      `Reading grade of pages for parents, carers and young people (Flesch–Kincaid; aim for ${report.readingGradeTarget} or below)`,
      'A US school grade: add about 5 for a UK reading age. Shorter sentences and shorter words bring it down; grades of pages under 100 words are rough. Hardest first.',
      report.readingGrades.map(
        (item) =>
          `${item.grade === undefined ? 'n/a' : item.grade.toFixed(1).padStart(4)}  ${at(item)}, ${plural(item.words, 'word')} in ${plural(item.sentences, 'sentence')}${item.aboveTarget ? ': make plainer' : ''}`,
      ),
    ),
  ];
  return `${parts.join('\n\n')}\n`;
}

/** Thrown for a command line the report cannot run with; its message says what to type. */
export class ReportUsageError extends Error {
  override name = 'ReportUsageError';
}

/**
 * Reads the report's command line: `--date YYYY-MM-DD` (default: today) and `--json`.
 * @param args the arguments after the script name
 * @param now the clock, for the default date
 */
export function parseReportArgs(args: readonly string[], now: Date): { date: Date; json: boolean } {
  let date = londonDay(now);
  let json = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const [flag, inline] = arg.startsWith('--date=') ? ['--date', arg.slice('--date='.length)] : [arg, undefined];
    if (flag === '--json') json = true;
    else if (flag === '--date') {
      const value = inline ?? args[(index += 1)];
      const parsed = value === undefined ? undefined : parseDay(value);
      if (!parsed)
        throw new ReportUsageError(
          `Expected --date to be a date written as YYYY-MM-DD, for example --date 2026-11-24; got ${value === undefined ? 'nothing' : `"${value}"`}.`,
        );
      date = parsed;
    } else throw new ReportUsageError(`Unknown option "${arg}". Usage: npm run content:report -- [--date YYYY-MM-DD] [--json]`);
  }
  return { date, json };
}
