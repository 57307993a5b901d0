/**
 * Printouts for a case file: the page's full address, version and date, the day it was printed,
 * the uncontrolled-copy warning, the contents list, full link addresses and contact details, in
 * as few sheets of A4 as the content allows.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './support/fixtures';
import { loadContent } from '../../build/content/content-files';
import { formatDate } from '../../src/lib/content/dates';
import { viewedOnDate } from '../../src/lib/pages/citation';
import { site } from '../../src/site.config';

const procedure = '/procedures/safeguarding-children-from-online-harms/';
const procedureData = loadContent().entries.find((entry) => entry.id === 'safeguarding-children-from-online-harms')?.data as {
  lastUpdated: Date;
  version: string;
};
/**
 * Sheets of A4 the procedure prints on. Before the print stylesheet was reworked it took 16 (without
 * a contents list); keep it at or below this.
 */
const procedureSheets = 14;

const uncontrolled = 'Uncontrolled when printed: check the online version before acting.';

/** What a link prints after its text: the `::after` content, quotes removed. */
function printedAfterLinks(page: Page, selector: string): Promise<{ href: string; after: string }[]> {
  return page.locator(selector).evaluateAll((links) =>
    links.map((link) => ({
      href: link.getAttribute('href') ?? '',
      after: getComputedStyle(link, '::after').content.replaceAll('"', ''),
    })),
  );
}

test('a printed procedure starts with its full address, version, last-updated date, the day printed and the warning', async ({
  sharedPage: page,
}) => {
  await page.goto(procedure);
  await page.emulateMedia({ media: 'print' });
  const notice = page.locator('.print-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`${site.url}${procedure}`);
  await expect(notice).toContainText(`Last updated ${formatDate(procedureData.lastUpdated)} · Version ${procedureData.version}`);
  await expect(notice).toContainText(`Printed on ${viewedOnDate(new Date())}`);
  await expect(notice).toContainText(uncontrolled);
});

test('the notice is on screen for no one', async ({ sharedPage: page }) => {
  await page.goto(procedure);
  await expect(page.locator('.print-notice')).toBeHidden();
});

test('a printed procedure keeps its contents list and prints every link with its full https address', async ({
  sharedPage: page,
}) => {
  await page.goto(procedure);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  const links = await printedAfterLinks(page, 'main a[href^="/"]:not(.contact-card a)');
  expect(links.length).toBeGreaterThan(10);
  expect(links.filter((link) => link.after !== ` (${site.url}${link.href})`)).toEqual([]);
  const external = await printedAfterLinks(page, 'main a[href^="https://"]');
  expect(external.filter((link) => link.after !== ` (${link.href})`)).toEqual([]);
});

test(`the procedure prints on no more than ${procedureSheets} sheets of A4`, async ({ sharedPage: page }) => {
  await page.goto(procedure);
  const pdf = await page.pdf({ format: 'A4' });
  const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(sheets).toBeGreaterThan(5);
  expect(sheets).toBeLessThanOrEqual(procedureSheets);
});

test('a printed contact card shows the name, phone number and opening hours, not the address of its page', async ({
  sharedPage: page,
}) => {
  await page.goto('/contacts/');
  await page.emulateMedia({ media: 'print' });
  const card = page.locator('[data-contact="starting-point"]');
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading')).toContainText('Starting Point');
  await expect(card).toContainText('01629 535 353');
  await expect(card).toContainText('Opening hours');
  await expect(card).toContainText(/Monday to Friday/);
  const name = await printedAfterLinks(page, '[data-contact="starting-point"] h2 a, [data-contact="starting-point"] h3 a');
  expect(name.map((link) => link.after)).toEqual(['none']);
});

test('a printed guidance page has the notice and no share link or page furniture', async ({ sharedPage: page }) => {
  await page.goto('/guidance/getting-help/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-notice')).toContainText(`${site.url}/guidance/getting-help/`);
  await expect(page.getByRole('link', { name: 'Share this page by email' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('.quick-exit')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test('the printout leaves a line to write the day it was printed on, and still carries the warning', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/contacts/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-notice')).toContainText(/Printed on _{6,}/);
    await expect(page.locator('.print-notice')).toContainText(uncontrolled);
  });
});
