/**
 * The checks every page must pass, each page visited once with JavaScript and once without (the
 * two ways readers meet it). The list of pages comes from `dist/`, so a new page is checked the
 * moment it exists. The checks that need a real browser live here; what the HTML alone shows is
 * checked in `tests/built-site/`.
 */
import { expect, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { test } from './support/fixtures';
import { sitePaths } from './support/site';
import { noTraces, resetVisit, traces } from './support/visit-monitor';

/** One h1 first, no skipped heading level, and an id on every h2–h4 so a section can be linked. */
async function headingOutlineProblems(page: Page): Promise<string[]> {
  const headings = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((elements) =>
    elements.map((element) => ({
      level: Number(element.tagName.slice(1)),
      id: element.id,
      text: element.textContent?.trim() ?? '',
    })),
  );
  const problems: string[] = [];
  const h1s = headings.filter((heading) => heading.level === 1).length;
  if (h1s !== 1) problems.push(`${h1s} h1 headings, not one`);
  if (headings[0]?.level !== 1) problems.push('the first heading is not the h1');
  headings.forEach((heading, index) => {
    if (index > 0 && heading.level > (headings[index - 1]?.level ?? 1) + 1)
      problems.push(`h${heading.level} "${heading.text}" skips a level`);
    if (heading.level >= 2 && heading.level <= 4 && !heading.id) problems.push(`h${heading.level} "${heading.text}" has no id`);
  });
  return problems;
}

/** Visible links, buttons and fields that do nothing without scripts. */
function controlsThatNeedJavaScript(): string[] {
  // Without scripts a link works if it goes somewhere, a button only if it submits a form, and a
  // field only if its form has a submit button.
  return [...document.querySelectorAll<HTMLElement>('a, button, [role="button"], input, select, textarea')]
    .filter((element) => element.checkVisibility({ visibilityProperty: true }))
    .filter((element) => {
      if (element instanceof HTMLAnchorElement)
        return !element.getAttribute('href') || element.getAttribute('href') === '#' || element.href.startsWith('javascript:');
      if (element instanceof HTMLButtonElement) return element.type !== 'submit' || !element.form;
      if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)
        return !element.form?.querySelector('button[type="submit"], button:not([type]), input[type="submit"]');
      return true;
    })
    .map((element) => element.outerHTML.slice(0, 120));
}

test('the page list comes from the build and includes the home, 404 and accessibility pages', () => {
  expect(sitePaths).toEqual(expect.arrayContaining(['/', '/404.html', '/accessibility/']));
});

for (const path of sitePaths) {
  test(`${path}: stays on this site, passes axe at WCAG 2.2 AA, has an ordered outline and reflows at 320 px`, async ({
    watchedPage: page,
    watchedContext: context,
    visit,
  }) => {
    resetVisit(visit);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    expect.soft(await axeViolations(page), 'axe violations').toEqual([]);
    expect.soft(await headingOutlineProblems(page), 'heading outline').toEqual([]);
    // 320 CSS pixels is a 1280-pixel window at 400 % zoom (WCAG 1.4.10).
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, 'pixels of sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    // Read last, after axe and the resize have given any late request time to show itself. Only the
    // search page may load Pagefind, and only because it searches; other pages never.
    expect
      .soft(await traces(page, context, visit, path === '/search/'), 'requests, storage, errors and policy')
      .toEqual(noTraces);
  });

  test(`${path}: shows its heading, content, navigation and search without JavaScript, and no control that needs it`, async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto(path);
    const main = page.locator('main');
    await expect.soft(main.getByRole('heading', { level: 1 })).toBeVisible();
    expect.soft((await main.innerText()).trim().length, 'characters of text in main').toBeGreaterThan(100);
    expect.soft(await page.evaluate(controlsThatNeedJavaScript), 'controls that need JavaScript').toEqual([]);
    // The header's Menu and Search panels open without scripts; the search page is the search itself.
    const banner = page.getByRole('banner');
    await banner.locator('summary', { hasText: 'Menu' }).click();
    const navigationLinks = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all();
    expect.soft(navigationLinks.length, 'links in the Menu').toBeGreaterThan(0);
    for (const link of navigationLinks) await expect.soft(link).toBeVisible();
    // Without scripts the search page cannot search: it offers the A to Z instead, and its header no Search panel.
    if (path !== '/search/') {
      await banner.locator('summary', { hasText: 'Search' }).click();
      await expect.soft(page.getByRole('searchbox', { name: 'Search this site' })).toBeVisible();
    }
  });
}

test('axe, the outline check and the policy monitor each report a real fault, so the checks above can fail', async ({
  watchedPage: page,
  visit,
}) => {
  resetVisit(visit);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.evaluate(() => {
    document.querySelector('main h1')?.insertAdjacentHTML('afterend', '<img src="/favicon.svg"><h4>Skipped</h4>');
    document.body.insertAdjacentHTML('beforeend', '<img src="https://tracker.example/pixel.gif" alt="">');
  });
  expect(await axeViolations(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^image-alt/)]));
  expect(await headingOutlineProblems(page)).toEqual(
    expect.arrayContaining(['h4 "Skipped" skips a level', 'h4 "Skipped" has no id']),
  );
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))
    .toContain('img-src blocked https://tracker.example/pixel.gif');
});

test('a button that needs JavaScript is reported, so the no-JavaScript check can fail', async ({
  sharedPageWithoutScripts: page,
}) => {
  await page.goto('/');
  await page.evaluate(() =>
    document.querySelector('main')?.insertAdjacentHTML('afterbegin', '<button type="button">Copy</button>'),
  );
  expect(await page.evaluate(controlsThatNeedJavaScript)).toEqual(['<button type="button">Copy</button>']);
});
