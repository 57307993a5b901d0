import { expect } from '@playwright/test';
import { test } from './support/fixtures';

const collections = [
  {
    index: '/procedures/',
    heading: 'Procedures',
    detail: '/procedures/safeguarding-children-from-online-harms/',
    title: 'Safeguarding children from online harms',
  },
  {
    index: '/legislation/',
    heading: 'Legislation',
    detail: '/legislation/serious-crime-act-2015/',
    title: 'Serious Crime Act 2015',
  },
  { index: '/risks/', heading: 'Online risks', detail: '/risks/content/', title: 'Content risks' },
  { index: '/contacts/', heading: 'Contacts', detail: '/contacts/childline/', title: 'Childline' },
  { index: '/guidance/', heading: 'Guidance', detail: '/guidance/getting-help/', title: 'Getting help and support' },
];

for (const collection of collections) {
  test(`the ${collection.heading} index lists its pages and links to ${collection.detail}`, async ({ sharedPage: page }) => {
    await page.goto(collection.index);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(collection.heading);
    await page.locator('main').getByRole('link', { name: collection.title, exact: true }).first().click();
    await expect(page).toHaveURL(collection.detail);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(collection.title);
  });
}

test('a procedure shows its version, dates, scope and amendment', async ({ sharedPage: page }) => {
  await page.goto('/procedures/safeguarding-children-from-online-harms/');
  const main = page.locator('main');
  await expect(main).toContainText('Last updated 14 March 2025');
  await expect(main).toContainText('Version 53');
  await expect(main.getByRole('heading', { name: 'Scope' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Amendments' })).toBeVisible();
});

test('a contact page offers click-to-call and email links from the contacts collection', async ({ sharedPage: page }) => {
  await page.goto('/contacts/professionals-online-safety-helpline/');
  await expect(page.getByRole('link', { name: '0344 381 4772' })).toHaveAttribute('href', 'tel:+443443814772');
  await expect(page.getByRole('link', { name: 'helpline@saferinternet.org.uk' }).first()).toHaveAttribute(
    'href',
    'mailto:helpline@saferinternet.org.uk',
  );
});

test('a legislation page links to the official text', async ({ sharedPage: page }) => {
  await page.goto('/legislation/serious-crime-act-2015/');
  await expect(page.getByRole('link', { name: 'Serious Crime Act 2015 on legislation.gov.uk' })).toHaveAttribute(
    'href',
    'https://www.legislation.gov.uk/ukpga/2015/9/contents',
  );
});

test('an unknown address shows the not-found page with a 404 status', async ({ sharedPage: page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // A reader who followed a broken link may be in the middle of an emergency.
  await expect(page.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByRole('link', { name: 'Answer a few questions to find out what to do' })).toHaveAttribute(
    'href',
    '/worried/',
  );
});
