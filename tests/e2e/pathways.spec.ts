import { expect } from '@playwright/test';
import { test } from './support/fixtures';
import { site } from '../../src/site.config';

test('the home page puts urgent help first, then the three pathways', async ({ sharedPage: page }) => {
  await page.goto('/');
  const sections = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(sections).toHaveText(['Get help now', 'Help for you', 'Browse the site']);
  await expect(page.getByRole('main').getByRole('link', { name: '999', exact: true })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByRole('main').getByRole('link', { name: 'Worried about a child?' })).toHaveAttribute('href', '/worried/');
  await expect(page.getByRole('region', { name: 'Help for you' }).getByRole('heading', { level: 3 })).toHaveText(
    site.audiences.map((audience) => audience.label),
  );
});

for (const audience of site.audiences) {
  test(`the ${audience.label.toLowerCase()} pathway opens from the home page and lists guidance and contacts`, async ({
    sharedPage: page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: audience.label, exact: true }).click();
    await expect(page).toHaveURL(`/${audience.pathway}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Online safety for ${audience.label.toLowerCase()}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Who can help' })).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('link', { name: `All contacts for ${audience.label.toLowerCase()}` }),
    ).toHaveAttribute('href', `/contacts/for/${audience.id}/`);
  });
}

test('the professionals pathway lists the online harms procedure before procedures held in the manual', async ({
  sharedPage: page,
}) => {
  await page.goto('/professionals/');
  const procedures = page.locator('section[aria-labelledby="procedures"] li a');
  await expect(procedures.first()).toHaveAttribute('href', '/procedures/safeguarding-children-from-online-harms/');
});
