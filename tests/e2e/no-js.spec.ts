import { expect } from '@playwright/test';
import { testWithSharedPage } from './support/site';

const test = testWithSharedPage({ javaScriptEnabled: false });

test('the header search works as a plain form without JavaScript', async ({ sharedPage: page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('childline');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=childline$/);
});

test('the skip link moves to the main content without JavaScript', async ({ sharedPage: page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator('main')).toBeFocused();
});
