/**
 * The section ids of each procedure page, worked out by the same heading-anchors plugin that
 * gives the built headings their ids, so a decision-guide outcome's `section:` is checked against
 * exactly the fragments readers' browsers will find.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { headingAnchors } from '../markdown/heading-anchors';
import { layoutIds } from '../markdown/page-ids';
import { headingsFrontmatterKey, type SectionHeading } from '../../src/lib/content/heading-ids';
import type { LoadedEntry } from './content-files';

/**
 * The heading ids of one MDX body, or none if its headings are broken (the build reports those itself).
 * @param body the MDX after the frontmatter; it must have passed the MDX safety check
 * @param path where the file is, which decides its collection's reserved ids
 */
export function headingIdsOf(body: string, path: string): string[] {
  const data: Record<string, unknown> = { astro: { frontmatter: {} } };
  try {
    // Synchronous: with only synchronous plugins, `data` is filled by the time mdxToJs returns.
    void mdxToJs(body, {
      fileURL: pathToFileURL(resolve(path)),
      data,
      mdastPlugins: [headingAnchors({ reservedIds: layoutIds, numberedCollections: ['procedures'] })],
    });
  } catch {
    return [];
  }
  const frontmatter = (data['astro'] as { frontmatter: Record<string, unknown> }).frontmatter;
  return ((frontmatter[headingsFrontmatterKey] ?? []) as SectionHeading[]).map((heading) => heading.id);
}

/**
 * Each procedure's section ids, by procedure id.
 * @param entries loaded entries
 * @param root the content folder the entries came from
 */
export function procedureSections(entries: readonly LoadedEntry[], root: string): Map<string, Set<string>> {
  return new Map(
    entries
      .filter((entry) => entry.collection === 'procedures')
      .map((entry) => [entry.id, new Set(headingIdsOf(entry.body, join(root, 'procedures', `${entry.id}.mdx`)))]),
  );
}
