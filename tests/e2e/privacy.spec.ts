import { expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sitePaths, testWithSharedPage } from './support/site';
import { distDirectory, readablePages } from '../../tools/built-site/built-pages';

/** What one visit did that a reader could be tracked or harmed by. */
interface Visit {
  offSite: string[];
  pagefind: string[];
  consoleErrors: string[];
}

/** One context per worker, watched from its creation for off-site requests, errors and CSP violations. */
const test = testWithSharedPage().extend<object, { visit: Visit }>({
  visit: [
    async ({ sharedContext: context, sharedPage: page }, use, workerInfo) => {
      const visit: Visit = { offSite: [], pagefind: [], consoleErrors: [] };
      const origin = new URL(workerInfo.project.use.baseURL ?? '').origin;
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== origin) visit.offSite.push(request.url());
        else if (url.pathname.startsWith('/pagefind/')) visit.pagefind.push(url.pathname);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') visit.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => visit.consoleErrors.push(error.message));
      // Runs before any page script, outside the page's CSP (Playwright injects it), and records
      // every policy violation the page triggers.
      await context.addInitScript(() => {
        const violations: string[] = [];
        Object.defineProperty(window, '__cspViolations', { value: violations });
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
        );
      });
      await use(visit);
    },
    { scope: 'worker' },
  ],
});

/** Everything a visit left behind or broke, after the page has settled. */
async function traces(page: Page, context: BrowserContext, visit: Visit, pagefindAllowed: boolean) {
  const stored = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  return {
    offSite: visit.offSite,
    pagefind: pagefindAllowed ? [] : visit.pagefind,
    cookies: (await context.cookies()).map((cookie) => cookie.name),
    stored,
    consoleErrors: visit.consoleErrors,
    violations: await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

const noTraces = {
  offSite: [],
  pagefind: [],
  cookies: [],
  stored: { localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 },
  consoleErrors: [],
  violations: [],
};

for (const path of sitePaths) {
  test(`${path} stays on this site, stores nothing and breaks no rule`, async ({
    sharedPage: page,
    sharedContext: context,
    visit,
  }) => {
    for (const list of Object.values(visit)) list.length = 0;
    await page.goto(path, { waitUntil: 'networkidle' });
    // Only the search page may load Pagefind, and only because it searches; other pages never.
    expect(await traces(page, context, visit, path === '/search/')).toEqual(noTraces);
  });
}

test('a search loads Pagefind from this site alone, within the policy, storing nothing', async ({
  sharedPage: page,
  sharedContext: context,
  visit,
}) => {
  for (const list of Object.values(visit)) list.length = 0;
  await page.goto('/search/?q=childline');
  await expect(
    page
      .locator('main')
      .getByRole('link', { name: /Childline/ })
      .first(),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Pagefind's WebAssembly module ran: the one thing the policy's 'wasm-unsafe-eval' is for.
  expect(visit.pagefind.some((path) => path.includes('wasm'))).toBe(true);
  expect(await traces(page, context, visit, true)).toEqual(noTraces);
});

test('the policy blocks an image from another site and the monitor sees it, so the checks above can fail', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(event.violatedDirective),
    ),
  );
  await page.goto('/');
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<img src="https://tracker.example/pixel.gif" alt="">'),
  );
  await expect.poll(() => violations).toContain('img-src');
});

// A page whose text links to another site, found in the build output.
const pageWithExternalLink =
  readablePages(distDirectory()).find((page) => {
    const html = readFileSync(page.file, 'utf8');
    return /<a [^>]*href="https:\/\/[^"]+"/.test(html.slice(html.indexOf('<main'), html.indexOf('</main>')));
  })?.path ?? '/';

test('following a link to another site sends no referrer', async ({ page }) => {
  const sent: Record<string, string>[] = [];
  await page.route(/^https:\/\//, async (route) => {
    sent.push(route.request().headers());
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title>' });
  });
  await page.goto(pageWithExternalLink);
  await page.locator('main a[href^="https://"]').first().click();
  await expect.poll(() => sent.length).toBeGreaterThan(0);
  expect(sent.map((headers) => headers['referer'])).toEqual(sent.map(() => undefined));
});

// The smallest valid WebAssembly module: the magic number and version 1.
const emptyModule = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const compiles = (page: Page) =>
  page.evaluate(
    (bytes) =>
      WebAssembly.compile(new Uint8Array(bytes)).then(
        () => 'compiled',
        (error: Error) => error.name,
      ),
    emptyModule,
  );

test('only the search page may compile WebAssembly', async ({ page }) => {
  await page.goto('/search/');
  expect(await compiles(page)).toBe('compiled');
  await page.goto('/contacts/');
  expect(await compiles(page)).toBe('CompileError');
});
