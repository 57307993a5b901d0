import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitePaths, testWithSharedPage } from './support/site';

const test = testWithSharedPage();

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the standard the accessibility statement claims. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the page list comes from the build and includes the home, 404 and accessibility pages', () => {
  expect(sitePaths).toEqual(expect.arrayContaining(['/', '/404.html', '/accessibility/']));
});

for (const path of sitePaths) {
  test(`${path} has no WCAG 2.2 AA violations axe can find`, async ({ sharedPage: page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const violations = results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(violations).toEqual([]);
  });

  test(`${path} reflows at 320 CSS pixels wide (400% zoom) without scrolling sideways`, async ({ sharedPage: page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
  });
}

test('axe reports a real violation, so the checks above can fail', async ({ sharedPage: page }) => {
  await page.goto('/');
  await page.evaluate(() => document.querySelector('main h1')?.insertAdjacentHTML('afterend', '<img src="/favicon.svg">'));
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations.map((violation) => violation.id)).toContain('image-alt');
});
