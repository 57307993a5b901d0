/**
 * Checks the safety pages' browser tests share: axe at WCAG 2.2 AA, and a heading outline with one
 * h1, no skipped levels and an id on every h2–h4 (so a section can be linked).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fails with each violated axe rule and the elements that break it.
 * @param page the page, already loaded
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Fails unless the page has one h1, never skips a heading level, and gives every h2–h4 an id.
 * @param page the page, already loaded
 */
export async function expectOrderedHeadings(page: Page): Promise<void> {
  const headings = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((elements) =>
    elements.map((element) => ({
      level: Number(element.tagName.slice(1)),
      id: element.id,
      text: element.textContent?.trim() ?? '',
    })),
  );
  expect(
    headings.filter((heading) => heading.level === 1),
    'one h1',
  ).toHaveLength(1);
  expect(headings[0]?.level, 'the first heading is the h1').toBe(1);
  const skips = headings
    .filter((heading, index) => index > 0 && heading.level > (headings[index - 1]?.level ?? 1) + 1)
    .map((heading) => `h${heading.level} "${heading.text}"`);
  expect(skips, 'headings that skip a level').toEqual([]);
  expect(
    headings.filter((heading) => heading.level >= 2 && heading.level <= 4 && !heading.id).map((heading) => heading.text),
    'h2–h4 without an id',
  ).toEqual([]);
}
