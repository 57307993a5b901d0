/** The "What's changed" feed (RSS 2.0): the same changes as `/changes/`, newest first. */
import rss from '@astrojs/rss';
import { amendedPages } from './_amended-pages';
import { changeFeedItems, changesFeedPath, changesFeedTitle, siteChanges } from '../../lib/content/changes';
import { contentTypeLabels } from '../../schemas';
import { site } from '../../site.config';
import { sitePaths } from '../../lib/pages/site-paths';

export async function GET() {
  const changes = siteChanges(await amendedPages());
  const feedUrl = new URL(changesFeedPath, site.url).href;
  return rss({
    title: changesFeedTitle(site.shortName),
    description: `Changes to the online safety procedures and guidance published by the ${site.name}, newest first.`,
    // The channel's link is the human page that lists the same changes.
    site: new URL(sitePaths.changes, site.url).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language><atom:link href="${feedUrl}" rel="self" type="application/rss+xml"/>`,
    items: changeFeedItems(changes, site.url, (collection) => contentTypeLabels[collection].singular),
  });
}
