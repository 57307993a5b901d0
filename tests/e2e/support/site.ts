/**
 * What the browser tests share: the list of built pages (read from the build output, never
 * written by hand) and a page that lives as long as a worker, so a test per page costs one
 * navigation, not a new browser context.
 */
import { statSync } from 'node:fs';
import { test as base, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
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

interface SharedFixtures {
  /** A page opened once per worker; each test navigates it. */
  sharedPage: Page;
  sharedContext: BrowserContext;
}

/**
 * A `test` whose `sharedPage` lives in one browser context per worker.
 * @param options context options, such as `{ javaScriptEnabled: false }`
 */
export function testWithSharedPage(options: BrowserContextOptions = {}) {
  return base.extend<object, SharedFixtures>({
    sharedContext: [
      async ({ browser }, use, workerInfo) => {
        const { baseURL } = workerInfo.project.use;
        const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), ...options });
        await use(context);
        await context.close();
      },
      { scope: 'worker' },
    ],
    sharedPage: [
      async ({ sharedContext }, use) => {
        await use(await sharedContext.newPage());
      },
      { scope: 'worker' },
    ],
  });
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
