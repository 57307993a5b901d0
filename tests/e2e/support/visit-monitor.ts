/**
 * Watches a browser context from its creation for what a reader could be tracked or harmed by:
 * requests to other sites, Pagefind loaded where nothing searches, console errors and
 * Content-Security-Policy violations. One monitor per worker, reset before each visit.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** What one visit did. */
export interface Visit {
  offSite: string[];
  pagefind: string[];
  consoleErrors: string[];
}

/**
 * Starts watching a context and its page; returns the lists it fills.
 * @param context the context, before any page in it has loaded
 * @param page the page the visits use
 * @param origin the site's own origin
 */
export async function monitorVisits(context: BrowserContext, page: Page, origin: string): Promise<Visit> {
  const visit: Visit = { offSite: [], pagefind: [], consoleErrors: [] };
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
  return visit;
}

/** Empties a monitor's lists before the next visit. */
export function resetVisit(visit: Visit): void {
  for (const list of Object.values(visit)) list.length = 0;
}

/**
 * Everything a visit left behind or broke, after the page has settled.
 * @param pagefindAllowed whether this visit searched, so Pagefind's files were expected
 */
export async function traces(page: Page, context: BrowserContext, visit: Visit, pagefindAllowed: boolean) {
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

/** What `traces` returns for a visit that left nothing and broke nothing. */
export const noTraces = {
  offSite: [],
  pagefind: [],
  cookies: [],
  stored: { localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 },
  consoleErrors: [],
  violations: [],
};
