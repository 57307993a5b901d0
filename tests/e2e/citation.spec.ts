/**
 * Citations fit for case notes on the pages professionals cite (procedures, legislation, risks),
 * and one plain share link on pages for parents, carers and young people.
 */
import { expect } from '@playwright/test';
import { test } from './support/fixtures';
import { viewedOnDate } from '../../src/lib/pages/citation';
import { site } from '../../src/site.config';

const procedure = '/procedures/safeguarding-children-from-online-harms/';
const act = '/legislation/online-safety-act-2023/';
const risk = '/risks/contact/';
const guidance = '/guidance/getting-help/';

test.describe('with JavaScript', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the page citation gives the canonical address and the day viewed in UK time', async ({ page }) => {
    await page.goto(`${procedure}?utm=anything`);
    await page.getByText('Cite or share this page').click();
    const text = page.locator('[data-cite-text]');
    await expect(text).toContainText(`${site.url}${procedure}\n`);
    await expect(text).toContainText(`Viewed on ${viewedOnDate(new Date())}`);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').at(-1)).toBe(`Viewed on ${viewedOnDate(new Date())}`);
    // Pastes as plain lines, with nothing before the title or after the date.
    expect(copied).toBe(copied.trim());
  });

  for (const path of [act, risk]) {
    test(`${path} offers Copy link and Cite on its sections, citing the canonical address`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      const cite = page.getByRole('button', { name: /^Cite section / }).first();
      await expect(cite).toBeVisible();
      await expect(page.getByRole('button', { name: /^Copy link to section / }).first()).toBeVisible();
      await cite.click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(`${site.url}${path}#`);
      expect(copied).toContain(`Viewed on ${viewedOnDate(new Date())}`);
    });
  }

  test('a guidance page has one Share this page link and no section controls', async ({ page }) => {
    await page.goto(guidance);
    await expect(page.getByRole('link', { name: 'Share this page by email' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: /^(Copy link|Cite)/ })).toHaveCount(0);
    await expect(page.locator('.self-link')).toHaveCount(0);
    await expect(page.getByText('Cite or share this page')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test('the share link is an e-mail with the page title and canonical address', async ({ sharedPageWithoutScripts: page }) => {
    await page.goto(guidance);
    const href = await page.getByRole('link', { name: 'Share this page by email' }).getAttribute('href');
    const mail = new URL(href ?? '');
    expect([mail.protocol, mail.searchParams.get('body')]).toEqual(['mailto:', `${site.url}${guidance}`]);
    expect(mail.searchParams.get('subject')).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  });

  test('the page citation asks for the date viewed and gives the canonical address', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto(act);
    await page.getByText('Cite or share this page').click();
    await expect(page.getByText('Copy this into an email or case note, with the date you viewed it:')).toBeVisible();
    await expect(page.locator('[data-cite-text]')).toContainText(`${site.url}${act}`);
  });
});
