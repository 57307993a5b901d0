import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test } from './support/fixtures';
import { monitorVisits, noTraces, traces } from './support/visit-monitor';
import { distDirectory, readablePages } from '../../tools/built-site/built-pages';

// Every page's own visit is checked in every-page.spec.ts; these are the visits that do something.
test('a search loads Pagefind from this site alone, within the policy, storing nothing', async ({ page, context, baseURL }) => {
  // A new context, so Pagefind's files cannot come from an earlier visit's cache.
  const visit = await monitorVisits(context, page, new URL(baseURL ?? '').origin);
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
    (bytes: number[]) =>
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
