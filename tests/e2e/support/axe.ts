import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the standard the accessibility statement claims. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every WCAG 2.2 AA violation axe finds on the page as loaded, with the elements that break it.
 *
 * Axe runs in the page itself (its "legacy" mode): the default mode opens a second, blank page to
 * merge results from cross-origin frames, which this site has none of, and that page costs more
 * than the run. Only violations are gathered in full; the passes are not read, so axe keeps one
 * element of each instead of a selector for every element it checked. The rules and the result
 * for every page are the same either way.
 * @param page the page
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
