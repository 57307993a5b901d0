import { expect } from '@playwright/test';
import { test } from './support/fixtures';

test('the "What\'s changed" page lists changes and each links to its page', async ({ sharedPage: page }) => {
  await page.goto('/changes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("What's changed");
  const first = page.locator('main ol > li').first();
  const title = (await first.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
  await first.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { name: 'Amendments' })).toBeVisible();
});

test('the footer links to the "What\'s changed" page, which links to its feed', async ({ sharedPage: page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: "What's changed" }).click();
  await expect(page).toHaveURL('/changes/');
  const response = await page.request.get(
    (await page.getByRole('link', { name: "What's changed RSS feed" }).getAttribute('href')) ?? '',
  );
  expect([
    response.status(),
    response.headers()['content-type'],
    (await response.text()).startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"'),
  ]).toEqual([200, 'application/xml; charset=utf-8', true]);
});

test('a page with JSON-LD raises no Content-Security-Policy violation or console error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  // Runs before the page's own scripts and outside its CSP, so it hears every violation.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  await page.goto('/procedures/safeguarding-children-from-online-harms/');
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
  const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
  expect([violations, problems]).toEqual([[], []]);
});

test('the "being reviewed" note appears once the review date has passed, without a rebuild', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2100-01-01T10:00:00Z'));
  await page.goto('/guidance/getting-help/');
  await expect(page.getByRole('note')).toContainText('This page is being reviewed.');
});

test('the "being reviewed" note stays hidden while the review date is ahead', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00Z'));
  await page.goto('/guidance/getting-help/');
  await expect(page.getByText('This page is being reviewed.')).toBeHidden();
});

test('the feed and the sitemaps are well-formed XML', async ({ sharedPage: page }) => {
  await page.goto('/');
  const index = await (await page.request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const paths = ['/changes/feed.xml', '/sitemap-index.xml', ...sitemaps];
  const errors: string[] = [];
  for (const path of paths) {
    const text = await (await page.request.get(path)).text();
    // The browser's own XML parser: strict, as feed readers are.
    const error = await page.evaluate(
      (xml) => new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ?? '',
      text,
    );
    if (error) errors.push(`${path}: ${error}`);
  }
  expect([sitemaps.length > 0, errors]).toEqual([true, []]);
});
