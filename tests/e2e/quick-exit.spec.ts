import { expect, type Page } from '@playwright/test';
import { test } from './support/fixtures';
import { site } from '../../src/site.config';

const neutralPage = site.quickExitUrl;

/** Stands in for the neutral site, so no request leaves the machine; `held` delays its answer. */
async function mockNeutralPage(page: Page, held: Promise<void> = Promise.resolve()) {
  await page.context().route(`${new URL(neutralPage).origin}/**`, async (route) => {
    await held;
    await route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather forecast</h1></html>',
    });
  });
}

const exitButton = (page: Page) => page.locator('.quick-exit').getByRole('link', { name: 'Exit this page' });

test.describe('with JavaScript', () => {
  test('the Exit this page button links to the neutral page with rel="nofollow noreferrer"', async ({ sharedPage: page }) => {
    await page.goto('/guidance/getting-help/');
    await expect(exitButton(page)).toHaveAttribute('href', neutralPage);
    await expect(exitButton(page)).toHaveAttribute('rel', 'nofollow noreferrer');
  });

  test('the exit button leaves the site and Back does not return to the page being read', async ({ page }) => {
    await mockNeutralPage(page);
    await page.goto('/');
    await page.goto('/guidance/getting-help/');
    await exitButton(page).click();
    await expect(page).toHaveURL(neutralPage);
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('the page is hidden behind a plain overlay as soon as the button is selected', async ({ page }) => {
    // Chromium closes the page if a test reads it while a cross-site navigation is pending, so the
    // page reports what it shows, through an observer installed before it loads.
    let release = () => {};
    await mockNeutralPage(
      page,
      new Promise((resolve) => {
        release = resolve;
      }),
    );
    const shown = new Promise<unknown>((resolve) => void page.exposeFunction('reportOverlay', resolve));
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const overlay = document.querySelector('.quick-exit-overlay');
        if (!overlay?.textContent) return;
        observer.disconnect();
        const box = overlay.getBoundingClientRect();
        const report = (window as unknown as { reportOverlay: (state: unknown) => void }).reportOverlay;
        report({
          overlay: overlay.textContent,
          coversWindow: box.width >= window.innerWidth && box.height >= window.innerHeight,
          visible: [...document.body.children].filter((element) => element.checkVisibility()).map((element) => element.className),
        });
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto('/guidance/getting-help/');
    const clicking = exitButton(page).click();
    expect(await shown).toEqual({ overlay: 'Loading.', coversWindow: true, visible: ['quick-exit-overlay'] });
    release();
    await clicking;
    await expect(page).toHaveURL(neutralPage);
  });

  test('pressing Shift three times announces the presses left and then exits', async ({ page }) => {
    await mockNeutralPage(page);
    await page.goto('/');
    await page.goto('/contacts/');
    const status = page.locator('[data-quick-exit-status]');
    await expect(status).toHaveAttribute('role', 'status');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 2 more times to exit the page.');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 1 more time to exit the page.');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(neutralPage);
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('typing a capital letter with Shift does not count towards the three presses', async ({ sharedPage: page }) => {
    await page.goto('/');
    await page.getByRole('banner').locator('summary', { hasText: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search this site' }).focus();
    for (let letter = 0; letter < 3; letter += 1) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Shift');
    }
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('');
    await expect(page).toHaveURL('/');
  });

  test('another key between Shift presses starts the count again', async ({ sharedPage: page }) => {
    await page.goto('/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift');
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('Shift, press 2 more times to exit the page.');
  });

  test('the button stays in view after scrolling to the end of a long page', async ({ sharedPage: page }) => {
    await page.goto('/contacts/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(exitButton(page)).toBeInViewport();
  });

  test('the quick exit is not printed', async ({ sharedPage: page }) => {
    await page.goto('/guidance/getting-help/');
    await page.emulateMedia({ media: 'print' });
    await expect(exitButton(page)).toBeHidden();
  });

  test('Exit this page comes straight after the skip link, and only once in the tab order', async ({ sharedPage: page }) => {
    await page.goto('/guidance/getting-help/');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Skip to main content');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Exit this page');
    await expect(page.locator(':focus')).toBeVisible();
    await expect(page.locator(':focus')).toHaveAttribute('href', neutralPage);
    const exitStops = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('a[href], button')].filter(
          (element) => element.textContent?.trim() === 'Exit this page' && element.tabIndex >= 0 && element.checkVisibility(),
        ).length,
    );
    expect(exitStops).toBe(1);
  });

  test('Exit this page leaves the site from the keyboard too', async ({ page }) => {
    await mockNeutralPage(page);
    await page.goto('/');
    await page.goto('/guidance/getting-help/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(neutralPage);
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('the link beside the button leads to how to cover your tracks', async ({ sharedPage: page }) => {
    await page.goto('/');
    await page.locator('.quick-exit').getByRole('link', { name: 'How to cover your tracks online' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to cover your tracks online');
    await expect(page.getByRole('main')).toContainText('does not delete your browsing history');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the exit button is a plain link to the neutral page', async ({ page }) => {
    await mockNeutralPage(page);
    await page.goto('/guidance/getting-help/');
    await exitButton(page).click();
    await expect(page).toHaveURL(neutralPage);
  });
});
