import { expect } from '@playwright/test';
import { test } from './support/fixtures';

test('the 2017 strategy page shows its date and says it is historical', async ({ sharedPage: page }) => {
  await page.goto('/documents/online-safety-strategy/');
  const main = page.locator('main');
  await expect(main.getByRole('note').first()).toContainText('This is a dated, historical document.');
  await expect(main.getByText('about 2017 (its newest data is from January 2017)', { exact: true })).toBeVisible();
});

test('the documents index lists the strategy with who published it and when', async ({ sharedPage: page }) => {
  await page.goto('/documents/');
  await expect(page.locator('main')).toContainText('Derbyshire Safeguarding Children Board, about 2017');
});

test('a procedure held in the manual says so, says when to use it and shows no version', async ({ sharedPage: page }) => {
  await page.goto('/procedures/domestic-abuse/');
  const main = page.locator('main');
  await expect(main.getByRole('heading', { name: 'When to use this procedure' })).toBeVisible();
  await expect(main).toContainText("Its full text is held in the partnership's procedures manual");
  await expect(main).not.toContainText('Version');
});

test('the online harms procedure gives the Derbyshire consultation line as a click-to-call link', async ({
  sharedPage: page,
}) => {
  await page.goto('/procedures/safeguarding-children-from-online-harms/');
  await expect(page.getByRole('link', { name: '01629 535 353' })).toHaveAttribute('href', 'tel:+441629535353');
});

test('the strategy risk matrix is a table with row and column headers', async ({ sharedPage: page }) => {
  await page.goto('/risks/strategy-2017-risk-matrix/');
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Values' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Conduct (child or young person as actor)' })).toBeVisible();
});

test('the strategy risk matrix scrolls inside its own box on a phone instead of widening the page', async ({
  sharedPage: page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/risks/strategy-2017-risk-matrix/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
