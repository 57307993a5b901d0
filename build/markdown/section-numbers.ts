/**
 * Section numbers as procedures manuals print them (1, 1.1, 1.1.1), from heading levels alone,
 * so authors never type a number that goes stale when a section is added.
 */

interface Level {
  depth: number;
  count: number;
}

/**
 * The number of each heading, in order. The first heading's level counts as the top level
 * whatever it is (a document may start at h3), and a skipped level counts as one step down, so
 * h2 then h4 is 1 then 1.1. A heading that climbs above every level seen so far continues the
 * top-level count rather than starting again at 1.
 * @param depths heading levels in document order, for example [2, 3, 3, 2]
 */
export function sectionNumbers(depths: readonly number[]): string[] {
  const levels: Level[] = [];
  return depths.map((depth) => {
    let replaced: Level | undefined;
    while ((levels.at(-1)?.depth ?? 0) > depth) replaced = levels.pop();
    const top = levels.at(-1);
    if (top?.depth === depth) top.count += 1;
    // A heading shallower than the level it closes, but deeper than its parent, is that level's
    // next sibling: h2, h4, h3 numbers 1, 1.1, 1.2 (never 1.1 twice).
    else levels.push({ depth, count: replaced ? replaced.count + 1 : 1 });
    return levels.map((level) => level.count).join('.');
  });
}
