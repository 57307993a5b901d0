import { expect } from '@playwright/test';
import { test } from './support/fixtures';

test('the header search works as a plain form without JavaScript', async ({ sharedPageWithoutScripts: page }) => {
  await page.goto('/');
  await page.getByRole('banner').locator('summary', { hasText: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('childline');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=childline$/);
});

test('the skip link moves to the main content without JavaScript', async ({ sharedPageWithoutScripts: page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator('main')).toBeFocused();
});
