import { expect } from '@playwright/test';
import { test } from './support/fixtures';
import { loadContent } from '../../build/content/content-files';

const glossary = new Map(
  loadContent()
    .entries.filter((entry) => entry.collection === 'glossary')
    .map((entry) => [entry.id, entry.data as { term: string; expansion?: string }]),
);
const aiCsam = glossary.get('ai-csam');

test('the glossary gives each term an anchor, its expansion and its definition', async ({ page }) => {
  await page.goto('/glossary/#ceop');
  const term = page.locator('dt#ceop');
  await expect(term).toHaveText(`${glossary.get('ceop')?.term}: ${glossary.get('ceop')?.expansion}`);
  await expect(term).toBeInViewport();
  await expect(page.locator('dt#ceop + dd')).not.toBeEmpty();
});

test('a page marks the first use of an abbreviation with its expansion, linked to its entry', async ({ sharedPage: page }) => {
  await page.goto('/guidance/ai-generated-child-sexual-abuse-material/');
  const marked = page.getByRole('main').locator('a.glossary-term', { hasText: aiCsam?.term ?? 'AI-CSAM' });
  await expect(marked).toHaveCount(1);
  await expect(marked.locator('abbr')).toHaveAttribute('title', aiCsam?.expansion ?? '');
  await marked.click();
  await expect(page).toHaveURL('/glossary/#ai-csam');
  await expect(page.locator('dt#ai-csam')).toBeInViewport();
});

test('guidance pages mark each abbreviation once, and never in a heading', async ({ sharedPage: page }) => {
  const paths = loadContent()
    .entries.filter((entry) => entry.collection === 'guidance')
    .map((entry) => `/guidance/${entry.id}/`);
  const repeats: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const marked = await page.getByRole('main').locator('a.glossary-term abbr').allTextContents();
    repeats.push(...marked.filter((text, index) => marked.indexOf(text) !== index).map((text) => `${path}: ${text}`));
    await expect(page.locator('h1 abbr, h2 abbr, h3 abbr, h4 abbr'), path).toHaveCount(0);
  }
  expect(repeats).toEqual([]);
});
