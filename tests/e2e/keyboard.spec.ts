import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './support/fixtures';
import { focusStyles, largestPageOfEachType } from './support/site';

const procedure = '/procedures/safeguarding-children-from-online-harms/';

/** A short description of the focused element, for failure messages. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    return `<${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}> ${(active.textContent ?? '').trim().slice(0, 40) || active.getAttribute('aria-label') || ''}`;
  });
}

/**
 * Presses Tab until `target` has focus, and fails naming every stop on the way if it never does.
 * @param page the page
 * @param target the element to reach
 * @param maxPresses how many Tabs to allow
 */
async function tabTo(page: Page, target: Locator, maxPresses = 200): Promise<void> {
  const stops: string[] = [];
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((node) => node === document.activeElement)) return;
    stops.push(await describeFocus(page));
  }
  throw new Error(`Tab never reached the element after ${maxPresses} presses. Focus went: ${stops.join(' → ')}`);
}

/**
 * Reaches `target` by Tab and checks its focus is visible: an outline, shadow or background
 * that was not there before.
 * @param page the page
 * @param target the element to reach
 */
async function expectReachableWithVisibleFocus(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeAttached();
  const before = await focusStyles(target);
  await tabTo(page, target);
  const after = await focusStyles(target);
  const changed = Object.keys(after).filter((property) => after[property] !== before[property]);
  expect(changed, `focus style of ${await describeFocus(page)} did not change`).not.toEqual([]);
  const box = await target.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(1);
  expect(box?.height ?? 0).toBeGreaterThan(1);
}

test('the first Tab on a page reaches the skip link, visibly', async ({ page }) => {
  await page.goto('/');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expectReachableWithVisibleFocus(page, skipLink);
  await expect(skipLink).toBeInViewport();
  expect(
    await page.evaluate(
      () =>
        document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')[0]?.textContent,
    ),
  ).toBe('Skip to main content');
});

test('the skip link moves focus to the main content, and the next Tab stays after the header', async ({ page }) => {
  await page.goto(procedure);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const afterHeader = await page.evaluate(() => {
    const header = document.querySelector('body > header, header');
    return Boolean(
      document.activeElement &&
      header &&
      header.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING &&
      !header.contains(document.activeElement),
    );
  });
  expect(afterHeader).toBe(true);
});

test('Tab reaches the Menu button, visibly, and after Enter every link in the header navigation, each visibly', async ({
  page,
}) => {
  await page.goto('/');
  const menu = page.getByRole('banner').locator('summary', { hasText: 'Menu' });
  await expectReachableWithVisibleFocus(page, menu);
  await page.keyboard.press('Enter');
  const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all();
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) await expectReachableWithVisibleFocus(page, link);
});

test('Tab reaches the Search button, and after Enter the search field, visibly; Enter searches for what was typed', async ({
  page,
}) => {
  await page.goto('/');
  await expectReachableWithVisibleFocus(page, page.getByRole('banner').locator('summary', { hasText: 'Search' }));
  await page.keyboard.press('Enter');
  const field = page.getByRole('searchbox', { name: 'Search this site' });
  await expectReachableWithVisibleFocus(page, field);
  await page.keyboard.type('childline');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=childline$/);
});

test('Tab reaches the quick exit, visibly', async ({ page }) => {
  await page.goto(procedure);
  const exit = page
    .getByRole('link', { name: 'Exit this page' })
    .or(page.getByRole('button', { name: 'Exit this page' }))
    .first();
  await expectReachableWithVisibleFocus(page, exit);
});

test('Tab reaches the "Copy link" button beside a section heading, visibly', async ({ page }) => {
  await page.goto(procedure);
  await expectReachableWithVisibleFocus(page, page.getByRole('button', { name: /^Copy link to/ }).first());
});

test('Tab reaches the table of contents, visibly', async ({ page }) => {
  await page.goto(procedure);
  await expectReachableWithVisibleFocus(page, page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first());
});

/** Every element the Tab key should stop at now, in document order, each described. */
function tabStopsNow(): string[] {
  const describe = (element: Element) =>
    `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> ${(element.textContent ?? '').trim().replaceAll(/\s+/g, ' ').slice(0, 30) || (element.getAttribute('aria-label') ?? '')}`;
  return (
    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]',
      ),
    ]
      .filter(
        (element) =>
          element.tabIndex >= 0 && element.checkVisibility({ visibilityProperty: true }) && !element.closest('[inert]'),
      )
      // Tab enters a group of radio buttons once, at the checked one (or the first if none is).
      .filter((element) => {
        if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || !element.name) return true;
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${element.name}"]`)].filter(
          (radio) => radio.form === element.form,
        );
        return element === (group.find((radio) => radio.checked) ?? group[0]);
      })
      .map(describe)
  );
}

for (const path of largestPageOfEachType()) {
  test(`Tab moves through every focusable element of ${path} in order and out of the page, trapping nowhere`, async ({
    page,
  }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    // Scripts may add controls once a reader reaches something (the search page loads its filters
    // when the field gets focus). Visit each stop once and let the page settle, so the Tab run
    // below sees the page as a reader who pauses does, then start again from the top.
    await page.evaluate(() =>
      document
        .querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')
        .forEach((element) => element.focus()),
    );
    let previousCount = -1;
    for (let check = 0; check < 20; check += 1) {
      const count = (await page.evaluate(tabStopsNow)).length;
      if (count === previousCount) break;
      previousCount = count;
      await page.waitForTimeout(300);
    }
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    const expectedCount = previousCount;
    // Each stop is marked on the element itself, so the order is read from the page as it ends.
    const visited: string[] = [];
    for (let press = 0; press <= expectedCount + 20; press += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return { done: true, backwards: false, description: 'body' };
        const previous = document.querySelector('[data-tab-last]');
        const backwards = Boolean(
          previous && (previous === active || previous.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_PRECEDING),
        );
        previous?.removeAttribute('data-tab-last');
        active.setAttribute('data-tab-last', '');
        return {
          done: false,
          backwards,
          description: `<${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}> ${(active.textContent ?? '').trim().replaceAll(/\s+/g, ' ').slice(0, 30) || (active.getAttribute('aria-label') ?? '')}`,
        };
      });
      if (stop.done || stop.backwards) break;
      visited.push(stop.description);
    }
    await page.evaluate(() => document.querySelector('[data-tab-last]')?.removeAttribute('data-tab-last'));
    expect(visited).toEqual(await page.evaluate(tabStopsNow));
  });
}
