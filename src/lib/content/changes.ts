/**
 * The site's change log: every amendment on every page, newest first, as the "What's changed"
 * page and its feed show it. Pages pass in entries; nothing here reads the content itself.
 */
import type { CollectionName } from '../../schemas';
import { isoDay } from './dates';
import { entryPath } from './entries';
import { sitePages } from '../pages/section-pages';

/** A page with an amendment history, as any collection with `amendments` provides it. */
export interface AmendedPage {
  collection: CollectionName;
  id: string;
  title: string;
  amendments: readonly { date: Date; change: string; section?: string | undefined }[];
}

/** Where the changes feed is published; every page's head and the "What's changed" page link to it. */
export const changesFeedPath = `${sitePages.changes.path}feed.xml`;

/**
 * The feed's title, as feed readers and browsers list it.
 * @param shortName the partnership's short name from the site config
 */
export function changesFeedTitle(shortName: string): string {
  return `${sitePages.changes.heading} – Online safety – ${shortName}`;
}

/** One amendment, placed on the site. */
export interface SiteChange {
  /**
   * A stable, unique id: the change's anchor on `/changes/` and its feed guid. Built from the page
   * and the date, plus a counter for a page's second and later changes on one day.
   */
  id: string;
  date: Date;
  change: string;
  /** The section that changed, when the amendment names one. */
  section: string | undefined;
  collection: CollectionName;
  pageId: string;
  pageTitle: string;
  /** The page's path, for example "/procedures/domestic-abuse/". */
  pagePath: string;
  /** The page's path with the changed section's fragment, when there is one. */
  href: string;
}

/**
 * Every amendment on every page, newest first. Changes on the same day are ordered by page title
 * (so a day's changes read alphabetically), and one page's changes on the same day keep the order
 * they are written in.
 * @param pages every page that has an amendment history
 */
export function siteChanges(pages: readonly AmendedPage[]): SiteChange[] {
  const changes = pages.flatMap((page) => {
    const perDay = new Map<string, number>();
    return page.amendments.map((amendment, order) => {
      const day = isoDay(amendment.date);
      const count = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, count);
      const path = entryPath(page.collection, page.id);
      return {
        order,
        change: {
          id: `${page.collection}-${page.id}-${day}${count > 1 ? `-${count}` : ''}`,
          date: amendment.date,
          change: amendment.change,
          section: amendment.section,
          collection: page.collection,
          pageId: page.id,
          pageTitle: page.title,
          pagePath: path,
          href: amendment.section ? `${path}#${amendment.section}` : path,
        } satisfies SiteChange,
      };
    });
  });
  return changes
    .sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.change.pageTitle.localeCompare(b.change.pageTitle, 'en-GB') || a.change.pagePath.localeCompare(b.change.pagePath) || a.order - b.order)
    .map(({ change }) => change);
}

/**
 * Changes grouped by year, newest year first, for the "What's changed" page's headings.
 * @param changes from `siteChanges`, newest first
 */
export function changesByYear(changes: readonly SiteChange[]): { year: number; changes: SiteChange[] }[] {
  const years: { year: number; changes: SiteChange[] }[] = [];
  for (const change of changes) {
    const year = change.date.getUTCFullYear();
    const group = years.at(-1);
    if (group?.year === year) group.changes.push(change);
    else years.push({ year, changes: [change] });
  }
  return years;
}

/** One item of the changes feed, in the shape `@astrojs/rss` takes. */
export interface ChangeFeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
  customData: string;
}

/**
 * The feed's items: one per change, linking to the changed page (and section). Each guid is the
 * change's own id, unique so feed readers never merge two changes. It is not a link
 * (`isPermaLink="false"`): `/changes/` is paged, newest first, so a change moves to a later page as
 * others arrive and an address for it would break. Its text is the address it had when every
 * change fitted on `/changes/`, so readers that already hold an item keep it as the same item.
 * @param changes from `siteChanges`
 * @param siteUrl the production URL without a trailing slash
 * @param typeLabel the reader-facing label of a collection ("Procedure")
 */
export function changeFeedItems(changes: readonly SiteChange[], siteUrl: string, typeLabel: (collection: CollectionName) => string): ChangeFeedItem[] {
  return changes.map((change) => ({
    title: change.pageTitle,
    description: change.change,
    link: new URL(change.href, siteUrl).href,
    pubDate: change.date,
    categories: [typeLabel(change.collection)],
    customData: `<guid isPermaLink="false">${new URL(`/changes/#${change.id}`, siteUrl).href}</guid>`,
  }));
}
