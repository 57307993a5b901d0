import { expect } from '@playwright/test';
import { sitePaths, testWithSharedPage } from './support/site';

const test = testWithSharedPage({ javaScriptEnabled: false });

for (const path of sitePaths) {
  test(`${path} shows its heading, content and navigation without JavaScript`, async ({ sharedPage: page }) => {
    await page.goto(path);
    const main = page.locator('main');
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
    expect((await main.innerText()).trim().length).toBeGreaterThan(100);
    const banner = page.getByRole('banner');
    await banner.locator('summary', { hasText: 'Menu' }).click();
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await expect(navigation.getByRole('link').first()).toBeVisible();
    for (const link of await navigation.getByRole('link').all()) await expect(link).toBeVisible();
    // The search page is the search itself, so its header has no Search panel.
    if (path === '/search/') return;
    await banner.locator('summary', { hasText: 'Search' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search this site' })).toBeVisible();
  });

  test(`${path} shows no control that needs JavaScript to work`, async ({ sharedPage: page }) => {
    await page.goto(path);
    // Without scripts a link works if it goes somewhere, a button only if it submits a form, and a
    // field only if its form has a submit button.
    const deadControls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a, button, [role="button"], input, select, textarea')]
        .filter((element) => element.checkVisibility({ visibilityProperty: true }))
        .filter((element) => {
          if (element instanceof HTMLAnchorElement)
            return (
              !element.getAttribute('href') || element.getAttribute('href') === '#' || element.href.startsWith('javascript:')
            );
          if (element instanceof HTMLButtonElement) return element.type !== 'submit' || !element.form;
          // A field is only any use if its form can be sent without a script.
          if (
            element instanceof HTMLInputElement ||
            element instanceof HTMLSelectElement ||
            element instanceof HTMLTextAreaElement
          )
            return !element.form?.querySelector('button[type="submit"], button:not([type]), input[type="submit"]');
          return true;
        })
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(deadControls).toEqual([]);
  });
}

test('the header search works as a plain form without JavaScript', async ({ sharedPage: page }) => {
  await page.goto('/');
  await page.getByRole('banner').locator('summary', { hasText: 'Search' }).click();
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
