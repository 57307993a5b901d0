import { describe, expect, it } from 'vitest';
import { hasRoute } from '../../../src/lib/pages/entry-routes';

describe('hasRoute', () => {
  const routes = ['../procedures/[id].astro', '../procedures/index.astro', '../glossary/index.astro'];

  it('says whether a collection has a route of that name', () => {
    expect(hasRoute(routes, 'procedures', '[id]')).toBe(true);
    expect(hasRoute(routes, 'glossary', 'index')).toBe(true);
  });

  it('says a collection with only a list has no page per entry', () => {
    expect(hasRoute(routes, 'glossary', '[id]')).toBe(false);
    expect(hasRoute(routes, 'resources', 'index')).toBe(false);
  });
});
