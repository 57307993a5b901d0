/**
 * The phone-first header: the page's heading near the top, the header small at large text sizes,
 * navigation and search one tap away under Menu and Search, with or without JavaScript.
 */
import { expect, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { test } from './support/fixtures';
import { largestPageOfEachType } from './support/site';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
/** One page of each type: home, directory, index, procedure, Act, risk, contact, guidance, guide step, search. */
const pages = largestPageOfEachType();

/** How far below the top of the window the page's h1 starts. */
const headingTop = (page: Page) =>
  page
    .locator('h1')
    .first()
    .evaluate((heading) => heading.getBoundingClientRect().top);

/** Pages whose heading starts more than 250 px down. */
async function headingsTooLow(page: Page): Promise<string[]> {
  const tooLow: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const top = await headingTop(page);
    if (top > 250) tooLow.push(`${path}: ${Math.round(top)} px`);
  }
  return tooLow;
}

for (const [screen, viewport] of [
  ['a phone', phone],
  ['a desktop', desktop],
] as const) {
  test.describe(() => {
    test.use({ viewport });

    test(`every type of page starts its heading within 250 px of the top on ${screen}, with JavaScript`, async ({
      sharedPage,
    }) => {
      expect([pages.length > 5, await headingsTooLow(sharedPage)]).toEqual([true, []]);
    });

    test(`every type of page starts its heading within 250 px of the top on ${screen}, without JavaScript`, async ({
      sharedPageWithoutScripts,
    }) => {
      expect([pages.length > 5, await headingsTooLow(sharedPageWithoutScripts)]).toEqual([true, []]);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: phone });

  test('at 200% text size the header (with the exit bar) takes no more than a third of the screen', async ({
    sharedPage: page,
  }) => {
    for (const path of ['/', '/procedures/safeguarding-children-from-online-harms/']) {
      await page.goto(path);
      // What a reader's "largest text" setting does: every rem doubles.
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const bottom = await page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().bottom);
      expect(bottom, path).toBeLessThanOrEqual(phone.height / 3);
    }
  });

  test('Menu opens the navigation and Search the search field, and both pass axe when open', async ({ sharedPage: page }) => {
    await page.goto('/guidance/getting-help/');
    const banner = page.getByRole('banner');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await banner.locator('summary', { hasText: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Procedures' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await banner.locator('summary', { hasText: 'Search' }).click();
    // One panel at a time: opening Search closes Menu.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Search this site' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the search page shows one search box, its own', async ({ sharedPage: page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
    await expect(page.locator('input[type="search"]')).toHaveCount(1);
  });

  test.describe('without JavaScript', () => {
    test('Menu is one stop in the tab order and opens the navigation from the keyboard', async ({
      sharedPageWithoutScripts: page,
    }) => {
      await page.goto('/contacts/');
      const menu = page.getByRole('banner').locator('summary', { hasText: 'Menu' });
      const stops: string[] = [];
      for (let press = 0; press < 6 && !(await menu.evaluate((element) => element === document.activeElement)); press += 1) {
        await page.keyboard.press('Tab');
        stops.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim().replaceAll(/\s+/g, ' ')));
      }
      expect(stops).toEqual(['Skip to main content', 'Exit this page', 'DDSCP Online safety', 'Search', 'Menu']);
      await page.keyboard.press('Enter');
      const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
      await expect(links.first()).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(links.first()).toBeFocused();
    });

    test('Search opens a search form that sends the query to the search page', async ({ sharedPageWithoutScripts: page }) => {
      await page.goto('/risks/');
      await page.getByRole('banner').locator('summary', { hasText: 'Search' }).click();
      await page.getByRole('searchbox', { name: 'Search this site' }).fill('Childline');
      await page.getByRole('searchbox', { name: 'Search this site' }).press('Enter');
      await expect(page).toHaveURL(/\/search\/\?q=Childline$/);
    });
  });
});
