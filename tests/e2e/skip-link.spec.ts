/**
 * The skip link moves focus to the main content and leaves no highlight behind: no yellow area,
 * no outline, nothing that lasts, with or without JavaScript and with reduced motion.
 */
import { expect } from '@playwright/test';
import { test } from './support/fixtures';

const cases = [
  { name: 'on a phone with JavaScript', viewport: { width: 390, height: 844 }, javaScriptEnabled: true, motion: 'no-preference' },
  {
    name: 'on a desktop without JavaScript',
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled: false,
    motion: 'no-preference',
  },
  { name: 'with reduced motion', viewport: { width: 390, height: 844 }, javaScriptEnabled: true, motion: 'reduce' },
  {
    name: 'with reduced motion, without JavaScript',
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled: false,
    motion: 'reduce',
  },
] as const;

for (const { name, viewport, javaScriptEnabled, motion } of cases) {
  test.describe(name, () => {
    test.use({ viewport, javaScriptEnabled });

    test('the skip link focuses the main content without highlighting it', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto('/procedures/safeguarding-children-from-online-harms/');
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveText('Skip to main content');
      await page.keyboard.press('Enter');
      const main = page.locator('main');
      await expect(main).toBeFocused();
      const look = () =>
        main.evaluate((element) => {
          const style = getComputedStyle(element);
          return {
            background: style.backgroundColor,
            outline: style.outlineStyle,
            boxShadow: style.boxShadow,
            animations: element.getAnimations().length,
          };
        });
      const unhighlighted = { background: 'rgba(0, 0, 0, 0)', outline: 'none', boxShadow: 'none', animations: 0 };
      expect(await look()).toEqual(unhighlighted);
      // Still nothing once any flash would have ended.
      await page.waitForTimeout(2600);
      expect(await look()).toEqual(unhighlighted);
      await expect(main).toBeFocused();
    });
  });
}
