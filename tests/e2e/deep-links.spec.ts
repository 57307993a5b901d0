import { expect, type Page } from '@playwright/test';
import { test } from './support/fixtures';
import { loadContent } from '../../build/content/content-files';
import { formatDate } from '../../src/lib/content/dates';
import { parseIdComment } from '../../src/lib/content/heading-ids';
import { redirectsFrom } from '../../build/redirects/redirects';
import { site } from '../../src/site.config';
import { viewedOnDate } from '../../src/lib/pages/citation';

const procedureId = 'safeguarding-children-from-online-harms';
const procedure = `/procedures/${procedureId}/`;
const sectionId = 'consultation-and-advice';
const sectionText = 'Consultation and advice';

const { entries } = loadContent();
const procedureData = entries.find((entry) => entry.collection === 'procedures' && entry.id === procedureId)?.data as {
  title: string;
  lastUpdated: Date;
  version: string;
};

/** The section's number as the page shows it, for example "3". */
async function sectionNumber(page: Page, id = sectionId): Promise<string> {
  return (await page.locator(`#${id} .section-number`).textContent()) ?? '';
}

/** The bottom edge of whatever is stuck to the top of the screen (the quick-exit bar), or 0. */
async function stickyBottom(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('body *')]
        .filter(
          (element) =>
            ['sticky', 'fixed'].includes(getComputedStyle(element).position) && element.getBoundingClientRect().top <= 1,
        )
        .map((element) => element.getBoundingClientRect().bottom),
    ),
  );
}

test.describe('section links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a procedure section heading is numbered and has a self-link named after it', async ({ page }) => {
    await page.goto(procedure);
    const number = await sectionNumber(page);
    expect(number).toMatch(/^\d+(\.\d+)*$/);
    await expect(page.getByRole('heading', { name: `${number} ${sectionText}`, exact: true })).toHaveAttribute('id', sectionId);
    const selfLink = page.getByRole('link', { name: `Link to section ${number} ${sectionText}`, exact: true });
    await expect(selfLink).toBeVisible();
    await expect(selfLink).toHaveAttribute('href', `#${sectionId}`);
  });

  test('copy link copies the canonical address of the section, whatever address the page was reached by', async ({ page }) => {
    await page.goto(`${procedure}?from=search`);
    const number = await sectionNumber(page);
    await page.getByRole('button', { name: `Copy link to section ${number} ${sectionText}`, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}${procedure}#${sectionId}`);
  });

  test('cite copies the title, section number and title, canonical address, version and day viewed as plain text', async ({
    page,
  }) => {
    await page.goto(procedure);
    const number = await sectionNumber(page);
    await page.getByRole('button', { name: `Cite section ${number} ${sectionText}`, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toHaveText('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      [
        `${procedureData.title}, section ${number}: ${sectionText}`,
        site.publisher.name,
        `${site.url}${procedure}#${sectionId}`,
        `Last updated ${formatDate(procedureData.lastUpdated)} (version ${procedureData.version})`,
        `Viewed on ${viewedOnDate(new Date())}`,
      ].join('\n'),
    );
  });
});

test.describe('without JavaScript', () => {
  test('the self-link is the permalink and the page citation is there to copy', async ({ sharedPageWithoutScripts: page }) => {
    await page.goto(procedure);
    await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
    await page.getByRole('link', { name: new RegExp(`^Link to section [\\d.]+ ${sectionText}$`) }).click();
    await expect(page).toHaveURL(new RegExp(`#${sectionId}$`));
    await page.getByText('Cite or share this page').click();
    await expect(page.locator('[data-cite-text]')).toContainText(`${site.url}${procedure}`);
  });
});

test('landing on a #fragment puts the section below anything sticky at the top, highlighted', async ({ page }) => {
  await page.goto(`${procedure}#${sectionId}`);
  const heading = page.locator(`#${sectionId}`);
  // Clear of a sticky bar, or of the 3rem the quick-exit bar takes when the page has one.
  const clearance = Math.max(await stickyBottom(page), 48);
  await expect.poll(async () => (await heading.boundingBox())?.y).toBeGreaterThanOrEqual(clearance);
  expect((await heading.boundingBox())?.y).toBeLessThan(clearance + 80);
  const row = page.locator('.section-heading', { has: heading });
  await expect(row).toHaveCSS('animation-name', 'target-flash');
  await expect(row).not.toHaveCSS('box-shadow', 'none');
});

test('the manual’s old #scope-of-this-chapter fragment lands on a procedure’s Scope section', async ({ page }) => {
  await page.goto(`${procedure}#scope-of-this-chapter`);
  const scope = page.getByRole('heading', { name: 'Scope', exact: true });
  await expect(scope).toBeInViewport();
  await expect.poll(async () => (await scope.boundingBox())?.y).toBeLessThan(150);
  await expect(page.locator('.section-heading', { has: scope })).not.toHaveCSS('box-shadow', 'none');
});

test('an old fragment written in the text lands on its section', async ({ page }) => {
  // The first heading in the content that lists an old id: `## Heading {/* #id was #old */}`.
  const oldLink = entries
    .flatMap((entry) =>
      [...entry.body.matchAll(/^#{2,4} .*\{\/\*(.*?)\*\/\}\s*$/gm)].map((match) => ({
        entry,
        comment: parseIdComment(match[1] ?? ''),
      })),
    )
    .flatMap(({ entry, comment }) =>
      comment.kind === 'id' && comment.value.id && comment.value.oldIds[0]
        ? [{ path: `/${entry.collection}/${entry.id}/`, id: comment.value.id, oldId: comment.value.oldIds[0] }]
        : [],
    )[0];
  expect(oldLink, 'some heading in content/ should list an old id after "was"').toBeDefined();
  await page.goto(`${oldLink?.path}#${oldLink?.oldId}`);
  const heading = page.locator(`[id="${oldLink?.id}"]`);
  await expect(heading).toBeInViewport();
  await expect.poll(async () => (await heading.boundingBox())?.y).toBeLessThan(150);
  await expect(page.locator('.section-heading', { has: heading })).not.toHaveCSS('box-shadow', 'none');
});

test.describe('an old slug', () => {
  const [redirect] = redirectsFrom(entries);

  test('redirects to the page’s new address', async ({ sharedPage: page }) => {
    expect(redirect, 'some content should list an oldSlugs entry').toBeDefined();
    const response = await page.goto(redirect?.from ?? '');
    expect(response?.request().redirectedFrom()?.url()).toMatch(new RegExp(`${redirect?.from}$`));
    await expect(page).toHaveURL(new RegExp(`${redirect?.to}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(redirect?.title ?? '');
  });

  test('has a page on hosts without redirects that moves the reader on', async ({ sharedPage: page }) => {
    await page.goto(`${redirect?.from}index.html`);
    await expect(page).toHaveURL(new RegExp(`${redirect?.to}$`));
  });
});

test('the table of contents marks the section being read', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(procedure);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const current = contents.locator('a[aria-current="true"]');
  await page.locator(`#${sectionId}`).evaluate((element) => element.scrollIntoView());
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', `#${sectionId}`);
  await expect(current).toBeInViewport();
  await page.locator('#responding-to-concerns').evaluate((element) => element.scrollIntoView());
  await expect(current).toHaveAttribute('href', '#responding-to-concerns');
  await expect(contents).toBeInViewport();
});

test('the printed page has no navigation or buttons and keeps section numbers', async ({ sharedPage: page }) => {
  await page.goto(procedure);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Copy link/ }).first()).toBeHidden();
  await expect(page.locator(`#${sectionId} .section-number`)).toBeVisible();
});
