/**
 * The query set (tests/search-queries.yaml) against the real built index: Pagefind's own script
 * and WebAssembly from dist/pagefind/, driven by the search page's strategy in Node
 * (tools/built-site/search-in-node.ts).
 */
import { describe, expect, it } from 'vitest';
import { queryRates, rankQueries, readQuerySet, siteSearch } from '../../tools/built-site/search-in-node';
import { distDir } from './built-site';

const cases = readQuerySet();
const outcomes = await rankQueries(await siteSearch(distDir), cases);

describe('the query set on the built search index', () => {
  it.each(outcomes.map((outcome) => [outcome.class, outcome.query, outcome]))(
    '%s: “%s” has its page in the first three',
    (_, __, outcome) => {
      expect(outcome.firstScreen.slice(0, 3)).toContain(outcome.page);
    },
  );

  it('puts the right page first for at least 95% of the queries', () => {
    const missed = outcomes
      .filter((outcome) => outcome.rank !== 1)
      .map((outcome) => `${outcome.query} → ${outcome.firstScreen[0]}`);
    expect(queryRates(outcomes).first, `not first:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('covers every class of query with several queries', () => {
    const perClass = Map.groupBy(cases, (each) => each.class);
    expect([...perClass.entries()].filter(([, each]) => each.length < 3).map(([name]) => name)).toEqual([]);
  });
});
