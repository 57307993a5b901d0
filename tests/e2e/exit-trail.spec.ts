/**
 * An exit that leaves no trail: after moving through "Worried about a child?" and leaving with
 * Exit this page (the button or Shift three times), Back never shows a question or an answer.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './support/fixtures';
import { site } from '../../src/site.config';

const neutralPage = site.quickExitUrl;

/** Stands in for the neutral site, so no request leaves the machine. */
async function mockNeutralPage(page: Page) {
  await page
    .context()
    .route(`${new URL(neutralPage).origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
    );
}

/** Waits until the page's script has run (it marks <html> with "js"), as a reader's tap comes after it. */
const enhanced = async (page: Page, scripts: boolean) => {
  if (scripts) await expect(page.locator('html')).toHaveClass(/\bjs\b/);
};

/** From the home page into the guide, answering two questions, to the third step. */
async function answerTwoQuestions(page: Page, scripts = true) {
  await page.goto('/');
  await page.goto('/worried/');
  await enhanced(page, scripts);
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(page).toHaveURL('/worried/immediate-danger/');
  await enhanced(page, scripts);
  await page.getByRole('link', { name: 'No', exact: true }).click();
  await expect(page).toHaveURL('/worried/who-are-you/');
  await enhanced(page, scripts);
  await page.getByRole('link', { name: 'I work or volunteer with children' }).click();
  await expect(page).toHaveURL('/worried/professional-concern/');
  await enhanced(page, scripts);
}

for (const [name, exit] of [
  [
    'the Exit this page button',
    (page: Page) => page.locator('.quick-exit').getByRole('link', { name: 'Exit this page' }).click(),
  ],
  [
    'Shift pressed three times',
    async (page: Page) => {
      for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    },
  ],
] as const) {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`after two answers and ${name}, Back goes to the page before the guide (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await mockNeutralPage(page);
      await answerTwoQuestions(page);
      await exit(page);
      await expect(page).toHaveURL(neutralPage);
      await page.goBack();
      await expect(page).toHaveURL('/');
    });
  }
}

test('the guide’s own Back link moves back a question without adding to the history', async ({ page }) => {
  await mockNeutralPage(page);
  await answerTwoQuestions(page);
  await page.locator('.back-link').click();
  await expect(page).toHaveURL('/worried/who-are-you/');
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test('a contact opened from an outcome replaces the outcome in the history', async ({ sharedPage: page }) => {
  await page.goto('/');
  await page.goto('/worried/call-999/');
  await page.getByRole('main').locator('a[href^="/contacts/"]').first().click();
  await expect(page).toHaveURL(/\/contacts\//);
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test.describe('without JavaScript', () => {
  test('the answers are plain links, so each question stays in the history as the guidance says', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await answerTwoQuestions(page, false);
    await page.goBack();
    await expect(page).toHaveURL('/worried/who-are-you/');
    await page.goto('/guidance/cover-your-tracks-online/');
    await expect(page.getByRole('main')).toContainText(
      'every question you answered and the page of advice you reached stay in your history',
    );
  });
});
