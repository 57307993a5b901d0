/**
 * The MDX safety check on one file, just before the content layer renders it
 * (`build/markdown/mdx-entries.ts`). The content check already refuses unsafe content before a
 * build starts; this guard also covers `astro dev`, where a file edited after the server started
 * is rendered without the content check seeing it again.
 */
import { relative } from 'node:path';
import { ContentError } from './content-error';
import { splitFrontmatter } from './content-files';
import { findUnsafeMdx } from './mdx-safety';

/**
 * Throws a ContentError naming every unsafe thing in an MDX file's source.
 * @param path the file's path
 * @param source the whole file, or its body with the frontmatter blanked out (lines as in the file)
 */
export function assertSafeMdx(path: string, source: string): void {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const parts = splitFrontmatter(text);
  const body = parts?.body ?? text;
  const firstLine = text.slice(0, text.length - body.length).split('\n').length;
  const problems = findUnsafeMdx(relative(process.cwd(), path), body, firstLine);
  if (problems.length > 0) throw new ContentError(problems);
}
