/**
 * The `test` every browser test imports. Besides Playwright's own `page` (a new browser context
 * for each test), it offers pages that live as long as a worker, so a test that only navigates,
 * reads and clicks costs one navigation instead of a new context and a new renderer:
 *
 * - `sharedPage` (JavaScript on) and `sharedPageWithoutScripts` (off). Each test finds the page
 *   at the viewport its options give (Playwright's 1280×720 unless `test.use({ viewport })`) and
 *   with no media emulated, wherever the last test left it.
 * - `watchedPage`, `watchedContext` and `visit`: a page in a context watched from its creation for
 *   requests to other sites, Pagefind, console errors and policy violations (`visit-monitor.ts`);
 *   call `resetVisit` before each visit.
 *
 * A test that changes what a later one would find uses `page`: a fixed clock, routes, scripts
 * added before load, listeners, permissions or history it relies on.
 *
 * Playwright starts a new worker, with a new browser, for every different set of worker
 * fixtures; every spec imports this one `test`, so the whole run needs only its two workers.
 */
import {
  test as base,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type ViewportSize,
  type WorkerInfo,
} from '@playwright/test';
import { monitorVisits, type Visit } from './visit-monitor';

interface TestFixtures {
  sharedPage: Page;
  sharedPageWithoutScripts: Page;
}

interface WorkerFixtures {
  pageWithScriptsForWorker: Page;
  pageWithoutScriptsForWorker: Page;
  watched: { context: BrowserContext; page: Page; visit: Visit };
  watchedContext: BrowserContext;
  watchedPage: Page;
  visit: Visit;
}

/** The viewport a new page has unless a test asks for another: Playwright's default. */
const defaultViewport = { width: 1280, height: 720 };

/** A new context for a worker, at the project's base URL. */
async function newContext(browser: Browser, workerInfo: WorkerInfo, options: BrowserContextOptions = {}) {
  const { baseURL } = workerInfo.project.use;
  return browser.newContext({ ...(baseURL ? { baseURL } : {}), ...options });
}

/** Brings a page used by earlier tests back to what a new page would show: the viewport and no emulated media. */
async function asNew(page: Page, viewport: ViewportSize | null): Promise<Page> {
  await page.setViewportSize(viewport ?? defaultViewport);
  await page.emulateMedia({ media: null });
  return page;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  pageWithScriptsForWorker: [
    async ({ browser }, use, workerInfo) => {
      const context = await newContext(browser, workerInfo);
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  pageWithoutScriptsForWorker: [
    async ({ browser }, use, workerInfo) => {
      const context = await newContext(browser, workerInfo, { javaScriptEnabled: false });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  sharedPage: async ({ pageWithScriptsForWorker, viewport }, use) => use(await asNew(pageWithScriptsForWorker, viewport)),
  sharedPageWithoutScripts: async ({ pageWithoutScriptsForWorker, viewport }, use) =>
    use(await asNew(pageWithoutScriptsForWorker, viewport)),
  // The monitor starts before the page loads anything.
  watched: [
    async ({ browser }, use, workerInfo) => {
      const context = await newContext(browser, workerInfo);
      const page = await context.newPage();
      const visit = await monitorVisits(context, page, new URL(workerInfo.project.use.baseURL ?? '').origin);
      await use({ context, page, visit });
      await context.close();
    },
    { scope: 'worker' },
  ],
  watchedContext: [async ({ watched }, use) => use(watched.context), { scope: 'worker' }],
  watchedPage: [async ({ watched }, use) => use(watched.page), { scope: 'worker' }],
  visit: [async ({ watched }, use) => use(watched.visit), { scope: 'worker' }],
});
