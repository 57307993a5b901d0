/**
 * A Vite plugin that runs the MDX safety check on every `.mdx` file just before Astro's MDX
 * plugin compiles it. The content check already refuses unsafe content before a build starts;
 * this guard also covers `astro dev`, where a file edited after the server started is compiled
 * (and its code run) without the content check seeing it again.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { ContentError } from './content-error';
import { splitFrontmatter } from './content-files';
import { findUnsafeMdx } from './mdx-safety';

/** Throws a ContentError naming every unsafe thing in an MDX file's source. */
export function assertSafeMdx(path: string, source: string): void {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const parts = splitFrontmatter(text);
  const body = parts?.body ?? text;
  const firstLine = text.slice(0, text.length - body.length).split('\n').length;
  const problems = findUnsafeMdx(relative(process.cwd(), path), body, firstLine);
  if (problems.length > 0) throw new ContentError(problems);
}

export function mdxSafetyGuard(): Plugin {
  return {
    name: 'mdx-safety-guard',
    // Before @astrojs/mdx, which is also "pre" and is registered after the content check.
    enforce: 'pre',
    transform: {
      // The same files @astrojs/mdx compiles; "….mdx?query" ids are Astro's JavaScript wrappers.
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        assertSafeMdx(id, code);
        return null;
      },
    },
  };
}
