import { expect } from '@playwright/test';
import { test } from './support/fixtures';

test('the resources page groups resources under each audience', async ({ sharedPage: page }) => {
  await page.goto('/resources/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resources');
  await expect(page.locator('main h2')).toHaveText(['For parents and carers', 'For young people', 'For professionals']);
});

test('a resource with an official address links to it without sending a referrer', async ({ sharedPage: page }) => {
  await page.goto('/resources/');
  const professionals = page.locator('section', { has: page.getByRole('heading', { name: 'For professionals', level: 2 }) });
  const link = professionals.getByRole('link', { name: 'Keeping Children Safe in Education', exact: true });
  await expect(link).toHaveAttribute('href', 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2');
  await expect(link).toHaveAttribute('rel', 'noreferrer');
});

test("a resource names its provider with a link to the provider's contact page", async ({ sharedPage: page }) => {
  await page.goto('/resources/');
  const professionals = page.locator('section', { has: page.getByRole('heading', { name: 'For professionals', level: 2 }) });
  const toolkit = professionals.locator('li', { has: page.getByRole('heading', { name: 'Cyber Choices Toolkit', level: 3 }) });
  await expect(toolkit).toContainText('Toolkit or pack');
  await expect(toolkit).toContainText('Derby City and Derbyshire');
  await toolkit.getByRole('link', { name: 'Cyber Choices' }).click();
  await expect(page).toHaveURL('/contacts/cyber-choices/');
});

test('the guidance index and the footer link to the resources page', async ({ sharedPage: page }) => {
  await page.goto('/guidance/');
  await expect(page.locator('main').getByRole('link', { name: 'resources by audience' })).toHaveAttribute('href', '/resources/');
  await expect(page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Resources' })).toHaveAttribute(
    'href',
    '/resources/',
  );
});
