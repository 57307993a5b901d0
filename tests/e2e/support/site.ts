/**
 * What the browser tests share about the site: the list of built pages (read from the build
 * output, never written by hand), one page of each type, and the styles that show focus.
 */
import { statSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { distDirectory, readablePages } from '../../../tools/built-site/built-pages';
import { pageType } from '../../../tools/built-site/page-weight';

/** Every page a reader can land on, by URL path, from `dist/`. */
export const sitePaths: string[] = readablePages(distDirectory()).map((page) => page.path);

/**
 * One page of each type, the one with the most HTML (so the most to tab through or check).
 * @param paths the URL paths to choose from
 */
export function largestPageOfEachType(paths: readonly string[] = sitePaths): string[] {
  const pages = readablePages(distDirectory()).filter((page) => paths.includes(page.path));
  const largest = new Map<string, { path: string; size: number }>();
  for (const page of pages) {
    const size = statSync(page.file).size;
    const type = pageType(page.path);
    if ((largest.get(type)?.size ?? -1) < size) largest.set(type, { path: page.path, size });
  }
  return [...largest.values()].map((entry) => entry.path).sort();
}

/**
 * The computed styles that can show focus, for comparing an element before and after it is focused.
 * @param element the element to read
 */
export async function focusStyles(element: Locator): Promise<Record<string, string>> {
  return element.evaluate((node) => {
    const style = getComputedStyle(node);
    return {
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
      background: style.backgroundColor,
    };
  });
}
